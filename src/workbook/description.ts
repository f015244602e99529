/**
 * The standard indicator workbook as plain data: the ONE description both
 * writers consume (ExcelJS → .xlsx in `writeXlsx.ts`, Office.js → the open
 * workbook in `writeOffice.ts`). Made by the pure functions in `describe.ts`.
 *
 * Conventions every writer must follow:
 * - Addresses are A1 style. `sheets[i].rows[r][c]` is the cell in row r+1,
 *   column c+1 (so rows[0][0] is A1). `null` or a missing index = untouched,
 *   empty cell.
 * - A `text` value is LITERAL text, always. It may start with `=`, `+`, `-`,
 *   `@` (text copied from reports does): a writer must store it as a string
 *   and never let the spreadsheet parse it as a formula or number.
 *   (ExcelJS: assign the JS string, it is written as a shared string.
 *   Office.js: set `numberFormat` "@" on the cell BEFORE setting `values`, or
 *   the text will be parsed.)
 * - A `formula` is written WITHOUT the leading "=", with English function
 *   names, comma argument separators and A1 references; other sheets are
 *   referenced by name, quoted only when the name needs it: `指标!F4`,
 *   `'my sheet'!A1`. Only functions present since Excel 2010
 *   (IF, AND, OR, NOT, ISNUMBER, ISBLANK, COUNT, COUNTA, COUNTIF, SUM,
 *   SUMPRODUCT, ROUND, ROUNDDOWN, ABS, MAX, MIN, LEN, IFERROR, TEXT, ...).
 *   Office.js: `range.formulas = [["=" + formula]]`.
 * - `numFmt` is an Excel number format code ("0.0%", `0"余"`, `"约"0`, "@").
 * - `style` names an entry of `WorkbookDescription.styles`.
 * - `link` is an internal hyperlink to another cell of this workbook. The
 *   cell keeps its own value (a number stays a number).
 *
 * Keep this file small and stable: the Office.js writer is built against it.
 */
import { z } from "zod";

/** A colour as 6 hex digits RGB, no "#": "FFC7CE". */
const ColorSchema = z.string().regex(/^[0-9A-Fa-f]{6}$/);

/** A named cell style (font, fill, alignment). All fields optional. */
const StyleSchema = z.object({
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** Font colour, RGB hex. */
  fontColor: ColorSchema.optional(),
  /** Solid background fill, RGB hex. */
  fill: ColorSchema.optional(),
  /** Wrap text within the cell. */
  wrap: z.boolean().optional(),
  hAlign: z.enum(["left", "center", "right"]).optional(),
  vAlign: z.enum(["top", "middle", "bottom"]).optional(),
  /** Thin border on the bottom edge (header rows). */
  borderBottom: z.boolean().optional(),
});
export type Style = z.infer<typeof StyleSchema>;

/** The content of a cell. */
const CellValueSchema = z.discriminatedUnion("kind", [
  /** Literal text; never parsed (see the file comment on formula injection). */
  z.object({ kind: z.literal("text"), text: z.string() }),
  /** A number (rates are fractions: 0.998, shown as a percentage by numFmt). */
  z.object({ kind: z.literal("number"), value: z.number().finite() }),
  /** A live formula, without the leading "=". */
  z.object({ kind: z.literal("formula"), formula: z.string().min(1) }),
]);
export type CellValue = z.infer<typeof CellValueSchema>;

/** A reference to one cell of this workbook. */
const CellRefSchema = z.object({
  sheet: z.string().min(1),
  /** A1 address on that sheet, e.g. "A17". */
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/),
});

export const CellSchema = z.object({
  /** Absent: an empty cell (it may still carry a format or style). */
  value: CellValueSchema.optional(),
  /** Excel number format code. */
  numFmt: z.string().optional(),
  /** Name of a style in `WorkbookDescription.styles`. */
  style: z.string().optional(),
  /** Internal hyperlink (extracted value → its `出处` row). */
  link: CellRefSchema.optional(),
});
export type Cell = z.infer<typeof CellSchema>;

/** One row: index 0 is column A. */
const RowSchema = z.array(CellSchema.nullable());
export type Row = z.infer<typeof RowSchema>;

