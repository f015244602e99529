/**
 * The ONE reader of a workbook of the standard layout, over a plain grid of cell
 * values (ExcelJS for the CLI: readWorkbook(bytes); Office.js used ranges for the
 * pane: gridOfValues). It returns zod-validated data: the reports' identities and
 * rows, the 报送 rows (with the user's own columns and formulas), the 出处 rows'
 * keys, rows of earlier years, the input files. Reports are rebuilt from 指标 + 出处,
 * joined by the identity key written in the book (never by row number, so a sorted
 * 指标 keeps its evidence); their flags are recomputed by core/checks from the
 * values, never parsed back from text. A workbook of another layout gets a
 * WorkbookLayoutError whose message names the sheet and header that is wrong.
 */
import { z } from "zod";
import { indicatorDef, isCode } from "../core/catalog";
import { DecisionSchema, RECHECK, hashEvidence, type Decision } from "../core/decisions";
import { runChecks } from "../core/checks";
import { parseReportKey, reportIdentity } from "../core/identity";
import { CheckNameSchema, MetaSchema, ReportResultSchema, type Flag, type IndicatorValue, type MetaLevel, type ReportResult, type Span } from "../core/types";
import { fromCellValue } from "./cells";
import { SHEET_NAMES, a1, columnLetter } from "./description";
import { InputFileSchema, PreviousRowSchema, SubmittedRowSchema, UnreadReviewRowSchema, type InputFile, type SubmittedRow, type SubmittedValue, type UnreadReviewRow } from "./inputs";
import {
  CHOSEN,
  EVIDENCE_COLUMNS,
  EVIDENCE_FIRST_ROW,
  EVIDENCE_HEADER_ROWS,
  EVIDENCE_MARKS,
  FIRST_DATA_ROW,
  HEADER_ROWS,
  IDENTITY_COLUMNS,
  INDICATOR_UNIT,
  PREVIOUS_REPORTER_KEYS,
  CHECK_NAMES,
  REVIEW_COLUMNS,
  REVIEW_FIRST_ROW,
  REVIEW_HEADER_ROWS,
  REVIEW_KINDS,
  REVIEW_MARKS,
  REVIEW_VERDICTS,
  SUBMITTED_UNIT,
  approxOfLabel,
  type ColumnDef,
  type EvidenceKey,
  type ReviewKey,
} from "./layout";

/** The workbook is not of the standard layout; the message says where. */
export class WorkbookLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookLayoutError";
  }
}

export type Plain = number | string | null;

/** One sheet as the reader sees it. */
export interface Grid {
  name: string;
  lastRow: number;
  lastColumn: number;
  value(row: number, col: number): Plain;
  /** The formula of a cell (without "="), when the source knows formulas. */
  formula?(row: number, col: number): string | null;
}

/** A sheet of used-range values (Office.js: `rowIndex`, `columnIndex` 0-based, `values`). */
export function gridOfValues(name: string, rowIndex: number, columnIndex: number, values: unknown[][]): Grid {
  return {
    name,
    lastRow: rowIndex + values.length,
    lastColumn: columnIndex + (values[0]?.length ?? 0),
    value(row, col) {
      const v = values[row - 1 - rowIndex]?.[col - 1 - columnIndex];
      if (typeof v === "number") return Number.isFinite(v) ? v : null;
      if (typeof v === "string") return v === "" ? null : v;
      if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
      return null;
    },
  };
}

