/**
 * ReportResult[] (+ 报送 and previous-year values) → WorkbookDescription, for a
 * placement: a fresh book (the default) or the rows an open workbook has free
 * (placement.ts). Pure: no I/O, no clock (the caller passes `generatedAt`).
 * Each sheet is its own module in ./sheets over the column definitions of
 * layout.ts; this file only puts them together.
 */
import type { ReportResult } from "../core/types";
import { STYLES } from "./cells";
import { bookContext } from "./context";
import { WORKBOOK_LAYOUT_VERSION, type WorkbookDescription } from "./description";
import { eager, materialize, type LazyDescription } from "./lazySheet";
import { DescribeOptionsSchema, type DescribeOptions } from "./inputs";
import type { Placement } from "./placement";
import { aboutSheet } from "./sheets/about";
import { catalogSheet } from "./sheets/catalog";
import { checksSheet } from "./sheets/checks";
import { differencesSheet } from "./sheets/differences";
import { evidenceSheet } from "./sheets/evidence";
import { indicatorsSheet } from "./sheets/indicators";
import { reviewSheet } from "./sheets/review";
import { submittedSheet } from "./sheets/submitted";
import { summarySheet } from "./sheets/summary";

/**
 * The whole workbook, its report sheets' rows made when a writer asks (the streaming
 * writer keeps one row at a time). Rows of 报送 that match no report are kept: they get a
 * row of their own (no extracted values), so nothing the user typed is lost. A placement,
 * when given, has one row per report (and none for such rows: the pane passes no 报送).
 */
export function describeLazily(reports: ReportResult[], optionsIn: DescribeOptions, placement?: Placement): LazyDescription {
  const options = DescribeOptionsSchema.parse(optionsIn);
  const ctx = bookContext(reports, options, placement);
  return {
    version: WORKBOOK_LAYOUT_VERSION,
    sheets: [
      indicatorsSheet(ctx),
      checksSheet(ctx),
      submittedSheet(ctx),
      differencesSheet(ctx),
      eager(summarySheet(ctx)),
      evidenceSheet(ctx),
      reviewSheet(ctx),
      eager(catalogSheet()),
      eager(aboutSheet(ctx, reports.length)),
    ],
    styles: STYLES,
    properties: { title: "标准指标工作簿", creator: options.tool, created: options.generatedAt },
  };
}

/** The whole workbook as plain data (describeLazily with every row made). */
export function describeWorkbook(reports: ReportResult[], optionsIn: DescribeOptions, placement?: Placement): WorkbookDescription {
  const lazy = describeLazily(reports, optionsIn, placement);
  return { ...lazy, sheets: lazy.sheets.map(materialize) };
}
