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
import { runChecks } from "../core/checks";
import { parseReportKey, reportIdentity } from "../core/identity";
import { MetaSchema, ReportResultSchema, type Flag, type IndicatorValue, type MetaLevel, type ReportResult, type Span } from "../core/types";
import { fromCellValue } from "./cells";
import { SHEET_NAMES, a1, columnLetter } from "./description";
import { InputFileSchema, PreviousRowSchema, SubmittedRowSchema, type InputFile, type SubmittedRow, type SubmittedValue } from "./inputs";
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
  SUBMITTED_UNIT,
  approxOfLabel,
  type ColumnDef,
  type EvidenceKey,
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
});
type EvidenceRow = z.infer<typeof EvidenceRowSchema>;

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
    else if (c.key !== "marks" && c.key !== "report" && c.key !== "division") throw headerError(g.name, EVIDENCE_HEADER_ROWS, i + 1, c.key, found);
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

/** One value of a report: the 指标 cell wins (a hand correction survives); 出处 gives the evidence. */
function valueOf(code: string, cellValue: number, rows: EvidenceRow[]): IndicatorValue {
  const def = indicatorDef(code);
  const value = fromCellValue(def, cellValue);
  const chosen = rows.find((e) => e.chosen) ?? rows[0];
  if (!chosen) return { code, value, unit: def.unit, approx: null, evidence: { start: 0, end: 0, text: "" }, rule: "hand-entered" };
  const ordered = [chosen, ...rows.filter((e) => e !== chosen)];
  return {
    code,
    value,
    unit: def.unit,
    approx: chosen.approx,
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

function rebuildReports(indicators: IndicatorRow[], evidence: EvidenceRow[]): ReportResult[] {
  const byKey = new Map<string, EvidenceRow[]>();
  const push = (k: string, e: EvidenceRow) => byKey.set(k, [...(byKey.get(k) ?? []), e]);
  for (const e of evidence) {
    if (e.report !== null) push(`k:${e.report}`, e);
    else if (e.indicatorRow !== null) push(`r:${e.indicatorRow}`, e);
  }
  return indicators.map((ir) => rebuild(ir, byKey.get(`k:${ir.id}`) ?? byKey.get(`r:${ir.row}`) ?? []));
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
}

export function readOpenBook(sheets: Map<string, Grid>): OpenBook {
  const ind = sheets.get(SHEET_NAMES.indicators);
  const ev = sheets.get(SHEET_NAMES.evidence);
  const indicators = ind ? readIndicators(ind) : [];
  return {
    indicators,
    evidence: ev ? readEvidence(ev) : [],
    previous: previousOf(indicators),
    lastEvidenceRow: Math.max(EVIDENCE_HEADER_ROWS, ev?.lastRow ?? 0),
    previousLayout: ind !== undefined && unitKeys(ind, INDICATOR_UNIT).length !== INDICATOR_UNIT.length,
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
  const reports = options.reports ? rebuildReports(indicators, evidence) : [];
  return ExistingWorkbookSchema.parse({
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