/**
 * A conditional format: where `formula` (no leading "=", written relative to
 * the TOP-LEFT cell of `range`, like Excel's "use a formula" rule) is TRUE,
 * the cell gets `style` (only fill, fontColor, bold are used). Rules are listed
 * in priority order: the first one has the highest priority.
 */
const ConditionalFormatSchema = z.object({
  /** A1 range on this sheet, e.g. "F4:AJ1003". */
  range: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*(:[A-Z]{1,3}[1-9][0-9]*)?$/),
  formula: z.string().min(1),
  style: z.string(),
});
export type ConditionalFormat = z.infer<typeof ConditionalFormatSchema>;

const ColumnSchema = z.object({
  /** Width in Excel character units (ExcelJS `width`; Office.js: points ≈ width × 7). */
  width: z.number().positive().optional(),
  hidden: z.boolean().optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

/** How a sheet prints: the title on every page, landscape, one page wide, header rows repeated. */
const PrintSchema = z.object({
  title: z.string(),
  landscape: z.boolean(),
  fitToWidth: z.boolean(),
  /** Rows 1..repeatRows are printed at the top of every page. */
  repeatRows: z.number().int().nonnegative(),
});
export type Print = z.infer<typeof PrintSchema>;

export const SheetSchema = z.object({
  name: z.string().min(1).max(31),
  /** Index 0 = row 1, unless `rowNumbers` says where each row goes. */
  rows: z.array(RowSchema),
  /**
   * The sheet row of each entry of `rows` (1-based, increasing), when the description is
   * made for rows of an existing workbook (see placement.ts). Absent: rows[i] is row i + 1.
   */
  rowNumbers: z.array(z.number().int().positive()).optional(),
  /** Height in points of each entry of `rows` that needs one (wrapped text); null: the default. */
  heights: z.array(z.number().positive().nullable()).optional(),
  /** Rows at the top that are headers: a writer writes them only on a sheet it creates. */
  headerRows: z.number().int().nonnegative().default(0),
  /** Heights in points of the first rows (index 0 = row 1); missing entries keep the default. */
  rowHeights: z.array(z.number().positive().nullable()).default([]),
  /** Index 0 = column A; missing entries keep the default width. */
  columns: z.array(ColumnSchema.nullable()).default([]),
  /** Frozen panes: this many top rows and left columns stay visible. */
  frozen: z.object({ rows: z.number().int().nonnegative(), columns: z.number().int().nonnegative() }).optional(),
  conditionalFormats: z.array(ConditionalFormatSchema).default([]),
  /**
   * The sheet's DATA cells belong to the user (`报送`). The description
   * already carries the values the user had (describe() is given them as
   * `submitted`); a writer updating a workbook in place must read the user's
   * values first (and pass them to describe) and must never clear or overwrite
   * a non-empty user cell with an empty one.
   */
  userOwned: z.boolean().default(false),
  /** Tab colour, RGB hex. */
  tabColor: ColorSchema.optional(),
  print: PrintSchema.optional(),
});
export type Sheet = z.infer<typeof SheetSchema>;

export const WORKBOOK_LAYOUT_VERSION = 1;

export const WorkbookDescriptionSchema = z.object({
  /** Layout version of the standard indicator workbook. */
  version: z.literal(WORKBOOK_LAYOUT_VERSION),
  /** Sheets in tab order. */
  sheets: z.array(SheetSchema).min(1),
  /** Named styles referenced by cells and conditional formats. */
  styles: z.record(z.string(), StyleSchema),
  properties: z.object({
    title: z.string(),
    creator: z.string(),
    /** ISO 8601 time the description was made. */
    created: z.string(),
  }),
});
export type WorkbookDescription = z.infer<typeof WorkbookDescriptionSchema>;

/** Sheet names of the layout, in tab order. */
export const SHEET_NAMES = {
  indicators: "指标",
  checks: "核对",
  submitted: "报送",
  differences: "差异",
  summary: "汇总",
  evidence: "出处",
  review: "审核",
  catalog: "目录",
  about: "说明",
} as const;

/** 1-based column number → letters ("A", "Z", "AA"). */
export function columnLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`bad column number ${n}`);
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based row and column → "B7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
