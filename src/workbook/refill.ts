/**
 * Filling a book that exists (the CLI's --out and --submitted): which reports
 * stay, which are new, which are already there (the same report by
 * core/identity: replaced only on the user's word), and the 报送 rows carried
 * over. Pure: the caller reads and writes the files.
 */
import { applyDecisions, DecisionSchema, hashEvidence, reportKey, RECHECK, targetKey, type Decision } from "../core/decisions";
import { reportIdentity, sameReport, type ReportIdentity } from "../core/identity";
import type { ReportResult } from "../core/types";
import type { PreviousRow, SubmittedRow } from "./inputs";
import type { ExistingWorkbook, HandEdit } from "./readWorkbook";

/** How a report is named to the user: region year (source). */
function reportLabel(r: ReportResult): string {
  return r.meta.region && r.meta.year !== null ? `${r.meta.region} ${r.meta.year} (${r.source})` : r.source;
}

export type RefillPlan =
  | {
      ok: true;
      reports: ReportResult[];
      /** Identity keys to keep for `reports` (describe's `keys`). */
      keys: (string | null)[];
      /** Reports of the book replaced by a new version. */
      replaced: ReportResult[];
      /** Fresh reports dropped because they are an identical re-send of another in the batch. */
      resent: string[];
    }
  | { ok: false; message: string };

