/**
 * Shapes real reports and news items take that the visible corpus has few of: texts written
 * for these tests (invented offices, figures and wording; real division names, since the
 * gazetteer must know them). Each case is one shape; none is a corpus sentence.
 */
import { extract } from "../../src/core/extract";
import { readMeta } from "../../src/core/meta";
import { gazetteer } from "../../src/core/meta/gazetteer";
import { MetaSchema, type Meta } from "../../src/core/types";
import { normalise } from "../../src/core/text/normalise";

const meta = (text: string): Meta => MetaSchema.parse(extract(text, { source: "t" }).meta);

describe("a news headline stays a title", () => {
  it("is not run on into a body that opens with 近日 / 2023年以来 / 9月4日 (its place outweighs the city the body names)", () => {
    const text =
      "桃源县多措并举推进行政复议工作提质增效取得明显成效\n近日,记者从常德市司法局获悉,今年以来,常德市行政复议工作稳步推进,该县共办理行政复议案件12件,位居常德市前列。常德市司法局对该县做法予以肯定。\n";
    expect(normalise(text).text.split("\n")[0]).toBe("桃源县多措并举推进行政复议工作提质增效取得明显成效");
    expect(meta(text)).toMatchObject({ region: "桃源县", divisionCode: "430725" });
    for (const opener of ["2023年以来,", "9月4日,", "本报讯 ", "日前,", "株洲讯 ", "人民网株洲3月3日电 "]) {
      const t = `攸县创新推行行政复议一站式服务群众满意度持续提升取得实效\n${opener}攸县司法局共办理行政复议案件35件。`;
      expect(normalise(t).text.split("\n")[0]).toBe("攸县创新推行行政复议一站式服务群众满意度持续提升取得实效");
    }
  });

  it("a headline with commas or a colon is still one (以案释法,护航发展; 攸县:…)", () => {
    for (const h of ["攸县以案释法强化执法监督,护航优化营商环境取得实效", "攸县:以案释法强化执法监督护航优化营商环境取得实效"]) {
      expect(normalise(`${h}\n2023年以来,攸县司法局共办理行政复议案件35件。`).text.split("\n")[0]).toBe(h);
    }
  });

  it("is not run on into the page's source or date line under it", () => {
    for (const under of ["来源:株洲日报 发布时间:2023-11-02", "2023-11-02 10:21 来源:株洲日报", "发布日期:2023-11-02"]) {
      const t = `攸县创新推行行政复议一站式服务群众满意度持续提升取得实效\n${under}\n今年以来,攸县司法局共办理行政复议案件35件。`;
      expect(normalise(t).text.split("\n")[0]).toBe("攸县创新推行行政复议一站式服务群众满意度持续提升取得实效");
    }
  });

  it("a wrapped sentence of the body still joins; so does one after the body has begun", () => {
    const t = "2023年,全县坚持依法行政,全年共办理行政复议案件35件,纠错率为百分之十二点五\n近日召开的会议对此予以肯定。";
    expect(normalise(t).text).toBe("2023年,全县坚持依法行政,全年共办理行政复议案件35件,纠错率为百分之十二点五近日召开的会议对此予以肯定。");
    const after = "全县共办理行政复议案件35件。\n县司法局组织开展行政执法案卷评查活动并通报评查结果和整改\n近日召开的会议对此予以肯定。";
    expect(normalise(after).text).toContain("整改近日召开");
  });
});

describe("a news item speaks of its subject as 该县", () => {
  it("该县 is the level the item speaks at, as 我县 is a report's", () => {
    const text = "来源:常德日报\n近日,记者从常德市司法局获悉,常德市今年行政复议工作稳步推进,桃源县共办理行政复议案件12件,该县纠错率12%,该县做法得到常德市肯定。";
    expect(meta(text)).toMatchObject({ region: "桃源县", level: "县" });
  });
});

