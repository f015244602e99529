/**
 * A sheet whose data rows are made one at a time, when a writer asks for them:
 * the streaming writer writes and forgets each row, so a book of 10,000
 * reports never exists in memory whole. `materialize` turns it into the plain
 * Sheet of the description (the pane, the browser download, the tests).
 */
import type { Row, Sheet, WorkbookDescription } from "./description";

/** A row and the sheet row it goes to. */
export interface PlacedRow {
  row: number;
  cells: Row;
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

/** Every row of a lazy sheet with its sheet row, header first. */
export function* placedRows(s: LazySheet): Generator<PlacedRow> {
  for (const [i, cells] of s.header.entries()) yield { row: i + 1, cells };
  for (let i = 0; i < s.size; i++) yield s.row(i);
}

/** The plain sheet (`rowNumbers` only when the rows are not 1, 2, 3, …). */
export function materialize(s: LazySheet): Sheet {
  const { header: _header, size: _size, row: _row, ...frame } = s;
  const placed = [...placedRows(s)];
  const dense = placed.every((p, i) => p.row === i + 1);
  return { ...frame, rows: placed.map((p) => p.cells), ...(dense ? {} : { rowNumbers: placed.map((p) => p.row) }) };
}
