/**
 * Reads a workbook of the standard layout (bytes) back: the 报送 values the
 * user typed, the 指标 values (for year_over_year), and, when 出处 is there,
 * the reports themselves (so re-filling keeps rows it does not replace).
 * Everything read is validated with zod. A workbook of another layout gets a
 * WorkbookLayoutError whose message names the sheet and header that is wrong.
 * No fs: bytes in, data out.
 */
import ExcelJS from "exceljs";
import { z } from "zod";
import { CATALOG, isCode, indicatorDef } from "../core/catalog";
import { CheckNameSchema, ReportResultSchema, type Flag, type IndicatorValue, type ReportResult, type Severity } from "../core/types";
import { SHEET_NAMES, a1 } from "./description";
import {
  APPROX_LABELS,
  CHOSEN,
  EVIDENCE_FIRST_ROW,
  EVIDENCE_KEYS,
  FIRST_CODE_COL,
  FIRST_DATA_ROW,
  FLAG_TEXT_KEYS,
  HEADER_ROWS,
  InputFileSchema,
  PreviousRowSchema,
  SUBMITTED_UNIT_KEYS,
  SubmittedRowSchema,
  UNIT_KEYS,
  fromCellValue,
  type InputFile,
  type PreviousRow,
  type SubmittedRow,
} from "./describe";

/** The workbook is not of the standard layout; the message says where. */
export class WorkbookLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookLayoutError";
  }
}

/** One 指标 row as read back (cell values: rates are fractions). */
export const IndicatorRowSchema = z.object({
  row: z.number().int().positive(),
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  published: z.string().nullable(),
  source: z.string(),
  values: z.record(z.string(), z.number().finite()),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

export const ExistingWorkbookSchema = z.object({
  submitted: z.array(SubmittedRowSchema),
  indicators: z.array(IndicatorRowSchema),
  /** Previous-year candidates: 指标 rows with region and year. */
  previous: z.array(PreviousRowSchema),
  /** Reports rebuilt from 指标 + 出处 + 核对 (empty when 出处 is absent and not required). */
  reports: z.array(ReportResultSchema),
  /** Input files listed in 说明. */
  inputs: z.array(InputFileSchema),
});
export type ExistingWorkbook = z.infer<typeof ExistingWorkbookSchema>;

type Plain = number | string | null;

/** A cell's value as a number, a string, or null (formulas give their cached result). */
function plain(v: ExcelJS.CellValue | undefined): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return plain((v as { text: unknown }).text as ExcelJS.CellValue);
    if ("error" in v) return null;
  }
  return null;
}

function cellPlain(ws: ExcelJS.Worksheet, row: number, col: number): Plain {
  return plain(ws.getRow(row).getCell(col).value);
}

function asText(p: Plain): string | null {
  if (p === null) return null;
  const s = String(p).trim();
  return s === "" ? null : String(p);
}

function asInt(p: Plain): number | null {
  if (typeof p === "number") return Number.isInteger(p) ? p : null;
  if (typeof p === "string" && /^\s*\d{4}\s*$/.test(p)) return Number(p.trim());
  return null;
}

function asNumber(p: Plain): number | null {
  if (typeof p === "number") return p;
  if (typeof p === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(p)) return Number(p);
  return null;
}

function sheetOrThrow(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) {
    const have = wb.worksheets.map((w) => w.name).join("、") || "(无)";
    throw new WorkbookLayoutError(`缺少工作表“${name}”(sheet "${name}" is missing; the workbook has: ${have}). 这不是标准指标工作簿。`);
  }
  return ws;
}

function headerError(sheet: string, row: number, col: number, expected: string, found: Plain): WorkbookLayoutError {
  return new WorkbookLayoutError(
    `工作表“${sheet}”的表头 ${a1(row, col)} 应为 “${expected}”,实为 “${found ?? ""}”(sheet "${sheet}", header ${a1(row, col)}: expected "${expected}", found "${found ?? ""}").`,
  );
}