/** The reports of the new book: the book's own (less those replaced) and the fresh ones. */
export function planRefill(fresh: ReportResult[], existing: ExistingWorkbook | undefined, replace: boolean, out: string): RefillPlan {
  const ids = fresh.map(reportIdentity);
  const batch: ReportResult[] = [];
  const batchIds: ReportIdentity[] = [];
  const resent: string[] = [];
  for (let i = 0; i < fresh.length; i++) {
    const j = batchIds.findIndex((o) => sameReport(ids[i]!, o) !== "different");
    if (j < 0) {
      batch.push(fresh[i]!);
      batchIds.push(ids[i]!);
    } else if (sameReport(ids[i]!, batchIds[j]!) === "resend") resent.push(reportLabel(fresh[i]!));
    else {
      return { ok: false, message: `${reportLabel(fresh[i]!)} and ${reportLabel(batch[j]!)} are the same report (same region, year and issuer) in two versions; give only one.` };
    }
  }
  const kept = existing?.reports ?? [];
  const keptKeys = existing?.keys ?? [];
  const present = kept.flatMap((r, i) => (batchIds.some((id) => id.key === keptKeys[i]) ? [i] : []));
  if (present.length > 0 && !replace) {
    return {
      ok: false,
      message:
        `${out} already has ${present.map((i) => reportLabel(kept[i]!)).join("; ")}.\n` +
        `Nothing was written. Run again with --replace to replace these rows (报送 values are kept).`,
    };
  }
  const stay = kept.flatMap((r, i) => (present.includes(i) ? [] : [{ r, key: keptKeys[i] ?? null }]));
  return {
    ok: true,
    reports: [...stay.map((s) => s.r), ...batch],
    keys: [...stay.map((s) => s.key), ...batch.map(() => null)],
    replaced: present.map((i) => kept[i]!),
    resent,
  };
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds 报送 rows of another book to the book's own, never overwriting a value already there:
 * rows with the same identity key merge; a row typed by hand (no key) merges with the row of the
 * same region and year.
 */
export function mergeSubmitted(base: SubmittedRow[], extra: SubmittedRow[]): { rows: SubmittedRow[]; kept: number } {
  const rows = base.map((r) => ({ ...r, values: { ...r.values }, extra: { ...r.extra } }));
  let kept = 0;
  const squash = (s: string | null) => (s ?? "").replace(/\s+/g, "");
  const same = (r: SubmittedRow, e: SubmittedRow) =>
    e.id !== null ? r.id === e.id : squash(e.region) !== "" && e.year !== null && squash(r.region) === squash(e.region) && r.year === e.year;
  for (const e of extra) {
    const target = rows.find((r) => same(r, e));
    if (!target) {
      rows.push({ ...e, values: { ...e.values }, extra: { ...e.extra } });
      continue;
    }
    for (const [key, bag] of [["values", e.values], ["extra", e.extra]] as const) {
      for (const [code, v] of Object.entries(bag)) {
        if (target[key][code] === undefined) target[key][code] = v;
        else if (!sameValue(target[key][code], v)) kept++;
      }
    }
    if (!target.note && e.note) target.note = e.note;
  }
  return { rows, kept };
}

/** Rows of earlier years: the other book's, and the book's own rows not filled again. */
export function previousRows(reports: ReportResult[], existing: ExistingWorkbook | undefined, other: ExistingWorkbook | undefined): PreviousRow[] {
  const filled = new Set(reports.map((r) => `${r.meta.region}|${r.meta.year}`));
  return [...(other?.previous ?? []), ...(existing?.previous ?? []).filter((p) => !filled.has(`${p.region}|${p.year}`))];
}

// ------------------------------------------------------------ the reviewer's decisions

/**
 * The decisions of the --out book and of --submitted, one per target (core/decisions targetKey):
 * the --out book's own first, in its order; those of --submitted only where the book has none.
 */
export function mergeDecisions(own: readonly Decision[], other: readonly Decision[]): Decision[] {
  const seen = new Set(own.map(targetKey));
  const out = [...own];
  for (const d of other) {
    const k = targetKey(d);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

/** What a value typed over in 指标 without the add-in becomes: a 更正 decision, noted as such. */
export const HAND_EDIT_NOTE = "在工作簿中手工修改";

/**
 * Values typed over by hand in the reports about to be replaced, as 更正 decisions (so the refill
 * re-applies them, or marks them 需重新核对, instead of writing the new extraction over them).
 * An edit a decision already accounts for (same report, code and value decided) adds nothing.
 */
export function handEditDecisions(edits: readonly HandEdit[], replacedKeys: ReadonlySet<string>, known: readonly Decision[], time: string): Decision[] {
  const out: Decision[] = [];
  for (const e of edits) {
    if (!replacedKeys.has(e.report)) continue;
    if (known.some((d) => d.report === e.report && d.code === e.code && d.valueDecided === e.typed)) continue;
    out.push(
      DecisionSchema.parse({
        report: e.report,
        code: e.code,
        kind: "value",
        valueExtracted: e.extracted,
        valueDecided: e.typed,
        decision: "更正",
        note: HAND_EDIT_NOTE,
        time,
        evidence: e.evidence,
        evidenceHash: hashEvidence(e.evidence),
      }),
    );
  }
  return out;
}

export interface Reapplied {
  /** The reports, those filled afresh with their decisions applied (values taken or corrected). */
  reports: ReportResult[];
  /** Every decision, in its order: those of reports filled afresh re-checked (需重新核对 where they no longer match), the others as they were. */
  decisions: Decision[];
  applied: number;
  recheck: number;
}

/**
 * Re-applies the decisions to the reports filled afresh (`keys[i] === null`: the others are the
 * book's own rows, which already show their decisions). No decision is dropped: applyDecisions
 * gives each report's decisions back whole, those that no longer match marked 需重新核对.
 */
export function reapplyDecisions(reports: readonly ReportResult[], keys: readonly (string | null)[], decisions: readonly Decision[]): Reapplied {
  const redone = new Map<string, Decision[]>();
  let applied = 0;
  let recheck = 0;
  const out = reports.map((r, i) => {
    if (keys[i] !== null && keys[i] !== undefined) return r;
    const key = reportKey(r);
    if (redone.has(key)) return r;
    const a = applyDecisions(r, decisions, key);
    redone.set(key, a.all);
    applied += a.applied.length;
    recheck += a.recheck.length;
    return a.result;
  });
  const next = new Map<string, number>();
  const all = decisions.map((d) => {
    const list = redone.get(d.report);
    if (!list) return d;
    const i = next.get(d.report) ?? 0;
    next.set(d.report, i + 1);
    return list[i] ?? { ...d, status: RECHECK };
  });
  return { reports: out, decisions: all, applied, recheck };
}
