/** Shared by the sheet modules: header rows of the report sheets, rows placed at their sheet rows. */
import { CATALOG, FAMILY_NAMES } from "../../core/catalog";
import type { ReportResult } from "../../core/types";
import { num, optText, text } from "../cells";
import type { Column, Row, Sheet } from "../description";
import { HEADER_ROWS, codeWidth, type ColumnDef } from "../layout";

/** The three header rows of 指标, 报送 and 差异: title and families, 名称, keys. */
export function indicatorHeaders(unit: readonly ColumnDef[], title: string, trailing: readonly ColumnDef[] = []): Row[] {
  const fam: Row = [text(title, "title"), ...unit.slice(1).map(() => null)];
  const names: Row = unit.map((c) => text(c.label, "name"));
  const keys: Row = unit.map((c) => text(c.key, "key"));
  let prevFamily = "";
  for (const d of CATALOG) {
    fam.push(d.family !== prevFamily ? text(FAMILY_NAMES[d.family], `family_${d.family}`) : { style: `family_${d.family}` });
    prevFamily = d.family;
    names.push(text(`${d.name}(${d.unit})`, "name"));
    keys.push(text(d.code, "key"));
  }
  for (const c of trailing) {
    fam.push(null);
    names.push(text(c.label, "name"));
    keys.push(text(c.key, "key"));
  }
  if (HEADER_ROWS !== 3) throw new Error("indicatorHeaders makes three header rows");
  return [fam, names, keys];
}

/** Column widths of the report sheets: the unit columns, one per indicator (wide enough for its 名称), trailing ones. */
export function indicatorColumns(unit: readonly ColumnDef[], trailing: readonly ColumnDef[] = []): Column[] {
  const def = (c: ColumnDef): Column => ({ width: c.width, ...(c.hidden ? { hidden: true } : {}) });
  return [...unit.map(def), ...CATALOG.map((d) => ({ width: codeWidth(d) })), ...trailing.map(def)];
}

/** Row heights of the three header rows (points): the 名称 row holds three wrapped lines. */
export const INDICATOR_HEADER_HEIGHTS = [20, 48, 14];

/** The unit columns 指标, 报送 and 差异 share: region, 区划代码 (text: "0" prefixes stay), 层级, year, published, source. */
export function unitCells(r: ReportResult): Row {
  const m = r.meta;
  const code = m.divisionCode ? { ...text(m.divisionCode), numFmt: "@" } : null;
  return [optText(m.region), code, optText(m.level), m.year === null ? null : num(m.year, "0"), optText(m.published), text(r.source)];
}

/** Print settings of a sheet. */
export function printOf(title: string, repeatRows: number): NonNullable<Sheet["print"]> {
  return { title, landscape: true, fitToWidth: true, repeatRows };
}