/** Checks the unit keys and reads the code of every indicator column. */
function readIndicatorHeader(ws: ExcelJS.Worksheet, unitKeys: readonly string[]): Map<number, string> {
  unitKeys.forEach((k, i) => {
    const found = cellPlain(ws, HEADER_ROWS, i + 1);
    if (found !== k) throw headerError(ws.name, HEADER_ROWS, i + 1, k, found);
  });
  const cols = new Map<number, string>();
  const seen = new Set<string>();
  const last = Math.max(ws.getRow(HEADER_ROWS).cellCount, FIRST_CODE_COL);
  for (let c = FIRST_CODE_COL; c <= last; c++) {
    const found = asText(cellPlain(ws, HEADER_ROWS, c));
    if (found === null) continue;
    if (!isCode(found) || seen.has(found)) {
      throw new WorkbookLayoutError(
        `工作表“${ws.name}”的表头 ${a1(HEADER_ROWS, c)} “${found}”不是目录中的指标代码或重复(sheet "${ws.name}", header ${a1(HEADER_ROWS, c)}: "${found}" is not a catalog code or is repeated).`,
      );
    }
    seen.add(found);
    cols.set(c, found);
  }
  if (cols.size === 0) throw headerError(ws.name, HEADER_ROWS, FIRST_CODE_COL, CATALOG[0]!.code, cellPlain(ws, HEADER_ROWS, FIRST_CODE_COL));
  return cols;
}

function lastDataRow(ws: ExcelJS.Worksheet): number {
  return Math.max(ws.actualRowCount > 0 ? ws.lastRow?.number ?? 0 : 0, HEADER_ROWS);
}

function readSubmittedSheet(ws: ExcelJS.Worksheet): SubmittedRow[] {
  const cols = readIndicatorHeader(ws, SUBMITTED_UNIT_KEYS);
  const out: SubmittedRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= lastDataRow(ws); r++) {
    const values: Record<string, number | string> = {};
    for (const [c, code] of cols) {
      const p = cellPlain(ws, r, c);
      if (p === null || (typeof p === "string" && p.trim() === "")) continue;
      const n = asNumber(p);
      values[code] = n ?? p;
    }
    const row = {
      region: asText(cellPlain(ws, r, 1)),
      year: asInt(cellPlain(ws, r, 2)),
      published: asText(cellPlain(ws, r, 3)),
      source: asText(cellPlain(ws, r, 4)),
      note: asText(cellPlain(ws, r, 5)),
      values,
    };
    if (row.region === null && row.year === null && row.source === null && row.note === null && Object.keys(values).length === 0) continue;
    const parsed = SubmittedRowSchema.safeParse(row);
    if (!parsed.success) throw new WorkbookLayoutError(`工作表“${ws.name}”第 ${r} 行无法读取(sheet "${ws.name}", row ${r}): ${parsed.error.issues[0]?.message ?? ""}`);
    out.push(parsed.data);
  }
  return out;
}

function readIndicatorSheet(ws: ExcelJS.Worksheet): IndicatorRow[] {
  const cols = readIndicatorHeader(ws, UNIT_KEYS);
  const out: IndicatorRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= lastDataRow(ws); r++) {
    const values: Record<string, number> = {};
    for (const [c, code] of cols) {
      const n = asNumber(cellPlain(ws, r, c));
      if (n !== null) values[code] = n;
    }
    const row = {
      row: r,
      region: asText(cellPlain(ws, r, 1)),
      year: asInt(cellPlain(ws, r, 2)),
      published: asText(cellPlain(ws, r, 3)),
      source: asText(cellPlain(ws, r, 4)) ?? "",
      values,
    };
    if (row.region === null && row.year === null && row.source === "" && Object.keys(values).length === 0) continue;
    const parsed = IndicatorRowSchema.safeParse(row);
    if (!parsed.success) throw new WorkbookLayoutError(`工作表“${ws.name}”第 ${r} 行无法读取(sheet "${ws.name}", row ${r}): ${parsed.error.issues[0]?.message ?? ""}`);
    out.push(parsed.data);
  }
  return out;
}