describe("a page's header", () => {
  it("a line that is only another place's government, above a title that starts with a place, is the publisher", () => {
    const text = "常德市人民政府\n政府信息公开\n桃源县2023年法治政府建设年度报告\n2023年,县政府坚持依法行政,共办理行政复议案件12件,常德市予以肯定。";
    expect(meta(text)).toMatchObject({ region: "桃源县", divisionCode: "430725" });
    // a government's line above a title that names no place is the report's own
    expect(meta("赵县人民政府\n2022年度法治政府建设情况报告\n2022年,县政府坚持依法行政。")).toMatchObject({ region: "赵县", year: 2022 });
  });

  it("a site's name above its navigation is the publisher, not the title", () => {
    const text = "常德市人民政府门户网站\n首页 > 区县动态\n桃源县2023年法治政府建设年度报告\n2023年,在常德市委、市政府的坚强领导下,我县坚持依法行政,共办理行政复议案件12件。";
    expect(meta(text)).toMatchObject({ region: "桃源县", divisionCode: "430725", year: 2023 });
  });
});

describe("a page's date", () => {
  it("opening a line near the top with the page's other labels after it is the publication date", () => {
    for (const line of ["2024-03-02 来源:湘西日报", "2024-03-02 09:15 来源:湘西日报 作者:本报记者", "2024/3/2 浏览次数:35", "2024年3月2日 来源:龙山县融媒体中心"]) {
      expect(meta(`龙山县全面推行行政执法三项制度\n${line}\n日前,记者从龙山县司法局获悉,该县共办理行政复议案件12件。`)).toMatchObject({ published: "2024-03-02", year: 2024 });
    }
  });

  it("one date among a header line's labels, above the body, is the publication date however the page writes it", () => {
    for (const line of ["作者:王明 2024-03-02", "发表于 2024-03-02", "2024.03.02 | 来源:县政府办", "[2024-03-02]", "2024年3月2日 星期六", "发布:2024-03-02"]) {
      expect(meta(`龙山县全面推行行政执法三项制度\n${line}\n日前,记者从龙山县司法局获悉,该县共办理行政复议案件12件。`)).toMatchObject({ published: "2024-03-02", year: 2024 });
    }
  });

  it("a header line with a span (统计时间:2023年1月1日至2023年12月31日) gives no publication date", () => {
    expect(meta("龙山县政府信息公开年度报告\n统计期限:2023年1月1日至2023年12月31日\n本报告由龙山县人民政府办公室编制。全年主动公开政府信息230条。").published).toBeNull();
  });

  it("a date in the body's first line is no page date", () => {
    expect(meta("龙山县法治政府建设情况报告\n2023年3月2日起,县政府全面推行行政执法三项制度,全年共办理行政复议案件12件。").published).toBeNull();
  });
});

describe("the year a news item speaks of", () => {
  it("昨天 / 昨日 / 近期 speak of the item's own date", () => {
    for (const when of ["昨天", "昨日", "近期"]) {
      expect(meta(`桃源县召开行政复议工作推进会\n2023年06月16日 来源:常德日报\n${when},桃源县召开行政复议工作推进会,全县共办理行政复议案件12件。`)).toMatchObject({ year: 2023, published: "2023-06-16" });
    }
  });

  it("a yearbook's page records the year before the one the yearbook is named for", () => {
    expect(meta("武陵区年鉴2023\n法治建设\n【概况】全区共办理行政复议案件12件,纠错率12%。").year).toBe(2022);
    expect(meta("2021武陵区年鉴\n法治建设\n【行政复议】全区共办理行政复议案件12件。").year).toBe(2020);
    // the years its entries name come first
    expect(meta("武陵区年鉴2023\n法治建设\n2022年,全区共办理行政复议案件12件。").year).toBe(2022);
  });

  it("what a report plans (二、2024年工作打算) is not the year it covers", () => {
    const text = "桃源县人民政府关于法治政府建设情况的报告\n一年来,县政府坚持依法行政,共办理行政复议案件12件。\n二、2024年工作打算\n2024年,我们将继续坚持依法行政。2024年,进一步完善制度。\n桃源县人民政府\n2024年1月18日";
    expect(meta(text)).toMatchObject({ year: 2023, published: "2024-01-18" });
    const planned = "关于法治政府建设情况的报告\n2023年度,县政府坚持依法行政。\n三、下一步工作安排\n2024年,我们将继续坚持依法行政。2024年,进一步完善。2024年,继续推进。";
    expect(meta(planned).year).toBe(2023);
  });
});

