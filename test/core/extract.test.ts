import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { extract } from "../../src/core/extract";
import { readDocument } from "../../src/core/intake";
import { ReportResultSchema, type ReportResult } from "../../src/core/types";

const SEEDS = join(__dirname, "../../seeds");
const seed = (prefix: string) => {
  const f = readdirSync(SEEDS).find((n) => n.startsWith(prefix))!;
  return { name: f, text: readFileSync(join(SEEDS, f), "utf8") };
};
const values = (r: ReportResult) => Object.fromEntries(r.indicators.map((i) => [i.code, i.value]));

function spansValid(input: string, r: ReportResult) {
  for (const ind of [...r.indicators, ...(r.suggestions ?? [])]) {
    expect(input.slice(ind.evidence.start, ind.evidence.end)).toBe(ind.evidence.text);
    expect(ind.evidence.text.length).toBeGreaterThan(0);
  }
}

describe("extract on the bundled seed reports", () => {
  it("晋城市城区 2023: every headline figure with its qualifier, traced to the sentence", () => {
    const { name, text } = seed("000");
    const r = extract(text, { source: name });
    expect(values(r)).toEqual({
      "recon.received": 44, "recon.closed": 35, "recon.ontime_rate": 100,
      "litig.cases": 13, "litig.appearances": 13, "litig.appearance_rate": 100,
      "legality.reviewed": 74, "mediation.cases": 848, "mediation.success_rate": 100,
      "hotline.tickets": 5187, "hotline.completion_rate": 100, "hotline.satisfaction_rate": 96.67,
      "disclosure.proactive": 74, "disclosure.requests": 16, "proposals.npc": 166, "proposals.cppcc": 157,
      "proposals.reply_rate": 100, "study.party_sessions": 7, "study.gov_sessions": 8, "study.lectures": 2,
      "study.court_observation": 320,
    });
    expect(r.indicators.find((i) => i.code === "study.court_observation")!.approx).toBe("at_least");
    const hotline = r.indicators.find((i) => i.code === "hotline.tickets")!;
    expect(hotline.evidence.text).toContain("5187");
    expect(hotline.evidence.text).toContain("诉求工单");
    expect(r.meta).toMatchObject({ region: "晋城市城区", year: 2023, published: "2024-02-26" });
    spansValid(text, r);
  });

  it("保定市 2023: rates, mediation counts that agree by rounding, no sub-unit figures", () => {
    const { name, text } = seed("001");
    const r = extract(text, { source: name });
    expect(values(r)).toMatchObject({
      "mediation.cases": 35138, "mediation.succeeded": 35085, "mediation.success_rate": 99.8,
      "recon.correction_rate": 8.4, "recon.settlement_rate": 35.1, "study.exam_takers": 1460,
      "disclosure.requests": 238, "disclosure.proactive": 2101,
    });
    // 联合调解中心266个 is not a count of people's mediation organisations
    expect(values(r)["mediation.organizations"]).toBeUndefined();
    // 35085/35138 = 99.849…% agrees with 99.8% by truncation: no rate_consistency flag
    expect(r.flags.filter((f) => f.check === "rate_consistency")).toEqual([]);
    spansValid(text, r);
  });

  it("濠江区 2021 (traditional characters with pinyin debris): spans slice the original text", () => {
    const { name, text } = seed("002");
    const r = extract(text, { source: name });
    expect(values(r)).toMatchObject({
      "legality.reviewed": 480, "study.exam_takers": 161, "study.exam_passed": 158, "study.exam_pass_rate": 98,
      "disclosure.proactive": 1846, "disclosure.requests": 11, "disclosure.response_rate": 100,
      "mediation.cases": 195, "mediation.succeeded": 195, "mediation.success_rate": 100, "mediation.organizations": 82,
      "proposals.npc": 17,
    });
    expect(r.indicators.find((i) => i.code === "mediation.organizations")!.evidence.text).toContain("共82個");
    expect(r.meta.year).toBe(2021);
    spansValid(text, r);
  });

  it("新晃 2021: per-body norms and other periods give nothing; 1200余件 is at_least", () => {
    const { name, text } = seed("003");
    const r = extract(text, { source: name });
    expect(values(r)).toEqual({ "mediation.organizations": 179, "mediation.cases": 1200 });
    expect(r.indicators.find((i) => i.code === "mediation.cases")!.approx).toBe("at_least");
    expect(r.flags.some((f) => f.check === "approximate" && f.codes.includes("mediation.cases"))).toBe(true);
  });

  it("郑州高新区 2022: sub-unit mediation by legal advisers is not the district's figure", () => {
    const { name, text } = seed("004");
    const r = extract(text, { source: name });
    expect(values(r)).toEqual({
      "study.party_sessions": 3, "study.gov_sessions": 26, "litig.cases": 55, "recon.as_respondent": 4,
      "recon.received": 93, "disclosure.requests": 59, "disclosure.response_rate": 100, "legality.reviewed": 309,
    });
  });

  it("the same report in traditional characters yields the same values", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    const toTrad = OpenCC.Converter({ from: "cn", to: "tw" });
    for (const p of ["000", "001", "004"]) {
      const { name, text } = seed(p);
      const trad = toTrad(text);
      expect(trad).not.toBe(text);
      const a = extract(text, { source: name });
      const b = extract(trad, { source: name });
      expect(values(b)).toEqual(values(a));
      spansValid(trad, b);
    }
  });
});

