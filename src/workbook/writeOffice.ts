/**
 * Reports → the workbook open in Excel (Office.js), in place:
 * - sync 1 reads what is there (every sheet of the layout; the values of 指标 and 出处), and
 *   the one reader (readWorkbook.ts) turns them into the reports already in the book;
 * - a report already in the book (same identity, core/identity) replaces its row ONLY when
 *   `confirmReplace` says yes, else it is skipped; the others go to the first row free on
 *   every report sheet;
 * - the description is made for exactly those rows (placement.ts), so its formulas, links and
 *   ranges are right as written: nothing is rewritten here;
 * - missing sheets are created in full; 报送 is never touched once it exists; 目录 and 说明
 *   only when missing; 汇总 is rewritten; a replaced report's old 出处 rows are cleared;
 * - text is text: number format "@" before the value;
 * - context.sync() is bounded: one read, one write (more only past Excel on the web's 5 MB
 *   request limit: one sync per ~4 MB chunk);
 * - requirement sets are checked: without ExcelApi 1.6 no conditional formats, without 1.7 no
 *   tab colours, hyperlinks or frozen panes, without 1.9 no print settings, each with a message.
 */
/// <reference types="office-js" />
import { reportIdentity, sameReport } from "../core/identity";
import type { ReportResult } from "../core/types";
import { freshOrder } from "./context";
import { describeWorkbook } from "./describe";
import { SHEET_NAMES, WorkbookDescriptionSchema, columnLetter, type Sheet, type WorkbookDescription } from "./description";
import type { DescribeOptions, PreviousRow } from "./inputs";
import { EVIDENCE_COLUMNS, FIRST_DATA_ROW, SUMMARY_COLUMNS } from "./layout";
import { Batch, setConditionalFormats, setUpSheet, writeRow, type Abilities, type XlContext, type XlRange, type XlWorksheet } from "./officeSheet";
import { placementInBook } from "./placement";
import { gridOfValues, readOpenBook, WorkbookLayoutError, type Grid, type OpenBook } from "./readWorkbook";
import { previousFor } from "./yearOverYear";

export type { XlContext } from "./officeSheet";

export interface ExistingReport {
  /** Row of the report on 指标. */
  row: number;
  region: string | null;
  year: number | null;
  source: string;
  /** "region year (source)" for the confirmation dialog. */
  label: string;
}

/** What to fill: the reports and the options of their description (no placement: it is decided here). */
export interface FillRequest {
  reports: ReportResult[];
  options: Omit<DescribeOptions, "previous" | "submitted" | "keys">;
}

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
  /** Rows of other years of the same regions, read from 指标 for year_over_year. */
  previous: PreviousRow[];
  /** Things the user should know (missing requirement sets, …). */
  messages: string[];
  /** context.sync() calls made. */
  syncs: number;
}

/** Sheets with one row per report, on the same row numbers. */
const REPORT_SHEETS: string[] = [SHEET_NAMES.indicators, SHEET_NAMES.checks, SHEET_NAMES.submitted, SHEET_NAMES.differences];
const DEFAULT_MAX_REQUEST = 4_000_000;

function defaultIsSetSupported(name: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}

function abilities(supported: (name: string, version: string) => boolean): { can: Abilities; messages: string[] } {
  const has = (v: string) => supported("ExcelApi", v);
  if (!has("1.4")) throw new Error("this Excel is too old for the add-in (it needs the ExcelApi 1.4 requirement set or later)");
  const can = { conditionalFormats: has("1.6"), v17: has("1.7"), pageLayout: has("1.9") };
  const messages: string[] = [];
  if (!can.conditionalFormats) messages.push("ExcelApi 1.6 不可用：未设置条件格式（错误/警告的颜色）。ExcelApi 1.6 is missing: conditional formats skipped.");
  if (!can.v17) messages.push("ExcelApi 1.7 不可用：未设置冻结窗格、超链接和标签颜色。ExcelApi 1.7 is missing: frozen panes, hyperlinks and tab colours skipped.");
  if (!can.pageLayout) messages.push("ExcelApi 1.9 不可用：未设置打印格式。ExcelApi 1.9 is missing: print settings skipped.");
  return { can, messages };
}

