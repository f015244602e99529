/**
 * The pane's port to a workbook: what it asks of the writers (fill the open book, or make a
 * download). Wired to Office.js and ExcelJS in index.tsx and workbook.ts, faked in tests.
 */
import type { Decision, ReviewData } from "../core/decisions";
import type { ReportResult } from "../core/types";

export interface ExistingReportInfo {
  label: string;
}
export interface FillSummary {
  written: number;
  skipped: number;
  messages: string[];
  /** The decisions now on the book's 审核 (the book's and the pane's), when the port knows them. */
  decisions?: Decision[];
}
/** The decisions the open workbook holds (its 审核 sheet), read before a fill. */
export interface BookDecisions {
  decisions: Decision[];
  /** Rows of 审核 that are not decisions (read, not changed; a fill keeps them), each said in Chinese. */
  problems: string[];
}
/**
 * What the pane does with the kept results; wired to the writers in index.tsx, faked in tests.
 * `review` carries the reviewer's decisions (every decision on the reports, those that no longer
 * match marked 需重新核对) for the 审核 sheet; the results already hold the values they decided.
 */
export interface WorkbookActions {
  fill(results: ReportResult[], confirmReplace: (existing: ExistingReportInfo[]) => Promise<boolean>, review?: ReviewData): Promise<FillSummary>;
  download(results: ReportResult[], review?: ReviewData): Promise<{ blob: Blob; filename: string }>;
  /** Reads the open workbook's decisions (in Excel only; absent where there is no open workbook). */
  readDecisions?(): Promise<BookDecisions>;
}

