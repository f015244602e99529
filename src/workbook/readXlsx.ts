/**
 * .xlsx bytes → the grids readWorkbook.ts reads (ExcelJS). No fs: bytes in.
 *
 * A book is looked at before it is loaded (peekXlsx.ts): its sheet names and header rows decide
 * whether it is of our layout, and its sheets' size whether it is within what this tool reads;
 * either refusal comes before any sheet is inflated into memory. A book that passes is loaded
 * with only the sheets the reader reads (the others' parts are left out of the zip ExcelJS
 * opens), so the reader sees the same ExcelJS worksheets it always did, for less. 审核 is one of
 * them: the reviewer's decisions are read here, with the rest, within the worker's limits.
 */
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import { SHEET_NAMES } from "./description";
import { BOOK_LIMITS, checkBook, READ_SHEETS, type XlsxPeek } from "./peekXlsx";
import { readSheets, WorkbookLayoutError, type ExistingWorkbook, type Grid, type Plain, type ReadOptions } from "./readWorkbook";

/**
 * A cell's value as a number, a string, or null (formulas give their cached result). On 审核
 * (`review`), which keeps a row it cannot read as it was, an error value (#N/A) is its text
 * rather than null and a date keeps its time of day.
 */
function plain(v: ExcelJS.CellValue | undefined, review = false): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, review ? 19 : 10);
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, review);
  if ("text" in v) return plain((v as { text: unknown }).text as ExcelJS.CellValue, review);
  if (review && "error" in v && typeof v.error === "string") return v.error;
  return null;
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const cell = (row: number, col: number) => ws.findCell(row, col);
  const review = ws.name === SHEET_NAMES.review;
  return {
    name: ws.name,
    lastRow: ws.actualRowCount > 0 ? (ws.lastRow?.number ?? 0) : 0,
    lastColumn: ws.actualColumnCount > 0 ? ws.columnCount : 0,
    value: (row, col) => plain(cell(row, col)?.value, review),
    formula: (row, col) => {
      const c = cell(row, col);
      return c && c.type === ExcelJS.ValueType.Formula ? c.formula || null : null;
    },
  };
}

const empty = (name: string): Grid => ({ name, lastRow: 0, lastColumn: 0, value: () => null });

/**
 * Parts of a sheet ExcelJS need not parse for values: data validations and conditional formats
 * (ExcelJS expands a validation's range cell by cell: one over a whole column is a million
 * entries), hyperlinks (a hyperlinked cell keeps its value; ExcelJS fails on a link whose
 * relationship is missing), pictures.
 */
const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "hyperlinks", "drawing", "picture", "legacyDrawing"];

async function load(bytes: Uint8Array, ignoreNodes: string[] = []): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (e) {
    throw new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${(e as Error).message})`);
  }
  return wb;
}

/** The book without the parts of the sheets the reader does not read (the rest is copied as it was compressed). */
async function withoutUnread(zip: JSZip, peek: XlsxPeek): Promise<Uint8Array> {
  const kept = new Set(peek.read.map((s) => s.path));
  for (const path of Object.keys(zip.files)) {
    const sheet = /^\/?xl\/worksheets\/(?:_rels\/)?(sheet\d{1,6})\.xml(?:\.rels)?$/.exec(path);
    if (sheet && !kept.has(`xl/worksheets/${sheet[1]}.xml`)) zip.remove(path);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** Reads a standard indicator workbook. Throws WorkbookLayoutError when the layout is wrong (BookTooLargeError, one of them, when it is far too large). */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}, limits = BOOK_LIMITS): Promise<ExistingWorkbook> {
  const { zip, peek } = await checkBook(bytes, options, limits);
  const wb = await load(await withoutUnread(zip, peek), IGNORED_NODES);
  const byName = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  const sheets = new Map<string, Grid>();
  for (const name of peek.names) {
    const ws = byName.get(name);
    sheets.set(name, ws && READ_SHEETS.has(name) ? gridOf(ws) : empty(name));
  }
  return readSheets(sheets, options);
}

/**
 * The former way: the whole book loaded by ExcelJS, then read. Kept to check the reader above
 * against (tests) and to measure what the first look saves (scripts/bench-read-book.ts).
 */
export async function readWorkbookWhole(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExistingWorkbook> {
  const wb = await load(bytes);
  const sheets = new Map<string, Grid>();
  for (const ws of wb.worksheets) sheets.set(ws.name, READ_SHEETS.has(ws.name) ? gridOf(ws) : empty(ws.name));
  return readSheets(sheets, options);
}
