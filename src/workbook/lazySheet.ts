/**
 * A sheet whose data rows are made one at a time, when a writer asks for them:
 * the streaming writer writes and forgets each row, so a book of 10,000
 * reports never exists in memory whole. `materialize` turns it into the plain
 * Sheet of the description (the pane, the browser download, the tests).
 */
import { STYLES } from "./cells";
import type { Column, Row, Sheet, WorkbookDescription } from "./description";

/** A row and the sheet row it goes to (and its height in points, when its wrapped text needs more than one line). */
export interface PlacedRow {
  row: number;
  cells: Row;
  height?: number;
}

export interface LazySheet extends Omit<Sheet, "rows" | "rowNumbers"> {
  /** Header rows (rows 1 … header.length). */
  header: Row[];
  /** Number of data rows. */
  size: number;
  /** Data row i (0 ≤ i < size), made when asked. */
  row(i: number): PlacedRow;
}

export interface LazyDescription extends Omit<WorkbookDescription, "sheets"> {
  sheets: LazySheet[];
}

/** Header rows, then data rows made from `items` at their sheet rows. */
export function placeRows<T>(header: Row[], items: readonly T[], make: (item: T) => PlacedRow): Pick<LazySheet, "header" | "headerRows" | "size" | "row"> {
  return { header, headerRows: header.length, size: items.length, row: (i) => make(items[i]!) };
}

/** A sheet that is all made already (汇总, 目录, 说明: a few dozen rows). */
export function eager(sheet: Sheet): LazySheet {
  const { rows, rowNumbers: _rowNumbers, ...frame } = sheet;
  return { ...frame, header: rows, size: 0, row: () => ({ row: 0, cells: [] }) };
}

const LINE_POINTS = 15;
const MAX_POINTS = 300;

/** Display width of a line in character units (the width of "0"): a CJK character takes about 1.8. */
function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.codePointAt(0)! > 0x2e7f ? 1.8 : 1;
  return w;
}

/**
 * The height a row needs for its wrapped text (spreadsheets do not always fit rows to
 * wrapped text when they open a file), or undefined for one line.
 */
export function wrappedHeight(cells: Row, columns: readonly (Column | null)[]): number | undefined {
  let lines = 1;
  cells.forEach((cell, c) => {
    const v = cell?.value;
    if (v?.kind !== "text" || !cell?.style || !STYLES[cell.style]?.wrap) return;
    const width = Math.max(4, (columns[c]?.width ?? 9) - 1);
    lines = Math.max(lines, v.text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / width)), 0));
  });
  return lines > 1 ? Math.min(MAX_POINTS, lines * LINE_POINTS) : undefined;
}

/** Every row of a lazy sheet with its sheet row, header first; heights for wrapped text. */
export function* placedRows(s: LazySheet): Generator<PlacedRow> {
  const sized = (p: PlacedRow): PlacedRow => {
    if (p.height !== undefined || s.rowHeights[p.row - 1]) return p;
    const height = wrappedHeight(p.cells, s.columns);
    return height === undefined ? p : { ...p, height };
  };
  for (const [i, cells] of s.header.entries()) yield sized({ row: i + 1, cells });
  for (let i = 0; i < s.size; i++) yield sized(s.row(i));
}

/** The plain sheet (`rowNumbers` only when the rows are not 1, 2, 3, …). */
export function materialize(s: LazySheet): Sheet {
  const { header: _header, size: _size, row: _row, ...frame } = s;
  const placed = [...placedRows(s)];
  const dense = placed.every((p, i) => p.row === i + 1);
  const heights = placed.map((p) => p.height ?? null);
  return {
    ...frame,
    rows: placed.map((p) => p.cells),
    ...(dense ? {} : { rowNumbers: placed.map((p) => p.row) }),
    ...(heights.some((h) => h !== null) ? { heights } : {}),
  };
}
