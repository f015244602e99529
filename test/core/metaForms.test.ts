/**
 * Forms of naming who reported and for which year, each a rule of the recogniser: sentences
 * written for these tests (none copied from a corpus). Codes are GB/T 2260 (towns: 9 digits).
 */
import { extract } from "../../src/core/extract";
import { readMeta } from "../../src/core/meta";
import { aliasesOf, gazetteer } from "../../src/core/meta/gazetteer";
import { MetaSchema, type Meta } from "../../src/core/types";

const meta = (text: string): Meta => MetaSchema.parse(extract(text, { source: "t" }).meta);

describe("forms of the reporting unit", () => {
  it("an ethnic township goes by its place and kind (长坪瑶族乡 → 长坪乡), resolved by its county", () => {
    expect(aliasesOf("长坪瑶族乡", "乡镇街道").map((a) => a.name)).toEqual(["长坪乡"]);
    expect(aliasesOf("黄腊布依族苗族乡", "乡镇街道").map((a) => a.name)).toEqual(["黄腊乡"]);
    const m = meta("蒙山县长坪乡人民政府2023年法治政府建设工作报告\n2023年,长坪乡坚持依法行政,全乡调解纠纷46件。");
    expect(m).toMatchObject({ region: "长坪乡", divisionCode: "450423201", level: "乡镇街道", year: 2023 });
  });

  it("a town signed by its party committee and its government: a shared name as written, a county before it decides", () => {
    const shared = meta("2023年,我镇坚持依法行政,全镇共调处矛盾纠纷86件。\n\n中共青山镇委员会 青山镇人民政府\n2024年1月15日");
    expect(shared).toMatchObject({ region: "青山镇", divisionCode: null, level: "乡镇街道", year: 2023, published: "2024-01-15" });
    expect(shared.regionNote).toMatch(/多个行政区划共用/);
    const title = meta("中共青山镇委员会 青山镇人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇坚持依法行政。");
    expect(title.region).toBe("青山镇");
    const parented = meta("商南县青山镇人民政府关于2023年度法治政府建设情况的报告\n2023年,我镇坚持依法行政。");
    expect(parented).toMatchObject({ region: "商南县青山镇", divisionCode: "611023112", level: "乡镇街道" });
  });

  it("a town the gazetteer does not list, right after its county, is the town (no code, a note), never the county", () => {
    const m = meta("汉阴县芦荻镇人民政府关于2023年度法治政府建设情况的报告\n2023年,芦荻镇坚持依法行政。");
    expect(m).toMatchObject({ region: "汉阴县芦荻镇", divisionCode: null, level: "乡镇街道" });
    expect(m.regionNote).toMatch(/不在行政区划表中.*610921/);
    // a county's own government is no town
    expect(meta("汉阴县人民政府关于2023年度法治政府建设情况的报告\n2023年,我县坚持依法行政。")).toMatchObject({ region: "汉阴县", divisionCode: "610921" });
  });

  it("市场监管局 starts with no level word: the department's place comes from its signature", () => {
    const m = meta("市场监管局2024年法治政府建设年度报告\n2024年,区市场监管局坚持以习近平法治思想为指导。\n\n宁波市鄞州区市场监督管理局\n2025年1月20日");
    expect(m).toMatchObject({ region: "鄞州区", divisionCode: "330212", level: "部门", year: 2024 });
  });

  it("the place of a rule-of-law programme (推进法治宁夏建设) names the report's own place", () => {
    const m = meta("2023年,我区坚持依法行政,全区法治政府建设取得新成效。自治区人民政府常务会议研究法治工作8次,全区各级扎实推进法治宁夏建设。");
    expect(m).toMatchObject({ region: "宁夏回族自治区", divisionCode: "64", level: "省" });
    // a stem that starts a word is still no place (法治宁夏 is; 宁夏回族 in a group's name is not read as a programme)
    expect(meta("2023年,县司法局开展法治宣传进万家活动,全年举办讲座12场。").region).toBeNull();
  });

  it("a list of places of one parent, none outweighing the others, speaks for the parent the text names or speaks for", () => {
    // the parent named by its stem, its districts listed in full
    const named = meta("2023年,全市12345热线共受理群众诉求312万件。从区域分布看,青秀区诉求42万件,兴宁区诉求38万件,西乡塘区诉求35万件,南宁12345热线持续提升服务质效。");
    expect(named).toMatchObject({ region: "南宁市", divisionCode: "4501", level: "市" });
    // the parent never named: the text speaks as 全省 and lists three of its cities
    const spoken = meta("3月20日,全省人民调解工作会议召开。会议总结2023年全省人民调解工作,全省各级调解组织共调解纠纷36万件。太原市、大同市、长治市作交流发言。");
    expect(spoken).toMatchObject({ region: "山西省", divisionCode: "14", level: "省" });
    // a department of the city (市生态环境局) that names two of its counties
    const dept = meta("2023年,市生态环境局紧紧围绕市委、市政府中心工作,坚持依法行政,对延长县、宜川县的企业开展执法检查。");
    expect(dept).toMatchObject({ region: "延安市", divisionCode: "6106", level: "部门", issuer: "市生态环境局" });
    // a county that names itself stays itself, whatever neighbours it names
    const own = meta("2023年,我县坚持依法行政,全县法治建设稳步推进。宜川县与延长县、延川县开展执法协作,宜川县行政复议案件办结率100%。");
    expect(own).toMatchObject({ region: "宜川县", divisionCode: "610630" });
  });

  it("a page on its district's site whose opening's subject is a street of that district: the street reports", () => {
    const m = meta("来源:安康市汉滨区人民政府\n2023年,江北街道坚持依法行政,全街道调解纠纷120件。\n汉滨区江北街道办事处\n2024年1月5日");
    expect(m).toMatchObject({ region: "汉滨区江北街道", divisionCode: "610902003", level: "乡镇街道", year: 2023 });
    // the district's own report that names its streets in the body stays the district's
    const own = meta("汉滨区2023年法治政府建设情况报告\n2023年,汉滨区坚持依法行政。江北街道、老城街道调解纠纷120件。");
    expect(own).toMatchObject({ region: "汉滨区", divisionCode: "610902" });
  });

  it("a stem shared by a province and its city (吉林) goes to the level the text speaks at; its own readings are no parent of each other", () => {
    const province = meta("吉林2021年法治政府建设取得新成效\n记者从省司法厅获悉,2021年,全省法治政府建设扎实推进。");
    expect(province).toMatchObject({ region: "吉林省", divisionCode: "22", level: "省" });
    const city = meta("吉林2021年法治政府建设取得新成效\n记者从市司法局获悉,2021年,全市法治政府建设扎实推进。");
    expect(city).toMatchObject({ region: "吉林市", divisionCode: "2202", level: "市" });
  });

  it("a county-level city that opens its report as the subject, and speaks as 我市, outweighs its prefecture named more often", () => {
    const m = meta("2023年,长葛市坚持以习近平法治思想为指导,我市法治政府建设取得新成效。全市办理行政复议案件46件。在许昌市法治政府建设考核中,我市位列第一,许昌市委依法治市办、许昌市司法局给予通报表扬,许昌市政府予以肯定。");
    expect(m).toMatchObject({ region: "长葛市", divisionCode: "411082", level: "县" });
    // the prefecture that opens its own report stays the prefecture
    const pref = meta("2023年,许昌市坚持依法行政,我市法治政府建设取得新成效,全市办理行政复议案件460件,长葛市、禹州市获评示范。");
    expect(pref).toMatchObject({ region: "许昌市", divisionCode: "4110", level: "市" });
  });

  it("a department named after 关于 in its title is the issuer, its place the region", () => {
    const m = meta("关于宁陕县司法局2023年法治政府建设情况的报告\n2023年,我局坚持依法行政。");
    expect(m).toMatchObject({ region: "宁陕县", divisionCode: "610923", level: "部门", issuer: "宁陕县司法局", year: 2023 });
  });

  it("a signature written on one line (某县人民政府 2024年1月10日) names the region and the publication date", () => {
    const neighbour = "学习借鉴石泉县的做法,与石泉县开展执法协作。".repeat(6);
    const m = meta(`关于2023年度法治政府建设情况的报告\n一年来,我县坚持依法行政。\n${neighbour}\n宁陕县人民政府 2024年1月10日`);
    expect(m).toMatchObject({ region: "宁陕县", divisionCode: "610923", year: 2023, published: "2024-01-10" });
    // a neighbour named again and again in the first paragraph counts there once
    const opening = meta("关于2023年度法治政府建设情况的报告\n一年来,我县坚持依法行政,学习石泉县做法,与石泉县协作,借鉴石泉县经验,对标石泉县。\n宁陕县人民政府\n2024年1月10日");
    expect(opening).toMatchObject({ region: "宁陕县", divisionCode: "610923" });
    expect(m).toMatchObject({ region: "宁陕县", divisionCode: "610923", year: 2023, published: "2024-01-10" });
  });

  it("a town the gazetteer does not list under the county the body names (renamed, merged) is the town, never the county", () => {
    for (const text of [
      "芦荻镇2023年法治政府建设工作报告\n2023年,在汉阴县委、县政府的正确领导下,芦荻镇坚持依法行政。全镇调解纠纷86件,获汉阴县表彰。汉阴县司法局给予指导。",
      "2023年,芦荻镇坚持依法行政,全镇调解纠纷86件,获汉阴县表彰,汉阴县委依法治县办给予肯定。",
    ]) {
      const m = meta(text);
      expect(m).toMatchObject({ region: "芦荻镇", divisionCode: null, level: "乡镇街道" });
      expect(m.regionNote).toMatch(/不在行政区划表中.*汉阴县 610921/);
    }
    // a listed town of that county is resolved to its code
    expect(meta("2023年,涧池镇坚持依法行政,全镇调解纠纷86件,获汉阴县表彰,汉阴县委依法治县办给予肯定。")).toMatchObject({ divisionCode: "610921101", level: "乡镇街道" });
  });

  it("so is a new district the gazetteer does not list, under the prefecture the body names", () => {
    const m = meta("2023年,芦湾新区坚持依法行政,获安康市表彰,安康市司法局给予肯定,安康市委依法治市办通报表扬。");
    expect(m).toMatchObject({ region: "芦湾新区", divisionCode: null, level: "县" });
    expect(m.regionNote).toMatch(/安康市 6109/);
  });

  it("a department whose name starts with a county's stem is no county (荆州市公安局 is not 荆州市 + 公安县)", () => {
    expect(meta("荆州市公安局关于2023年度法治政府建设情况的报告\n一年来,我局坚持依法行政。")).toMatchObject({ region: "荆州市", divisionCode: "4210", level: "部门", issuer: "荆州市公安局" });
    expect(meta("湖北省公安厅2023年政府信息公开工作年度报告\n2023年,省公安厅坚持公开为常态。")).toMatchObject({ region: "湖北省", divisionCode: "42", level: "部门" });
    // the county itself, after its prefecture
    expect(meta("荆州市公安县2023年法治政府建设情况报告\n2023年,公安县坚持依法行政。")).toMatchObject({ region: "公安县", divisionCode: "421022", level: "县" });
  });

  it("a name the traditional→simplified pass changes (乾县 → 干县) is still its division, written as the report wrote it", () => {
    const m = meta("乾县公安局2023年法治政府建设情况报告\n2023年,县公安局坚持依法行政。");
    expect(m).toMatchObject({ region: "乾县", divisionCode: "610424", level: "部门", issuer: "乾县公安局" });
    expect(meta("乾安县2023年法治政府建设情况报告\n2023年,乾安县坚持依法行政。")).toMatchObject({ region: "乾安县", divisionCode: "220723" });
  });

  it("the region named only in the signature: a county's government above its date", () => {
    const m = meta("关于2023年度法治政府建设情况的报告\n2023年,我县深入推进依法行政,全县共受理行政复议申请18件,办结16件。\n\n宁陕县人民政府\n2024年2月1日");
    expect(m).toMatchObject({ region: "宁陕县", divisionCode: "610923", level: "县", year: 2023, published: "2024-02-01" });
  });

  it("a department named by its level word: the region is the department's place, named in its signature", () => {
    const m = meta("关于2023年度法治政府建设情况的报告\n2023年,在县委、县政府的坚强领导下,县公安局坚持依法行政。全年办理行政复议案件3件。\n镇坪县公安局\n2024年1月12日");
    expect(m).toMatchObject({ region: "镇坪县", divisionCode: "610927", level: "部门", issuer: "县公安局", year: 2023 });
  });
});