/** One 指标 row as read back (cell values: rates are fractions). */
const IndicatorRowSchema = z.object({
  row: z.number().int().positive(),
  /** The identity key written in the row; computed from its fields in books written before keys. */
  id: z.string(),
  region: z.string().nullable(),
  divisionCode: z.string().nullable(),
  level: MetaSchema.shape.level.unwrap(),
  year: z.number().int().nullable(),
  published: z.string().nullable(),
  source: z.string(),
  issuer: z.string().nullable(),
  sha256: z.string().nullable(),
  values: z.record(z.string(), z.number().finite()),
});
type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** One 出处 row: where it is, which report it belongs to. */
const EvidenceRowSchema = z.object({
  row: z.number().int().positive(),
  /** The report's identity key; null in books written before keys (then `indicatorRow` joins). */
  report: z.string().nullable(),
  indicatorRow: z.number().int().nullable(),
  code: z.string(),
  value: z.number().finite(),
  approx: z.enum(["at_least", "about"]).nullable(),
  evidence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string(), page: z.number().int().positive().optional() }),
  rule: z.string().nullable(),
  chosen: z.boolean(),
  marks: z.array(z.string()),
  /** 出处's 审核 column: how the reviewer decided the value (null: as extracted; books before it). */
  review: z.string().nullable().default(null),
});
type EvidenceRow = z.infer<typeof EvidenceRowSchema>;

export { UnreadReviewRowSchema, type UnreadReviewRow };

/** A value of 指标 someone typed over (the cell is not what 出处 says was extracted, and no decision says why). */
export const HandEditSchema = z.object({
  report: z.string(),
  code: z.string(),
  /** What 出处 says was extracted. */
  extracted: z.number().finite(),
  /** What the cell holds now. */
  typed: z.number().finite(),
  evidence: z.string(),
});
export type HandEdit = z.infer<typeof HandEditSchema>;

export const ExistingWorkbookSchema = z.object({
  indicators: z.array(IndicatorRowSchema),
  submitted: z.array(SubmittedRowSchema),
  /** 报送 headers that are not catalog codes, whose values are kept (name them to the user). */
  unknownHeaders: z.array(z.string()),
  /** Previous-year candidates: 指标 rows with region and year. */
  previous: z.array(PreviousRowSchema),
  evidence: z.array(EvidenceRowSchema),
  /** The last used row of 出处 (its header when empty). */
  lastEvidenceRow: z.number().int().nonnegative(),
  /** Reports rebuilt from 指标 + 出处, with `keys[i]` the identity key of `reports[i]` (empty unless asked for). */
  reports: z.array(ReportResultSchema),
  keys: z.array(z.string()),
  /** Input files listed in 说明. */
  inputs: z.array(InputFileSchema),
  /** The reviewer's decisions of 审核, in its order (none in books written before it). */
  decisions: z.array(DecisionSchema).default([]),
  /** 审核 rows that are not a valid decision: reported, and kept as they were. */
  reviewUnread: z.array(UnreadReviewRowSchema).default([]),
  /** Values of 指标 typed over by hand without a decision (only when the reports are rebuilt). */
  handEdits: z.array(HandEditSchema).default([]),
});
export type ExistingWorkbook = z.infer<typeof ExistingWorkbookSchema>;

// ------------------------------------------------------------ cells

function asText(p: Plain): string | null {
  if (p === null) return null;
  return String(p).trim() === "" ? null : String(p);
}

function asInt(p: Plain): number | null {
  if (typeof p === "number") return Number.isInteger(p) ? p : null;
  if (typeof p === "string" && /^\s*\d{4}\s*$/.test(p)) return Number(p.trim());
  return null;
}

function asNumber(p: Plain): number | null {
  if (typeof p === "number") return p;
  if (typeof p === "string" && /^\s*-?\d{1,15}(\.\d{1,15})?\s*$/.test(p)) return Number(p);
  return null;
}

function headerError(sheet: string, row: number, col: number, expected: string, found: Plain): WorkbookLayoutError {
  return new WorkbookLayoutError(
    `工作表“${sheet}”的表头 ${a1(row, col)} 应为 “${expected}”,实为 “${found ?? ""}”(sheet "${sheet}", header ${a1(row, col)}: expected "${expected}", found "${found ?? ""}").`,
  );
}

function rowError(g: Grid, r: number, e: z.ZodError): WorkbookLayoutError {
  return new WorkbookLayoutError(`工作表“${g.name}”第 ${r} 行无法读取(sheet "${g.name}", row ${r}): ${e.issues[0]?.message ?? ""}`);
}

