/**
 * .xlsx bytes → the grids readWorkbook.ts reads (ExcelJS). No fs: bytes in.
 * Only the sheets the reader needs are turned into grids.
 */
import ExcelJS from "exceljs";
import { SHEET_NAMES } from "./description";
import { readSheets, WorkbookLayoutError, type ExistingWorkbook, type Grid, type Plain, type ReadOptions } from "./readWorkbook";

/** A cell's value as a number, a string, or null (formulas give their cached result). */
function plain(v: ExcelJS.CellValue | undefined): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in v) return plain((v as { text: unknown }).text as ExcelJS.CellValue);
  return null;
}

function gridOf(ws: ExcelJS.Worksheet): Grid {
  const cell = (row: number, col: number) => ws.findCell(row, col);
  return {
    name: ws.name,
    lastRow: ws.actualRowCount > 0 ? (ws.lastRow?.number ?? 0) : 0,
    lastColumn: ws.actualColumnCount > 0 ? ws.columnCount : 0,
    value: (row, col) => plain(cell(row, col)?.value),
    formula: (row, col) => {
      const c = cell(row, col);
      return c && c.type === ExcelJS.ValueType.Formula ? c.formula || null : null;
    },
  };
}

const NEEDED = new Set<string>([SHEET_NAMES.indicators, SHEET_NAMES.submitted, SHEET_NAMES.evidence, SHEET_NAMES.about]);

/** Reads a standard indicator workbook. Throws WorkbookLayoutError when the layout is wrong. */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExistingWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${(e as Error).message})`);
  }
  const sheets = new Map<string, Grid>();
  for (const ws of wb.worksheets) sheets.set(ws.name, NEEDED.has(ws.name) ? gridOf(ws) : { name: ws.name, lastRow: 0, lastColumn: 0, value: () => null });
  return readSheets(sheets, options);
}
