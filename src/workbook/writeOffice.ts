/**
 * WorkbookDescription → the workbook open in Excel (Office.js).
 *
 * The same description the ExcelJS writer turns into a file, written in place:
 * - missing sheets are created in full (cells, formats, column widths, frozen panes,
 *   conditional formats, tab colours);
 * - on existing sheets, each report's rows of 指标, 核对, 差异 (aligned: one row number per
 *   report) are appended after the last used row, or replace the row of the same report
 *   (same source file, or same region + year) ONLY when `confirmReplace` says yes; else that
 *   report is skipped; its 出处 rows are appended (a replaced report's old ones are cleared);
 *   汇总 is rewritten with its ranges stretched over every row;
 * - the description may be made from what the workbook holds (`writeOffice(ctx, fromWorkbook)`):
 *   the 指标 rows already there (region, year, values) are read in the same first sync and
 *   handed over as `previous`, so year_over_year compares with earlier years in Excel too;
 * - conditional formats are set once per sheet: on an existing sheet the rules on the columns
 *   they cover are cleared and added again over all rows (no pile of duplicate rules per fill);
 * - 报送 belongs to the user: when it exists nothing is ever written to it (`userOwned`);
 * - 目录 and 说明 are only created when missing;
 * - text is text: the cell gets number format "@" before its value, so a report sentence
 *   starting with = + - @ never becomes a formula;
 * - context.sync() is bounded: one read, one write (more only when the write would exceed
 *   Excel on the web's 5 MB request limit: one sync per ~4 MB chunk);
 * - requirement sets are checked: without ExcelApi 1.6 conditional formats are skipped,
 *   without 1.7 tab colours, hyperlinks and frozen panes are skipped, with a message.
 *
 * Office.js is reached only through the small structural interface below (a subset of
 * Excel.RequestContext), so tests drive it with a plain fake.
 */
/// <reference types="office-js" />
import {
  SHEET_NAMES,
  WorkbookDescriptionSchema,
  columnLetter,
  type Cell,
  type ConditionalFormat,
  type Row,
  type Sheet,
  type Style,
  type WorkbookDescription,
} from "./description";
import { FIRST_CODE_COL, HEADER_ROWS, type PreviousRow } from "./describe";

// ------------------------------------------------------------ the Office.js subset used

export interface XlFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
}
export interface XlRangeFormat {
  font: XlFont;
  fill: { color?: string };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  columnWidth?: number;
  borders: { getItem(index: string): { style?: string; color?: string } };
}
export interface XlConditionalFormat {
  priority?: number;
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: XlFont } };
}
export interface XlRange {
  address: string;
  rowIndex: number;
  rowCount: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  isNullObject: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } | null;
  columnHidden?: boolean;
  format: XlRangeFormat;
  conditionalFormats: { add(type: string): XlConditionalFormat; clearAll(): void };
  load(props: string): unknown;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  clear(applyTo?: string): void;
}
export interface XlWorksheet {
  name: string;
  isNullObject: boolean;
  tabColor?: string;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  freezePanes: { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(range: XlRange | string): void };
  load(props: string): unknown;
}
export interface XlContext {
  workbook: {
    worksheets: { getItemOrNullObject(name: string): XlWorksheet; add(name: string): XlWorksheet };
  };
  sync(): Promise<unknown>;
}

// ------------------------------------------------------------ options and result

export interface ExistingReport {
  /** Row of the report on 指标. */
  row: number;
  region: string | null;
  year: number | null;
  source: string;
  /** "region year (source)" for the confirmation dialog. */
  label: string;
}

/** Makes the description once the workbook has been read: `previous` holds its 指标 rows. */
export type DescribeFromWorkbook = (existing: { previous: PreviousRow[] }) => WorkbookDescription;

export interface WriteOfficeOptions {
  /** Asked once, with every report already in the workbook; true replaces them, false skips them. */
  confirmReplace?: (existing: ExistingReport[]) => Promise<boolean>;
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** Bytes per write request before a sync (Excel on the web rejects requests over 5 MB). */
  maxRequestBytes?: number;
}

export interface WriteOfficeResult {
  /** Reports written (appended or replaced). */
  written: number;
  replaced: number;
  /** Labels of reports skipped because the user did not confirm replacing them. */
  skipped: string[];
  createdSheets: string[];
  /** Things the user should know (missing requirement sets, …). */
  messages: string[];
  /** context.sync() calls made. */
  syncs: number;
}