/** The unit keys a report sheet has in header row 3: the current layout's, or those of books written before 区划代码 and 层级. */
function unitKeys(g: Grid, unit: readonly ColumnDef[]): string[] {
  const current = unit.map((c) => c.key);
  const previous = [...PREVIOUS_REPORTER_KEYS, current[current.length - 1]!];
  const has = (keys: string[]) => keys.every((k, i) => g.value(HEADER_ROWS, i + 1) === k);
  if (has(current)) return current;
  if (has(previous)) return previous;
  const i = current.findIndex((k, j) => g.value(HEADER_ROWS, j + 1) !== k);
  throw headerError(g.name, HEADER_ROWS, i + 1, current[i]!, g.value(HEADER_ROWS, i + 1));
}

/** The columns of a report sheet by key (header row 3), checked: unit keys in place, codes of the catalog. */
function readHeader(g: Grid, unit: readonly ColumnDef[], allowUnknown: boolean): { codes: Map<number, string>; keys: Map<string, number>; unknown: Map<number, string>; units: Map<string, number> } {
  const unitList = unitKeys(g, unit);
  const units = new Map(unitList.map((k, i) => [k, i + 1]));
  const codes = new Map<number, string>();
  const keys = new Map<string, number>();
  const unknown = new Map<number, string>();
  const identity = new Set<string>(IDENTITY_COLUMNS.map((c) => c.key));
  const first = unitList.length + 1;
  for (let c = first; c <= g.lastColumn; c++) {
    const found = asText(g.value(HEADER_ROWS, c));
    if (found !== null && identity.has(found)) keys.set(found, c);
    else if (found !== null && isCode(found) && ![...codes.values()].includes(found)) codes.set(c, found);
    else if (allowUnknown) unknown.set(c, found ?? `(${columnLetter(c)}列)`);
    else if (found !== null) {
      throw new WorkbookLayoutError(
        `工作表“${g.name}”的表头 ${a1(HEADER_ROWS, c)} “${found}”不是目录中的指标代码或重复(sheet "${g.name}", header ${a1(HEADER_ROWS, c)}: "${found}" is not a catalog code or is repeated).`,
      );
    }
  }
  if (codes.size === 0) throw headerError(g.name, HEADER_ROWS, first, "recon.received", g.value(HEADER_ROWS, first));
  return { codes, keys, unknown, units };
}

/** 区划代码 as written (text, or a number typed by hand), when it is a GB/T 2260 code. */
function asDivision(p: Plain): string | null {
  const s = asText(p)?.trim() ?? null;
  return s !== null && /^(?:\d{2}|\d{4}|\d{6}|\d{9})$/.test(s) ? s : null;
}

const LEVELS: readonly string[] = MetaSchema.shape.level.unwrap().unwrap().options;
function asLevel(p: Plain): MetaLevel | null {
  const s = asText(p)?.trim() ?? null;
  return s !== null && LEVELS.includes(s) ? (s as MetaLevel) : null;
}

/** The unit of a row: who reported and when (区划代码 and 层级 null in books written before them). */
function unitOf(g: Grid, r: number, units: Map<string, number>) {
  const at = (k: string): Plain => (units.has(k) ? g.value(r, units.get(k)!) : null);
  return {
    region: asText(at("region")),
    divisionCode: asDivision(at("division")),
    level: asLevel(at("level")),
    year: asInt(at("year")),
    published: asText(at("published")),
    source: asText(at("source")),
    at,
  };
}

// ------------------------------------------------------------ sheets

