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
 * - 审核 (the reviewer's decisions) is rewritten whole: the book's decisions in their rows, each
 *   replaced by the pane's decision on the same target, the pane's new ones after; a report
 *   filled again gets the book's decisions the pane does not have re-applied (需重新核对 where
 *   they no longer match, never dropped);
 * - a cell the user changed after the first read is never overwritten: when the book already has
 *   the sheets written into, a second read (one sync) compares them with the first and the write
 *   skips every cell that changed, and says which;
 * - context.sync() is bounded: one read, one check when the book has sheets to write into, one
 *   write (more only past Excel on the web's 5 MB request limit: one sync per ~4 MB chunk);
 * - requirement sets are checked: without ExcelApi 1.6 no conditional formats, without 1.7 no
 *   tab colours, hyperlinks or frozen panes, without 1.9 no print settings, each with a message.
 *
 * Before a fill, readReviewOffice reads only 审核 (one sync, nothing written) so the pane can show
 * the book's decisions on the reports it has just extracted.
 */
/// <reference types="office-js" />
import { applyDecisions, reportKey, targetKey, type Decision } from "../core/decisions";
import { reportIdentity, sameReport } from "../core/identity";
import type { ReportResult } from "../core/types";
import { freshOrder } from "./context";
import { describeWorkbook } from "./describe";
import { SHEET_NAMES, WorkbookDescriptionSchema, columnLetter, type Sheet, type WorkbookDescription } from "./description";
import type { DescribeOptions, PreviousRow, UnreadReviewRow } from "./inputs";
import { EVIDENCE_COLUMNS, FIRST_DATA_ROW, REVIEW_COLUMNS, REVIEW_FIRST_ROW, SUMMARY_COLUMNS } from "./layout";
import { Batch, setConditionalFormats, setUpSheet, writableRuns, writeRow, type Abilities, type XlContext, type XlRange, type XlWorksheet } from "./officeSheet";
import { placementInBook } from "./placement";
import { gridOfValues, readOpenBook, readReview, WorkbookLayoutError, type Grid, type OpenBook } from "./readWorkbook";
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
  /** `decisions`: the pane's (every decision on its reports, those to recheck marked); the reports hold the values they decided. */
  options: Omit<DescribeOptions, "previous" | "submitted" | "keys" | "reviewUnread" | "reportLabels">;
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
  /** Things the user should know (missing requirement sets, cells kept, …). */
  messages: string[];
  /** Cells ("指标!F5") the user changed after the first read: not overwritten. */
  kept: string[];
  /** The decisions now on 审核 (the book's and the pane's, re-applied). */
  decisions: Decision[];
  /** context.sync() calls made. */
  syncs: number;
}

/** Sheets with one row per report, on the same row numbers. */
const REPORT_SHEETS: string[] = [SHEET_NAMES.indicators, SHEET_NAMES.checks, SHEET_NAMES.submitted, SHEET_NAMES.differences];
/** Sheets whose existing cells a fill writes over or clears: a cell the user changes after the first read is kept. */
const GUARDED: string[] = [SHEET_NAMES.indicators, SHEET_NAMES.checks, SHEET_NAMES.differences, SHEET_NAMES.evidence, SHEET_NAMES.review];
/** Sheets the reader reads (their values). */
const READ: string[] = [SHEET_NAMES.indicators, SHEET_NAMES.evidence, SHEET_NAMES.review];
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
    // values for the reader; formulas of the sheets written into, to tell later what a user changed
    used.load(READ.includes(name) ? "rowIndex,rowCount,columnIndex,values,formulas" : GUARDED.includes(name) ? "rowIndex,rowCount,columnIndex,formulas" : "rowIndex,rowCount");
    out.set(name, { handle, used });
  }
  await ctx.sync();
  return out;
}

