/**
 * The pane's two ways to a workbook, both from one WorkbookDescription (describe.ts):
 * fill the open workbook (Office.js, writeOffice.ts) or download an .xlsx (ExcelJS,
 * loaded on demand as its own chunk so it is not part of the pane's first load).
 */
import type { ReportResult } from "../core/types";
import type { ExistingReportInfo, FillSummary, WorkbookActions } from "./App";

export function xlsxFilename(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `指标-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.xlsx`;
}

type Previous = import("../workbook/describe").PreviousRow;

async function describer() {
  const { describeWorkbook } = await import(/* webpackChunkName: "describe" */ "../workbook/describe.js");
  return (results: ReportResult[], previous: Previous[] = []) =>
    describeWorkbook(results, {
      generatedAt: new Date().toISOString(),
      inputs: results.filter((r) => r.sha256).map((r) => ({ name: r.source, sha256: r.sha256! })),
      tool: "Zhibiao 指标 (Excel task pane)",
      previous,
    });
}

export const workbookActions: WorkbookActions = {
  async fill(results: ReportResult[], confirm: (e: ExistingReportInfo[]) => Promise<boolean>): Promise<FillSummary> {
    const [describe, { fillOpenWorkbook, previousFor }] = await Promise.all([
      describer(),
      import(/* webpackChunkName: "write-office" */ "../workbook/writeOffice.js"),
    ]);
    // described once the workbook is read (same first sync): its 指标 rows of other years for
    // the same regions become `previous`, so year_over_year works in Excel as in the CLI
    const r = await fillOpenWorkbook(({ previous }) => describe(results, previousFor(results, previous)), {
      confirmReplace: (existing) => confirm(existing.map((e) => ({ label: e.label }))),
    });
    return { written: r.written, skipped: r.skipped.length, messages: r.messages };
  },
  async download(results: ReportResult[]): Promise<{ blob: Blob; filename: string }> {
    const [describe, { writeXlsx }] = await Promise.all([describer(), import(/* webpackChunkName: "xlsx" */ "../workbook/writeXlsx.js")]);
    const bytes = await writeXlsx(describe(results));
    const blob = new Blob([bytes as unknown as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    return { blob, filename: xlsxFilename() };
  },
};