describe("checks", () => {
  it("flags a part larger than its whole and a rate that does not match its counts", () => {
    const text = "2023年,全县共调解各类矛盾纠纷120件,调解成功130件,调解成功率达到100%。";
    const r = extract(text, { source: "t" });
    expect(r.flags.find((f) => f.check === "part_le_whole")).toMatchObject({ severity: "error" });
    expect(r.flags.find((f) => f.check === "rate_consistency")).toMatchObject({ severity: "warning" });
  });

  it("100% with a part below the whole is inconsistent even though it rounds to 100", () => {
    const r = extract("2023年,全县共调解各类矛盾纠纷1000件,调解成功999件,调解成功率100%。", { source: "t" });
    expect(r.flags.some((f) => f.check === "rate_consistency")).toBe(true);
  });

  it("a rate above 100% is an error", () => {
    const r = extract("2023年,全区12345热线受理群众诉求工单800件,办结率105%。", { source: "t" });
    expect(r.flags.find((f) => f.check === "rate_range")).toMatchObject({ severity: "error", codes: ["hotline.completion_rate"] });
  });

  it("two different figures for one indicator: the first is kept, both are evidence, a conflict is flagged", () => {
    const text = "2023年,全县共收到行政复议申请52件。\n下半年工作中,共收到行政复议申请61件。";
    const r = extract(text, { source: "t" });
    const v = r.indicators.find((i) => i.code === "recon.received")!;
    expect(v.value).toBe(52);
    expect(v.candidates!.map((c) => c.value)).toEqual([52, 61]);
    expect(r.flags.find((f) => f.check === "conflict")).toMatchObject({ severity: "warning", codes: ["recon.received"] });
  });

  it("a figure for another period is flagged other_period when it is the only one", () => {
    const text = "2023年度法治政府建设情况报告\n2023年,我县持续推进法治建设。2022年,全县共收到行政复议申请40件。";
    const r = extract(text, { source: "t" });
    expect(r.meta.year).toBe(2023);
    expect(r.flags.find((f) => f.check === "other_period")).toMatchObject({ codes: ["recon.received"] });
  });

  it("names the core indicators it did not find", () => {
    const r = extract("2023年,全县共收到行政复议申请40件。", { source: "t" });
    const missing = r.flags.find((f) => f.check === "missing")!;
    expect(missing.severity).toBe("info");
    expect(missing.codes).toContain("mediation.cases");
    expect(missing.codes).not.toContain("recon.received");
  });
});

describe("robustness", () => {
  it("never throws on arbitrary Unicode and every evidence span slices the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const r = extract(s, { source: "x" });
        return [...r.indicators, ...(r.suggestions ?? [])].every((i) => s.slice(i.evidence.start, i.evidence.end) === i.evidence.text);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on report-like text with random insertions, and spans stay valid", () => {
    const base = seed("000").text.slice(0, 4000);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(4000), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 20 }), (edits) => {
        let s = base;
        for (const [at, ins] of edits) s = s.slice(0, at) + ins + s.slice(at);
        const r = ReportResultSchema.parse(extract(s, { source: "x" }));
        return [...r.indicators, ...(r.suggestions ?? [])].every((i) => s.slice(i.evidence.start, i.evidence.end) === i.evidence.text);
      }),
      { numRuns: 60 },
    );
  });
});

