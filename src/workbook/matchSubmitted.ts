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
  const byKey = firstIndex(reports, (r, i) => keys[i] ?? reportIdentity(r).key);
  const byPlace = allIndices(reports, (r) => (squash(r.meta.region) && r.meta.year !== null ? `${squash(r.meta.region)}|${r.meta.year}` : null));
  const bySource = allIndices(reports, (r) => r.source);
  const only = (hits: number[] | undefined) => (hits?.length === 1 ? hits[0] : undefined);
  const handTyped = (s: SubmittedRow): number | undefined => {
    if (squash(s.region) && s.year !== null) return only(byPlace.get(`${squash(s.region)}|${s.year}`));
    if (s.region === null && s.year === null && s.source) return only(bySource.get(s.source));
    return undefined;
  };
  const byReport: (SubmittedRow | undefined)[] = reports.map(() => undefined);
  const unmatched: SubmittedRow[] = [];
  for (const s of submitted) {
    const i = s.id !== null ? byKey.get(s.id) : handTyped(s);
    if (i === undefined || byReport[i] !== undefined) {
      if (Object.keys(s.values).length > 0 || Object.keys(s.extra).length > 0 || (s.note ?? "") !== "") unmatched.push(s);
      continue;
    }
    byReport[i] = s;
  }
  return { byReport, unmatched };
}

function firstIndex<T>(items: T[], key: (t: T, i: number) => string): Map<string, number> {
  const m = new Map<string, number>();
  items.forEach((t, i) => {
    const k = key(t, i);
    if (!m.has(k)) m.set(k, i);
  });
  return m;
}

function allIndices<T>(items: T[], key: (t: T) => string | null): Map<string, number[]> {
  const m = new Map<string, number[]>();
  items.forEach((t, i) => {
    const k = key(t);
    if (k === null) return;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  });
  return m;
}