interface SheetState {
  handle: XlWorksheet;
  used: XlRange;
}

/** Sync 1: every sheet of the layout, its used range (values of 指标 and 出处). */
async function readBook(ctx: XlContext): Promise<Map<string, SheetState>> {
  const out = new Map<string, SheetState>();
  for (const name of Object.values(SHEET_NAMES)) {
    const handle = ctx.workbook.worksheets.getItemOrNullObject(name);
    handle.load("name");
    const used = handle.getUsedRangeOrNullObject(true);
    used.load(name === SHEET_NAMES.indicators || name === SHEET_NAMES.evidence ? "rowIndex,rowCount,columnIndex,values" : "rowIndex,rowCount");
    out.set(name, { handle, used });
  }
  await ctx.sync();
  return out;
}

const exists = (s: SheetState | undefined): s is SheetState => s !== undefined && !s.handle.isNullObject;
const lastUsedRow = (s: SheetState | undefined): number => (exists(s) && !s.used.isNullObject ? s.used.rowIndex + s.used.rowCount : 0);

function openBook(state: Map<string, SheetState>): OpenBook {
  const grids = new Map<string, Grid>();
  for (const name of [SHEET_NAMES.indicators, SHEET_NAMES.evidence]) {
    const s = state.get(name);
    if (exists(s) && !s.used.isNullObject) grids.set(name, gridOfValues(name, s.used.rowIndex, s.used.columnIndex, s.used.values));
  }
  let book: OpenBook;
  try {
    book = readOpenBook(grids);
  } catch (e) {
    if (!(e instanceof WorkbookLayoutError)) throw e;
    throw new Error(`the sheet “${SHEET_NAMES.indicators}” is not a standard indicator sheet (${e.message}); rename it and fill again`);
  }
  if (book.previousLayout) {
    throw new Error(
      `“${SHEET_NAMES.indicators}”是旧版布局(没有区划代码、层级列),新行无法对齐;请在新工作簿中填写,或用命令行 fill 重新生成。` +
        `The sheet “${SHEET_NAMES.indicators}” has the layout before 区划代码 and 层级: fill a new workbook, or rewrite this one with the command line's fill.`,
    );
  }
  return book;
}

interface Plan {
  reports: ReportResult[];
  rows: number[];
  keys: (string | null)[];
  replacedKeys: Set<string>;
  skipped: string[];
}

/** Where each report goes: a free row, or (confirmed) the row of the same report. */
async function plan(reports: ReportResult[], book: OpenBook, nextFree: number, confirm: WriteOfficeOptions["confirmReplace"]): Promise<Plan> {
  const found = reports.map((r) => {
    const id = reportIdentity(r);
    return book.indicators.find((e) => sameReport(id, { key: e.id as typeof id.key, content: e.sha256 }) !== "different");
  });
  const conflicts = found.filter((f): f is NonNullable<typeof f> => f !== undefined);
  const label = (e: (typeof conflicts)[number]) => `${e.region ?? "?"} ${e.year ?? ""} (${e.source})`.replace(/\s+/g, " ");
  const yes = conflicts.length > 0 && confirm ? await confirm(conflicts.map((e) => ({ row: e.row, region: e.region, year: e.year, source: e.source, label: label(e) }))) : false;
  const out: Plan = { reports: [], rows: [], keys: [], replacedKeys: new Set(), skipped: [] };
  let next = nextFree;
  reports.forEach((r, i) => {
    const at = found[i];
    if (at && (!yes || out.replacedKeys.has(at.id))) return void out.skipped.push(label(at));
    out.reports.push(r);
    out.rows.push(at ? at.row : next++);
    out.keys.push(at ? at.id : null);
    if (at) out.replacedKeys.add(at.id);
  });
  return out;
}

/** What of a described sheet is written into an existing sheet (headers only into a new one). */
function rowsToWrite(s: Sheet, isNew: boolean): { row: number; index: number }[] {
  if (!isNew && s.userOwned) return [];
  const reportLike = REPORT_SHEETS.includes(s.name) || s.name === SHEET_NAMES.evidence;
  if (!isNew && !reportLike && s.name !== SHEET_NAMES.summary) return [];
  return s.rows.flatMap((_, i) => {
    const row = s.rowNumbers?.[i] ?? i + 1;
    return isNew || !reportLike || row > s.headerRows ? [{ row, index: i }] : [];
  });
}