function readIndicators(g: Grid): IndicatorRow[] {
  const { codes, keys, units } = readHeader(g, INDICATOR_UNIT, false);
  const at = (r: number, key: string) => (keys.has(key) ? asText(g.value(r, keys.get(key)!)) : null);
  const out: IndicatorRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= g.lastRow; r++) {
    const values: Record<string, number> = {};
    for (const [c, code] of codes) {
      const n = asNumber(g.value(r, c));
      if (n !== null) values[code] = n;
    }
    const u = unitOf(g, r, units);
    const meta = { region: u.region, divisionCode: u.divisionCode, level: u.level, year: u.year, published: u.published, issuer: at(r, "issuer") };
    const source = u.source ?? "";
    if (meta.region === null && meta.year === null && source === "" && Object.keys(values).length === 0) continue;
    const sha256 = at(r, "sha256");
    const written = parseReportKey(at(r, "id") ?? "");
    const id = written ?? reportIdentity({ source, meta, ...(sha256 ? { sha256 } : {}) }).key;
    const parsed = IndicatorRowSchema.safeParse({ row: r, id, ...meta, source, sha256, values });
    if (!parsed.success) throw rowError(g, r, parsed.error);
    out.push(parsed.data);
  }
  return out;
}

/** A 报送 cell: a formula stays a formula (with or without a cached result). */
function submittedValue(g: Grid, r: number, c: number): SubmittedValue | null {
  const f = g.formula?.(r, c) ?? null;
  if (f) return { formula: f };
  const p = g.value(r, c);
  if (p === null || (typeof p === "string" && p.trim() === "")) return null;
  return asNumber(p) ?? p;
}

function readSubmitted(g: Grid): { rows: SubmittedRow[]; unknownHeaders: string[] } {
  const { codes, keys, unknown, units } = readHeader(g, SUBMITTED_UNIT, true);
  const rows: SubmittedRow[] = [];
  const used = new Set<string>();
  for (let r = FIRST_DATA_ROW; r <= g.lastRow; r++) {
    const values: Record<string, SubmittedValue> = {};
    const extra: Record<string, SubmittedValue> = {};
    for (const [c, code] of codes) {
      const v = submittedValue(g, r, c);
      if (v !== null) values[code] = v;
    }
    for (const [c, header] of unknown) {
      const v = submittedValue(g, r, c);
      if (v !== null) (extra[header] = v), used.add(header);
    }
    const id = keys.has("id") ? parseReportKey(asText(g.value(r, keys.get("id")!)) ?? "") : null;
    const { at, ...unit } = unitOf(g, r, units);
    const row = { id, ...unit, note: asText(at("note")), values, extra };
    if (row.region === null && row.year === null && row.source === null && row.note === null && Object.keys(values).length === 0 && Object.keys(extra).length === 0) continue;
    const parsed = SubmittedRowSchema.safeParse(row);
    if (!parsed.success) throw rowError(g, r, parsed.error);
    rows.push(parsed.data);
  }
  return { rows, unknownHeaders: [...used] };
}

/** 出处's keys in row 2: the first ones are required, `marks`, `report` and `division` came later. */
function evidenceColumns(g: Grid): Map<EvidenceKey, number> {
  const cols = new Map<EvidenceKey, number>();
  EVIDENCE_COLUMNS.forEach((c, i) => {
    const found = g.value(EVIDENCE_HEADER_ROWS, i + 1);
    if (found === c.key) cols.set(c.key, i + 1);
    else if (c.key !== "marks" && c.key !== "report" && c.key !== "division" && c.key !== "review") throw headerError(g.name, EVIDENCE_HEADER_ROWS, i + 1, c.key, found);
  });
  return cols;
}

