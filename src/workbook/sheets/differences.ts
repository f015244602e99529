/** 差异: 报送 vs 指标 cell by cell, by formula: blank when they agree or nothing was submitted. */
import { CATALOG, type IndicatorDef } from "../../core/catalog";
import { formula, ref } from "../cells";
import type { BookContext, PlacedReport } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, a1, type Row, type Sheet } from "../description";
import { DIFFERENCE_UNIT, FIRST_CODE_COL, FIRST_DATA_ROW, LAST_CODE_COL, codeColumn, unitColumn } from "../layout";
import { indicatorColumns, indicatorHeaders, INDICATOR_HEADER_HEIGHTS, printOf, unitCells } from "./rows";

const TITLE = "差异(报送 ≠ 提取;一致或未报送时为空)";

function differenceFormula(d: IndicatorDef, row: number): string {
  const S = ref(SHEET_NAMES.submitted, row, codeColumn(d.code));
  const X = ref(SHEET_NAMES.indicators, row, codeColumn(d.code));
  const show = (c: string) => (d.kind === "rate" ? `IF(ISNUMBER(${c}),ROUND(${c}*100,6)&"%",${c}&"")` : `${c}&""`);
  // blank when nothing was submitted or both agree (numbers within 1e-9, else as text)
  const same = `IF(AND(ISNUMBER(${S}),ISNUMBER(${X})),ABS(${S}-${X})<1E-9,${S}&""=${X}&"")`;
  return `IF(LEN(${S}&"")=0,"",IF(${same},"","报送 "&${show(S)}&" ≠ 提取 "&IF(LEN(${X}&"")=0,"(空)",${show(X)})))`;
}

function reportRow(p: PlacedReport): Row {
  const r = p.row;
  return [
    ...unitCells(p.report),
    formula(`SUMPRODUCT(--(LEN(${a1(r, FIRST_CODE_COL)}:${a1(r, LAST_CODE_COL)})>0))`, "0"),
    ...CATALOG.map((d) => formula(differenceFormula(d, r))),
  ];
}

export function differencesSheet(ctx: BookContext): LazySheet {
  const last = ctx.placement.formatLastRow;
  const count = unitColumn("differences");
  return {
    name: SHEET_NAMES.differences,
    ...placeRows(indicatorHeaders(DIFFERENCE_UNIT, TITLE), ctx.reports, (p) => ({ row: p.row, cells: reportRow(p) })),
    rowHeights: INDICATOR_HEADER_HEIGHTS,
    columns: indicatorColumns(DIFFERENCE_UNIT),
    frozen: { rows: 3, columns: DIFFERENCE_UNIT.length },
    conditionalFormats: [
      { range: `${a1(FIRST_DATA_ROW, FIRST_CODE_COL)}:${a1(last, LAST_CODE_COL)}`, formula: `LEN(${a1(FIRST_DATA_ROW, FIRST_CODE_COL)})>0`, style: "diff" },
      { range: `${a1(FIRST_DATA_ROW, count)}:${a1(last, count)}`, formula: `$${a1(FIRST_DATA_ROW, count)}>0`, style: "diff" },
    ],
    userOwned: false,
    print: printOf(TITLE, 3),
  };
}