describe("a department that reports", () => {
  it("named only in the signature, under a title that names no place: the region is its place, the level 部门", () => {
    const text = "关于2023年度法治政府建设情况的报告\n2023年,我局坚持以习近平法治思想为指导,共办理行政复议案件12件。\n醴陵市司法局\n2024年1月15日";
    expect(meta(text)).toMatchObject({ region: "醴陵市", divisionCode: "430281", level: "部门", issuer: "醴陵市司法局", published: "2024-01-15" });
  });

  it("a county's report signed by its government's office stays the county's", () => {
    const text = "醴陵市2023年法治政府建设情况报告\n2023年,市政府坚持依法行政,共办理行政复议案件12件。\n醴陵市人民政府办公室\n2024年1月15日";
    expect(meta(text)).toMatchObject({ region: "醴陵市", level: "县" });
  });

  it("naming no place, in a text that names none: no region (a department's name is no place, and as a region it would make every 市卫生健康局's report one report), the department the issuer", () => {
    const m = meta("市卫生健康局关于2023年度法治政府建设情况的报告\n2023年,市卫生健康局坚持以习近平法治思想为指导,共办理行政复议案件12件。");
    expect(m).toMatchObject({ region: null, divisionCode: null, level: "部门", issuer: "市卫生健康局" });
    expect(m.regionNote).toBeDefined();
  });
});

describe("the year: points, meetings and what is said of now", () => {
  it("截至2023年底 is a point in 2023, not the end of a span", () => {
    expect(meta("桃源县法治政府建设情况报告\n截至2023年底,全县共办理行政复议案件12件,调解矛盾纠纷1200件。").year).toBe(2023);
    // a span's end still is no period: 2021至2025年
    expect(meta("桃源县法治政府建设规划\n2021至2025年,全县将推进法治政府建设。").year).toBeNull();
  });

  it("a meeting named by the year it is held in (召开2024年…工作会议) leaves the year to the body", () => {
    const text = "桃源县召开2024年全县司法行政工作会议\n发布时间:2024-01-13\n1月12日,桃源县召开2024年全县司法行政工作会议。会议指出,2023年,全县共办理行政复议案件12件,调解矛盾纠纷1200件。";
    expect(meta(text)).toMatchObject({ year: 2023, published: "2024-01-13" });
  });

  it("今年 after a first sentence that opens with its year (2023年,…。今年,该县将…) does not make it the item's own year", () => {
    const text = "桃源县行政复议工作成效明显\n发布时间:2024-02-09\n2023年,桃源县共办理行政复议案件12件,纠错率12%。今年,该县将继续推进。";
    expect(meta(text).year).toBe(2023);
    // …where 今年 in the first sentence still does
    expect(meta("桃源县行政复议工作成效明显\n发布时间:2023-11-09\n今年以来,桃源县共办理行政复议案件12件。2022年,该县办理10件。").year).toBe(2023);
  });
});

describe("where a report names itself, against the places around it", () => {
  it("the parent that asks (按照常德市委、常德市人民政府的部署要求) is no subject; the place after it is", () => {
    expect(meta("2023年,按照常德市委、常德市人民政府的部署要求,桃源县坚持依法行政,共办理行政复议案件12件。")).toMatchObject({ region: "桃源县", divisionCode: "430725" });
  });

  it("the subject of the sentence that opens with the year outweighs neighbours the opening names after it", () => {
    const text = "2023年,热市镇与陬市镇、黄石镇联合开展普法活动,全镇共调解矛盾纠纷58件。\n一、主要举措\n(一)学习陬市镇、黄石镇经验。陬市镇。";
    expect(meta(text)).toMatchObject({ region: "热市镇", divisionCode: "430725103", level: "乡镇街道" });
  });

  it("a place that starts the headline outweighs the city of the source line and a passing mention", () => {
    const text = "桃源县多措并举推进行政复议工作提质增效取得明显成效\n来源:常德市司法局 发布时间:2023-11-02\n今年以来,该县行政复议工作稳步推进,共办理行政复议案件12件,位居常德市前列。";
    expect(meta(text)).toMatchObject({ region: "桃源县", year: 2023, published: "2023-11-02" });
  });

  it("a publisher's label naming a department, under a title that names no place, in a text that speaks as 我局: the department reports", () => {
    const text = "2023年法治政府建设年度报告\n发布机构:桃源县司法局\n2023年,在常德市司法局的指导下,我局坚持依法行政,共办理行政复议案件12件。";
    expect(meta(text)).toMatchObject({ region: "桃源县", level: "部门", issuer: "桃源县司法局" });
  });
});