describe("forms of the year covered", () => {
  it.each([
    // a period stated 自…起至…止
    ["本年度报告由桥头镇人民政府编制。本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。\n2024年1月,镇政府召开会议。", 2023],
    // a period whose end names no year
    ["本报告中所列数据的统计时段为2022年1月1日至12月31日。\n一、总体情况\n2023年2月,县司法局召开会议。", 2022],
    // figures counted to a year's end
    ["本报告中所列数据统计截至2022年12月31日。\n一、总体情况\n2023年3月,县司法局召开会议。", 2022],
    // a year in Chinese numerals, in the opening and in 现将
    ["二〇二三年,我县坚持以习近平法治思想为指导,全面推进依法行政。现将二〇二三年度法治政府建设情况报告如下。", 2023],
    // a monthly report's title: its month is its period
    ["2024年3月份全县12345热线运行情况通报\n3月份,全县12345热线共受理诉求1200件,办结率99%。", 2024],
    // …but a page's month under a title is no period
    ["关于2023年度法治政府建设情况的报告\n2024年1月\n一年来,我县坚持依法行政,全县办理行政复议案件46件。", 2023],
    // …nor a title's date in brackets
    ["2022年度宁陕县法治政府建设情况报告\n(2023年1月)\n2022年,宁陕县坚持依法行政。", 2022],
    // a news item whose second sentence opens with 去年, dated the next January
    ["近日,市司法局发布全市人民调解工作数据。去年,全市调解组织共调解纠纷8600件,调解成功率98.7%。\n发布时间:2024-01-18", 2023],
    // a title of the year, published the next spring
    ["二〇二二年度法治政府建设情况报告\n发布日期:2023-02-10\n一年来,我区深入推进依法行政。", 2022],
    // a news item about 近日 whose body names its year before its subject (2023年宁陕县…, 2023年全县…), dated the next January
    ["宁陕:法治护航县域发展\n来源:安康日报 2024-01-18\n近日,记者从宁陕县司法局获悉,2023年宁陕县扎实推进法治政府建设,全年共审核重大行政决策事项9件。", 2023],
    ["近日,记者从县司法局获悉,2023年全县扎实推进法治政府建设,全年共审核重大行政决策事项9件。\n发布时间:2024-01-18", 2023],
    // …but a news item about now keeps its own date
    ["近日,记者从县司法局获悉,今年以来全县扎实推进法治政府建设,共审核重大行政决策事项9件。\n发布时间:2024-09-18", 2024],
  ])("%s", (text, year) => {
    expect(meta(text).year).toBe(year);
  });

  it("a date in words whose zero is written ○ or 0 (二○二四年一月十日, 二0二三年) is a signature and a year like 二〇", () => {
    const signed = meta("关于法治政府建设工作情况的报告\n一年来,县政府坚持依法行政。\n宁陕县人民政府\n二○二四年一月十日");
    expect(signed).toMatchObject({ region: "宁陕县", divisionCode: "610923", year: 2023, published: "2024-01-10" });
    expect(signed.confidence).toBeGreaterThan(0.9);
    expect(meta("二0二三年法治政府建设情况报告\n一年来,我县坚持依法行政。").year).toBe(2023);
  });

  it("a page's date under its title may carry its time (2024-01-29 09:09)", () => {
    expect(meta("宁陕县2023年法治政府建设情况报告\n2024-01-29 09:09\n2023年,宁陕县坚持依法行政。")).toMatchObject({ published: "2024-01-29", year: 2023 });
  });

  it("a news item about 去年 reports the year before its own date, read from its source line", () => {
    const m = meta("去年,全市法院共受理行政诉讼案件1200件,审结1180件。\n来源:榆林日报 2024-02-10");
    expect(m).toMatchObject({ year: 2023, published: "2024-02-10", region: "榆林市" });
    // a period's start is no publication date
    expect(meta("本报告数据统计时间:2023年1月1日至2023年12月31日。\n一、总体情况\n2023年,宁陕县坚持公开为常态。").published).toBeNull();
    // 去年 later in a report (较去年增长) is a comparison, not the period
    const later = meta("一年来,全县坚持依法行政,行政复议收案较去年增长12%。\n某县人民政府\n2024年1月20日");
    expect(later.year).toBe(2023);
  });
});

describe("the forms' rules stay linear", () => {
  it("read hostile repetitions of each form in well under a second", () => {
    gazetteer(); // built once, before the clock starts
    const hostile = [
      "宁陕县人民政府 2024年1月10日\n".repeat(20000),
      "二○二四年一月十日\n".repeat(20000),
      "法治宁夏、".repeat(40000),
      "关于宁陕县司法局".repeat(20000),
      "青秀区、兴宁区、".repeat(20000),
      "2023年,江北街道坚持".repeat(15000),
      "中共青山镇委员会青山镇人民政府".repeat(10000),
      "汉阴县芦荻镇人民政府".repeat(15000),
      "统计期限自2023年1月1日起至".repeat(10000),
      "来源:" + "某".repeat(100000),
    ];
    for (const h of hostile) {
      const t0 = Date.now();
      readMeta(h);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });
});