function readEvidence(g: Grid): EvidenceRow[] {
  const cols = evidenceColumns(g);
  const get = (r: number, k: EvidenceKey): Plain => (cols.has(k) ? g.value(r, cols.get(k)!) : null);
  const out: EvidenceRow[] = [];
  for (let r = EVIDENCE_FIRST_ROW; r <= g.lastRow; r++) {
    const code = asText(get(r, "code"));
    const value = asNumber(get(r, "value"));
    if (code === null || value === null || !isCode(code)) continue;
    const page = asNumber(get(r, "page"));
    const parsed = EvidenceRowSchema.safeParse({
      row: r,
      report: parseReportKey(asText(get(r, "report")) ?? ""),
      indicatorRow: asInt(get(r, "row")) ?? asNumber(get(r, "row")),
      code,
      value: fromCellValue(indicatorDef(code), value),
      approx: approxOfLabel(asText(get(r, "approx"))),
      evidence: { start: asNumber(get(r, "start")) ?? 0, end: asNumber(get(r, "end")) ?? 0, text: String(get(r, "text") ?? ""), ...(page !== null && page > 0 ? { page } : {}) },
      rule: asText(get(r, "rule")),
      chosen: asText(get(r, "chosen")) === CHOSEN,
      marks: (asText(get(r, "marks")) ?? "").split("、").filter(Boolean),
      review: asText(get(r, "review")),
    });
    if (!parsed.success) throw rowError(g, r, parsed.error);
    out.push(parsed.data);
  }
  return out;
}

/** 说明 lists the input files as name | SHA-256 under a header row of those two words. */
const ABOUT_LABEL_COL = 1;

function readInputs(g: Grid | undefined): InputFile[] {
  if (!g) return [];
  const out: InputFile[] = [];
  let inList = false;
  for (let r = 1; r <= g.lastRow; r++) {
    const [a, b] = [asText(g.value(r, ABOUT_LABEL_COL)), asText(g.value(r, ABOUT_LABEL_COL + 1))];
    if (a === "输入文件" && b === "SHA-256") inList = true;
    else if (inList && a === null) break;
    else if (inList && b !== null && /^[0-9a-f]{64}$/i.test(b)) out.push({ name: a!, sha256: b });
  }
  return out;
}

// ------------------------------------------------------------ reports

const span = (e: EvidenceRow): Span => e.evidence;

/** How a value was decided, from 出处's 审核 column. */
function decidedOf(review: string | null): "更正" | "采纳" | undefined {
  const t = (review ?? "").trim();
  return t.startsWith(REVIEW_MARKS.更正) ? "更正" : t.startsWith(REVIEW_MARKS.采纳) ? "采纳" : undefined;
}

/** One value of a report: the 指标 cell wins (a hand correction survives); 出处 gives the evidence. */
function valueOf(code: string, cellValue: number, rows: EvidenceRow[]): IndicatorValue {
  const def = indicatorDef(code);
  const value = fromCellValue(def, cellValue);
  const chosen = rows.find((e) => e.chosen) ?? rows[0];
  if (!chosen) return { code, value, unit: def.unit, approx: null, evidence: { start: 0, end: 0, text: "" }, rule: "hand-entered" };
  const ordered = [chosen, ...rows.filter((e) => e !== chosen)];
  const decided = decidedOf(chosen.review);
  return {
    code,
    value,
    unit: def.unit,
    approx: decided === "更正" ? null : chosen.approx,
    ...(decided ? { decided } : {}),
    evidence: span(chosen),
    ...(chosen.rule ? { rule: chosen.rule } : {}),
    ...(rows.length > 1
      ? { candidates: ordered.map((e) => ({ value: e.value, approx: e.approx, evidence: span(e), rule: e.rule ?? "", ...(e.marks.includes(EVIDENCE_MARKS.other_period) ? { otherPeriod: true } : {}) })) }
      : {}),
  };
}

/** The flags of rebuilt values: core/checks, plus the conflicts 出处 marks. */
function flagsOf(values: IndicatorValue[], chosenMarks: Map<string, string[]>): Flag[] {
  const marked = (m: string) => [...chosenMarks].filter(([, ms]) => ms.includes(m)).map(([code]) => code);
  const conflicts = marked(EVIDENCE_MARKS.conflict).flatMap((code): Flag[] => {
    const v = values.find((x) => x.code === code);
    if (!v) return [];
    const figures = [...new Set((v.candidates ?? [v]).map((c) => c.value))].join(" / ");
    return [{ check: "conflict", severity: "warning", codes: [code], message: `${indicatorDef(code).name}: 报告中有不同数值 ${figures},已取第一处,请核对` }];
  });
  return [...runChecks(values, marked(EVIDENCE_MARKS.other_period)), ...conflicts];
}

