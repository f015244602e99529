/**
 * What every sheet module needs, computed once per description: each report
 * with its row, its identity key, its 报送 row and its year-over-year flags;
 * every 出处 row with its sheet row; the placement.
 */
import { indicatorDef, isCode } from "../core/catalog";
import type { Decision } from "../core/decisions";
import { EVIDENCE_MARKS, REVIEW_MARKS } from "./layout";
import { reportIdentity, type ReportKey } from "../core/identity";
import type { Approx, Flag, ReportResult, Span } from "../core/types";
import { yearOverYearFlags } from "./yearOverYear";
import { matchSubmitted } from "./matchSubmitted";
import type { DescribeSettings, SubmittedRow } from "./inputs";
import { freshPlacement, type Placement } from "./placement";

export interface PlacedReport {
  report: ReportResult;
  /** Row on 指标, 核对, 报送 and 差异. */
  row: number;
  key: ReportKey;
  submitted: SubmittedRow | undefined;
  yearOverYear: Flag[];
}

export interface EvidenceEntry {
  /** Row on 出处. */
  row: number;
  placed: PlacedReport;
  code: string;
  value: number;
  approx: Approx;
  evidence: Span;
  rule: string;
  chosen: boolean;
  marks: string[];
  /** 出处's 审核 column: how the reviewer decided this value ("" for a value as extracted). */
  review: string;
}

export interface BookContext {
  reports: PlacedReport[];
  evidence: EvidenceEntry[];
  /** `${row}|${code}` → the 出处 row of the value chosen for that cell. */
  linkOf: Map<string, number>;
  placement: Placement;
  options: DescribeSettings;
  /** The decisions that still match, by report key (those marked 需重新核对 are only listed on 审核). */
  decisionsOf(key: string): Decision[];
}

/** The decision in force on a flag of a report: the latest that still matches, same check, one of its codes ("" for a flag on the whole report). */
export function flagDecisionOf(ctx: Pick<BookContext, "decisionsOf">, p: PlacedReport, f: Flag): Decision | undefined {
  let found: Decision | undefined;
  for (const d of ctx.decisionsOf(p.key)) if (d.kind === "flag" && d.check === f.check && (f.codes.length === 0 ? d.code === "" : f.codes.includes(d.code))) found = d;
  return found;
}

/** A number as the reviewer sees it: 99.8% for a rate, 848 for a count. */
export function shownValue(code: string, v: number): string {
  return isCode(code) && indicatorDef(code).kind === "rate" ? `${v}%` : String(v);
}

/** What 出处's 审核 column says of a value the reviewer decided. */
function reviewNote(decisions: Decision[], code: string, decided: "更正" | "采纳" | undefined): string {
  if (!decided) return "";
  const d = [...decisions].reverse().find((x) => x.code === code && x.decision === decided);
  const why = d?.note ? `(依据:${d.note})` : "";
  if (decided === "采纳") return `${REVIEW_MARKS.采纳}${why}`;
  return d?.valueExtracted != null ? `${REVIEW_MARKS.更正}:原提取值 ${shownValue(code, d.valueExtracted)}${why}` : `${REVIEW_MARKS.更正}${why}`;
}

/** Reports plus a row of their own for 报送 rows that match none (nothing typed is lost). */
function withUnmatched(reports: ReportResult[], options: DescribeSettings): { all: ReportResult[]; submitted: (SubmittedRow | undefined)[]; keys: (string | null)[] } {
  const { byReport, unmatched } = matchSubmitted(reports, options.submitted, options.keys);
  const all = [...reports];
  const keys: (string | null)[] = reports.map((_, i) => options.keys[i] ?? null);
  for (const s of unmatched) {
    all.push({ source: s.source ?? "", meta: { region: s.region, divisionCode: s.divisionCode, level: s.level, year: s.year, published: s.published, issuer: null }, indicators: [], flags: [] });
    keys.push(s.id);
  }
  return { all, submitted: [...byReport, ...unmatched], keys };
}

