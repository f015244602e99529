/**
 * A report the Office.js tests decide on, and the decisions the pane would make on it:
 * take the court's figure, 更正 48 → 35, 忽略 the conflict.
 */
import type { ReportResult } from "../../src/core/types";
import { makeDecision, reportKey, type Decision } from "../../src/core/decisions";

export const S1 = "2023年,共收到行政复议申请44件,结案48件";
export const S2 = "全区法院共审理行政诉讼案件60件";
export const raw = (): ReportResult => ({
  source: "城区2023.txt",
  meta: { region: "晋城市城区", divisionCode: "140502", level: "县", year: 2023, published: null, issuer: null },
  indicators: [
    { code: "recon.received", value: 44, unit: "件", approx: null, evidence: { start: 0, end: S1.length, text: S1 } },
    { code: "recon.closed", value: 48, unit: "件", approx: null, evidence: { start: 0, end: S1.length, text: S1 } },
    { code: "mediation.cases", value: 900, unit: "件", approx: null, evidence: { start: 0, end: 9, text: "调解矛盾纠纷900件" } },
  ],
  suggestions: [{ code: "litig.cases", value: 60, unit: "件", approx: null, evidence: { start: 0, end: S2.length, text: S2 }, score: 0.4, reasons: ["主语可能是法院"] }],
  flags: [
    { check: "part_le_whole", severity: "error", codes: ["recon.closed", "recon.received"], message: "结案数 48 大于 收到数 44" },
    { check: "conflict", severity: "warning", codes: ["mediation.cases"], message: "调解: 报告中有不同数值 900 / 990" },
  ],
});
export const now = new Date(2026, 11, 4, 18, 30, 0);
export function decide(r: ReportResult): Decision[] {
  const key = reportKey(r);
  const v = (code: string) => r.indicators.find((x) => x.code === code)!;
  return [
    makeDecision(key, { kind: "suggestion", code: "litig.cases", suggestion: r.suggestions![0]! }, "采纳", { now }),
    makeDecision(key, { kind: "flag", code: "recon.closed", check: "part_le_whole", value: v("recon.closed") }, "更正", { now, valueDecided: 35, note: "原文表格" }),
    makeDecision(key, { kind: "flag", code: "mediation.cases", check: "conflict", value: v("mediation.cases") }, "忽略", { now, note: "990 是上年数" }),
  ];
}
