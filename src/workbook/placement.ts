/**
 * Where a description's rows go: a fresh book (reports from row 4 on, evidence
 * from row 3 of 出处), or the free and replaced rows of a workbook that already
 * has reports (the pane's in-place fill). `describe` writes its formulas, links
 * and ranges for these rows, so no writer ever rewrites a formula.
 */
import { EVIDENCE_FIRST_ROW, FIRST_DATA_ROW } from "./layout";

export interface Placement {
  /** A fresh book: header rows and every sheet in full. */
  fresh: boolean;
  /** The 指标/核对/报送/差异 row of each report, in the reports' order. */
  rows: number[];
  /** The 出处 row of this description's first evidence row. */
  evidenceFirstRow: number;
  /** The last report row of 指标 once written: 汇总's ranges reach it. */
  lastRow: number;
  /** The last row conditional formats cover (later fills into the open book stay covered). */
  formatLastRow: number;
  /** Who and when of the rows already in the book that stay (汇总 groups them with the new ones). */
  bookUnits: BookUnit[];
}

/** The year and place of a row of 指标 (汇总's groups). */
export interface BookUnit {
  year: number | null;
  divisionCode: string | null;
  region: string | null;
}

/** A fresh book of n reports. */
export function freshPlacement(n: number): Placement {
  const rows = Array.from({ length: n }, (_, i) => FIRST_DATA_ROW + i);
  const lastRow = Math.max(FIRST_DATA_ROW, FIRST_DATA_ROW + n - 1);
  return { fresh: true, rows, evidenceFirstRow: EVIDENCE_FIRST_ROW, lastRow, formatLastRow: lastRow, bookUnits: [] };
}

/** Conditional formats in an open workbook cover at least this many report rows. */
const FORMAT_ROWS_IN_BOOK = 1000;

/**
 * Rows in a workbook that has some already: `rows` for the reports (free or replaced rows),
 * evidence appended after `lastEvidenceRow`, ranges over every row up to `lastUsedRow`.
 */
export function placementInBook(rows: number[], lastUsedRow: number, lastEvidenceRow: number, bookUnits: BookUnit[] = []): Placement {
  const lastRow = Math.max(FIRST_DATA_ROW, lastUsedRow, ...rows);
  return {
    fresh: false,
    rows,
    evidenceFirstRow: Math.max(EVIDENCE_FIRST_ROW, lastEvidenceRow + 1),
    lastRow,
    formatLastRow: Math.max(lastRow, FIRST_DATA_ROW + FORMAT_ROWS_IN_BOOK - 1),
    bookUnits,
  };
}
