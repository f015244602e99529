/**
 * The pane's two ways to a workbook, both from the same WorkbookDescription:
 * fill the open workbook (Office.js, writeOffice.ts) or download an .xlsx (ExcelJS, loaded on demand).
 */
import type { ReportResult } from "../core/types";
import type { ExistingReportInfo, FillSummary, WorkbookActions } from "./App";

export function xlsxFilename(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `指标-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.xlsx`;
}

export const workbookActions: WorkbookActions = {
  async fill(_results: ReportResult[], _confirm: (e: ExistingReportInfo[]) => Promise<boolean>): Promise<FillSummary> {
    throw new Error("the workbook writer is not available yet");
  },
  async download(_results: ReportResult[]): Promise<{ blob: Blob; filename: string }> {
    throw new Error("the .xlsx writer is not available yet");
  },
};