describe("scope", () => {
  it("takes no figure from a section about next year's plans", () => {
    const text = "2023年度法治政府建设情况报告\n一、主要成效\n全年共收到行政复议申请40件。\n二、2024年工作计划\n全年组织县政府常务会议学法6次,调解矛盾纠纷900件。\n";
    const r = extract(text, { source: "t" });
    expect(values(r)).toEqual({ "recon.received": 40 });
  });

  it("takes no per-body norm, target or plan", () => {
    for (const s of [
      "2023年,县委常委会、县政府常务会议每季度至少学法1次。",
      "2023年,力争全年调解矛盾纠纷1000件以上。",
      "下一步,计划组织县政府常务会议学法10次。",
    ]) expect(extract(s, { source: "t" }).indicators).toEqual([]);
  });
});

describe("meta", () => {
  it.each([
    ["禹城市2023年度法治政府建设情况报告\n2023年,我市坚持……", "禹城市", 2023],
    ["2022年,在市委、市政府的正确领导下,南湖高新区坚持依法行政……", "南湖高新区", 2022],
    ["一年来,石门乡在县委的领导下……现将石门乡2024年法治政府建设工作报告如下", "石门乡", null],
    ["关于法治建设工作情况的汇报和2023年工作计划\n现将我县2022年以来工作情况汇报如下:制定《龙川侗族自治县法治政府建设实施方案》,全县……", "龙川侗族自治县", 2022],
  ])("%s", (text, region, year) => {
    const r = extract(text, { source: "t" });
    expect(r.meta.region).toBe(region);
    if (year !== null) expect(r.meta.year).toBe(year);
  });

  it("reads the publication date from a label, a bare date line or the signature", () => {
    expect(extract("发布日期: 2024-02-26 发布机构: 城区司法局\n正文", { source: "t" }).meta).toMatchObject({ published: "2024-02-26", issuer: "城区司法局" });
    expect(extract("正文。\n某某县人民政府\n2024年3月6日\n", { source: "t" }).meta).toMatchObject({ published: "2024-03-06", issuer: "某某县人民政府" });
  });
});

describe("one report, three encodings", () => {
  it("UTF-8, GB18030 and traditional characters give the same values", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const iconv = require("iconv-lite") as { encode: (s: string, enc: string) => Buffer };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    const { name, text } = seed("000");
    const utf8 = await readDocument(new TextEncoder().encode(text), name);
    const gb = await readDocument(new Uint8Array(iconv.encode(text, "gb18030")), name);
    const trad = OpenCC.Converter({ from: "cn", to: "hk" })(text);
    const a = extract(utf8.text, { source: name });
    const b = extract(gb.text, { source: name });
    const c = extract(trad, { source: name });
    expect(gb.encoding).toMatch(/gb/i);
    expect(Object.keys(values(a)).length).toBeGreaterThan(15);
    expect(values(b)).toEqual(values(a));
    expect(values(c)).toEqual(values(a));
    spansValid(gb.text, b);
    spansValid(trad, c);
  });
});

