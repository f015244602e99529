/**
 * Which 报送 row belongs to which report: by the identity key written in the
 * row (hidden `id` column) when it has one; a row the user added by hand (no
 * key) by region and year when exactly one report has them, or, when the row
 * names neither, by its source file when exactly one report has that name. Rows that match no
 * report are returned as unmatched (describe gives them a row of their own).
 */
import { reportIdentity } from "../core/identity";
import type { ReportResult } from "../core/types";
import type { SubmittedRow } from "./inputs";

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, "");

export function matchSubmitted(
  reports: ReportResult[],
  submitted: SubmittedRow[],
  keys: (string | null)[] = [],
): { byReport: (SubmittedRow | undefined)[]; unmatched: SubmittedRow[] } {
  const byKey = new Map<string, number>();
  reports.forEach((r, i) => {
    const k = keys[i] ?? reportIdentity(r).key;
    if (!byKey.has(k)) byKey.set(k, i);
  });
  const byReport: (SubmittedRow | undefined)[] = reports.map(() => undefined);
  const unmatched: SubmittedRow[] = [];
  for (const s of submitted) {
    const i = s.id !== null ? byKey.get(s.id) : byRegionYear(reports, s);
    if (i === undefined || byReport[i] !== undefined) {
      if (Object.keys(s.values).length > 0 || Object.keys(s.extra).length > 0 || (s.note ?? "") !== "") unmatched.push(s);
      continue;
    }
    byReport[i] = s;
  }
  return { byReport, unmatched };
}

function byRegionYear(reports: ReportResult[], s: SubmittedRow): number | undefined {
  const only = (hits: number[]) => (hits.length === 1 ? hits[0] : undefined);
  if (squash(s.region) && s.year !== null) {
    return only(reports.flatMap((r, i) => (squash(r.meta.region) === squash(s.region) && r.meta.year === s.year ? [i] : [])));
  }
  if (s.region === null && s.year === null && s.source) return only(reports.flatMap((r, i) => (r.source === s.source ? [i] : [])));
  return undefined;
}