function evidenceOf(placed: PlacedReport[], firstRow: number, decisionsOf: (key: string) => Decision[]): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  for (const p of placed) {
    const marked = (check: Flag["check"], code: string) => p.report.flags.some((f) => f.check === check && f.codes.includes(code));
    for (const v of p.report.indicators) {
      if (!isCode(v.code)) continue;
      const chosen = { value: v.value, approx: v.approx, evidence: v.evidence, rule: v.rule ?? "" };
      const others = (v.candidates ?? []).filter((c, k) => !(k === 0 && c.value === v.value && c.evidence.start === v.evidence.start));
      const marks = [...(marked("other_period", v.code) ? [EVIDENCE_MARKS.other_period] : []), ...(marked("conflict", v.code) ? [EVIDENCE_MARKS.conflict] : [])];
      out.push({ row: firstRow + out.length, placed: p, code: v.code, ...chosen, chosen: true, marks, review: reviewNote(decisionsOf(p.key), v.code, v.decided) });
      for (const c of others) {
        out.push({ row: firstRow + out.length, placed: p, code: v.code, value: c.value, approx: c.approx, evidence: c.evidence, rule: c.rule, chosen: false, marks: c.otherPeriod ? [EVIDENCE_MARKS.other_period] : [], review: "" });
      }
    }
  }
  return out;
}

/**
 * The order of a fresh book's rows: rows kept from a book read back (they have a key) first, as
 * they were; the others by 区划代码 (none last), then year, then source (report-2 before report-10).
 */
const SOURCE_ORDER = new Intl.Collator("zh", { numeric: true });

export function freshOrder(reports: ReportResult[], keys: readonly (string | null)[]): number[] {
  const kept = reports.flatMap((_, i) => (keys[i] ? [i] : []));
  const fresh = reports.flatMap((_, i) => (keys[i] ? [] : [i]));
  const code = (i: number) => reports[i]!.meta.divisionCode ?? "\uffff";
  const year = (i: number) => reports[i]!.meta.year ?? Number.MAX_SAFE_INTEGER;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  fresh.sort((a, b) => cmp(code(a), code(b)) || year(a) - year(b) || SOURCE_ORDER.compare(reports[a]!.source, reports[b]!.source) || a - b);
  return [...kept, ...fresh];
}

export function bookContext(reportsGiven: ReportResult[], optionsGiven: DescribeSettings, placementIn?: Placement): BookContext {
  // a fresh book is sorted; rows placed in an open book go where the placement says
  const order = placementIn ? reportsGiven.map((_, i) => i) : freshOrder(reportsGiven, optionsGiven.keys);
  const reportsIn = order.map((i) => reportsGiven[i]!);
  const options = { ...optionsGiven, keys: order.map((i) => optionsGiven.keys[i] ?? null) };
  const { all, submitted, keys } = withUnmatched(reportsIn, options);
  const placement = placementIn ?? freshPlacement(all.length);
  if (placement.rows.length !== all.length) {
    throw new Error(`describe: the placement has ${placement.rows.length} rows for ${all.length} reports`);
  }
  const yoy = yearOverYearFlags(all, options.previous, options.yoyFactor);
  const reports: PlacedReport[] = all.map((report, i) => ({
    report,
    row: placement.rows[i]!,
    key: (keys[i] as ReportKey | null) ?? reportIdentity(report).key,
    submitted: submitted[i],
    yearOverYear: yoy.get(i) ?? [],
  }));
  const inForce = new Map<string, Decision[]>();
  for (const d of options.decisions) {
    if (d.status !== undefined) continue;
    const list = inForce.get(d.report);
    if (list) list.push(d);
    else inForce.set(d.report, [d]);
  }
  const decisionsOf = (key: string) => inForce.get(key) ?? [];
  const evidence = evidenceOf(reports, placement.evidenceFirstRow, decisionsOf);
  const linkOf = new Map<string, number>();
  for (const e of evidence) if (e.chosen && !linkOf.has(`${e.placed.row}|${e.code}`)) linkOf.set(`${e.placed.row}|${e.code}`, e.row);
  return { reports, evidence, linkOf, placement, options, decisionsOf };
}
