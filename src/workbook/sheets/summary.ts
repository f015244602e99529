/**
 * 汇总: the totals of a provincial return, by formula over 指标, one block per year (never mixing
 * years). Within a year: all reports, then subtotals by province, prefecture and county (the prefix
 * of 区划代码) at each level above the deepest one the year's rows reach, and an explicit
 * 未识别区划 line for reports without a code: every report is in the year's total, in at most one
 * group of each level, never dropped. Each group: per count the sum and the number of reports
 * stating it; per rate with a catalog part and whole, the rate recomputed from the summed parts.
 * A qualified part (余/约/以上, recorded on 出处) makes its total approximate: the 约数 column says
 * so, live, by formula over 出处.
 */
import { CATALOG, RATE_PARTS, indicatorDef, type IndicatorDef } from "../../core/catalog";
import { formula, lit, num, sheetRef, text } from "../cells";
import type { BookContext } from "../context";
import { SHEET_NAMES, a1, columnLetter, type Cell, type Row, type Sheet } from "../description";
import {
  CHOSEN,
  EVIDENCE_FIRST_ROW,
  FIRST_DATA_ROW,
  SUMMARY_COLUMNS,
  SUMMARY_LEVELS,
  UNKNOWN_DIVISION,
  codeColumn,
  evidenceColumn,
  summaryColumn,
  unitColumn,
  type EvidenceKey,
  type SummaryKey,
} from "../layout";
import { placeNames, upperDivisionNames } from "../../core/meta/gazetteer";
import type { BookUnit } from "../placement";
import { printOf } from "./rows";

/** A group of one year: all its reports (prefix null), those under a 区划代码 prefix, or those without one (""). */
interface Group {
  year: number | null;
  prefix: string | null;
  label: string;
}

const byYear = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);

/**
 * A subtotal's heading names its places from the gazetteer, province down: 浙江省 小计, 浙江省 · 杭州市
 * 小计, 北京市 · 朝阳区 小计. A prefix the code system keeps only as a placeholder (1101, a
 * municipality's districts) is named as what it groups; a code the gazetteer does not know keeps the
 * report's own region, or the code.
 */
export function groupLabel(prefix: string, regionOf: ReadonlyMap<string, string> = new Map()): string {
  const names = placeNames(prefix);
  const own = upperDivisionNames().has(prefix);
  if (names.length === 0) return `${regionOf.get(prefix) ?? `区划 ${prefix}`} 小计`;
  return `${[...names, ...(own ? [] : [regionOf.get(prefix) ?? "所辖区县"])].join(" · ")} 小计`;
}

/** The groups of each year, in order: all, provinces, prefectures, counties (where the rows reach below them), 未识别区划. */
export function summaryGroups(units: readonly BookUnit[]): Group[] {
  const years = [...new Set(units.map((u) => u.year))].sort(byYear);
  const nameOf = new Map(units.flatMap((u) => (u.divisionCode && u.region ? [[u.divisionCode, u.region] as const] : [])));
  const out: Group[] = [];
  for (const year of years) {
    const codes = units.filter((u) => u.year === year && u.divisionCode).map((u) => u.divisionCode!);
    out.push({ year, prefix: null, label: "全部" });
    for (const level of SUMMARY_LEVELS) {
      if (!codes.some((c) => c.length > level.digits)) continue;
      const prefixes = [...new Set(codes.filter((c) => c.length >= level.digits).map((c) => c.slice(0, level.digits)))].sort();
      for (const p of prefixes) out.push({ year, prefix: p, label: groupLabel(p, nameOf) });
    }
    out.push({ year, prefix: "", label: UNKNOWN_DIVISION });
  }
  return out;
}

/** Absolute range of a column over the report rows of 指标, or the rows of 出处. */
interface Ranges {
  indicator(col: number): string;
  evidence(key: EvidenceKey): string;
}

function rangesOf(ctx: BookContext): Ranges {
  const span = (sheet: string, col: number, first: number, last: number) => {
    const c = columnLetter(col);
    return `${sheetRef(sheet)}!$${c}$${first}:$${c}$${Math.max(first, last)}`;
  };
  const lastEvidence = ctx.placement.evidenceFirstRow + ctx.evidence.length - 1;
  return {
    indicator: (col) => span(SHEET_NAMES.indicators, col, FIRST_DATA_ROW, ctx.placement.lastRow),
    evidence: (key) => span(SHEET_NAMES.evidence, evidenceColumn(key), EVIDENCE_FIRST_ROW, lastEvidence),
  };
}

/** SUMPRODUCT factors selecting a group's rows, given the ranges of the year and 区划代码 columns. */
function selects(g: Group, year: string, division: string): string[] {
  const out = [g.year === null ? `--(LEN(${year})=0)` : `--(${year}=${g.year})`];
  if (g.prefix === "") out.push(`--(LEN(${division})=0)`);
  else if (g.prefix !== null) out.push(`--(LEFT(${division},${g.prefix.length})=${lit(g.prefix)})`);
  return out;
}

