/**
 * The value tier and the suggestion tier: what the extractor doubts is kept,
 * with its reasons and a span of the original input, and never filled.
 */
import { extract } from "../../src/core/extract";
import { renderReport } from "../../src/cli/render";
import type { EngineCandidate } from "../../src/core/engine";
import type { Candidate } from "../../src/core/rules/apply";
import { withRules } from "../../src/core/tiers";

const slices = (input: string, e: { start: number; end: number; text: string }) => input.slice(e.start, e.end) === e.text;

describe("suggestions", () => {
  it("a figure whose subject may be a court is a suggestion with its reason, not a value", () => {
    const input = "某县2023年法治政府建设情况报告\n县人民法院全年共受理行政诉讼案件48件。";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "litig.cases")).toBeUndefined();
    const s = r.suggestions!.find((x) => x.code === "litig.cases" || x.codes?.includes("litig.cases"));
    expect(s?.value).toBe(48);
    expect(s!.reasons.join("")).toMatch(/法院/);
    expect(slices(input, s!.evidence)).toBe(true);
    expect(s!.evidence.text).toContain("48");
  });

  it("a clean figure is a value and not also a suggestion", () => {
    const input = "2023年,县政府共收到行政复议申请126件,依法受理118件。";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(126);
    expect((r.suggestions ?? []).some((s) => s.value === 126)).toBe(false);
  });

  it("another year's figure in a report is doubted or flagged, never a silent headline", () => {
    const input = "某区2024年法治政府建设情况报告\n2023年,全区共调解矛盾纠纷3120件。";
    const r = extract(input, { source: "t" });
    const v = r.indicators.find((i) => i.code === "mediation.cases");
    if (v) expect(r.flags.some((f) => f.check === "other_period" && f.codes.includes("mediation.cases"))).toBe(true);
    else expect((r.suggestions ?? []).find((x) => x.value === 3120)?.reasons.join("")).toMatch(/年度/);
  });

  it("two equally plausible frame-only figures for one code are both shown for review, neither filled", () => {
    const input = "某镇2023年工作报告\n通过政府网站发布信息2484条。通过公示栏发布信息1200条。";
    const r = extract(input, { source: "t" });
    const v = r.indicators.find((i) => i.code === "disclosure.proactive");
    if (!v) expect((r.suggestions ?? []).filter((s) => s.code === "disclosure.proactive").length).toBeGreaterThan(0);
    else expect(v.value).toBe(2484);
  });

  it("the CLI table lists suggestions under 待核 with their reasons", () => {
    const r = extract("某县2023年法治政府建设情况报告\n县人民法院全年共受理行政诉讼案件48件。", { source: "t.txt" });
    const out = renderReport(r);
    expect(out).toMatch(/待核 \(\d+\)/);
    expect(out).toMatch(/48 件/);
    expect(out).toMatch(/法院/);
  });
});

describe("a town, street or village named as the subject", () => {
  // an opening long enough that the sentence below is not the report's own opening
  const opening = "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，扎实推进法治政府建设各项工作。".repeat(8);

  it("in a county's report, a town committee's figures are suggestions that say so, not the county's values", () => {
    const input = `安平县2023年法治政府建设情况报告\n${opening}\n东关镇调委会全年调解纠纷236件，调解成功率99%。`;
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "mediation.cases")).toBeUndefined();
    expect(r.indicators.find((i) => i.code === "mediation.success_rate")).toBeUndefined();
    const s = r.suggestions!.find((x) => x.code === "mediation.cases");
    expect(s?.value).toBe(236);
    expect(s!.reasons.join("")).toMatch(/乡镇、街道或村/);
  });

  it("the county's own figure beside it is still a value", () => {
    const input = `安平县2023年法治政府建设情况报告\n${opening}\n全县共调解矛盾纠纷1,236件，东关镇调委会调解纠纷236件。`;
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "mediation.cases")?.value).toBe(1236);
  });

  it("a town's own report (named in its opening, after a web page's debris) keeps its figures", () => {
    const input = `首页 > 政务公开\n打印\n东关镇2023年法治政府建设情况报告\n2023年，东关镇认真落实法治政府建设各项任务。${opening}\n东关镇调委会全年调解纠纷236件。`;
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "mediation.cases")?.value).toBe(236);
  });

  it("words that only look like places (城乡, 乡镇, 全镇, 通过镇政府) are no subject: a place is a name the gazetteer lists", () => {
    for (const clause of ["统筹城乡调解组织全年调解纠纷236件", "全镇各村调委会全年调解纠纷236件", "乡镇调委会全年调解纠纷236件", "通过镇政府网站、政务公开栏受理依申请公开236件"]) {
      const input = `东关镇2023年法治政府建设情况报告\n${opening}\n${clause}。`;
      const r = extract(input, { source: "t" });
      expect((r.suggestions ?? []).some((s) => s.reasons.join("").includes("乡镇、街道或村"))).toBe(false);
    }
  });
});