describe("parts, periods and repeated figures", () => {
  it("a part introduced by 其中, is not the headline, and does not make a conflict", () => {
    const r = extract("2023年,全县各级人民调解组织共调解矛盾纠纷2140件,调解成功率98.6%。其中,城关镇调解纠纷512件。", { source: "t" });
    expect(values(r)["mediation.cases"]).toBe(2140);
    expect(r.flags.some((f) => f.check === "conflict")).toBe(false);
  });

  it("a part the catalog names, 其中调解成功N件, is still read", () => {
    const r = extract("2023年,全县共调解矛盾纠纷860件,其中调解成功851件。", { source: "t" });
    expect(values(r)["mediation.succeeded"]).toBe(851);
  });

  it("a year in parentheses or after 较 does not make the next figure another period's", () => {
    const r = extract("2023年度法治政府建设情况报告\n县政府全年收到行政复议申请127件(2022年为96件),审结112件,直接纠错率11.6%。全年调处矛盾纠纷312件,较2022年的280件有所增加,调解成功306件。", { source: "t" });
    expect(values(r)).toMatchObject({ "recon.received": 127, "recon.closed": 112, "mediation.succeeded": 306 });
    expect(r.flags.filter((f) => f.check === "other_period")).toEqual([]);
  });

  it("a figure of last year's same period is another period's", () => {
    const r = extract("2024年度报告\n12345热线全年受理群众诉求工单4.2万件。2023年同期12345热线受理工单3.6万件。", { source: "t" });
    const c = r.indicators.find((i) => i.code === "hotline.tickets")!;
    expect(c.value).toBe(42000);
    expect(c.candidates!.find((x) => x.value === 36000)!.otherPeriod).toBe(true);
    expect(r.flags.some((f) => f.check === "conflict" || f.check === "other_period")).toBe(false);
  });

  it("the same rate written twice, once rounded (24.2% and 约为24%), is no conflict", () => {
    const r = extract("2023年,区政府收到行政复议申请1100件,直接纠错236件,纠错率24.2%。审结的复议案件977件中直接纠错236件,纠错率约为24%。", { source: "t" });
    expect(values(r)["recon.correction_rate"]).toBe(24.2);
    expect(r.flags.some((f) => f.check === "conflict")).toBe(false);
  });
});

describe("publication date under the title", () => {
  it("reads a signature date placed right under the title", () => {
    const r = extract("某市人民政府关于2021年度法治政府建设情况的报告\n\n某市人民政府\n2022年2月28日\n\n2021年,我市……", { source: "t" });
    expect(r.meta).toMatchObject({ published: "2022-02-28", year: 2021 });
  });
});

describe("tables, parts and town meetings", () => {
  it("reads a statistics table's rows, and only the column of the report's year", () => {
    const text = "2023年度法治政府建设情况报告\n主要指标与上年对比:\n| 指标 | 2023年 | 2022年 |\n| 行政诉讼案件数 | 64 | 49 |\n| 负责人出庭应诉率 | 90.6% | 88% |\n| 依申请公开办理数 | 143件 | 120件 |";
    expect(values(extract(text, { source: "t" }))).toMatchObject({ "litig.cases": 64, "litig.appearance_rate": 90.6, "disclosure.requests": 143 });
    // (the header says which column is the report's year: with the years swapped, the second column is 2023's)
    const lastYearFirst = text.replace("| 2023年 | 2022年 |", "| 2022年 | 2023年 |");
    expect(values(extract(lastYearFirst, { source: "t" }))).toMatchObject({ "litig.cases": 49, "litig.appearance_rate": 88, "disclosure.requests": 120 });
  });

  it("其中 with a part of another kind yields to the whole it breaks down", () => {
    const r = extract("2023年,全市行政机关共办理行政诉讼案件2873件,其中以市政府为被告的案件186件。", { source: "t" });
    expect(values(r)["litig.cases"]).toBe(2873);
  });

  it("a town head's office meeting is the town government's study body; with the party committee it is a combined figure", () => {
    expect(values(extract("2023年,镇政府严格落实镇长办公会会前学法制度。全年会前学法8次。", { source: "t" }))["study.gov_sessions"]).toBe(8);
    expect(extract("2023年,全年镇党委会、镇长办公会会前学法16次。", { source: "t" }).indicators).toEqual([]);
  });

  it("figures of a sentence whose subject is sub-units are not the jurisdiction's", () => {
    const r = extract("2023年,全县13个司法所全年指导调解矛盾纠纷1460件,调解成功1431件。", { source: "t" });
    expect(r.indicators).toEqual([]);
  });
});