/** The group's qualifier of summed parts: "≥"/"约" and how many, live over 出处's chosen rows. */
function approxFormula(g: Group, codes: string[], rate: boolean, R: Ranges): string {
  const where = [`--(${R.evidence("chosen")}=${lit(CHOSEN)})`, ...selects(g, R.evidence("year"), R.evidence("division"))];
  const count = (test: string) => codes.map((c) => `SUMPRODUCT(--(${R.evidence("code")}=${lit(c)}),${test},${where.join(",")})`).join("+");
  const n = `(${count(`--(LEN(${R.evidence("approx")})>0)`)})`;
  const about = `(${count(`--(${R.evidence("approx")}="约")`)})`;
  const mark = rate ? `"约"` : `IF(${about}>0,"约","≥")`;
  return `IF(${n}=0,"",${mark}&" 含约数 "&${n}&" 项")`;
}

function indicatorRow(g: Group, d: IndicatorDef, R: Ranges): Row {
  const cells = new Map<SummaryKey, Cell>();
  const where = selects(g, R.indicator(unitColumn("year")), R.indicator(unitColumn("division"))).join(",");
  const V = (code: string) => R.indicator(codeColumn(code));
  const stating = (code: string) => `SUMPRODUCT(${where},--ISNUMBER(${V(code)}))`;
  cells.set("year", g.year === null ? text("不明") : num(g.year, "0"));
  if (g.prefix) cells.set("division", { ...text(g.prefix), numFmt: "@" });
  cells.set("group", text(g.label));
  cells.set("code", text(d.code));
  cells.set("name", text(d.name));
  cells.set("unit", text(d.unit));
  cells.set("kind", text(d.kind === "rate" ? "比率" : "计数"));
  cells.set("reports", formula(stating(d.code), "0"));
  const rp = RATE_PARTS.find((x) => x.rate === d.code);
  if (d.kind === "count") {
    cells.set("total", formula(`IF(${stating(d.code)}=0,"",SUMPRODUCT(${where},${V(d.code)}))`, "0"));
    cells.set("approx", formula(approxFormula(g, [d.code], false, R)));
    cells.set("note", text("合计为各报告数值之和"));
  } else if (rp) {
    const both = `${where},--ISNUMBER(${V(rp.part)}),--ISNUMBER(${V(rp.whole)})`;
    cells.set("rate", formula(`IF(SUMPRODUCT(${both},${V(rp.whole)})=0,"",SUMPRODUCT(${both},${V(rp.part)})/SUMPRODUCT(${both},${V(rp.whole)}))`, "0.00%"));
    cells.set("both", formula(`SUMPRODUCT(${both})`, "0"));
    cells.set("approx", formula(approxFormula(g, [rp.part, rp.whole], true, R)));
    cells.set("note", text(`由 ${indicatorDef(rp.part).name} / ${indicatorDef(rp.whole).name} 在同时给出二者的报告上汇总计算`, "wrap"));
  } else cells.set("note", text("比率不可相加,只统计给出该值的报告数"));
  return SUMMARY_COLUMNS.map((c) => cells.get(c.key) ?? null);
}

/** The heading of a group: year, group and how many reports it holds (by formula). */
function headingRow(g: Group, R: Ranges): Row {
  const where = selects(g, R.indicator(unitColumn("year")), R.indicator(unitColumn("division")));
  const count = `SUMPRODUCT(${[...where, `--(LEN(${R.indicator(unitColumn("source"))})>0)`].join(",")})`;
  const title = `${g.year === null ? "年度不明" : `${g.year}年`} · ${g.prefix ? `${g.prefix} ` : ""}${g.label}`;
  return [formula(`${lit(`${title} · `)}&${count}&" 份报告"`, undefined, "group")];
}

function unitsOf(ctx: BookContext): BookUnit[] {
  const fresh = ctx.reports.map((p) => ({ year: p.report.meta.year, divisionCode: p.report.meta.divisionCode ?? null, region: p.report.meta.region }));
  return [...ctx.placement.bookUnits, ...fresh];
}

export function summarySheet(ctx: BookContext): Sheet {
  const R = rangesOf(ctx);
  const groups = summaryGroups(unitsOf(ctx));
  const rows: Row[] = [SUMMARY_COLUMNS.map((c) => text(c.label, "header"))];
  for (const g of groups) rows.push(headingRow(g, R), ...CATALOG.map((d) => indicatorRow(g, d, R)));
  const approx = summaryColumn("approx");
  const marked = `${a1(2, summaryColumn("total"))}:${a1(Math.max(2, rows.length), approx)}`;
  return {
    name: SHEET_NAMES.summary,
    rows,
    headerRows: 0,
    rowHeights: [32],
    columns: SUMMARY_COLUMNS.map((c) => ({ width: c.width })),
    frozen: { rows: 1, columns: summaryColumn("code") },
    // a total with an approximate part, and its 约数 note, in amber
    conditionalFormats: [{ range: marked, formula: `LEN($${a1(2, approx)})>0`, style: "warning" }],
    userOwned: false,
    print: printOf("汇总", 1),
  };
}