async function writeDescription(ctx: XlContext, state: Map<string, SheetState>, desc: WorkbookDescription, clearEvidence: number[], can: Abilities, maxBytes: number): Promise<{ created: string[]; syncs: number }> {
  const batch = new Batch(ctx, maxBytes);
  const created: string[] = [];
  for (const s of desc.sheets) {
    const st = state.get(s.name);
    const isNew = !exists(st);
    const sheet = isNew ? ctx.workbook.worksheets.add(s.name) : st.handle;
    if (isNew) created.push(s.name);
    // 汇总 is rewritten whole: its groups change with the rows, so none of its old lines may stay
    if (s.name === SHEET_NAMES.summary && !isNew && lastUsedRow(st) > 0) sheet.getRange(`A1:${columnLetter(SUMMARY_COLUMNS.length)}${lastUsedRow(st)}`).clear("Contents");
    if (s.name === SHEET_NAMES.evidence && !isNew) {
      for (const r of clearEvidence) sheet.getRange(`A${r}:${columnLetter(EVIDENCE_COLUMNS.length)}${r}`).clear("Contents");
    }
    for (const { row, index } of rowsToWrite(s, isNew)) await writeRow(sheet, row, s.rows[index]!, desc.styles, batch, can.v17, s.heights?.[index] ?? undefined);
    if (isNew) setUpSheet(sheet, s, can);
    if (can.conditionalFormats && s.conditionalFormats.length && (isNew || !s.userOwned)) {
      setConditionalFormats(sheet, s.conditionalFormats, desc.styles, isNew ? null : lastUsedRow(st));
    }
  }
  await batch.sync();
  return { created, syncs: batch.syncs };
}

/** Fills the open workbook through `ctx` (an Excel.RequestContext or a fake). */
export async function writeOffice(ctx: XlContext, request: FillRequest, opts: WriteOfficeOptions = {}): Promise<WriteOfficeResult> {
  const { can, messages } = abilities(opts.isSetSupported ?? defaultIsSetSupported);
  const state = await readBook(ctx);
  const book = openBook(state);
  const nextFree = Math.max(FIRST_DATA_ROW, ...REPORT_SHEETS.map((n) => lastUsedRow(state.get(n)) + 1));
  // new rows in the order of a fresh book (区划代码, year, source)
  const p = await plan(freshOrder(request.reports, []).map((i) => request.reports[i]!), book, nextFree, opts.confirmReplace);
  const previous = previousFor(p.reports, book.previous);
  const staying = book.indicators.filter((r) => !p.replacedKeys.has(r.id));
  const placement = placementInBook(p.rows, lastUsedRow(state.get(SHEET_NAMES.indicators)), book.lastEvidenceRow, staying);
  const desc = WorkbookDescriptionSchema.parse(describeWorkbook(p.reports, { ...request.options, previous, keys: p.keys }, placement));
  const clearEvidence = book.evidence.filter((e) => (e.report !== null ? p.replacedKeys.has(e.report) : book.indicators.some((i) => i.row === e.indicatorRow && p.replacedKeys.has(i.id)))).map((e) => e.row);
  const { created, syncs } = await writeDescription(ctx, state, desc, clearEvidence, can, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST);
  return {
    written: p.reports.length,
    replaced: p.replacedKeys.size,
    skipped: p.skipped,
    createdSheets: created,
    previous,
    messages: [...messages, ...(p.skipped.length ? [`未替换已存在的报告 (skipped, already in the workbook): ${p.skipped.join("; ")}`] : [])],
    syncs: 1 + syncs,
  };
}

/** Fills the workbook open in Excel (Excel.run), with the pane's confirmation dialog. */
export async function fillOpenWorkbook(request: FillRequest, opts: WriteOfficeOptions = {}): Promise<WriteOfficeResult> {
  if (typeof Excel === "undefined") throw new Error("Excel is not available (the pane is not running inside Excel)");
  return Excel.run((context) => writeOffice(context as unknown as XlContext, request, opts));
}