describe("sector hotlines, courts and fair-competition reviews", () => {
  it("a sector's own hotline is not the 12345, and a rate after it is not the 12345's", () => {
    const r = extract("2023年,承办12345热线工单9320件,办结率99.8%。企业服务热线96885全年受理企业诉求1460件,办结率100%。", { source: "t" });
    expect(values(r)).toMatchObject({ "hotline.tickets": 9320, "hotline.completion_rate": 99.8 });
    expect(r.flags.some((f) => f.check === "conflict")).toBe(false);
  });

  it("a court's pre-litigation mediation is not the county's mediation", () => {
    const r = extract("2023年,县法院诉前委派调解案件1860件,调解成功912件。", { source: "t" });
    expect(r.indicators).toEqual([]);
  });

  it("a fair-competition clean-up is not legality review", () => {
    const r = extract("2023年,开展公平竞争政策措施清理,审查存量文件164件。", { source: "t" });
    expect(r.indicators).toEqual([]);
  });

  it("人民代表大会 written out is the NPC", () => {
    expect(values(extract("2023年,办理镇人民代表大会代表建议36件,办复率100%。", { source: "t" }))["proposals.npc"]).toBe(36);
  });
});

describe("a joint mediation centre is one body", () => {
  it("its figures are not the district's mediation total", () => {
    expect(extract("2023年,区联合调解中心全年受理各类纠纷1156件,调解成功1098件。", { source: "t" }).indicators).toEqual([]);
  });
});

describe("totals over several years, townships' sums and courts' rates", () => {
  it("a total since several years ago is no value, even alone", () => {
    const r = extract("2023年度报告\n近三年来,县司法局累计审查各类文件400余件。", { source: "t" });
    expect(r.indicators).toEqual([]);
  });

  it("the townships' party committees added up are not the county party committee", () => {
    expect(extract("2023年,乡镇党委理论学习中心组全年累计学法58次。", { source: "t" }).indicators).toEqual([]);
  });

  it("courts' pre-litigation mediation success rate is not people's mediation", () => {
    expect(extract("2023年,市中级人民法院和各基层法院诉前调解成功率70.3%。", { source: "t" }).indicators).toEqual([]);
  });
});

describe("whose figure it is", () => {
  it("a phone number containing 12345 does not make a sector line the 12345", () => {
    const r = extract("2024年,区12345热线办理工单3100件。企业服务专线0851-88123456全年接听企业诉求2150个。", { source: "t" });
    expect(values(r)["hotline.tickets"]).toBe(3100);
  });

  it("a higher level's figure in a lower level's report is not the report's", () => {
    const text = "安平县2023年法治政府建设情况报告\n2023年,安平县收到行政复议申请64件。市司法局全年办理行政复议案件518件。全市12345热线受理诉求58.9万件。";
    expect(values(extract(text, { source: "t" }))).toEqual({ "recon.received": 64 });
  });

  it("a neighbouring county's figure is not the report's", () => {
    const r = extract("2023年,兄弟县区中,青石县调解成功率99.1%,位居前列。", { source: "t" });
    expect(r.indicators).toEqual([]);
  });

  it("in a department's report the government's figures are not the department's; in the justice bureau's they are its work", () => {
    const dept = "澄州市市场监督管理局2023年法治政府建设年度报告\n本局作为被申请人的行政复议案件7件。市政府行政复议机构全年共收到行政复议申请1020件。";
    expect(values(extract(dept, { source: "t" }))).toEqual({ "recon.as_respondent": 7 });
    const justice = "柘源县司法局2023年度法治政府建设工作报告\n2023年,县人民政府行政复议机构共收到行政复议申请96件,审结84件。";
    expect(values(extract(justice, { source: "t" }))).toMatchObject({ "recon.received": 96, "recon.closed": 84 });
  });
});

describe("tab tables and the government broken out of a total", () => {
  it("reads a table copied with tabs", () => {
    const text = "2023年度法治政府建设情况报告\n主要指标\n项目\t2023年\n收到行政复议申请(件)\t412\n行政诉讼案件(件)\t276\n人民调解组织(个)\t1,126";
    expect(values(extract(text, { source: "t" }))).toMatchObject({ "recon.received": 412, "litig.cases": 276, "mediation.organizations": 1126 });
  });

  it("the level above reviewing the government's own case still counts for the government", () => {
    expect(values(extract("濠江区2023年度法治政府建设情况报告\n2023年,市政府审理以区政府为被申请人的行政复议案件5件。", { source: "t" }))["recon.as_respondent"]).toBe(5);
  });
});