/** Sheets with one row per report, aligned on the same row numbers. */
const REPORT_SHEETS: string[] = [SHEET_NAMES.indicators, SHEET_NAMES.checks, SHEET_NAMES.submitted, SHEET_NAMES.differences];
const DEFAULT_MAX_REQUEST = 4_000_000;
/** Conditional formats on new sheets cover this many data rows, so later fills are covered too. */
const CF_ROWS = 1000;

// ------------------------------------------------------------ helpers

function defaultIsSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

const hex = (c: string) => `#${c.toUpperCase()}`;

/** The value a cell takes in `range.formulas` and its number format. */
function cellInput(cell: Cell | null | undefined): { input: unknown; fmt: string } {
  const v = cell?.value;
  if (!v) return { input: "", fmt: cell?.numFmt ?? "General" };
  switch (v.kind) {
    case "text":
      return { input: v.text, fmt: "@" }; // text stays text: no formula, no number parsing
    case "number":
      return { input: v.value, fmt: cell?.numFmt ?? "General" };
    case "formula":
      return { input: `=${v.formula}`, fmt: cell?.numFmt && cell.numFmt !== "@" ? cell.numFmt : "General" };
  }
}

function textOf(cell: Cell | null | undefined): string | null {
  const v = cell?.value;
  if (!v) return null;
  if (v.kind === "text") return v.text;
  if (v.kind === "number") return String(v.value);
  return null;
}

function numberOf(cell: Cell | null | undefined): number | null {
  const v = cell?.value;
  return v?.kind === "number" ? v.value : null;
}

/** Rewrites A1 references to row `from` (in any sheet) so they point at row `to`. */
export function moveRowRefs(formula: string, from: number, to: number): string {
  if (from === to) return formula;
  // split on string literals so text inside "…" is never touched
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])/g, (m, pre: string, col: string, row: string) =>
            Number(row) === from ? `${pre}${col}${to}` : m,
          ),
    )
    .join("");
}

/** Stretches whole-column data ranges ending at row `oldEnd` (e.g. $F$4:$F$6) to `newEnd`. */
export function stretchRanges(formula: string, oldEnd: number, newEnd: number): string {
  if (oldEnd === newEnd) return formula;
  return formula.replace(new RegExp(`(:\\$?[A-Z]{1,3}\\$?)${oldEnd}(?![\\d])`, "g"), `$1${newEnd}`);
}

function mapRowCells(row: Row, fn: (c: Cell) => Cell): Row {
  return row.map((c) => (c ? fn(c) : c));
}

function withFormula(c: Cell, f: (s: string) => string): Cell {
  return c.value?.kind === "formula" ? { ...c, value: { kind: "formula", formula: f(c.value.formula) } } : c;
}

// ------------------------------------------------------------ the write plan

interface RowWrite {
  sheet: string;
  row: number; // 1-based
  cells: Row;
}

class Batch {
  bytes = 0;
  syncs = 0;
  constructor(
    private ctx: XlContext,
    private max: number,
  ) {}
  /** Adds an estimate; syncs first when the request would grow past the limit. */
  async add(estimate: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + estimate > this.max) await this.sync();
    this.bytes += estimate;
  }
  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.bytes = 0;
  }
}

function applyStyle(format: XlRangeFormat, style: Style): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = hex(style.fontColor);
  if (style.fill) format.fill.color = hex(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  if (style.vAlign) format.verticalAlignment = style.vAlign === "top" ? "Top" : style.vAlign === "middle" ? "Center" : "Bottom";
  if (style.borderBottom) format.borders.getItem("EdgeBottom").style = "Continuous";
}

