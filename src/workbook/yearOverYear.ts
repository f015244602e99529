/**
 * year_over_year: a value that grows or shrinks by more than a factor against
 * the same region's value of the year before (from this batch or from rows of
 * earlier workbooks).
 */
import { isCode, indicatorDef } from "../core/catalog";
import type { Flag, ReportResult } from "../core/types";
import { fromCellValue, roundTo, toCellValue } from "./cells";
import type { PreviousRow } from "./inputs";

const regionYear = (region: string, year: number) => `${region.trim()}|${year}`;

/** Flags by report index. */
export function yearOverYearFlags(reports: ReportResult[], previous: PreviousRow[], factor: number): Map<number, Flag[]> {
  const byRegionYear = new Map<string, Record<string, number>>();
  for (const p of previous) byRegionYear.set(regionYear(p.region, p.year), p.values);
  for (const r of reports) {
    if (!r.meta.region || r.meta.year === null) continue;
    const values: Record<string, number> = {};
    for (const v of r.indicators) if (isCode(v.code)) values[v.code] = toCellValue(indicatorDef(v.code), v.value);
    byRegionYear.set(regionYear(r.meta.region, r.meta.year), values);
  }
  const out = new Map<number, Flag[]>();
  reports.forEach((r, i) => {
    if (!r.meta.region || r.meta.year === null) return;
    const prev = byRegionYear.get(regionYear(r.meta.region, r.meta.year - 1));
    if (!prev) return;
    const flags = r.indicators.flatMap((v) => changeFlag(v.code, toValue(v.code, v.value), prev[v.code], r.meta.year!, factor));
    if (flags.length) out.set(i, flags);
  });
  return out;
}

function toValue(code: string, v: number): number | undefined {
  return isCode(code) ? toCellValue(indicatorDef(code), v) : undefined;
}

function changeFlag(code: string, now: number | undefined, before: number | undefined, year: number, factor: number): Flag[] {
  const def = isCode(code) ? indicatorDef(code) : undefined;
  if (!def || now === undefined || before === undefined || before <= 0 || now <= 0) return [];
  const ratio = now / before;
  if (ratio <= factor && ratio >= 1 / factor) return [];
  const show = (x: number) => (def.kind === "rate" ? `${fromCellValue(def, x)}%` : String(x));
  return [
    {
      check: "year_over_year",
      severity: "warning",
      codes: [code],
      message: `${def.name} ${show(now)} (${year}) 与上年 ${show(before)} (${year - 1}) 相比变化 ×${roundTo(ratio, 2)},超过 ${factor} 倍`,
    },
  ];
}

/**
 * The rows of other years for the regions being filled (year_over_year compares a report with
 * the same region's year before): rows of the same region and year as a report are left out,
 * that report stands for them.
 */
export function previousFor(reports: { meta: { region: string | null; year: number | null } }[], rows: PreviousRow[]): PreviousRow[] {
  const regions = new Set(reports.map((r) => r.meta.region?.trim()).filter((x): x is string => !!x));
  const same = new Set(reports.map((r) => (r.meta.region && r.meta.year !== null ? regionYear(r.meta.region, r.meta.year) : "")));
  return rows.filter((p) => regions.has(p.region.trim()) && !same.has(regionYear(p.region, p.year)));
}
