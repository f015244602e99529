/**
 * Which report is this? The ONE place that decides whether two reports are
 * the same report (used by the workbook writers, `fill` and the pane).
 *
 * A report is what it is, not what its file is called:
 * - its key is the place (the division code when meta has one, else the
 *   region's name) + the year + the issuer, when place and year are known;
 * - otherwise its key is its content hash (SHA-256 of the input, computed at
 *   the edge and passed in as `sha256`); only a report that has neither falls
 *   back to its source name.
 * - the content hash then tells a re-send (same key, same content) from a
 *   revision (same key, other content).
 * Two files called 报告.txt from two folders are therefore never one report
 * unless they speak for the same place, year and issuer.
 * Pure: no Node crypto, no I/O.
 */

/** The key of a report's identity: equal keys = the same report. Written in the book (hidden `id` column). */
export type ReportKey = string & { readonly __reportKey: true };

/** What identity looks at: the fields of a ReportResult (divisionCode when meta has it). */
export interface IdentityInput {
  source: string;
  sha256?: string | undefined;
  meta: { region: string | null; year: number | null; issuer: string | null; divisionCode?: string | null | undefined };
}

export interface ReportIdentity {
  key: ReportKey;
  /** SHA-256 of the content, lower-case hex; null when the edge did not give it. */
  content: string | null;
}

/** How two reports relate: not the same report; the same report sent again; the same report in another version. */
export type Sameness = "different" | "resend" | "revision";

const squash = (s: string | null | undefined): string => (s ?? "").replace(/\s+/g, "");

/** The identity of a report. */
export function reportIdentity(r: IdentityInput): ReportIdentity {
  const content = r.sha256 && /^[0-9a-f]{64}$/i.test(r.sha256) ? r.sha256.toLowerCase() : null;
  const place = squash(r.meta.divisionCode) || squash(r.meta.region);
  let key: string;
  if (place !== "" && r.meta.year !== null) key = `r:${place}|${r.meta.year}|${squash(r.meta.issuer)}`;
  else if (content !== null) key = `h:${content}`;
  else key = `s:${r.source}`;
  return { key: key as ReportKey, content };
}

/** Whether two identities are one report, and if so whether the content is the same. */
export function sameReport(a: ReportIdentity, b: ReportIdentity): Sameness {
  if (a.key !== b.key) return "different";
  return a.content !== null && a.content === b.content ? "resend" : "revision";
}

/** A key read back from a workbook cell (validated: only keys this module makes). */
export function parseReportKey(s: string): ReportKey | null {
  return /^[rhs]:./.test(s) ? (s as ReportKey) : null;
}
