/**
 * The report both review tests use: one sentence per flag and suggestion kind
 * (a part larger than its whole, another period, a court's figure, a study count
 * of no named meeting, last year's figure), its spans slicing TEXT.
 */
import type { ReportResult } from "../../src/core/types";

export const TEXT =
  "2023年，共收到行政复议申请44件，结案50件。全区法院共审理行政诉讼案件60件。全年开展集中学法12次。办理12345工单5187件。另收到复议申请48件。";
export const span = (sentence: string) => {
  const start = TEXT.indexOf(sentence);
  if (start < 0) throw new Error(sentence);
  return { start, end: start + sentence.length, text: sentence };
};
export const S1 = "2023年，共收到行政复议申请44件，结案50件";
export const S2 = "全区法院共审理行政诉讼案件60件";
export const S3 = "全年开展集中学法12次";
export const S4 = "办理12345工单5187件";
export const S5 = "另收到复议申请48件";

export function result(source = "a.txt"): ReportResult {
  return {
    source,
    meta: { region: "晋城市城区", year: 2023, published: null, issuer: null },
    indicators: [
      { code: "recon.received", value: 44, unit: "件", approx: null, evidence: span(S1) },
      { code: "recon.closed", value: 50, unit: "件", approx: null, evidence: span(S1) },
      { code: "hotline.tickets", value: 5187, unit: "件", approx: null, evidence: span(S4) },
    ],
    suggestions: [
      { code: "litig.cases", value: 60, unit: "件", approx: null, evidence: span(S2), score: 0.5, reasons: ["主语可能是法院"] },
      { code: "study.party_sessions", codes: ["study.party_sessions", "study.gov_sessions"], value: 12, unit: "次", approx: null, evidence: span(S3), score: 0.4, reasons: ["未说明是哪个会议学法"] },
      { code: "recon.received", value: 48, unit: "件", approx: null, evidence: span(S5), score: 0.3, reasons: ["可能是上年数字"] },
    ],
    flags: [
      { check: "part_le_whole", severity: "error", codes: ["recon.closed", "recon.received"], message: "行政复议结案数 50 大于 行政复议申请收到/受理数 44" },
      { check: "other_period", severity: "warning", codes: ["hotline.tickets"], message: "所在句子指向报告年度以外的时期,请核对" },
      { check: "missing", severity: "info", codes: ["mediation.cases"], message: "未找到核心指标: 调解(调处、化解)矛盾纠纷数" },
    ],
  };
}