describe("a two-character county's name inside a phrase", () => {
  it("市政府和县政府, 市和县人大, 办理县政府… name no 和县 or 理县; 在和县 and a title still do", () => {
    const text = "2023年,全县坚持依法行政。县司法局作为县委依法治县办和县政府法制机构,向市政府和县人大常委会报备规范性文件5件,具体办理县政府行政复议案件12件。";
    expect(meta(text).region).toBeNull();
    expect(meta("和县2023年法治政府建设情况报告\n2023年,全县共办理行政复议案件12件。")).toMatchObject({ region: "和县", divisionCode: "340523" });
    expect(meta("2023年,马鞍山市司法局在和县政府召开现场会,全市共办理行政复议案件12件。").region).not.toBeNull();
  });
});

describe("where a page or a report gives its date", () => {
  const body = "\n2023年,全县坚持依法行政,共办理行政复议案件12件。\n";
  it.each([
    ["a bracketed date under the title", "桃源县2023年法治政府建设情况报告\n(2024年1月29日)" + body, "2024-01-29"],
    ["the organ and its date in brackets under the title", "热市镇2023年度法治政府建设工作报告\n(桃源县热市镇人民政府 2024年1月10日)" + body, "2024-01-10"],
    ["a date and then its organ", "桃源县2023年法治政府建设年度报告\n2024-03-08 桃源县人民政府办公室" + body, "2024-03-08"],
    ["a page's stamp with its time after a site's address", "桃源县2023年度法治政府建设情况报告\nwww.taoyuan.gov.cn 2024-03-27 16:05:12 来源:县司法局" + body, "2024-03-27"],
    ["an account's post line", "桃源县2023年度法治政府建设情况报告来啦\n桃源县司法局 桃源发布 2024-01-30 18:02 发表于湖南" + body, "2024-01-30"],
    ["a signature dated with dots", "桃源县人民政府关于2023年度法治政府建设情况的报告" + body + "桃源县人民政府\n2024.1.26", "2024-01-26"],
    ["a newspaper's page line at the end", "法治护航 让城市治理更有温度" + body + "(责任编辑:李明)\n《常德日报》2024年1月16日 第2版", "2024-01-16"],
  ])("%s", (_, text, published) => {
    expect(meta(text).published).toBe(published);
  });

  it("a period with times of day (统计时间 2023-01-01 00:00至2023-12-31 24:00) is no page's stamp", () => {
    expect(meta("桃源县12345热线年度运行报告\n数据区间 2023-01-01 00:00至2023-12-31 24:00\n全年共受理诉求1200件。").published).toBeNull();
  });
});

describe("a place written with another level word than the gazetteer's", () => {
  it("会理县 (now 会理市) is the name as written, with no code and a note naming the listed one", () => {
    const m = meta("会理县2020年法治政府建设情况报告\n2020年,全县坚持依法行政,共办理行政复议案件12件。");
    expect(m).toMatchObject({ region: "会理县", divisionCode: null, level: "县", year: 2020 });
    expect(m.regionNote).toMatch(/会理市/);
  });

  it("so is a longer name that starts with a stem (石门坎县 where the gazetteer has 石门县), but not a child the gazetteer lists (常德武陵区)", () => {
    expect(meta("石门坎县2021年法治政府建设情况报告\n2021年,全县坚持依法行政,共办理行政复议案件12件。")).toMatchObject({ region: "石门坎县", divisionCode: null });
    expect(meta("常德武陵区2023年法治政府建设情况报告\n2023年,全区坚持依法行政,共办理行政复议案件12件。")).toMatchObject({ region: "武陵区", divisionCode: "430702" });
    expect(meta("溧阳高新区2023年法治政府建设情况报告\n2023年,高新区坚持依法行政,共办理行政复议案件12件。").region).toBe("溧阳高新区");
  });

  it("a stem before 市场 or 县级 is no other level", () => {
    expect(meta("会理市2023年法治政府建设情况报告\n2023年,全市坚持依法行政,共办理行政复议案件12件。")).toMatchObject({ region: "会理市", divisionCode: "513402" });
  });
});