interface EvidenceRow {
  row: number;
  code: string;
  value: number;
  approx: IndicatorValue["approx"];
  text: string;
  start: number;
  end: number;
  page: number | null;
  rule: string | null;
  chosen: boolean;
}

function readEvidenceSheet(ws: ExcelJS.Worksheet): EvidenceRow[] {
  EVIDENCE_KEYS.forEach((k, i) => {
    const found = cellPlain(ws, EVIDENCE_FIRST_ROW - 1, i + 1);
    if (found !== k) throw headerError(ws.name, EVIDENCE_FIRST_ROW - 1, i + 1, k, found);
  });
  const col = (k: (typeof EVIDENCE_KEYS)[number]) => EVIDENCE_KEYS.indexOf(k) + 1;
  const out: EvidenceRow[] = [];
  for (let r = EVIDENCE_FIRST_ROW; r <= (ws.lastRow?.number ?? 0); r++) {
    const row = asInt(cellPlain(ws, r, col("row"))) ?? asNumber(cellPlain(ws, r, col("row")));
    const code = asText(cellPlain(ws, r, col("code")));
    const value = asNumber(cellPlain(ws, r, col("value")));
    if (row === null || code === null || value === null || !isCode(code)) continue;
    const approxLabel = asText(cellPlain(ws, r, col("approx")));
    const approx = approxLabel === APPROX_LABELS.at_least ? "at_least" : approxLabel === APPROX_LABELS.about ? "about" : null;
    out.push({
      row,
      code,
      value: fromCellValue(indicatorDef(code), value),
      approx,
      text: String(cellPlain(ws, r, col("text")) ?? ""),
      start: asNumber(cellPlain(ws, r, col("start"))) ?? 0,
      end: asNumber(cellPlain(ws, r, col("end"))) ?? 0,
      page: asNumber(cellPlain(ws, r, col("page"))),
      rule: asText(cellPlain(ws, r, col("rule"))),
      chosen: asText(cellPlain(ws, r, col("chosen"))) === CHOSEN,
    });
  }
  return out;
}

const FLAG_LINE = /^([a-z_]+)(?: \[([^\]]*)\])?: ?(.*)$/;

/** Extractor flags per 指标 row, read from the text columns of 核对 (year_over_year is recomputed, so dropped). */
function readFlags(ws: ExcelJS.Worksheet | undefined): Map<number, Flag[]> {
  const out = new Map<number, Flag[]>();
  if (!ws) return out;
  const colOf = new Map<Severity, number>();
  const header = ws.getRow(HEADER_ROWS);
  for (let c = 1; c <= header.cellCount; c++) {
    const k = cellPlain(ws, HEADER_ROWS, c);
    for (const s of ["error", "warning", "info"] as const) if (k === FLAG_TEXT_KEYS[s]) colOf.set(s, c);
  }
  for (let r = FIRST_DATA_ROW; r <= (ws.lastRow?.number ?? 0); r++) {
    for (const [severity, c] of colOf) {
      const t = asText(cellPlain(ws, r, c));
      if (!t) continue;
      for (const line of t.split(/\r?\n/)) {
        const m = FLAG_LINE.exec(line.trim());
        const check = m ? CheckNameSchema.safeParse(m[1]) : null;
        if (!m || !check?.success || check.data === "year_over_year") continue;
        const codes = m[2] ? m[2].split(",").map((s) => s.trim()).filter(Boolean) : [];
        const list = out.get(r) ?? [];
        list.push({ check: check.data, severity, codes, message: m[3] ?? "" });
        out.set(r, list);
      }
    }
  }
  return out;
}