/** The region flag extract gives, from what the row says: no region (warning), a region without 区划代码 (info). */
function regionFlags(ir: IndicatorRow): Flag[] {
  if (ir.region === null) return [{ check: "region", severity: "warning", codes: [], message: "未识别报告单位的地区,请填写地区与区划代码" }];
  if (ir.divisionCode === null) return [{ check: "region", severity: "info", codes: [], message: `${ir.region} 没有区划代码,请核对并填写` }];
  return [];
}

function rebuild(ir: IndicatorRow, evidence: EvidenceRow[]): ReportResult {
  const values = Object.entries(ir.values).map(([code, v]) => valueOf(code, v, evidence.filter((e) => e.code === code)));
  const chosenMarks = new Map(evidence.filter((e) => e.chosen).map((e) => [e.code, e.marks]));
  return ReportResultSchema.parse({
    source: ir.source,
    // 区划代码 and 层级 only when the row has them (a report without them reads back as it was written)
    meta: { region: ir.region, ...(ir.divisionCode ? { divisionCode: ir.divisionCode } : {}), ...(ir.level ? { level: ir.level } : {}), year: ir.year, published: ir.published, issuer: ir.issuer },
    indicators: values,
    flags: [...flagsOf(values, chosenMarks), ...regionFlags(ir)],
    ...(ir.sha256 ? { sha256: ir.sha256 } : {}),
  });
}

function rebuildReports(indicators: IndicatorRow[], evidence: EvidenceRow[]): { reports: ReportResult[]; handEdits: HandEdit[] } {
  const byKey = new Map<string, EvidenceRow[]>();
  const push = (k: string, e: EvidenceRow) => {
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  };
  for (const e of evidence) {
    if (e.report !== null) push(`k:${e.report}`, e);
    else if (e.indicatorRow !== null) push(`r:${e.indicatorRow}`, e);
  }
  const handEdits: HandEdit[] = [];
  const reports = indicators.map((ir) => {
    const rows = byKey.get(`k:${ir.id}`) ?? byKey.get(`r:${ir.row}`) ?? [];
    // a value typed over by hand: the cell is not the value 出处 chose, and no decision made it so
    for (const [code, cell] of Object.entries(ir.values)) {
      const chosen = rows.find((e) => e.code === code && e.chosen);
      const typed = fromCellValue(indicatorDef(code), cell);
      if (chosen && !decidedOf(chosen.review) && Math.abs(typed - chosen.value) > 1e-9 * Math.max(1, Math.abs(typed)))
        handEdits.push({ report: ir.id, code, extracted: chosen.value, typed, evidence: chosen.evidence.text });
    }
    return rebuild(ir, rows);
  });
  return { reports, handEdits };
}

// ------------------------------------------------------------ 审核

const KIND_OF = new Map<string, Decision["kind"]>([...Object.entries(REVIEW_KINDS).map(([k, v]) => [v, k as Decision["kind"]] as const), ["flag", "flag"], ["suggestion", "suggestion"], ["value", "value"]]);
const VERDICT_OF = new Map<string, Decision["decision"]>([...Object.entries(REVIEW_VERDICTS).map(([k, v]) => [v, k as Decision["decision"]] as const), ["采纳", "采纳"]]);
const CHECK_OF = new Map<string, Flag["check"]>(Object.entries(CHECK_NAMES).map(([k, v]) => [v, k as Flag["check"]]));

/** A number typed as text with thousands separators ("1,234"), or a rate with its sign ("35.5%"). */
const GROUPED = /^\s*(-?\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,15})?)\s*$/;
const PERCENT = /^\s*(-?\d{1,15}(?:\.\d{1,15})?)\s*[%％]\s*$/;