/** Writes rows: one range per row for formats and contents, one per run of equal style, one per link. */
async function writeRows(
  sheet: XlWorksheet,
  writes: RowWrite[],
  desc: WorkbookDescription,
  batch: Batch,
  withLinks: boolean,
): Promise<void> {
  for (const w of writes) {
    const width = w.cells.length;
    if (width === 0) continue;
    const address = `A${w.row}:${columnLetter(width)}${w.row}`;
    const inputs = w.cells.map(cellInput);
    // request size: contents and formats as JSON (UTF-8), plus per-operation overhead
    const links = w.cells.filter((c) => c?.link).length;
    await batch.add(utf8Length(JSON.stringify(inputs)) + 150 * (2 + links + 4));
    const range = sheet.getRange(address);
    // styles: runs of equal style (a replaced row keeps no stale fill: reset first)
    let start = 0;
    for (let c = 1; c <= width; c++) {
      const cur = w.cells[c]?.style;
      const prev = w.cells[start]?.style;
      if (c === width || cur !== prev) {
        const style = prev ? desc.styles[prev] : undefined;
        if (style) applyStyle(sheet.getRange(`${columnLetter(start + 1)}${w.row}:${columnLetter(c)}${w.row}`).format, style);
        start = c;
      }
    }
    // links first: the value written afterwards stays the cell's value (a number stays a number)
    if (withLinks) {
      w.cells.forEach((cell, c) => {
        if (cell?.link) {
          sheet.getRange(`${columnLetter(c + 1)}${w.row}`).hyperlink = {
            documentReference: `'${cell.link.sheet}'!${cell.link.cell}`,
            screenTip: cell.link.cell,
          };
        }
      });
    }
    // number formats BEFORE contents: "@" makes text stay text
    range.numberFormat = [inputs.map((i) => i.fmt)];
    range.formulas = [inputs.map((i) => i.input)];
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function cfRange(range: string, rowFrom: number, rowTo: number): string {
  const m = /^([A-Z]{1,3})\d+(?::([A-Z]{1,3})\d+)?$/.exec(range);
  if (!m) return range;
  return `${m[1]}${rowFrom}:${m[2] ?? m[1]}${rowTo}`;
}

function addConditionalFormats(sheet: XlWorksheet, cfs: ConditionalFormat[], desc: WorkbookDescription, dataStart: number, rowFrom: number, rowTo: number): void {
  cfs.forEach((cf, i) => {
    const style = desc.styles[cf.style];
    if (!style) return;
    const target = sheet.getRange(cfRange(cf.range, rowFrom, rowTo));
    const f = target.conditionalFormats.add("Custom");
    f.custom.rule.formula = `=${moveRowRefs(cf.formula, dataStart, rowFrom)}`;
    if (style.fill) f.custom.format.fill.color = hex(style.fill);
    if (style.fontColor) f.custom.format.font.color = hex(style.fontColor);
    if (style.bold) f.custom.format.font.bold = true;
    f.priority = i;
  });
}

function cfStartRow(cfs: ConditionalFormat[]): number | null {
  const m = cfs.length ? /^[A-Z]{1,3}(\d+)/.exec(cfs[0]!.range) : null;
  return m ? Number(m[1]) : null;
}

// ------------------------------------------------------------ the writer

/**
 * The 指标 rows of a sheet's used values (`rows[i]` is sheet row `firstRow + i`, from column A):
 * every row with a region and a year, its numeric cells by the code in header row 3.
 */
export function previousRowsOf(rows: { row: number; cells: unknown[] }[]): PreviousRow[] {
  const header = rows.find((r) => r.row === HEADER_ROWS);
  if (!header || header.cells[0] !== "region") return []; // not a standard 指标 sheet
  const codes = new Map<number, string>();
  header.cells.forEach((c, i) => {
    if (i >= FIRST_CODE_COL - 1 && typeof c === "string" && c.trim() !== "") codes.set(i, c.trim());
  });
  const out: PreviousRow[] = [];
  for (const r of rows) {
    if (r.row <= HEADER_ROWS) continue;
    const region = typeof r.cells[0] === "string" ? r.cells[0].trim() : "";
    const y = r.cells[1];
    const year = typeof y === "number" && Number.isInteger(y) ? y : typeof y === "string" && /^\s*\d{4}\s*$/.test(y) ? Number(y) : null;
    if (!region || year === null) continue;
    const values: Record<string, number> = {};
    for (const [i, code] of codes) {
      const v = r.cells[i];
      if (typeof v === "number" && Number.isFinite(v)) values[code] = v;
    }
    const source = r.cells[3];
    out.push({ region, year, source: typeof source === "string" && source !== "" ? source : null, values });
  }
  return out;
}

/**
 * The rows of other years for the regions being filled (year_over_year compares a report with
 * the same region's year before): rows of the same region and year as a report are left out,
 * that report stands for them.
 */
export function previousFor(reports: { meta: { region: string | null; year: number | null } }[], rows: PreviousRow[]): PreviousRow[] {
  const regions = new Set(reports.map((r) => r.meta.region?.trim()).filter((x): x is string => !!x));
  const same = new Set(reports.map((r) => (r.meta.region && r.meta.year !== null ? `${r.meta.region.trim()}|${r.meta.year}` : "")));
  return rows.filter((p) => regions.has(p.region.trim()) && !same.has(`${p.region.trim()}|${p.year}`));
}

/**
 * Writes a description into the open workbook through `ctx` (an Excel.RequestContext or a
 * fake). Given a function, the description is made after the first sync, from the 指标 rows
 * the workbook already holds (`previous`), with no extra sync.
 */
export async function writeOffice(ctx: XlContext, descIn: WorkbookDescription | DescribeFromWorkbook, opts: WriteOfficeOptions = {}): Promise<WriteOfficeResult> {
  const given = typeof descIn === "function" ? null : WorkbookDescriptionSchema.parse(descIn);
  const supported = opts.isSetSupported ?? defaultIsSetSupported;
  const messages: string[] = [];
  const has = (v: string) => supported("ExcelApi", v);
  if (!has("1.4")) throw new Error("this Excel is too old for the add-in (it needs the ExcelApi 1.4 requirement set or later)");
  const cfOk = has("1.6");
  const v17 = has("1.7");
  if (!cfOk) messages.push("ExcelApi 1.6 不可用：未设置条件格式（错误/警告的颜色）。ExcelApi 1.6 is missing: conditional formats skipped.");
  if (!v17) messages.push("ExcelApi 1.7 不可用：未设置冻结窗格、超链接和标签颜色。ExcelApi 1.7 is missing: frozen panes, hyperlinks and tab colours skipped.");

  // ---- sync 1: what is there (every sheet of the layout, and the description's)
  const ws = ctx.workbook.worksheets;
  const handles = new Map<string, XlWorksheet>();
  const used = new Map<string, XlRange>();
  const names = new Set<string>([...Object.values(SHEET_NAMES), ...(given?.sheets.map((s) => s.name) ?? [])]);
  for (const name of names) {
    const h = ws.getItemOrNullObject(name);
    h.load("name");
    handles.set(name, h);
    const u = h.getUsedRangeOrNullObject(true);
    u.load(name === SHEET_NAMES.indicators || name === SHEET_NAMES.evidence ? "rowIndex,rowCount,columnIndex,values" : "rowIndex,rowCount");
    used.set(name, u);
  }
  await ctx.sync();
  let syncs = 1;

  const exists = (name: string) => handles.get(name)?.isNullObject === false;
  const lastUsedRow = (name: string): number => {
    if (!exists(name)) return 0;
    const u = used.get(name)!;
    return u.isNullObject ? 0 : u.rowIndex + u.rowCount;
  };
  const usedValues = (name: string): { row: number; cells: unknown[] }[] => {
    if (!exists(name)) return [];
    const u = used.get(name)!;
    if (u.isNullObject) return [];
    return u.values.map((cells, i) => {
      const padded = new Array(u.columnIndex).fill("").concat(cells);
      return { row: u.rowIndex + i + 1, cells: padded };
    });
  };

  // ---- the description: given, or made now from the 指标 rows already in the workbook
  const desc = given ?? WorkbookDescriptionSchema.parse((descIn as DescribeFromWorkbook)({ previous: previousRowsOf(usedValues(SHEET_NAMES.indicators)) }));
  for (const s of desc.sheets) if (!handles.has(s.name)) throw new Error(`the workbook description has an unknown sheet “${s.name}”`);
  const sheetOf = (name: string) => desc.sheets.find((s) => s.name === name);
  const ind = sheetOf(SHEET_NAMES.indicators);
  if (!ind) throw new Error("the workbook description has no 指标 sheet");
  const headerRows = ind.frozen?.rows ?? 3;
  const dataStart = headerRows + 1;
  const descReports = ind.rows.slice(headerRows);
  const evidenceSheet = sheetOf(SHEET_NAMES.evidence);
  const evidenceHeader = evidenceSheet?.frozen?.rows ?? 2;

  // ---- existing reports on 指标
  const existingRows = usedValues(SHEET_NAMES.indicators).filter((r) => r.row >= dataStart);
  if (exists(SHEET_NAMES.indicators)) {
    const keyRow = usedValues(SHEET_NAMES.indicators).find((r) => r.row === headerRows);
    const expected = ind.rows[headerRows - 1]?.[0];
    if (keyRow && expected && textOf(expected) && String(keyRow.cells[0] ?? "") !== textOf(expected)) {
      throw new Error(
        `the sheet “${SHEET_NAMES.indicators}” is not a standard indicator sheet (cell A${headerRows} is not “${textOf(expected)}”); rename it and fill again`,
      );
    }
  }
  const existing: ExistingReport[] = existingRows
    .filter((r) => r.cells.slice(0, 4).some((v) => v !== "" && v !== null))
    .map((r) => {
      const region = r.cells[0] === "" || r.cells[0] == null ? null : String(r.cells[0]);
      const yearRaw = r.cells[1];
      const year = typeof yearRaw === "number" ? yearRaw : /^\d{4}$/.test(String(yearRaw ?? "")) ? Number(yearRaw) : null;
      const source = String(r.cells[3] ?? "");
      return { row: r.row, region, year, source, label: `${region ?? "?"} ${year ?? ""} (${source})`.replace(/\s+/g, " ") };
    });

  // ---- where each described report goes
  const nextFree = Math.max(dataStart, ...REPORT_SHEETS.map((n) => lastUsedRow(n) + 1));
  let append = nextFree;
  const conflicts: { i: number; at: ExistingReport }[] = [];
  const plan: ({ row: number; replace: boolean } | null)[] = descReports.map((cells, i) => {
    const region = textOf(cells[0]);
    const year = numberOf(cells[1]);
    const source = textOf(cells[3]) ?? "";
    const at = existing.find((e) => (source !== "" && e.source === source) || (region !== null && year !== null && e.region === region && e.year === year));
    if (at) {
      conflicts.push({ i, at });
      return null;
    }
    return { row: append++, replace: false };
  });
  const skipped: string[] = [];
  if (conflicts.length) {
    const yes = opts.confirmReplace ? await opts.confirmReplace(conflicts.map((c) => c.at)) : false;
    const taken = new Set<number>();
    for (const c of conflicts) {
      if (yes && !taken.has(c.at.row)) {
        plan[c.i] = { row: c.at.row, replace: true };
        taken.add(c.at.row);
      } else skipped.push(c.at.label);
    }
  }
  const targetOf = (descRow: number) => plan[descRow - dataStart] ?? null;
  const lastTarget = Math.max(0, ...plan.map((p) => p?.row ?? 0));
  const newLast = Math.max(lastTarget, lastUsedRow(SHEET_NAMES.indicators), dataStart);
  const descLast = headerRows + Math.max(1, descReports.length);

  // ---- 出处: rows appended, old rows of replaced reports cleared
  const evidenceWrites: RowWrite[] = [];
  const evidenceMove = new Map<number, number>(); // description row → workbook row
  const evidenceClear: number[] = [];
  if (evidenceSheet) {
    const replacedRows = new Set(plan.filter((p) => p?.replace).map((p) => p!.row));
    if (exists(SHEET_NAMES.evidence)) {
      for (const r of usedValues(SHEET_NAMES.evidence)) {
        if (r.row > evidenceHeader && typeof r.cells[0] === "number" && replacedRows.has(r.cells[0])) evidenceClear.push(r.row);
      }
    }
    let evNext = exists(SHEET_NAMES.evidence) ? Math.max(evidenceHeader + 1, lastUsedRow(SHEET_NAMES.evidence) + 1) : evidenceHeader + 1;
    evidenceSheet.rows.forEach((cells, idx) => {
      const descRow = idx + 1;
      if (descRow <= evidenceHeader) return;
      const t = targetOf(numberOf(cells[0]) ?? -1);
      if (!t) return;
      const row = evNext++;
      evidenceMove.set(descRow, row);
      evidenceWrites.push({ sheet: SHEET_NAMES.evidence, row, cells: [{ ...cells[0]!, value: { kind: "number", value: t.row } }, ...cells.slice(1)] });
    });
  }

  const moveLink = (c: Cell): Cell => {
    if (!c.link || c.link.sheet !== SHEET_NAMES.evidence) return c;
    const m = /^([A-Z]{1,3})(\d+)$/.exec(c.link.cell);
    const to = m ? evidenceMove.get(Number(m[2])) : undefined;
    return to ? { ...c, link: { sheet: c.link.sheet, cell: `${m![1]}${to}` } } : { ...c, link: undefined };
  };

  // ---- sync 2 (…): write
  const batch = new Batch(ctx, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST);
  const createdSheets: string[] = [];
  let written = 0;

  for (const s of desc.sheets) {
    const isNew = !exists(s.name);
    if (!isNew && s.userOwned) continue; // 报送: never touched
    const sheet = isNew ? ws.add(s.name) : handles.get(s.name)!;
    if (isNew) createdSheets.push(s.name);
    const isReportSheet = REPORT_SHEETS.includes(s.name);
    const sHeader = s.frozen?.rows ?? (s.name === SHEET_NAMES.evidence ? evidenceHeader : 0);
    const writes: RowWrite[] = [];

    if (isReportSheet) {
      if (isNew) s.rows.slice(0, sHeader).forEach((cells, i) => writes.push({ sheet: s.name, row: i + 1, cells }));
      s.rows.slice(sHeader).forEach((cells, i) => {
        const descRow = sHeader + 1 + i;
        const t = targetOf(descRow);
        if (!t) return;
        const moved = mapRowCells(cells, (c) => moveLink(withFormula(c, (f) => moveRowRefs(f, descRow, t.row))));
        writes.push({ sheet: s.name, row: t.row, cells: moved });
      });
    } else if (s.name === SHEET_NAMES.evidence) {
      if (isNew) s.rows.slice(0, sHeader).forEach((cells, i) => writes.push({ sheet: s.name, row: i + 1, cells }));
      for (const r of evidenceClear) sheet.getRange(`A${r}:${columnLetter(Math.max(1, s.rows[0]?.length ?? 1))}${r}`).clear("Contents");
      writes.push(...evidenceWrites);
    } else if (s.name === SHEET_NAMES.summary) {
      s.rows.forEach((cells, i) =>
        writes.push({ sheet: s.name, row: i + 1, cells: mapRowCells(cells, (c) => withFormula(c, (f) => stretchRanges(f, descLast, newLast))) }),
      );
    } else if (isNew) {
      s.rows.forEach((cells, i) => writes.push({ sheet: s.name, row: i + 1, cells }));
    }

    await writeRows(sheet, writes, desc, batch, v17);
    if (s.name === SHEET_NAMES.indicators) written = writes.filter((w) => w.row >= dataStart).length;

    if (isNew) {
      s.columns.forEach((col, i) => {
        if (!col) return;
        const r = sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
        if (col.width) r.format.columnWidth = Math.round(col.width * 7);
        if (col.hidden) r.columnHidden = true;
      });
      if (v17 && s.frozen && (s.frozen.rows > 0 || s.frozen.columns > 0)) {
        if (s.frozen.columns === 0) sheet.freezePanes.freezeRows(s.frozen.rows);
        else if (s.frozen.rows === 0) sheet.freezePanes.freezeColumns(s.frozen.columns);
        else sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(s.frozen.columns)}${s.frozen.rows}`));
      }
      if (v17 && s.tabColor) sheet.tabColor = hex(s.tabColor);
    }
    if (cfOk && s.conditionalFormats.length) {
      const start = cfStartRow(s.conditionalFormats) ?? dataStart;
      const end = Math.max(newLast, start + CF_ROWS - 1);
      if (!isNew) {
        // existing sheet: replace its rules rather than add more on every fill. Clear the rules
        // on the columns they cover, down to every row an earlier fill may have covered, then
        // add each rule once over all rows.
        const clearTo = Math.max(end, lastUsedRow(s.name));
        for (const target of new Set(s.conditionalFormats.map((cf) => cfRange(cf.range, start, clearTo)))) {
          sheet.getRange(target).conditionalFormats.clearAll();
        }
      }
      addConditionalFormats(sheet, s.conditionalFormats, desc, start, start, end);
    }
  }

  await batch.sync();
  return {
    written,
    replaced: plan.filter((p) => p?.replace).length,
    skipped,
    createdSheets,
    messages: [
      ...messages,
      ...(skipped.length ? [`未替换已存在的报告 (skipped, already in the workbook): ${skipped.join("; ")}`] : []),
    ],
    syncs: syncs + batch.syncs,
  };
}

/**
 * Fills the workbook open in Excel (Excel.run), with the pane's confirmation dialog. Given a
 * function, the description is made from what the workbook holds (see writeOffice).
 */
export async function fillOpenWorkbook(desc: WorkbookDescription | DescribeFromWorkbook, opts: WriteOfficeOptions = {}): Promise<WriteOfficeResult> {
  if (typeof Excel === "undefined") throw new Error("Excel is not available (the pane is not running inside Excel)");
  return Excel.run((context) => writeOffice(context as unknown as XlContext, desc, opts));
}