describe("a figure another code took", () => {
  it("is suggested for a code that has nothing else, when it would be a value there too", () => {
    // (the cases closed are received cases too, so the received count may be this figure; the respondent's cases,
    // 以县政府为被申请人的…14件, are not: the party says whose cases they are, framesAlone.test.ts)
    const input = "某县2023年法治政府建设情况报告\n全年审结的64件行政复议案件中，维持45件、撤销6件、终止13件。";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.closed")?.value).toBe(64);
    expect(r.indicators.find((i) => i.code === "recon.received")).toBeUndefined();
    const s = r.suggestions!.find((x) => x.code === "recon.received");
    expect(s?.value).toBe(64);
    expect(s!.reasons.join("")).toMatch(/别的指标/);
  });

  it("is not suggested for a code that needs its verb when the figure has none (a table row's received is no closed count)", () => {
    const input = "某县2023年法治政府建设情况报告\n| 指标 | 2022年 | 2023年 |\n| 收到行政复议申请（件） | 86 | 112 |\n| 调解矛盾纠纷（件） | 1,203 | 1,356 |";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(112);
    expect((r.suggestions ?? []).filter((x) => ["recon.closed", "recon.as_respondent", "mediation.succeeded"].includes(x.code))).toEqual([]);
  });

  it("is not suggested where the code has its own figure", () => {
    const input = "某县2023年法治政府建设情况报告\n全年收到行政复议申请46件，其中以县政府为被申请人的案件14件。";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(46);
    expect((r.suggestions ?? []).some((x) => x.code === "recon.received")).toBe(false);
  });
});

describe("last year's figure", () => {
  it("a wording rule's figure the frames read as last year's is a doubt; this year's beside it is shown", () => {
    const input = "某县2023年法治政府建设情况报告\n上年度收到行政复议申请89件，本年度收到112件。";
    const r = extract(input, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).not.toBe(89);
    expect((r.suggestions ?? []).some((x) => x.code === "recon.received" && x.value === 112) || r.indicators.some((i) => i.code === "recon.received" && i.value === 112)).toBe(true);
    // (where this year's figure fills the cell, last year's needs no review; where it does not, last year's is shown with its doubt)
    if (!r.indicators.some((i) => i.code === "recon.received")) {
      const s = (r.suggestions ?? []).find((x) => x.code === "recon.received" && x.value === 89);
      expect(s?.reasons.join("")).toMatch(/上年/);
    }
  });

  it("a news item published the year after the one it reports says 去年 of that year: its figures are values", () => {
    const input = "青弋县法治建设成效明显\n发布时间：2025-01-22 来源：县司法局\n县数据资源局负责人介绍，去年12345热线受理群众诉求2.3万件，群众满意率96.5%。";
    const r = extract(input, { source: "t" });
    expect(r.meta.year).toBe(2024);
    expect(r.indicators.find((i) => i.code === "hotline.tickets")?.value).toBe(23000);
  });
});