/**
 * A value of 审核 as the decision holds it (a rate's cell is a fraction, the decision's percent
 * points). A number stored as text is read as the number: plain ("48"), grouped ("1,234"), or a
 * rate written with its percent sign ("35.5%", percent points as they are).
 */
function reviewValue(code: string, p: Plain): number | null {
  const def = isCode(code) ? indicatorDef(code) : null;
  if (typeof p === "string") {
    const pct = PERCENT.exec(p);
    if (pct) return def?.kind === "rate" ? Number(pct[1]) : null;
    const grouped = GROUPED.exec(p);
    if (grouped) p = grouped[1]!.split(",").join("");
  }
  const n = asNumber(p);
  if (n === null) return null;
  return def ? fromCellValue(def, n) : n;
}

/** A cell of 审核 as a row not read keeps it: an empty text is an empty cell. */
const reviewCell = (p: Plain): Plain => (p === "" ? null : p);

/**
 * 审核 → the decisions, each checked by its schema; a row that is not a decision is reported and
 * kept (its cells), never dropped. Columns are found by their keys in row 2.
 */
export function readReview(g: Grid): { decisions: Decision[]; unread: UnreadReviewRow[] } {
  const cols = new Map<ReviewKey, number>();
  for (let c = 1; c <= g.lastColumn; c++) {
    const k = asText(g.value(REVIEW_HEADER_ROWS, c));
    const def = REVIEW_COLUMNS.find((x) => x.key === k);
    if (def && !cols.has(def.key)) cols.set(def.key, c);
  }
  const decisions: Decision[] = [];
  const unread: UnreadReviewRow[] = [];
  if (cols.size === 0) {
    if (g.lastRow >= REVIEW_FIRST_ROW)
      unread.push({ row: REVIEW_HEADER_ROWS, cells: [], problem: `工作表“${g.name}”第 ${REVIEW_HEADER_ROWS} 行没有列标识(report, code, decision…),其中的决定无法读取` });
    return { decisions, unread };
  }
  const width = Math.max(REVIEW_COLUMNS.length, g.lastColumn);
  for (let r = REVIEW_FIRST_ROW; r <= g.lastRow; r++) {
    const cells: Plain[] = [];
    for (let c = 1; c <= width; c++) cells.push(reviewCell(g.value(r, c)));
    if (cells.every((x) => x === null || (typeof x === "string" && x.trim() === ""))) continue;
    const at = (k: ReviewKey): Plain => (cols.has(k) ? g.value(r, cols.get(k)!) : null);
    const code = asText(at("code"))?.trim() ?? "";
    const checkText = asText(at("checkKey"))?.trim() ?? asText(at("check"))?.trim() ?? null;
    const check = checkText === null ? undefined : CheckNameSchema.safeParse(checkText).success ? (checkText as Flag["check"]) : CHECK_OF.get(checkText);
    const evidence = asText(at("evidence")) ?? "";
    const hash = asText(at("hash"))?.trim().toLowerCase() ?? hashEvidence(evidence);
    const time = at("time");
    const candidate = {
      report: asText(at("report"))?.trim() ?? "",
      code,
      kind: KIND_OF.get(asText(at("kind"))?.trim() ?? "") ?? asText(at("kind")),
      ...(check !== undefined ? { check } : checkText !== null ? { check: checkText } : {}),
      valueExtracted: reviewValue(code, at("extracted")),
      valueDecided: reviewValue(code, at("decided")),
      decision: VERDICT_OF.get(asText(at("decision"))?.trim() ?? "") ?? asText(at("decision")),
      note: asText(at("note")) ?? "",
      time: typeof time === "string" ? time.trim() : time,
      evidence,
      evidenceHash: hash,
      ...(asText(at("status"))?.trim() === RECHECK ? { status: RECHECK } : {}),
    };
    const parsed = DecisionSchema.safeParse(candidate);
    if (parsed.success) decisions.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
      unread.push({ row: r, cells, problem: `工作表“${g.name}”第 ${r} 行不是有效的审核决定(${where}${issue?.message ?? "?"}),已原样保留` });
    }
  }
  return { decisions, unread };
}

