/**
 * 报送: the numbers a unit submitted, typed by people. Everything they put there is
 * written back: values under catalog codes, the note, values under headers of their
 * own (after the hidden `id`), formulas as formulas.
 */
import { CATALOG, type IndicatorDef } from "../../core/catalog";
import { emptyFmt, formula, num, text } from "../cells";
import type { BookContext, PlacedReport } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, type Cell, type Row, type Sheet } from "../description";
import type { SubmittedValue } from "../inputs";
import { IDENTITY_COLUMNS, SUBMITTED_UNIT, type ColumnDef } from "../layout";
import { indicatorColumns, indicatorHeaders, INDICATOR_HEADER_HEIGHTS, printOf, unitCells } from "./rows";

const TITLE = "报送(由报送单位填写,重新生成时保留)";

function userCell(v: SubmittedValue | undefined, def: IndicatorDef | null): Cell {
  const fmt = def ? emptyFmt(def) : undefined;
  if (v === undefined) return { ...(fmt ? { numFmt: fmt } : {}), style: "user" };
  if (typeof v === "number") return num(v, fmt, "user");
  if (typeof v === "string") return { ...text(v, "user"), numFmt: "@" };
  return formula(v.formula, fmt, "user");
}

/** Headers of the user's own columns, in the order first met. */
function extraHeaders(ctx: BookContext): string[] {
  const seen = new Set<string>();
  for (const p of ctx.reports) for (const h of Object.keys(p.submitted?.extra ?? {})) seen.add(h);
  return [...seen];
}

function reportRow(p: PlacedReport, extra: string[]): Row {
  const s = p.submitted;
  return [
    ...unitCells(p.report),
    s?.note ? text(s.note, "user") : { style: "user" },
    ...CATALOG.map((d) => userCell(s?.values[d.code], d)),
    text(p.key),
    ...extra.map((h) => (s?.extra[h] === undefined ? null : userCell(s.extra[h], null))),
  ];
}

export function submittedSheet(ctx: BookContext): LazySheet {
  const extra = extraHeaders(ctx);
  const trailing: ColumnDef[] = [IDENTITY_COLUMNS[0], ...extra.map((h) => ({ key: h, label: h, width: 12 }))];
  return {
    name: SHEET_NAMES.submitted,
    ...placeRows(indicatorHeaders(SUBMITTED_UNIT, TITLE, trailing), ctx.reports, (p) => ({ row: p.row, cells: reportRow(p, extra) })),
    rowHeights: INDICATOR_HEADER_HEIGHTS,
    columns: indicatorColumns(SUBMITTED_UNIT, trailing),
    frozen: { rows: 3, columns: SUBMITTED_UNIT.length },
    conditionalFormats: [],
    userOwned: true,
    tabColor: "FFC000",
    print: printOf(TITLE, 3),
  };
}
