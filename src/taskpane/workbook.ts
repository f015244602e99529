/**
 * The pane's two ways to a workbook, both from one WorkbookDescription (describe.ts):
 * fill the open workbook (Office.js, writeOffice.ts, which describes the reports for the
 * rows the workbook has free) or download an .xlsx (ExcelJS, loaded on demand as its own
 * chunk so it is not part of the pane's first load).
 */
import { localIsoTime, type ReviewData } from "../core/decisions";
import type { ReportResult } from "../core/types";
import type { BookDecisions, ExistingReportInfo, FillSummary, WorkbookActions } from "./workbookPort";

export function xlsxFilename(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `指标-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.xlsx`;
}

/** The description's options: the inputs, and the reviewer's decisions for the 审核 sheet (the results already hold the values decided). */
function describeOptions(results: ReportResult[], review: ReviewData | undefined) {
  return {
    generatedAt: localIsoTime(new Date()),
    inputs: results.filter((r) => r.sha256).map((r) => ({ name: r.source, sha256: r.sha256! })),
    tool: "Zhibiao 指标 (Excel task pane)",
    decisions: review?.decisions ?? [],
  };
}

export const workbookActions: WorkbookActions = {
  async fill(results: ReportResult[], confirm: (e: ExistingReportInfo[]) => Promise<boolean>, review?: ReviewData): Promise<FillSummary> {
    const options = describeOptions(results, review);
    const { fillOpenWorkbook } = await import(/* webpackChunkName: "write-office" */ "../workbook/writeOffice.js");
    // the workbook is read first (same first sync): a report already there is replaced only on
    // the user's word, and its 指标 rows of other years serve year_over_year as in the CLI; the
    // decisions already in the book's 审核 are re-applied to a report filled again
    const r = await fillOpenWorkbook({ reports: results, options }, { confirmReplace: (existing) => confirm(existing.map((e) => ({ label: e.label }))) });
    return { written: r.written, skipped: r.skipped.length, messages: r.messages, decisions: r.decisions };
  },
  async readDecisions(): Promise<BookDecisions> {
    // the fill's own chunk: read now, it is there when the reviewer fills
    const { readOpenWorkbookReview } = await import(/* webpackChunkName: "write-office" */ "../workbook/writeOffice.js");
    const r = await readOpenWorkbookReview();
    return { decisions: r.decisions, problems: r.unread.map((u) => u.problem) };
  },
  async download(results: ReportResult[], review?: ReviewData): Promise<{ blob: Blob; filename: string }> {
    const options = describeOptions(results, review);
    const [{ describeWorkbook }, { writeXlsx }] = await Promise.all([
      import(/* webpackChunkName: "describe" */ "../workbook/describe.js"),
      import(/* webpackChunkName: "xlsx" */ "../workbook/writeXlsx.js"),
    ]);
    const bytes = await writeXlsx(describeWorkbook(results, options));
    const blob = new Blob([bytes as unknown as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    return { blob, filename: xlsxFilename() };
  },
};
