/** 目录: the catalog (code, family, 名称, unit, definition, relation). */
import { CATALOG, FAMILY_NAMES, type IndicatorDef } from "../../core/catalog";
import { optText, text } from "../cells";
import { SHEET_NAMES, type Row, type Sheet } from "../description";
import { printOf } from "./rows";

const COLUMNS = [
  { label: "代码", width: 26 },
  { label: "类别", width: 20 },
  { label: "名称", width: 34 },
  { label: "单位", width: 6 },
  { label: "类型", width: 6 },
  { label: "核心指标", width: 8 },
  { label: "定义", width: 70 },
  { label: "关系", width: 40 },
];

function relation(d: IndicatorDef): string {
  if (d.partOf) return `≤ ${d.partOf}`;
  if (d.rateOf) return `= ${d.rateOf.part} / ${d.rateOf.whole}`;
  return "";
}

function catalogRow(d: IndicatorDef): Row {
  return [
    text(d.code),
    text(FAMILY_NAMES[d.family]),
    text(d.name, "wrap"),
    text(d.unit),
    text(d.kind === "rate" ? "比率" : "计数"),
    optText(d.core ? "是" : null),
    text(d.definition, "wrap"),
    optText(relation(d)),
  ];
}

export function catalogSheet(): Sheet {
  return {
    name: SHEET_NAMES.catalog,
    rows: [COLUMNS.map((c) => text(c.label, "header")), ...CATALOG.map(catalogRow)],
    headerRows: 0,
    rowHeights: [],
    columns: COLUMNS.map((c) => ({ width: c.width })),
    frozen: { rows: 1, columns: 1 },
    conditionalFormats: [],
    userOwned: false,
    print: printOf("目录", 1),
  };
}
