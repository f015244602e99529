/**
 * One case of the project's own extractor corpus (duckling style): one to three
 * sentences in the register of 法治政府建设情况报告, written for this corpus.
 * Invented text is a regression test, never an accuracy claim.
 */
export type Approx = "at_least" | "about";

export interface CorpusCase {
  /** the input; a first line that is a title (…2024年法治政府建设情况报告) gives the year */
  text: string;
  /** when set, the runner puts a title line for this year before the text */
  year?: number;
  /** code → the exact value (rates in percent points) */
  expect: Record<string, number>;
  /** code → qualifier; an expected code not listed here must carry no qualifier */
  approx?: Record<string, Approx>;
  /** codes that must not be in `indicators` (a suggestion is fine) */
  absent?: string[];
  /**
   * codes whose only figure in the text is for another period: each must be
   * absent, or present with an other_period flag (the scope rule allows the lone figure, flagged)
   */
  otherPeriod?: string[];
  /** code → the number as written, when it is not String(value) (Chinese numerals, 万, 2,315) */
  as?: Record<string, string>;
  note?: string;
  /**
   * The extractor gets this case wrong today: "miss" (an expected code is not
   * found), "wrong" (a wrong value or qualifier, or an absent code was taken).
   * The runner asserts that it still fails, so a fix says "now passes: remove known".
   */
  known?: "miss" | "wrong";
  /** no indicator beyond `expect` may be filled (suggestions are fine) */
  only?: boolean;
}

export const REVIEW = [
  "recon.received", "recon.closed", "recon.ontime_rate", "recon.correction_rate", "recon.settlement_rate",
  "recon.as_respondent", "litig.cases", "litig.appearances", "litig.appearance_rate", "legality.reviewed",
] as const;
export const MEDIATION = ["mediation.cases", "mediation.succeeded", "mediation.success_rate", "mediation.organizations"] as const;
export const RESPONSE = [
  "hotline.tickets", "hotline.completion_rate", "hotline.satisfaction_rate", "disclosure.proactive",
  "disclosure.requests", "disclosure.response_rate", "proposals.npc", "proposals.cppcc", "proposals.reply_rate",
] as const;
export const STUDY = [
  "study.party_sessions", "study.gov_sessions", "study.lectures", "study.court_observation",
  "study.exam_takers", "study.exam_passed", "study.exam_pass_rate",
] as const;