describe("places the gazetteer does not list, named where a report names itself", () => {
  it("a zone written short (株洲经开区) after its city", () => {
    expect(meta("株洲经开区2023年法治政府建设工作总结\n2023年,经开区坚持依法行政,共办理行政复议案件12件。").region).toBe("株洲经开区");
  });

  it("a name with 州 in its stem (澄州市), at a title's start before what the report is about or after its year", () => {
    expect(meta("澄州市2024年法治政府建设情况报告\n2024年,全市坚持依法行政,共办理行政复议案件12件。").region).toBe("澄州市");
    expect(meta("鹭屿市12345政务服务便民热线2023年度工作报告\n一、总体情况\n2023年,热线共受理诉求1200件。").region).toBe("鹭屿市");
    expect(meta("2023年度秦川县行政复议和行政应诉工作情况统计分析\n一、收案情况\n2023年,县人民政府共收到行政复议申请97件。").region).toBe("秦川县");
  });

  it("still never a piece of a sentence: 全面推进依法行政 is no place", () => {
    expect(meta("全面推进法治政府建设工作情况报告\n一年来,我们坚持依法行政,共办理行政复议案件12件。").region).toBeNull();
  });
});

describe("these shapes' rules stay linear", () => {
  it("read hostile repetitions of each shape in well under a second", () => {
    gazetteer(); // built once, before the clock starts
    const hostile = [
      "2024-03-02 09:15 桃源县人民政府办公室 ".repeat(20000),
      "(桃源县人民政府 2024年1月10日)\n".repeat(20000),
      "www.a.cn 2024-03-27 16:05:12 ".repeat(20000),
      "《" + "某".repeat(100000) + "》2024年1月16日 第2版",
      "2023年,按照" + "的".repeat(100000),
      "年鉴" + "2023".repeat(50000),
      "\n一、" + "工作".repeat(50000),
      "桃源县召开2024年" + "全县".repeat(50000),
      "石门" + "坎".repeat(100000) + "县",
      "澄州" + "州".repeat(100000) + "市",
      "2023年度" + "秦川".repeat(50000) + "县行政复议",
      "截至2023年底,".repeat(20000),
      "该县".repeat(50000),
      "市政府和县政府".repeat(20000),
      "城关镇".repeat(20000),
      "武陵区鼎城区津市市".repeat(10000),
    ];
    for (const h of hostile) {
      const t0 = Date.now();
      readMeta(h);
      expect(Date.now() - t0).toBeLessThan(1000);
    }
  });

  it("the headline rule of normalise is linear on many headline-shaped lines", () => {
    const h = "桃源县多措并举推进行政复议工作提质增效取得明显成效\n近日".repeat(20000);
    const t0 = Date.now();
    normalise(h);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("a name several divisions share", () => {
  it("is resolved by the towns and streets of one of them the text names, when it names no parent", () => {
    expect(meta("普陀区2023年法治政府建设年度报告\n2023年,普陀区坚持依法行政,沈家门街道、东港街道共调解纠纷12件。")).toMatchObject({ region: "舟山市普陀区", divisionCode: "330903" });
    expect(meta("新华区人民政府关于2023年度法治政府建设情况的报告\n2023年,新华区坚持依法行政,东焦街道、合作路街道、革新街街道共调解纠纷12件。")).toMatchObject({ divisionCode: "130105" });
  });

  it("a parent named still decides first", () => {
    expect(meta("鼓楼区2023年法治政府建设年度报告\n2023年,鼓楼区坚持依法行政,助力南京高质量发展,共办理行政复议案件12件。")).toMatchObject({ region: "南京市鼓楼区", divisionCode: "320106" });
  });
});

describe("words that look like places", () => {
  it("法治公安 (the police) is no 公安县; 建设现代化新城区 is no 新城区", () => {
    const police = "关于2023年度法治政府建设情况的报告\n2023年,县公安局围绕法治公安建设目标,推动严格规范公正文明执法,共办理行政复议案件12件。";
    expect(meta(police).region).toBeNull();
    const phrase = "2023年,全区坚持依法行政,为建设现代化新城区提供法治保障,共办理行政复议案件12件。";
    expect(meta(phrase).region).toBeNull();
    // …where the district's own title still names it
    expect(meta("新城区2023年法治政府建设情况报告\n2023年,新城区坚持依法行政,助力西安市高质量发展。")).toMatchObject({ region: "西安市新城区", divisionCode: "610102" });
  });

  it("an unlisted county's government on its own line above 关于…, or signing above a date written with dots or words", () => {
    expect(meta("翠微县人民政府\n关于二〇二三年度法治政府建设情况的报告\n二〇二三年,全县坚持依法行政。").region).toBe("翠微县");
    expect(meta("关于法治政府建设情况的报告\n一年来,全县坚持依法行政。\n翠微县人民政府\n2024.1.26").region).toBe("翠微县");
  });
});

describe("an unlisted place's stem, confirmed", () => {
  it("a headline's or dateline's stem the text also writes as a place (汀州:… / 汀州市召开…)", () => {
    const text = "汀州:人民调解化解群众烦恼\n发布日期:2024-01-15 来源:汀州日报\n汀州讯 记者从市司法局获悉,2023年,我市共调解矛盾纠纷1200件。\n相关新闻\n汀州市召开2024年全市司法行政工作会议";
    expect(meta(text).region).toBe("汀州市");
    // a label is no stem: 来源:… never makes 来源市
    expect(meta("来源:本报\n记者从市司法局获悉,全市共调解矛盾纠纷1200件。来源市").region).toBeNull();
  });

  it("a yearbook's stem, at the level the text speaks with", () => {
    const text = "Page 176 - 栖霞岭年鉴2022\n【行政复议】 2021年,区政府收到行政复议申请152件,全区共审结137件,全区纠错率13.1%,我区未发生行政诉讼败诉。";
    expect(meta(text)).toMatchObject({ region: "栖霞岭区", year: 2021 });
  });
});

describe("a PDF's letter-spaced year", () => {
  it("2 0 2 3 年 reads as 2023年", () => {
    expect(meta("桃 源 县 2 0 2 3 年 法 治 政 府 建 设 年 度 报 告\n2 0 2 3 年 , 全 县 共 办 理 行 政 复 议 案 件 1 2 件 。").year).toBe(2023);
    // a count is no year: 1 2 件
    expect(meta("桃源县法治政府建设报告\n全县共办理行政复议案件1 2 0 2件。").year).toBeNull();
  });
});

describe("a news item about a year's report made public", () => {
  it.each([
    ["发布时间:2024-04-29\n4月28日,2023年行政复议工作白皮书暨典型案例新闻发布会召开,相关部门负责人介绍情况。\n今年,桃源县首次以白皮书的形式发布全县行政复议工作情况。", 2023],
    ["发布时间:2025-02-19\n2月18日,县数据局正式发布2024年度桃源县12345热线运行情况。今年,热线将进一步提升服务水平。", 2024],
    ["发布时间:2024-03-20\n近日,桃源县人民政府公布了2023年度法治政府建设情况报告。报告显示,今年全县将继续推进法治政府建设。", 2023],
  ])("reports that year, whatever its 今年 says of the day: %s", (text, year) => {
    expect(meta(text).year).toBe(year);
  });

  it("a report's own opening that names another year's report is not one", () => {
    expect(meta("2024年,县政府公布2023年度法治政府建设情况报告,全县坚持依法行政。").year).toBe(2024);
  });
});

describe("a page's line of links above the title", () => {
  it("is not run into the title, and is no body: the title names the report", () => {
    const text =
      "首页 政务公开 政务服务 互动交流 走进常德 武陵区 鼎城区 津市市 安乡县 汉寿县 澧县 临澧县 桃源县 石门县 常德经开区 柳叶湖旅游度假区 西湖管理区 西洞庭管理区 桃花源旅游管理区 常德高新区\n汉寿县2023年法治政府建设年度报告\n2023年,汉寿县坚持依法行政,共办理行政复议案件12件。";
    expect(normalise(text).text.split("\n")[1]).toBe("汉寿县2023年法治政府建设年度报告");
    expect(meta(text)).toMatchObject({ region: "汉寿县", divisionCode: "430722" });
    expect(normalise("首页 > 政务公开 > 法定主动公开内容 > 法治政府建设\n江北区2022年法治政府建设年度报告\n2022年,全区坚持依法行政。").text.split("\n")[1]).toBe("江北区2022年法治政府建设年度报告");
  });
});

describe("a list of places run together", () => {
  it("three or more names back to back, none the parent of the next, name no one where they stand", () => {
    const text = "武陵区 鼎城区 津市市 安乡县 汉寿县 澧县 临澧县 桃源县 石门县 常德经开区 柳叶湖旅游度假区 西湖管理区 西洞庭管理区 桃花源旅游管理区 常德高新区 常德市\n汉寿县2023年法治政府建设年度报告\n2023年,汉寿县坚持依法行政,共办理行政复议案件12件。";
    expect(meta(text)).toMatchObject({ region: "汉寿县", divisionCode: "430722" });
    // a place after its parent is no list: 湖南省常德市桃源县
    expect(meta("湖南省常德市桃源县2023年法治政府建设年度报告\n2023年,全县坚持依法行政。")).toMatchObject({ region: "桃源县", divisionCode: "430725" });
  });
});

describe("the report's subject where its opening sentence names it", () => {
  it("after several 在…下 / 按照…要求 clauses, a two-character county too", () => {
    expect(meta("2023年,在市委、市政府的正确领导下,按照省委依法治省办的部署要求,在省司法厅的指导下,攸县坚持依法行政,全年共办理行政复议案件12件。")).toMatchObject({ region: "攸县", divisionCode: "430223" });
  });

  it("a town name many counties share, with no parent written, is named with a note, not dropped", () => {
    for (const t of [
      "2023年,在县委、县政府的坚强领导下,在县司法局的精心指导下,白沙镇坚持依法行政,全年共调解矛盾纠纷86件。",
      "2023年是全面贯彻党的二十大精神的开局之年。白沙镇始终坚持以习近平法治思想为指导,全年共调解矛盾纠纷86件。",
    ]) {
      const m = meta(t);
      expect(m).toMatchObject({ region: "白沙镇", divisionCode: null, level: "乡镇街道" });
      expect(m.regionNote).toContain("共用");
    }
  });

  it("…but a shared town name only passed in the body of a county's text names no one", () => {
    expect(meta("2023年,全县各级人民调解组织共调解矛盾纠纷2140件。其中,城关镇调解纠纷512件。").region).toBeNull();
  });

  it("a sentence of the opening paragraph past the first: its subject, not a place the sentence before passes", () => {
    expect(meta("2023年是实施“八五”普法规划的关键之年。龙潭镇始终坚持依法行政,全年共调解矛盾纠纷86件。")).toMatchObject({ region: "龙潭镇", level: "乡镇街道" });
  });
});

describe("a disclosure report's set phrases name its own office", () => {
  it("请与〈office〉联系 outweighs the province's site it is downloaded from", () => {
    const text =
      "本报告包括总体情况、主动公开政府信息情况等六个部分,电子版可在湖南省人民政府网政府信息公开专栏下载。所列数据的统计期限自2023年1月1日起至2023年12月31日止。本报告中收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项,按上级统一格式编写,个别数据与上年报告口径不一致的,以本报告为准。公众如需进一步咨询了解相关信息,请与桃源县漆河镇人民政府联系(电话:0736-6612345)。\n一、总体情况\n全年主动公开政府信息152条。";
    expect(meta(text)).toMatchObject({ region: "漆河镇", divisionCode: "430725105" });
  });
});

describe("the year an opening sentence characterises", () => {
  it("2023年是…之年 opens the body: that year, whatever other years the text names", () => {
    const text = "桃政报〔2024〕3号\n县人大常委会:\n2023年是全面贯彻落实党的二十大精神的开局之年。全县坚持依法行政,2022年县政府常务会议学法10次,全年学法12次。\n三、2024年工作安排\n持续推进。\n2024年3月15日";
    expect(meta(text).year).toBe(2023);
  });
});

describe("a year compared with", () => {
  it("a bullet line that opens on 相比于2023年, is no opening of the year covered", () => {
    const text = "一、案件办理情况\n2024年新受理行政复议案件151件,同比增长128.78%。\n● 全年已办结案件135件。\n● 相比于2023年,举报投诉案件增幅明显,政府信息公开案件有所下降。";
    expect(meta(text).year).toBe(2024);
  });
});

describe("the year of a part of a year", () => {
  it("a quarter or half opening the text is that year's, and a comparison's year (与2023年同期相比) is not", () => {
    for (const opener of ["2024年第三季度", "2024年上半年", "2024年1-9月", "2024年前三季度"]) {
      const text = `${opener},桃源县人民法院共新收行政诉讼案件24件,与2023年同期相比下降27.3%。其中以县政府为被告的案件3件,较2023年减少2件。`;
      expect(meta(text).year).toBe(2024);
    }
  });
});

describe("a list of places in a prefecture's opening names no reporter", () => {
  it("a county-level city heading a list (瑞金市、于都县…) is not the subject that speaks as 我市", () => {
    const head = "赣州市人民政府\n首页 > 政务公开 > 法治政府建设\n赣州市2022年法治政府建设情况报告\n发布时间:2023-03-27 来源:市司法局\n";
    const opening =
      "2022年,我市坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推进法治政府建设。瑞金市、于都县、兴国县示范创建工作扎实推进,章贡区、南康区试点取得阶段性成效。\n";
    const body = "一、主要举措和成效\n(一)压实法治建设责任。将法治建设成效纳入全市综合考核,全年开展市政府常务会议会前学法12次,组织领导干部旁听庭审,开展法治专题讲座。\n".repeat(3);
    expect(meta(head + opening + body)).toMatchObject({ region: "赣州市", divisionCode: "3607" });
    // …while a county-level city that opens its own report as the subject still reports
    const own = "瑞金市2022年法治政府建设情况报告\n2022年,我市坚持以习近平法治思想为指导。瑞金市坚持依法行政,扎实推进法治政府建设。赣州市司法局对我市做法予以肯定。\n";
    expect(meta(own + body)).toMatchObject({ region: "瑞金市" });
  });
});

describe("a text given early in a year about the year before", () => {
  const body = "会议指出,去年以来全区审查区政府规范性文件14件,办理行政复议案件326件,调解和解率达31.5%。\n";
  it("a meeting that hears or sums up last year's work (听取去年…汇报, 总结过去一年工作) reports that year", () => {
    const news = `区委全面依法治区委员会召开第五次会议\n发布时间:2024-02-02 来源:某区融媒体中心\n2月1日,区委全面依法治区委员会召开会议,听取去年全区法治政府建设情况汇报,审议《2024年全区法治政府建设工作要点》,研究部署今年重点工作。\n${body}`;
    expect(meta(news).year).toBe(2023);
    const speech = `在2024年全县依法治县工作会议上的讲话\n(2024年3月5日)\n同志们:\n今天召开全县依法治县工作会议,主要任务是总结过去一年工作,部署今年任务。\n${body}`;
    expect(meta(speech).year).toBe(2023);
  });
  it("a government's work report named for the year it is given in reviews the year before", () => {
    const report = `2024年政府工作报告\n——2024年1月16日在区第七届人民代表大会第四次会议上\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、2023年工作回顾\n${body}`;
    expect(meta(report).year).toBe(2023);
  });
  it("…while a news item of this year's own work keeps its date's year", () => {
    const news = `全区召开法治政府建设推进会\n发布时间:2024-06-12\n6月11日,全区法治政府建设推进会召开,会议通报了今年以来全区行政复议工作情况,较去年同期收案增长12%。\n${body}`;
    expect(meta(news).year).toBe(2024);
  });
});