// ------------------------------------------------------------ the reader

export interface ReadOptions {
  /** Require 出处 and rebuild the reports (for re-filling into an existing --out). */
  reports?: boolean;
}

function sheetOrThrow(sheets: Map<string, Grid>, name: string): Grid {
  const g = sheets.get(name);
  if (!g) {
    const have = [...sheets.keys()].join("、") || "(无)";
    throw new WorkbookLayoutError(`缺少工作表“${name}”(sheet "${name}" is missing; the workbook has: ${have}). 这不是标准指标工作簿。`);
  }
  return g;
}

/** What the pane needs of the workbook open in Excel: its reports' rows and their 出处 rows (sheets may be missing). */
export interface OpenBook {
  indicators: IndicatorRow[];
  evidence: EvidenceRow[];
  previous: ExistingWorkbook["previous"];
  lastEvidenceRow: number;
  /** 指标 is of the layout before 区划代码 and 层级 (readable; rows of today's layout would not line up). */
  previousLayout: boolean;
  /** The decisions of 审核, and its rows that are not decisions (kept). */
  decisions: Decision[];
  reviewUnread: UnreadReviewRow[];
}

export function readOpenBook(sheets: Map<string, Grid>): OpenBook {
  const ind = sheets.get(SHEET_NAMES.indicators);
  const ev = sheets.get(SHEET_NAMES.evidence);
  const indicators = ind ? readIndicators(ind) : [];
  const rv = sheets.get(SHEET_NAMES.review);
  const review = rv ? readReview(rv) : { decisions: [], unread: [] };
  return {
    indicators,
    evidence: ev ? readEvidence(ev) : [],
    previous: previousOf(indicators),
    lastEvidenceRow: Math.max(EVIDENCE_HEADER_ROWS, ev?.lastRow ?? 0),
    previousLayout: ind !== undefined && unitKeys(ind, INDICATOR_UNIT).length !== INDICATOR_UNIT.length,
    decisions: review.decisions,
    reviewUnread: review.unread,
  };
}

function previousOf(indicators: IndicatorRow[]): ExistingWorkbook["previous"] {
  return indicators.flatMap((r) => (r.region !== null && r.year !== null ? [{ region: r.region, year: r.year, source: r.source, values: r.values }] : []));
}

/** Reads the sheets of a standard indicator workbook (in tab order). Throws WorkbookLayoutError when the layout is wrong. */
export function readSheets(sheets: Map<string, Grid>, options: ReadOptions = {}): ExistingWorkbook {
  const { rows: submitted, unknownHeaders } = readSubmitted(sheetOrThrow(sheets, SHEET_NAMES.submitted));
  const indicators = readIndicators(sheetOrThrow(sheets, SHEET_NAMES.indicators));
  const previous = previousOf(indicators);
  const evGrid = options.reports ? sheetOrThrow(sheets, SHEET_NAMES.evidence) : sheets.get(SHEET_NAMES.evidence);
  const evidence = evGrid ? readEvidence(evGrid) : [];
  const rebuilt = options.reports ? rebuildReports(indicators, evidence) : { reports: [], handEdits: [] };
  const reports = rebuilt.reports;
  const rv = sheets.get(SHEET_NAMES.review);
  const review = rv ? readReview(rv) : { decisions: [], unread: [] };
  return ExistingWorkbookSchema.parse({
    decisions: review.decisions,
    reviewUnread: review.unread,
    handEdits: rebuilt.handEdits,
    indicators,
    submitted,
    unknownHeaders,
    previous,
    evidence,
    lastEvidenceRow: Math.max(EVIDENCE_HEADER_ROWS, evGrid?.lastRow ?? 0),
    reports,
    keys: options.reports ? indicators.map((r) => r.id) : [],
    inputs: readInputs(sheets.get(SHEET_NAMES.about)),
  });
}