describe("a web page's other stories", () => {
  const report =
    "首页 > 政务公开\n【打印本页】【关闭窗口】分享到:\n某县2023年法治政府建设情况报告\n2023年,全县共收到行政复议申请56件,审结51件,调解矛盾纠纷1200件。\n" +
    "全县法治政府建设工作稳步推进,依法行政水平持续提升,各项工作取得新成效。\n".repeat(3);
  const story = "\n相关阅读:\n某县召开2024年法治政府建设推进会\n会上通报,全县全年共收到行政复议申请999件,调解矛盾纠纷8888件,12345热线受理群众诉求77777件。\n上一篇:某县举办法治讲座\n";

  it("never fills a cell from the story below the report, whatever rule reads it; it stays a suggestion with its reason", () => {
    const r = extract(report + story, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(56);
    expect(r.indicators.find((i) => i.code === "mediation.cases")?.value).toBe(1200);
    expect(r.indicators.find((i) => i.code === "hotline.tickets")).toBeUndefined();
    const s = (r.suggestions ?? []).find((x) => x.value === 77777);
    expect(s?.reasons.join("")).toMatch(/其他新闻/);
  });

  it("reads the page's controls above the title as its header, not as the start of other stories", () => {
    const r = extract("【打印本页】【关闭窗口】分享到:\n扫一扫在手机打开当前页\n".repeat(8) + report, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(56);
  });

  it("a list label with its first story on its own line, right under the report's last words, still opens the other stories", () => {
    const tail = "【打印】【关闭】\n相关阅读:【图解】县司法局2021年合法性审查工作:全年审查文件168件\n【一图读懂】2022年县政府工作报告\n";
    const r = extract(report.trimEnd() + tail, { source: "t" });
    expect(r.indicators.find((i) => i.code === "legality.reviewed")).toBeUndefined();
    expect((r.suggestions ?? []).find((x) => x.value === 168)?.reasons.join("")).toMatch(/其他新闻/);
  });

  it("a list label run in after the report's last sentence on one line (a page flattened) still opens the other stories", () => {
    const flat = (report + "相关新闻：全市12345热线全年受理工单50万件，办结率99.9%。上一篇：某县举办法治讲座").replace(/\n/g, "");
    const r = extract(flat, { source: "t" });
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).toBe(56);
    expect(r.indicators.find((i) => i.code === "hotline.tickets")).toBeUndefined();
    expect(r.indicators.find((i) => i.code === "hotline.completion_rate")).toBeUndefined();
    expect((r.suggestions ?? []).find((x) => x.value === 500000)?.reasons.join("")).toMatch(/其他新闻/);
    // (a label inside the report's own words, not right after a sentence's end, opens nothing: 县政府建立上一篇：下一篇制度)
    const own = extract(report + "县政府建立上一篇：下一篇制度,全县12345热线受理诉求5000件。", { source: "t" });
    expect(own.indicators.find((i) => i.code === "hotline.tickets")?.value).toBe(5000);
  });

  it("reads who reported and the year from the report, not from the story below it", () => {
    const r = extract(report.replace("某县", "") + story.replace("某县召开2024年", "常德市召开2024年"), { source: "t" });
    expect(r.meta.year).toBe(2023);
    expect(r.meta.region ?? "").not.toContain("常德");
  });
});

describe("the report's year inside a whole of several years", () => {
  it("is that year's figure: the first suggestion for the code, the whole doubted as several years'", () => {
    const r = extract("某某县2023年法治政府建设情况报告\n近三年来共办理行政复议案件186件，其中2023年办理71件。", { source: "t" });
    const s = (r.suggestions ?? []).filter((x) => x.code === "recon.received");
    expect(s[0]?.value).toBe(71);
    expect(s.find((x) => x.value === 186)?.reasons.join("")).toMatch(/多年/);
    expect(r.indicators.find((i) => i.code === "recon.received")?.value).not.toBe(186);
  });
});

describe("a wording rule's guard over the frames' reading of the same figure", () => {
  const text = "全年县政府常务会议学法12次。";
  const at = text.indexOf("12");
  const frame: EngineCandidate = {
    code: "study.gov_sessions", value: 12, approx: null, score: 4.5, reasons: [], features: ["where_left", "event_match", "event_primary", "subject_self"],
    how: "count:left:学法", otherPeriod: false, numStart: at, numEnd: at + 2, evStart: 0, evEnd: text.length,
  };
  const rule = (rejected: string): Candidate => ({
    code: "study.gov_sessions", value: 12, approx: null, rule: "学法N次", priority: 0, numStart: at, numEnd: at + 2, evStart: 0, evEnd: text.length,
    otherPeriod: false, specificity: 4, kind: "count", rejected,
  });

  it("a doubt the frames judge themselves (a norm, a plan, several years, a change, a part, the topic) does not cap their clean reading", () => {
    for (const rejected of ["norm", "plan", "several years", "delta", "sub-part", "context", "topic", "anchor"]) {
      const out = withRules([frame], [rule(rejected)], Infinity, text);
      expect(out.find((c) => c.how === frame.how)?.score).toBe(4.5);
    }
  });

  it("a doubt of whose figure it is, or of a special scope, still makes it a suggestion at best", () => {
    for (const rejected of ["scope", "a higher level", "another place", "sub-units", "sub-unit", "another body"]) {
      const out = withRules([frame], [rule(rejected)], Infinity, text);
      expect(out.find((c) => c.how === frame.how)!.score).toBeLessThan(2.3);
    }
    expect(withRules([frame], [rule("scope")], Infinity, text).find((c) => c.how === frame.how)!.reasons).toContain("可能是部分或专项数");
  });
});
