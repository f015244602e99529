/** 指标: one row per report, the unit, a status formula, one column per catalog indicator, the hidden identity. */
import { CATALOG, type IndicatorDef } from "../../core/catalog";
import { reportIdentity } from "../../core/identity";
import type { IndicatorValue } from "../../core/types";
import { formula, num, numFmtFor, optText, ref, text, toCellValue } from "../cells";
import type { BookContext, PlacedReport } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, a1, type Cell, type Row, type Sheet } from "../description";
import { FIRST_DATA_ROW, IDENTITY_COLUMNS, INDICATOR_UNIT, checkColumn, evidenceColumn, unitColumn } from "../layout";
import { INDICATOR_HEADER_HEIGHTS, indicatorColumns, indicatorHeaders, printOf, unitCells } from "./rows";

const TITLE = "指标(提取值)";

/** The status of a row from its counts on 核对: 正常 / 错误 n / 警告 n. */
function statusFormula(row: number): string {
  const E = ref(SHEET_NAMES.checks, row, checkColumn("errors"));
  const W = ref(SHEET_NAMES.checks, row, checkColumn("warnings"));
  return `IF(${E}>0,"错误 "&${E}&IF(${W}>0,",警告 "&${W},""),IF(${W}>0,"警告 "&${W},"正常"))`;
}

function valueCell(ctx: BookContext, p: PlacedReport, d: IndicatorDef, v: IndicatorValue | undefined): Cell | null {
  if (!v) return null;
  const evRow = ctx.linkOf.get(`${p.row}|${d.code}`);
  return {
    // a value the reviewer corrected (更正) or took from a suggestion (采用建议) looks different; 出处 says how
    ...num(toCellValue(d, v.value), numFmtFor(d, v.value, v.approx), v.decided === "更正" ? "corrected" : v.decided === "采纳" ? "accepted" : "value"),
    ...(evRow !== undefined ? { link: { sheet: SHEET_NAMES.evidence, cell: a1(evRow, evidenceColumn("row")) } } : {}),
  };
}

function reportRow(ctx: BookContext, p: PlacedReport): Row {
  const byCode = new Map<string, IndicatorValue>();
  for (const v of p.report.indicators) if (!byCode.has(v.code)) byCode.set(v.code, v);
  return [
    ...unitCells(p.report),
    formula(statusFormula(p.row)),
    ...CATALOG.map((d) => valueCell(ctx, p, d, byCode.get(d.code))),
    text(p.key),
    optText(p.report.meta.issuer),
    optText(reportIdentity(p.report).content),
  ];
}

export function indicatorsSheet(ctx: BookContext): LazySheet {
  const status = unitColumn("status");
  const range = `${a1(FIRST_DATA_ROW, status)}:${a1(ctx.placement.formatLastRow, status)}`;
  const top = `$${a1(FIRST_DATA_ROW, status)}`;
  return {
    name: SHEET_NAMES.indicators,
    ...placeRows(indicatorHeaders(INDICATOR_UNIT, TITLE, IDENTITY_COLUMNS), ctx.reports, (p) => ({ row: p.row, cells: reportRow(ctx, p) })),
    rowHeights: INDICATOR_HEADER_HEIGHTS,
    columns: indicatorColumns(INDICATOR_UNIT, IDENTITY_COLUMNS),
    frozen: { rows: 3, columns: INDICATOR_UNIT.length },
    conditionalFormats: [
      { range, formula: `LEFT(${top},2)="错误"`, style: "error" },
      { range, formula: `LEFT(${top},2)="警告"`, style: "warning" },
    ],
    userOwned: false,
    tabColor: "4472C4",
    print: printOf(TITLE, 3),
  };
}
