/** Hand-built extraction results for the workbook tests. */
import type { IndicatorValue, ReportResult } from "../../src/core/types";
import { indicatorDef } from "../../src/core/catalog";

export function iv(code: string, value: number, text: string, approx: IndicatorValue["approx"] = null, start = 0): IndicatorValue {
  return { code, value, unit: indicatorDef(code).unit, approx, evidence: { start, end: start + text.length, text }, rule: "fixture" };
}

/** A sound report: counts and rates agree (99.8 vs 35085/35138 = 99.849…). */
export function goodReport(): ReportResult {
  return {
    source: "chengqu-2023.txt",
    sha256: "a".repeat(64),
    meta: { region: "晋城市城区", year: 2023, published: "2024-03-01", issuer: "城区人民政府" },
    indicators: [
      iv("recon.received", 44, "收到行政复议申请44件"),
      iv("recon.closed", 35, "结案35件", null, 20),
      iv("litig.cases", 13, "行政诉讼案件共13件", null, 40),
      iv("litig.appearances", 13, "负责人出庭应诉13次", null, 60),
      iv("litig.appearance_rate", 100, "出庭应诉率100%", null, 80),
      iv("mediation.cases", 35138, "共调解各类矛盾纠纷35138件", null, 100),
      iv("mediation.succeeded", 35085, "调解成功35085件", null, 130),
      iv("mediation.success_rate", 99.8, "调解成功率达到99.8%", null, 150),
      iv("study.court_observation", 320, "旁听庭审320余人次", "at_least", 170),
      iv("hotline.tickets", 5187, "办理12345各类诉求工单5187件", null, 190),
      iv("hotline.satisfaction_rate", 96.67, "满意率96.67%", null, 220),
      iv("disclosure.proactive", 1200, "主动公开政府信息约1200条", "about", 240),
      // 4993/5000 = 99.86%: 99.8 agrees by truncation only
      iv("study.exam_takers", 5000, "5000名干部参加考试", null, 260),
      iv("study.exam_passed", 4993, "4993名考试合格", null, 280),
      iv("study.exam_pass_rate", 99.8, "考试合格率99.8%", null, 300),
    ],
    flags: [{ check: "approximate", severity: "info", codes: ["study.court_observation"], message: "旁听庭审人次带“余”" }],
  };
}

/** A broken report: succeeded > cases (error), 100% with 12 of 13 (warning). */
export function brokenReport(): ReportResult {
  return {
    source: "haojiang-2023.txt",
    sha256: "b".repeat(64),
    meta: { region: "汕头市濠江区", year: 2023, published: "2024-02-10", issuer: null },
    indicators: [
      iv("mediation.cases", 848, "共调解各类矛盾纠纷848件"),
      iv("mediation.succeeded", 900, "调解成功900件", null, 20),
      iv("litig.cases", 13, "行政诉讼案件13件", null, 40),
      iv("litig.appearances", 12, "负责人出庭应诉12次", null, 60),
      iv("litig.appearance_rate", 100, "出庭应诉率100%", null, 80),
      iv("study.exam_takers", 161, "161名工作人员参加考试", null, 100),
      iv("study.exam_passed", 158, "158名考试合格", null, 120),
      iv("study.exam_pass_rate", 98, "考试通过率为98%", null, 140),
      iv("hotline.completion_rate", 101, "办结率101%", null, 160),
    ],
    flags: [
      { check: "conflict", severity: "warning", codes: ["mediation.cases"], message: "两个不同数值: 848, 1200" },
      { check: "part_le_whole", severity: "error", codes: ["mediation.succeeded", "mediation.cases"], message: "dup of formula" },
    ],
  };
}

/** Report whose text fields try formula injection. */
export function injectionReport(): ReportResult {
  return {
    source: '=HYPERLINK("http://x","y").txt',
    meta: { region: '=HYPERLINK("http://x","y")', year: 2022, published: "+SUM(1,2)", issuer: "@A1" },
    indicators: [
      iv("recon.received", 5, '=HYPERLINK("http://x","y") 收到5件'),
      iv("litig.cases", 3, "+SUM(1,2) 案件3件", null, 30),
      iv("mediation.cases", 7, "-1+2 纠纷7件", null, 50),
      iv("hotline.tickets", 9, "@A1 工单9件", null, 70),
    ],
    flags: [{ check: "other_period", severity: "warning", codes: ["litig.cases"], message: "=1+1 other period" }],
  };
}

/** 2900/3000 = 96.666…%: 96.67 agrees by rounding only. */
export function roundingReport(): ReportResult {
  return {
    source: "mouxian-2023.txt",
    meta: { region: "某县", year: 2023, published: null, issuer: null },
    indicators: [
      iv("mediation.cases", 3000, "调解纠纷3000件"),
      iv("mediation.succeeded", 2900, "调解成功2900件", null, 20),
      iv("mediation.success_rate", 96.67, "调解成功率96.67%", null, 40),
    ],
    flags: [],
  };
}