const exists = (s: SheetState | undefined): s is SheetState => s !== undefined && !s.handle.isNullObject;
/** A sheet's used range as the one reader reads it (none: the sheet is missing or empty). */
const gridOf = (name: string, s: SheetState | undefined): Grid | undefined =>
  exists(s) && !s.used.isNullObject ? gridOfValues(name, s.used.rowIndex, s.used.columnIndex, s.used.values) : undefined;
const lastUsedRow = (s: SheetState | undefined): number => (exists(s) && !s.used.isNullObject ? s.used.rowIndex + s.used.rowCount : 0);

function openBook(state: Map<string, SheetState>): OpenBook {
  const grids = new Map<string, Grid>();
  for (const name of READ) {
    const g = gridOf(name, state.get(name));
    if (g) grids.set(name, g);
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
  const reportLike = REPORT_SHEETS.includes(s.name) || s.name === SHEET_NAMES.evidence || s.name === SHEET_NAMES.review;
  if (!isNew && !reportLike && s.name !== SHEET_NAMES.summary) return [];
  return s.rows.flatMap((_, i) => {
    const row = s.rowNumbers?.[i] ?? i + 1;
    return isNew || !reportLike || row > s.headerRows ? [{ row, index: i }] : [];
  });
}

/** `${row}|${col}` of the cells of each sheet a user changed after the first read. */
type Changed = Map<string, Set<string>>;

/** A sheet's formulas (constants as values) as read, by 1-based row and column; "" outside. */
function formulasOf(r: XlRange | undefined): { at(row: number, col: number): string; bounds: [number, number, number, number] | null } {
  if (!r || r.isNullObject) return { at: () => "", bounds: null };
  const f = r.formulas;
  const at = (row: number, col: number) => {
    const v = f[row - 1 - r.rowIndex]?.[col - 1 - r.columnIndex];
    return v === undefined || v === null ? "" : String(v);
  };
  const cols = f[0]?.length ?? 0;
  return { at, bounds: [r.rowIndex + 1, r.columnIndex + 1, r.rowIndex + r.rowCount, r.columnIndex + cols] };
}

/**
 * The check before writing (one sync): the sheets written into are read again and every cell
 * that is not what the first read found is a cell the user changed meanwhile.
 */
async function changedSinceRead(ctx: XlContext, state: Map<string, SheetState>): Promise<{ changed: Changed; synced: boolean }> {
  const again = new Map<string, XlRange>();
  for (const name of GUARDED) {
    const st = state.get(name);
    if (!exists(st)) continue;
    const used = st.handle.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount,columnIndex,formulas");
    again.set(name, used);
  }
  const changed: Changed = new Map();
  if (again.size === 0) return { changed, synced: false };
  await ctx.sync();
  for (const [name, now] of again) {
    const before = formulasOf(state.get(name)!.used);
    const after = formulasOf(now);
    const b = [before.bounds, after.bounds].filter((x): x is [number, number, number, number] => x !== null);
    if (b.length === 0) continue;
    const [r1, c1, r2, c2] = [Math.min(...b.map((x) => x[0])), Math.min(...b.map((x) => x[1])), Math.max(...b.map((x) => x[2])), Math.max(...b.map((x) => x[3]))];
    const set = new Set<string>();
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (before.at(r, c) !== after.at(r, c)) set.add(`${r}|${c}`);
    if (set.size) changed.set(name, set);
  }
  return { changed, synced: true };
}

/** Clears a row's cells from column 1 to `width`, but those kept. */
function clearRow(sheet: XlWorksheet, row: number, width: number, keep: ((col: number) => boolean) | undefined): void {
  for (const [a, b] of keep ? writableRuns(width, keep) : [[0, width] as [number, number]]) sheet.getRange(`${columnLetter(a + 1)}${row}:${columnLetter(b)}${row}`).clear("Contents");
}

async function writeDescription(
  ctx: XlContext,
  state: Map<string, SheetState>,
  desc: WorkbookDescription,
  clearEvidence: number[],
  can: Abilities,
  maxBytes: number,
  changed: Changed,
): Promise<{ created: string[]; syncs: number; kept: string[] }> {
  const batch = new Batch(ctx, maxBytes);
  const created: string[] = [];
  const kept = new Set<string>();
  for (const s of desc.sheets) {
    const st = state.get(s.name);
    const isNew = !exists(st);
    const sheet = isNew ? ctx.workbook.worksheets.add(s.name) : st.handle;
    if (isNew) created.push(s.name);
    const mine = isNew ? undefined : changed.get(s.name);
    const keepIn = (row: number) =>
      mine
        ? (col: number) => {
            const hit = mine.has(`${row}|${col}`);
            if (hit) kept.add(`${s.name}!${columnLetter(col)}${row}`);
            return hit;
          }
        : undefined;
    // 汇总 is rewritten whole: its groups change with the rows, so none of its old lines may stay
    if (s.name === SHEET_NAMES.summary && !isNew && lastUsedRow(st) > 0) sheet.getRange(`A1:${columnLetter(SUMMARY_COLUMNS.length)}${lastUsedRow(st)}`).clear("Contents");
    if (s.name === SHEET_NAMES.evidence && !isNew) {
      for (const r of clearEvidence) clearRow(sheet, r, EVIDENCE_COLUMNS.length, keepIn(r));
    }
    const rows = rowsToWrite(s, isNew);
    for (const { row, index } of rows) await writeRow(sheet, row, s.rows[index]!, desc.styles, batch, can.v17, s.heights?.[index] ?? undefined, keepIn(row));
    // 审核 is rewritten whole: rows past its new end are cleared (none is dropped: the rows are the book's decisions and more)
    if (s.name === SHEET_NAMES.review && !isNew) {
      const end = Math.max(REVIEW_FIRST_ROW - 1, ...rows.map((r) => r.row));
      for (let r = end + 1; r <= lastUsedRow(st); r++) clearRow(sheet, r, REVIEW_COLUMNS.length, keepIn(r));
    }
    if (isNew) setUpSheet(sheet, s, can);
    if (can.conditionalFormats && s.conditionalFormats.length && (isNew || !s.userOwned)) {
      setConditionalFormats(sheet, s.conditionalFormats, desc.styles, isNew ? null : lastUsedRow(st));
    }
  }
  await batch.sync();
  return { created, syncs: batch.syncs, kept: [...kept] };
}

/**
 * The decisions 审核 gets: the book's in their rows (the pane's decision on the same target in its
 * place; those of the reports written re-applied to them), then the pane's new ones. A report
 * written gets the book's decisions the pane does not have applied to it.
 */
function reviewOf(reports: ReportResult[], book: OpenBook, pane: readonly Decision[]): { reports: ReportResult[]; decisions: Decision[] } {
  const written = new Set(reports.map(reportKey));
  const paneMine = pane.filter((d) => written.has(d.report));
  const paneByTarget = new Map(paneMine.map((d) => [targetKey(d), d]));
  const bookOnly = book.decisions.filter((d) => written.has(d.report) && !paneByTarget.has(targetKey(d)));
  const redone = new Map<Decision, Decision>();
  const out = reports.map((r) => {
    const key = reportKey(r);
    const mine = bookOnly.filter((d) => d.report === key);
    if (mine.length === 0) return r;
    const a = applyDecisions(r, mine, key);
    mine.forEach((d, i) => redone.set(d, a.all[i]!));
    return a.result;
  });
  const used = new Set<string>();
  const decisions = book.decisions.map((d) => {
    if (!written.has(d.report)) return d;
    const k = targetKey(d);
    const p = paneByTarget.get(k);
    if (p && !used.has(k)) {
      used.add(k);
      return p;
    }
    return redone.get(d) ?? d;
  });
  for (const d of paneMine) if (!used.has(targetKey(d))) decisions.push(d);
  return { reports: out, decisions };
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
  const review = reviewOf(p.reports, book, request.options.decisions ?? []);
  const reportLabels = Object.fromEntries(book.indicators.map((r) => [r.id, { region: r.region, year: r.year, issuer: r.issuer, source: r.source }]));
  const desc = WorkbookDescriptionSchema.parse(
    describeWorkbook(review.reports, { ...request.options, previous, keys: p.keys, decisions: review.decisions, reviewUnread: book.reviewUnread, reportLabels }, placement),
  );
  const clearEvidence = book.evidence.filter((e) => (e.report !== null ? p.replacedKeys.has(e.report) : book.indicators.some((i) => i.row === e.indicatorRow && p.replacedKeys.has(i.id)))).map((e) => e.row);
  // what a user changed since the first read (the confirmation may have taken a while) is kept
  const check = await changedSinceRead(ctx, state);
  const { created, syncs, kept } = await writeDescription(ctx, state, desc, clearEvidence, can, opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST, check.changed);
  const list = (xs: string[]) => (xs.length > 12 ? `${xs.slice(0, 12).join("、")} …(共 ${xs.length} 个)` : xs.join("、"));
  return {
    written: p.reports.length,
    replaced: p.replacedKeys.size,
    skipped: p.skipped,
    createdSheets: created,
    previous,
    messages: [
      ...messages,
      ...(p.skipped.length ? [`未替换已存在的报告 (skipped, already in the workbook): ${p.skipped.join("; ")}`] : []),
      ...book.reviewUnread.map((u) => u.problem),
      ...(kept.length ? [`读取后被修改的单元格未被覆盖,请核对 (changed after they were read, not overwritten): ${list(kept)}`] : []),
    ],
    kept,
    decisions: review.decisions,
    syncs: 1 + (check.synced ? 1 : 0) + syncs,
  };
}

/** The reviewer's decisions the open book holds on 审核, as the pane shows them before a fill. */
export interface BookReview {
  /** Whether the book has a 审核 sheet (without one it holds no decisions). */
  exists: boolean;
  /** The decisions of 审核, in its order, each checked by its schema (readWorkbook's readReview). */
  decisions: Decision[];
  /** Rows of 审核 that are not a decision, each with why (in Chinese): read only, never changed here; a fill keeps them. */
  unread: UnreadReviewRow[];
  /** context.sync() calls made (one). */
  syncs: number;
}

/**
 * Reads 审核 of the open book in ONE sync (its used range's values) and parses it with the reader
 * the CLI uses (readWorkbook's readReview: the columns found by their keys in row 2). Writes nothing.
 */
export async function readReviewOffice(ctx: XlContext): Promise<BookReview> {
  const name = SHEET_NAMES.review;
  const handle = ctx.workbook.worksheets.getItemOrNullObject(name);
  handle.load("name");
  const used = handle.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount,columnIndex,values");
  await ctx.sync();
  const state: SheetState = { handle, used };
  if (!exists(state)) return { exists: false, decisions: [], unread: [], syncs: 1 };
  const g = gridOf(name, state);
  const read = g ? readReview(g) : { decisions: [], unread: [] };
  return { exists: true, decisions: read.decisions, unread: read.unread, syncs: 1 };
}

/** The decisions of the workbook open in Excel (Excel.run): what the pane shows as decided in the book. */
export async function readOpenWorkbookReview(): Promise<BookReview> {
  if (typeof Excel === "undefined") throw new Error("Excel is not available (the pane is not running inside Excel)");
  return Excel.run((context) => readReviewOffice(context as unknown as XlContext));
}

/** Fills the workbook open in Excel (Excel.run), with the pane's confirmation dialog. */
export async function fillOpenWorkbook(request: FillRequest, opts: WriteOfficeOptions = {}): Promise<WriteOfficeResult> {
  if (typeof Excel === "undefined") throw new Error("Excel is not available (the pane is not running inside Excel)");
  return Excel.run((context) => writeOffice(context as unknown as XlContext, request, opts));
}