function rebuildReports(indicators: IndicatorRow[], evidence: EvidenceRow[], flags: Map<number, Flag[]>): ReportResult[] {
  const byRow = new Map<number, EvidenceRow[]>();
  for (const e of evidence) {
    const list = byRow.get(e.row) ?? [];
    list.push(e);
    byRow.set(e.row, list);
  }
  return indicators.map((ir) => {
    const ev = byRow.get(ir.row) ?? [];
    const values: IndicatorValue[] = [];
    // the 指标 cell wins (a hand correction survives); 出处 gives the evidence
    for (const [code, cellValue] of Object.entries(ir.values)) {
      const def = indicatorDef(code);
      const value = fromCellValue(def, cellValue);
      const rows = ev.filter((e) => e.code === code);
      const chosen = rows.find((e) => e.chosen) ?? rows[0];
      const span = (e: EvidenceRow) => ({ start: e.start, end: e.end, text: e.text, ...(e.page !== null && e.page > 0 ? { page: e.page } : {}) });
      if (!chosen) {
        values.push({ code, value, unit: def.unit, approx: null, evidence: { start: 0, end: 0, text: "" }, rule: "hand-entered" });
        continue;
      }
      const ordered = [chosen, ...rows.filter((e) => e !== chosen)];
      values.push({
        code,
        value,
        unit: def.unit,
        approx: chosen.approx,
        evidence: span(chosen),
        ...(chosen.rule ? { rule: chosen.rule } : {}),
        ...(rows.length > 1
          ? { candidates: ordered.map((e) => ({ value: e.value, approx: e.approx, evidence: span(e), rule: e.rule ?? "" })) }
          : {}),
      });
    }
    return ReportResultSchema.parse({
      source: ir.source,
      meta: { region: ir.region, year: ir.year, published: ir.published, issuer: null },
      indicators: values,
      flags: flags.get(ir.row) ?? [],
    });
  });
}

function readInputs(ws: ExcelJS.Worksheet | undefined): InputFile[] {
  if (!ws) return [];
  const out: InputFile[] = [];
  let inList = false;
  for (let r = 1; r <= (ws.lastRow?.number ?? 0); r++) {
    const a = asText(cellPlain(ws, r, 1));
    const b = asText(cellPlain(ws, r, 2));
    if (a === "输入文件" && b === "SHA-256") {
      inList = true;
      continue;
    }
    if (!inList) continue;
    if (a === null) break;
    if (b !== null && /^[0-9a-f]{64}$/i.test(b)) out.push({ name: a, sha256: b });
  }
  return out;
}

export interface ReadOptions {
  /** Require 出处 and rebuild the reports (for re-filling into an existing --out). */
  reports?: boolean;
}

/** Reads a standard indicator workbook. Throws WorkbookLayoutError when the layout is wrong. */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExistingWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${(e as Error).message})`);
  }
  const submitted = readSubmittedSheet(sheetOrThrow(wb, SHEET_NAMES.submitted));
  const indicators = readIndicatorSheet(sheetOrThrow(wb, SHEET_NAMES.indicators));
  const previous: PreviousRow[] = indicators
    .filter((r) => r.region !== null && r.year !== null)
    .map((r) => PreviousRowSchema.parse({ region: r.region, year: r.year, source: r.source, values: r.values }));
  let reports: ReportResult[] = [];
  if (options.reports) {
    const evidence = readEvidenceSheet(sheetOrThrow(wb, SHEET_NAMES.evidence));
    reports = rebuildReports(indicators, evidence, readFlags(wb.getWorksheet(SHEET_NAMES.checks)));
  }
  return ExistingWorkbookSchema.parse({ submitted, indicators, previous, reports, inputs: readInputs(wb.getWorksheet(SHEET_NAMES.about)) });
}

/** The 报送 values and previous-year candidates of a workbook (for --submitted). */
export async function readSubmitted(bytes: Uint8Array): Promise<{ submitted: SubmittedRow[]; previous: PreviousRow[] }> {
  const w = await readWorkbook(bytes);
  return { submitted: w.submitted, previous: w.previous };
}
