/** 汇总: per indicator, sums and the number of reports stating it; rates recomputed from summed parts. */
import { CATALOG, RATE_PARTS, indicatorDef, type IndicatorDef } from "../../core/catalog";
import { formula, sheetRef, text } from "../cells";
import type { BookContext } from "../context";
import { SHEET_NAMES, columnLetter, type Row, type Sheet } from "../description";
import { FIRST_DATA_ROW, codeColumn } from "../layout";
import { printOf } from "./rows";

const COLUMNS = [
  { label: "代码", width: 26 },
  { label: "名称", width: 30 },
  { label: "单位", width: 6 },
  { label: "类型", width: 6 },
  { label: "合计", width: 12 },
  { label: "给出该值的报告数", width: 10 },
  { label: "按分子分母汇总的比率", width: 12 },
  { label: "同时给出分子分母的报告数", width: 12 },
  { label: "说明", width: 50 },
];

function summaryRow(d: IndicatorDef, range: (code: string) => string): Row {
  const R = range(d.code);
  const cells: Row = [text(d.code), text(d.name), text(d.unit), text(d.kind === "rate" ? "比率" : "计数")];
  if (d.kind === "count") {
    return [...cells, formula(`IF(COUNT(${R})=0,"",SUM(${R}))`, "0"), formula(`COUNT(${R})`, "0"), null, null, text("合计为各报告数值之和")];
  }
  const rp = RATE_PARTS.find((x) => x.rate === d.code);
  if (!rp) return [...cells, null, formula(`COUNT(${R})`, "0"), null, null, text("比率不可相加,只统计给出该值的报告数")];
  const P = range(rp.part);
  const W = range(rp.whole);
  const both = `--ISNUMBER(${P}),--ISNUMBER(${W})`;
  return [
    ...cells,
    null,
    formula(`COUNT(${R})`, "0"),
    formula(`IF(SUMPRODUCT(${both},${W})=0,"",SUMPRODUCT(${both},${P})/SUMPRODUCT(${both},${W}))`, "0.00%"),
    formula(`SUMPRODUCT(${both})`, "0"),
    text(`由 ${indicatorDef(rp.part).name} / ${indicatorDef(rp.whole).name} 在同时给出二者的报告上汇总计算`, "wrap"),
  ];
}

export function summarySheet(ctx: BookContext): Sheet {
  const last = ctx.placement.lastRow;
  const range = (code: string) => {
    const c = columnLetter(codeColumn(code));
    return `${sheetRef(SHEET_NAMES.indicators)}!$${c}$${FIRST_DATA_ROW}:$${c}$${last}`;
  };
  return {
    name: SHEET_NAMES.summary,
    rows: [COLUMNS.map((c) => text(c.label, "header")), ...CATALOG.map((d) => summaryRow(d, range))],
    headerRows: 0,
    rowHeights: [32],
    columns: COLUMNS.map((c) => ({ width: c.width })),
    frozen: { rows: 1, columns: 2 },
    conditionalFormats: [],
    userOwned: false,
    print: printOf("汇总", 1),
  };
}
