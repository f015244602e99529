/**
 * ReportResult[] (+ submitted and previous-year values) → WorkbookDescription.
 * Pure: no I/O, no clock (the caller passes `generatedAt`).
 *
 * Layout (rows are aligned: report i is on row FIRST_DATA_ROW + i of 指标,
 * 核对, 报送 and 差异, so formulas can use the same row number everywhere):
 * - 指标/报送/差异: three header rows (family, 名称, key), then one row per report.
 *   Columns A–E: region, year, published, source, status (报送: note), then one
 *   column per catalog indicator in catalog order from column F.
 * - 核对: A–C unit, D error count, E warning count, then one column per
 *   formula check instance, the 报送 difference count, and the extractor's flags
 *   as text by severity.
 */
import { z } from "zod";
import { CATALOG, FAMILY_NAMES, PART_WHOLE, RATE_PARTS, indicatorDef, type IndicatorDef } from "../core/catalog";
import { ReportErrorSchema, type Flag, type IndicatorValue, type ReportResult, type Severity } from "../core/types";
import {
  SHEET_NAMES,
  WORKBOOK_LAYOUT_VERSION,
  a1,
  columnLetter,
  type Cell,
  type ConditionalFormat,
  type Row,
  type Sheet,
  type Style,
  type WorkbookDescription,
} from "./description";

// ---------------------------------------------------------------- layout

export const HEADER_ROWS = 3;
export const FIRST_DATA_ROW = HEADER_ROWS + 1;
/** Keys written in header row 3 of 指标 (and 差异) for columns A–E. */
export const UNIT_KEYS = ["region", "year", "published", "source", "status"] as const;
/** Keys written in header row 3 of 报送 for columns A–E. */
export const SUBMITTED_UNIT_KEYS = ["region", "year", "published", "source", "note"] as const;
export const FIRST_CODE_COL = UNIT_KEYS.length + 1; // F
const UNIT_LABELS = ["地区", "年度", "发布日期", "来源文件", "状态"];

/** 1-based column of a catalog code on 指标/报送/差异. */
export function codeColumn(code: string): number {
  const i = CATALOG.findIndex((d) => d.code === code);
  if (i < 0) throw new Error(`unknown indicator code: ${code}`);
  return FIRST_CODE_COL + i;
}
const LAST_CODE_COL = FIRST_CODE_COL + CATALOG.length - 1;

/** 出处 columns (header row 1, keys in row 2, data from row 3). */
export const EVIDENCE_KEYS = [
  "row", "region", "year", "code", "name", "value", "approx", "text", "start", "end", "page", "source", "rule", "chosen",
] as const;
const EVIDENCE_LABELS = [
  "指标行", "地区", "年度", "代码", "名称", "数值", "限定", "证据原文", "起", "止", "页", "来源文件", "规则", "采用",
];
export const EVIDENCE_FIRST_ROW = 3;
export const CHOSEN = "采用";
export const CANDIDATE = "候选";
export const APPROX_LABELS: Record<"at_least" | "about", string> = { at_least: "以上(at_least)", about: "约(about)" };

/** Keys of the extractor-flag text columns on 核对 (header row 3). */
export const FLAG_TEXT_KEYS: Record<Severity, string> = { error: "flags:error", warning: "flags:warning", info: "flags:info" };

/** Checks that are live formulas (the extractor's copies are not repeated as text). */
const FORMULA_CHECKS = new Set(["part_le_whole", "rate_range", "rate_consistency", "submitted_mismatch"]);

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

// ---------------------------------------------------------------- inputs

const CellContentSchema = z.union([z.number().finite(), z.string()]);

/**
 * One row of 报送 as the user left it. Values are CELL values: rates are
 * fractions (0.998), as typed into a percentage cell.
 */
export const SubmittedRowSchema = z.object({
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  published: z.string().nullable().default(null),
  source: z.string().nullable(),
  note: z.string().nullable().default(null),
  values: z.record(z.string(), CellContentSchema),
});
export type SubmittedRow = z.infer<typeof SubmittedRowSchema>;
export type SubmittedRowInput = z.input<typeof SubmittedRowSchema>;

/** Values of one report of another workbook's 指标 (cell values: rates as fractions). */
export const PreviousRowSchema = z.object({
  region: z.string(),
  year: z.number().int(),
  source: z.string().nullable().default(null),
  values: z.record(z.string(), z.number().finite()),
});
export type PreviousRow = z.infer<typeof PreviousRowSchema>;
export type PreviousRowInput = z.input<typeof PreviousRowSchema>;

export const InputFileSchema = z.object({ name: z.string(), sha256: z.string() });
export type InputFile = z.infer<typeof InputFileSchema>;

export const DescribeOptionsSchema = z.object({
  /** ISO 8601 time of generation (shown in 说明). */
  generatedAt: z.string(),
  /** Input files with their SHA-256 (shown in 说明). */
  inputs: z.array(InputFileSchema).default([]),
  /** Files that failed, with the reason (shown in 说明). */
  errors: z.array(ReportErrorSchema).default([]),
  /** 报送 rows to carry over (matched by source, then by region + year). */
  submitted: z.array(SubmittedRowSchema).default([]),
  /** 指标 rows of earlier workbooks, for year_over_year. */
  previous: z.array(PreviousRowSchema).default([]),
  /** year_over_year fires when a value grows or shrinks by more than this factor. */
  yoyFactor: z.number().gt(1).default(3),
  /** Tool name and version shown in 说明. */
  tool: z.string().default("Zhibiao 指标"),
});
export type DescribeOptions = z.input<typeof DescribeOptionsSchema>;

/** Key of a report: region + year when both are known, else the source. */
export function reportKey(r: { source: string | null; meta?: { region: string | null; year: number | null }; region?: string | null; year?: number | null }): string {
  const region = r.meta ? r.meta.region : (r.region ?? null);
  const year = r.meta ? r.meta.year : (r.year ?? null);
  if (region && year !== null) return `ry:${region.trim()}|${year}`;
  return `src:${r.source ?? ""}`;
}

// ---------------------------------------------------------------- values

function roundTo(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}

/** Value as stored in a cell: rates (percent points) become fractions. */
export function toCellValue(def: IndicatorDef, v: number): number {
  return def.kind === "rate" ? roundTo(v / 100, 12) : v;
}

/** Inverse of toCellValue. */
export function fromCellValue(def: IndicatorDef, v: number): number {
  return def.kind === "rate" ? roundTo(v * 100, 10) : v;
}

/** Decimals as written (99.8 → 1, 100 → 0, 96.67 → 2). */
export function decimalsOf(v: number): number {
  const s = String(v);
  if (/e/i.test(s)) return Math.min(10, Math.max(0, -Math.floor(Math.log10(Math.abs(v) || 1)) + 3));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Number format of an extracted value: shows its precision and its qualifier. */
export function numFmtFor(def: IndicatorDef, value: number, approx: IndicatorValue["approx"]): string {
  let base: string;
  if (def.kind === "rate") {
    const d = Math.min(decimalsOf(value), 6);
    base = d === 0 ? "0%" : `0.${"0".repeat(d)}%`;
  } else {
    const d = Math.min(decimalsOf(value), 6);
    base = d === 0 ? "0" : `0.${"0".repeat(d)}`;
  }
  if (approx === "at_least") return def.kind === "rate" ? `${base}"以上"` : `${base}"余"`;
  if (approx === "about") return `"约"${base}`;
  return base;
}

function emptyFmt(def: IndicatorDef): string {
  return def.kind === "rate" ? "0.0%" : "0";
}

// ---------------------------------------------------------------- styles

export const STYLES: Record<string, Style> = {
  title: { bold: true, fontColor: "1F3864" },
  header: { bold: true, fill: "D9E1F2", wrap: true, vAlign: "middle", borderBottom: true },
  family_review: { bold: true, fill: "B4C6E7" },
  family_mediation: { bold: true, fill: "C6E0B4" },
  family_response: { bold: true, fill: "FFE699" },
  family_study: { bold: true, fill: "F8CBAD" },
  name: { bold: true, wrap: true, vAlign: "top", fill: "EDEDED" },
  key: { italic: true, fontColor: "808080", fill: "F2F2F2", borderBottom: true },
  value: { fontColor: "0563C1" },
  text: {},
  wrap: { wrap: true, vAlign: "top" },
  error: { fill: "FFC7CE", fontColor: "9C0006" },
  warning: { fill: "FFEB9C", fontColor: "9C5700" },
  info: { fill: "DDEBF7", fontColor: "1F4E78" },
  diff: { fill: "FFEB9C", fontColor: "9C0006", bold: true },
  user: { fill: "FFF2CC" },
};

// ---------------------------------------------------------------- cells

const text = (s: string, style?: string): Cell => ({ value: { kind: "text", text: s.length > 32000 ? s.slice(0, 32000) + "…" : s }, ...(style ? { style } : {}) });
const num = (v: number, numFmt?: string, style?: string): Cell => ({ value: { kind: "number", value: v }, ...(numFmt ? { numFmt } : {}), ...(style ? { style } : {}) });
const formula = (f: string, numFmt?: string, style?: string): Cell => ({ value: { kind: "formula", formula: f }, ...(numFmt ? { numFmt } : {}), ...(style ? { style } : {}) });
const optText = (s: string | null | undefined, style?: string): Cell | null => (s === null || s === undefined || s === "" ? null : text(s, style));

/** A sheet name as formulas write it: quoted only when it must be ('a b'!A1, 指标!A1). */
export function sheetRef(sheet: string): string {
  return /^[\p{Script=Han}\p{L}_][\p{Script=Han}\p{L}\p{N}_]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RrCc]\d*$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** A reference to another sheet's cell: 指标!F4. */
function ref(sheet: string, row: number, col: number, abs = false): string {
  return `${sheetRef(sheet)}!${abs ? "$" : ""}${columnLetter(col)}${abs ? "$" : ""}${row}`;
}

/** A formula string literal: "text" with quotes doubled. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Three header rows shared by 指标, 报送 and 差异. */
function indicatorHeaders(unitLabels: string[], unitKeys: readonly string[], lead: string): Row[] {
  const fam: Row = [text(lead, "title"), null, null, null, null];
  const names: Row = unitLabels.map((l) => text(l, "name"));
  const keys: Row = unitKeys.map((k) => text(k, "key"));
  let prevFamily = "";
  for (const d of CATALOG) {
    fam.push(d.family !== prevFamily ? text(FAMILY_NAMES[d.family], `family_${d.family}`) : { style: `family_${d.family}` });
    prevFamily = d.family;
    names.push(text(`${d.name}(${d.unit})`, "name"));
    keys.push(text(d.code, "key"));
  }
  return [fam, names, keys];
}

function indicatorColumns(): Sheet["columns"] {
  return [{ width: 16 }, { width: 7 }, { width: 11 }, { width: 22 }, { width: 14 }, ...CATALOG.map(() => ({ width: 13 }))];
}

// ---------------------------------------------------------------- checks

interface CheckColumn {
  key: string;
  check: "part_le_whole" | "rate_range" | "rate_consistency";
  severity: Severity;
  title: string;
  /** Formula for data row r. */
  formula(r: number): string;
}

function checkColumns(): CheckColumn[] {
  const I = SHEET_NAMES.indicators;
  const cols: CheckColumn[] = [];
  for (const { part, whole } of PART_WHOLE) {
    const p = indicatorDef(part);
    const w = indicatorDef(whole);
    cols.push({
      key: `part_le_whole:${part}<=${whole}`,
      check: "part_le_whole",
      severity: "error",
      title: `${p.name} ≤ ${w.name}`,
      formula: (r) => {
        const P = ref(I, r, codeColumn(part));
        const W = ref(I, r, codeColumn(whole));
        return `IF(AND(ISNUMBER(${P}),ISNUMBER(${W})),IF(${P}>${W},${lit(`${p.name} `)}&${P}&${lit(` > ${w.name} `)}&${W},""),"")`;
      },
    });
  }
  for (const d of CATALOG.filter((x) => x.kind === "rate")) {
    cols.push({
      key: `rate_range:${d.code}`,
      check: "rate_range",
      severity: "error",
      title: `${d.name} 在 0–100% 之间`,
      formula: (r) => {
        const R = ref(I, r, codeColumn(d.code));
        return `IF(ISNUMBER(${R}),IF(OR(${R}<0,${R}>1),${lit(`${d.name} `)}&ROUND(${R}*100,6)&${lit("% 超出 0–100%")},""),"")`;
      },
    });
  }
  for (const { rate, part, whole } of RATE_PARTS) {
    const rd = indicatorDef(rate);
    const pd = indicatorDef(part);
    const wd = indicatorDef(whole);
    cols.push({
      key: `rate_consistency:${rate}=${part}/${whole}`,
      check: "rate_consistency",
      severity: "warning",
      title: `${rd.name} = ${pd.name} / ${wd.name}`,
      formula: (r) => rateConsistencyFormula(ref(I, r, codeColumn(rate)), ref(I, r, codeColumn(part)), ref(I, r, codeColumn(whole)), rd.name),
    });
  }
  return cols;
}

/**
 * rate_consistency as a formula: the stated rate R (a fraction) agrees with
 * P/W when P/W in percent, rounded OR truncated to the decimals R is stated
 * with, equals R in percent; 100% with P < W (and 0% with P > 0) never agrees.
 * Blank when a value is missing or W ≤ 0; a message otherwise.
 */
export function rateConsistencyFormula(R: string, P: string, W: string, name: string): string {
  const x = `ROUND(${R}*100,6)`;
  const d = `IF(ROUND(${x},0)=${x},0,IF(ROUND(${x},1)=${x},1,IF(ROUND(${x},2)=${x},2,IF(ROUND(${x},3)=${x},3,4))))`;
  const a = `(${P}/${W}*100)`;
  const agree =
    `AND(NOT(AND(${x}=100,${P}<${W})),NOT(AND(${x}=0,${P}>0)),` +
    `OR(ABS(ROUND(${a},${d})-${x})<0.000001,ABS(ROUNDDOWN(${a},${d})-${x})<0.000001))`;
  const msg = `${lit(`${name} `)}&${x}&${lit("% 与 ")}&${P}&"/"&${W}&"="&ROUND(${a},4)&${lit("% 不符")}`;
  return `IF(AND(ISNUMBER(${R}),ISNUMBER(${P}),ISNUMBER(${W})),IF(${W}>0,IF(${agree},"",${msg}),""),"")`;
}

/** Number of non-empty lines of a text cell, as a formula. */
function lineCount(cell: string): string {
  return `IF(LEN(${cell})=0,0,LEN(${cell})-LEN(SUBSTITUTE(${cell},CHAR(10),""))+1)`;
}

/** A flag as one text line: `check [codes]: message`. */
export function flagLine(f: Flag): string {
  return `${f.check}${f.codes.length ? ` [${f.codes.join(",")}]` : ""}: ${f.message.replace(/\r?\n/g, " ")}`;
}

// ---------------------------------------------------------------- year over year

function yearOverYearFlags(
  reports: ReportResult[],
  previous: PreviousRow[],
  factor: number,
): Map<number, Flag[]> {
  const byRegionYear = new Map<string, Record<string, number>>();
  for (const p of previous) byRegionYear.set(`${p.region.trim()}|${p.year}`, p.values);
  for (const r of reports) {
    if (!r.meta.region || r.meta.year === null) continue;
    const values: Record<string, number> = {};
    for (const v of r.indicators) {
      const def = CATALOG.find((d) => d.code === v.code);
      if (def) values[v.code] = toCellValue(def, v.value);
    }
    byRegionYear.set(`${r.meta.region.trim()}|${r.meta.year}`, values);
  }
  const out = new Map<number, Flag[]>();
  reports.forEach((r, i) => {
    if (!r.meta.region || r.meta.year === null) return;
    const prev = byRegionYear.get(`${r.meta.region.trim()}|${r.meta.year - 1}`);
    if (!prev) return;
    const flags: Flag[] = [];
    for (const v of r.indicators) {
      const def = CATALOG.find((d) => d.code === v.code);
      const before = prev[v.code];
      if (!def || before === undefined || before <= 0) continue;
      const now = toCellValue(def, v.value);
      if (now <= 0) continue;
      const ratio = now / before;
      if (ratio > factor || ratio < 1 / factor) {
        const show = (x: number) => (def.kind === "rate" ? `${fromCellValue(def, x)}%` : String(x));
        flags.push({
          check: "year_over_year",
          severity: "warning",
          codes: [v.code],
          message: `${def.name} ${show(now)} (${r.meta.year}) 与上年 ${show(before)} (${r.meta.year - 1}) 相比变化 ×${roundTo(ratio, 2)},超过 ${factor} 倍`,
        });
      }
    }
    if (flags.length) out.set(i, flags);
  });
  return out;
}

// ---------------------------------------------------------------- describe

/** Matches submitted rows to reports: by source first, then by region + year. */
function matchSubmitted(reports: ReportResult[], submitted: SubmittedRow[]): { byReport: (SubmittedRow | undefined)[]; unmatched: SubmittedRow[] } {
  const bySource = new Map<string, number>();
  const byKey = new Map<string, number>();
  reports.forEach((r, i) => {
    if (!bySource.has(r.source)) bySource.set(r.source, i);
    const k = reportKey(r);
    if (k.startsWith("ry:") && !byKey.has(k)) byKey.set(k, i);
  });
  const byReport: (SubmittedRow | undefined)[] = reports.map(() => undefined);
  const unmatched: SubmittedRow[] = [];
  for (const s of submitted) {
    let i = s.source !== null ? bySource.get(s.source) : undefined;
    if (i === undefined) {
      const k = reportKey(s);
      if (k.startsWith("ry:")) i = byKey.get(k);
    }
    if (i === undefined || byReport[i] !== undefined) {
      const hasValues = Object.keys(s.values).length > 0 || (s.note ?? "") !== "";
      if (hasValues) unmatched.push(s);
      continue;
    }
    byReport[i] = s;
  }
  return { byReport, unmatched };
}

/**
 * The whole workbook from extraction results. Rows of submitted values that
 * match no report are kept: they get a row of their own (no extracted values),
 * so nothing the user typed is lost.
 */
/** The unit columns A–D of 指标, 报送 and 差异: region, year, published, source. */
function unitCells(r: ReportResult): Row {
  return [optText(r.meta.region), r.meta.year === null ? null : num(r.meta.year, "0"), optText(r.meta.published), text(r.source)];
}

export function describeWorkbook(reportsIn: ReportResult[], optionsIn: DescribeOptions): WorkbookDescription {
  const options = DescribeOptionsSchema.parse(optionsIn);
  const { byReport, unmatched } = matchSubmitted(reportsIn, options.submitted);
  const reports: ReportResult[] = [...reportsIn];
  const submittedRows: (SubmittedRow | undefined)[] = [...byReport];
  for (const s of unmatched) {
    reports.push({
      source: s.source ?? "",
      meta: { region: s.region, year: s.year, published: s.published, issuer: null },
      indicators: [],
      flags: [],
    });
    submittedRows.push(s);
  }
  const n = reports.length;
  const lastRow = Math.max(FIRST_DATA_ROW, HEADER_ROWS + n);
  const yoy = yearOverYearFlags(reports, options.previous, options.yoyFactor);

  // ---- 出处 first: every extracted value gets a row, so cells can link to it.
  const evidenceRows: Row[] = [
    EVIDENCE_LABELS.map((l) => text(l, "header")),
    EVIDENCE_KEYS.map((k) => text(k, "key")),
  ];
  const linkOf = new Map<string, number>(); // `${reportIndex}|${code}` → 出处 row
  reports.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    for (const v of r.indicators) {
      const def = CATALOG.find((d) => d.code === v.code);
      if (!def) continue;
      const candidates = v.candidates && v.candidates.length > 0
        ? v.candidates.map((c, k) => ({ ...c, chosen: k === 0 }))
        : [{ value: v.value, approx: v.approx, evidence: v.evidence, rule: v.rule ?? "", chosen: true }];
      if (!candidates.some((c) => c.chosen && c.value === v.value)) {
        candidates.unshift({ value: v.value, approx: v.approx, evidence: v.evidence, rule: v.rule ?? "", chosen: true });
        for (let k = 1; k < candidates.length; k++) candidates[k]!.chosen = false;
      }
      for (const c of candidates) {
        const evRow = EVIDENCE_FIRST_ROW + evidenceRows.length - 2;
        if (c.chosen && !linkOf.has(`${i}|${v.code}`)) linkOf.set(`${i}|${v.code}`, evRow);
        evidenceRows.push([
          num(row),
          optText(r.meta.region),
          r.meta.year === null ? null : num(r.meta.year, "0"),
          text(v.code),
          text(def.name),
          num(toCellValue(def, c.value), numFmtFor(def, c.value, c.approx)),
          c.approx ? text(APPROX_LABELS[c.approx]) : null,
          text(c.evidence.text),
          num(c.evidence.start),
          num(c.evidence.end),
          c.evidence.page !== undefined ? num(c.evidence.page) : null,
          text(r.source),
          optText(c.rule),
          text(c.chosen ? CHOSEN : CANDIDATE, c.chosen ? undefined : "info"),
        ]);
      }
    }
  });

  // ---- 指标
  const indicatorRows: Row[] = indicatorHeaders(UNIT_LABELS, UNIT_KEYS, "指标(提取值)");
  reports.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    const cells: Row = [
      ...unitCells(r),
      formula(
        `IF(${ref(SHEET_NAMES.checks, row, 4)}>0,"错误 "&${ref(SHEET_NAMES.checks, row, 4)}&IF(${ref(SHEET_NAMES.checks, row, 5)}>0,",警告 "&${ref(SHEET_NAMES.checks, row, 5)},""),IF(${ref(SHEET_NAMES.checks, row, 5)}>0,"警告 "&${ref(SHEET_NAMES.checks, row, 5)},"正常"))`,
      ),
    ];
    const byCode = new Map<string, IndicatorValue>();
    for (const v of r.indicators) if (!byCode.has(v.code)) byCode.set(v.code, v);
    for (const d of CATALOG) {
      const v = byCode.get(d.code);
      if (!v) {
        cells.push(null);
        continue;
      }
      const evRow = linkOf.get(`${i}|${d.code}`);
      cells.push({
        ...num(toCellValue(d, v.value), numFmtFor(d, v.value, v.approx), "value"),
        ...(evRow !== undefined ? { link: { sheet: SHEET_NAMES.evidence, cell: a1(evRow, 1) } } : {}),
      });
    }
    indicatorRows.push(cells);
  });
  const statusRange = `E${FIRST_DATA_ROW}:E${lastRow}`;

  // ---- 核对
  const checks = checkColumns();
  const C_FIRST = 6; // F
  const errorCols = checks.filter((c) => c.severity === "error");
  const warnCols = checks.filter((c) => c.severity === "warning");
  // errors first, then warnings, so each is one contiguous range
  const ordered = [...errorCols, ...warnCols];
  const diffCol = C_FIRST + ordered.length;
  const flagCol: Record<Severity, number> = { error: diffCol + 1, warning: diffCol + 2, info: diffCol + 3 };
  const checkHead1: Row = [text("核对", "title"), null, null, text("错误数", "header"), text("警告数", "header")];
  const checkHead2: Row = [text("地区", "name"), text("年度", "name"), text("来源文件", "name"), text("错误(红)", "error"), text("警告(黄)", "warning")];
  const checkHead3: Row = [text("region", "key"), text("year", "key"), text("source", "key"), text("errors", "key"), text("warnings", "key")];
  for (const c of ordered) {
    checkHead1.push(text(`${c.check}(${SEVERITY_LABEL[c.severity]})`, c.severity === "error" ? "error" : "warning"));
    checkHead2.push(text(c.title, "name"));
    checkHead3.push(text(c.key, "key"));
  }
  checkHead1.push(text("submitted_mismatch(警告)", "warning"));
  checkHead2.push(text("报送与提取不一致的单元格数(见“差异”)", "name"));
  checkHead3.push(text("submitted_mismatch", "key"));
  for (const s of ["error", "warning", "info"] as const) {
    checkHead1.push(text(`提取标记(${SEVERITY_LABEL[s]})`, s));
    checkHead2.push(text(`提取程序给出的${SEVERITY_LABEL[s]}标记,每行一条`, "name"));
    checkHead3.push(text(FLAG_TEXT_KEYS[s], "key"));
  }
  const checkRows: Row[] = [checkHead1, checkHead2, checkHead3];
  const errFirst = columnLetter(C_FIRST);
  const errLast = columnLetter(C_FIRST + errorCols.length - 1);
  const warnFirst = columnLetter(C_FIRST + errorCols.length);
  const warnLast = columnLetter(C_FIRST + ordered.length - 1);
  reports.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    const flags: Flag[] = [...r.flags.filter((f) => !FORMULA_CHECKS.has(f.check)), ...(yoy.get(i) ?? [])];
    const lines = (s: Severity) => flags.filter((f) => f.severity === s).map(flagLine).join("\n");
    const E = (s: Severity) => `${columnLetter(flagCol[s])}${row}`;
    const cells: Row = [
      optText(r.meta.region),
      r.meta.year === null ? null : num(r.meta.year, "0"),
      text(r.source),
      formula(`SUMPRODUCT(--(LEN(${errFirst}${row}:${errLast}${row})>0))+${lineCount(E("error"))}`, "0"),
      formula(`SUMPRODUCT(--(LEN(${warnFirst}${row}:${warnLast}${row})>0))+${columnLetter(diffCol)}${row}+${lineCount(E("warning"))}`, "0"),
      ...ordered.map((c) => formula(c.formula(row))),
      formula(`${ref(SHEET_NAMES.differences, row, 5)}`, "0"),
      optText(lines("error"), "wrap"),
      optText(lines("warning"), "wrap"),
      optText(lines("info"), "wrap"),
    ];
    checkRows.push(cells);
  });
  const dataRange = (c1: number, c2: number) => `${columnLetter(c1)}${FIRST_DATA_ROW}:${columnLetter(c2)}${lastRow}`;
  const topLeft = (c: number) => `${columnLetter(c)}${FIRST_DATA_ROW}`;
  const checkCF: ConditionalFormat[] = [
    { range: dataRange(4, 4), formula: `$D${FIRST_DATA_ROW}>0`, style: "error" },
    { range: dataRange(5, 5), formula: `$E${FIRST_DATA_ROW}>0`, style: "warning" },
    { range: dataRange(C_FIRST, C_FIRST + errorCols.length - 1), formula: `LEN(${topLeft(C_FIRST)})>0`, style: "error" },
    { range: dataRange(C_FIRST + errorCols.length, diffCol - 1), formula: `LEN(${topLeft(C_FIRST + errorCols.length)})>0`, style: "warning" },
    { range: dataRange(diffCol, diffCol), formula: `${topLeft(diffCol)}>0`, style: "warning" },
    { range: dataRange(flagCol.error, flagCol.error), formula: `LEN(${topLeft(flagCol.error)})>0`, style: "error" },
    { range: dataRange(flagCol.warning, flagCol.warning), formula: `LEN(${topLeft(flagCol.warning)})>0`, style: "warning" },
    { range: dataRange(flagCol.info, flagCol.info), formula: `LEN(${topLeft(flagCol.info)})>0`, style: "info" },
  ];

  // ---- 报送
  const submittedRowsOut: Row[] = indicatorHeaders(
    ["地区", "年度", "发布日期", "来源文件", "备注"],
    SUBMITTED_UNIT_KEYS,
    "报送(由报送单位填写,重新生成时保留)",
  );
  reports.forEach((r, i) => {
    const s = submittedRows[i];
    const cells: Row = [
      ...unitCells(r),
      s?.note ? text(s.note, "user") : { style: "user" },
    ];
    for (const d of CATALOG) {
      const v = s?.values[d.code];
      if (v === undefined) cells.push({ numFmt: emptyFmt(d), style: "user" });
      else if (typeof v === "number") cells.push(num(v, emptyFmt(d), "user"));
      else cells.push({ ...text(v, "user"), numFmt: "@" });
    }
    submittedRowsOut.push(cells);
  });

  // ---- 差异
  const diffRows: Row[] = indicatorHeaders(
    ["地区", "年度", "发布日期", "来源文件", "差异数"],
    ["region", "year", "published", "source", "differences"],
    "差异(报送 ≠ 提取;一致或未报送时为空)",
  );
  reports.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    const cells: Row = [
      ...unitCells(r),
      formula(`SUMPRODUCT(--(LEN(${columnLetter(FIRST_CODE_COL)}${row}:${columnLetter(LAST_CODE_COL)}${row})>0))`, "0"),
    ];
    for (const d of CATALOG) {
      const S = ref(SHEET_NAMES.submitted, row, codeColumn(d.code));
      const X = ref(SHEET_NAMES.indicators, row, codeColumn(d.code));
      const show = (c: string) => (d.kind === "rate" ? `IF(ISNUMBER(${c}),ROUND(${c}*100,6)&"%",${c}&"")` : `${c}&""`);
      // blank when nothing was submitted or both agree (numbers within 1e-9, else as text)
      const same = `IF(AND(ISNUMBER(${S}),ISNUMBER(${X})),ABS(${S}-${X})<1E-9,${S}&""=${X}&"")`;
      cells.push(formula(`IF(LEN(${S}&"")=0,"",IF(${same},"","报送 "&${show(S)}&" ≠ 提取 "&IF(LEN(${X}&"")=0,"(空)",${show(X)})))`));
    }
    diffRows.push(cells);
  });

  // ---- 汇总
  const I = SHEET_NAMES.indicators;
  const colRange = (code: string) => {
    const c = columnLetter(codeColumn(code));
    return `${sheetRef(I)}!$${c}$${FIRST_DATA_ROW}:$${c}$${lastRow}`;
  };
  const summaryRows: Row[] = [
    ["代码", "名称", "单位", "类型", "合计", "给出该值的报告数", "按分子分母汇总的比率", "同时给出分子分母的报告数", "说明"].map((l) => text(l, "header")),
  ];
  for (const d of CATALOG) {
    const R = colRange(d.code);
    const cells: Row = [text(d.code), text(d.name), text(d.unit), text(d.kind === "rate" ? "比率" : "计数")];
    if (d.kind === "count") {
      cells.push(formula(`IF(COUNT(${R})=0,"",SUM(${R}))`, "0"), formula(`COUNT(${R})`, "0"), null, null, text("合计为各报告数值之和"));
    } else {
      const rp = RATE_PARTS.find((x) => x.rate === d.code);
      cells.push(null, formula(`COUNT(${R})`, "0"));
      if (rp) {
        const P = colRange(rp.part);
        const W = colRange(rp.whole);
        const both = `--ISNUMBER(${P}),--ISNUMBER(${W})`;
        cells.push(
          formula(`IF(SUMPRODUCT(${both},${W})=0,"",SUMPRODUCT(${both},${P})/SUMPRODUCT(${both},${W}))`, "0.00%"),
          formula(`SUMPRODUCT(${both})`, "0"),
          text(`由 ${indicatorDef(rp.part).name} / ${indicatorDef(rp.whole).name} 在同时给出二者的报告上汇总计算`),
        );
      } else {
        cells.push(null, null, text("比率不可相加,只统计给出该值的报告数"));
      }
    }
    summaryRows.push(cells);
  }

  // ---- 目录
  const catalogRows: Row[] = [
    ["代码", "类别", "名称", "单位", "类型", "核心指标", "定义", "关系"].map((l) => text(l, "header")),
    ...CATALOG.map((d): Row => [
      text(d.code),
      text(FAMILY_NAMES[d.family]),
      text(d.name),
      text(d.unit),
      text(d.kind === "rate" ? "比率" : "计数"),
      text(d.core ? "是" : ""),
      text(d.definition, "wrap"),
      optText(
        d.partOf
          ? `≤ ${d.partOf}`
          : d.rateOf
            ? `= ${d.rateOf.part} / ${d.rateOf.whole}`
            : "",
      ),
    ]),
  ];

  // ---- 说明
  const about: Row[] = [
    [text("标准指标工作簿(v1)", "title")],
    [text("生成工具", "header"), text(options.tool)],
    [text("生成时间", "header"), text(options.generatedAt)],
    [text("报告数", "header"), num(reportsIn.length, "0")],
    [],
    [text("输入文件", "header"), text("SHA-256", "header")],
    ...options.inputs.map((f): Row => [text(f.name), text(f.sha256)]),
    [],
    [text("未能处理的文件", "header"), text("原因", "header")],
    ...(options.errors.length ? options.errors.map((e): Row => [text(e.source, "error"), text(e.error, "error")]) : [[text("(无)")] as Row]),
    [],
    [text("如何阅读", "header")],
    ...[
      "“指标”:每行一份报告,每列一个目录指标。数值可点击,跳到“出处”中的证据原文。比率以百分比显示(单元格内为小数,如 99.8% = 0.998)。",
      "带“余”“以上”“约”的数值是报告中的约数:单元格仍是数字,只在显示格式上标注。",
      "“状态”列按公式统计该行的错误与警告;修改任何数值后自动更新。",
      "“核对”:part_le_whole(部分 ≤ 整体)、rate_range(比率在 0–100% 之间)为错误(红);rate_consistency(比率与分子/分母在所述精度上一致,四舍五入或截断均可)为警告(黄)。这些都是实时公式。",
      "“核对”中的提取标记为文字:conflict(同一指标找到不同数值,候选值列在“出处”)、other_period(数值所在句子提到其他年份)、year_over_year(与同一单位上年相比变化超过设定倍数)为警告;approximate(约数)、missing(核心指标未找到)为提示(蓝)。",
      "“报送”:由报送单位填写的数字,重新生成时保留、从不覆盖。“差异”:报送与提取值逐格比较,不一致时显示并高亮,一致或未填时为空。",
      "“汇总”:各计数的合计及给出该值的报告数;调解成功率、考试合格率、负责人出庭应诉率按分子分母在同时给出二者的报告上汇总重算。",
      "“目录”:指标代码、名称、单位与定义。代码是稳定标识,不会改名。",
    ].map((s): Row => [text(s, "wrap")]),
  ];

  const sheets: Sheet[] = [
    {
      name: SHEET_NAMES.indicators,
      rows: indicatorRows,
      columns: indicatorColumns(),
      frozen: { rows: HEADER_ROWS, columns: UNIT_KEYS.length },
      conditionalFormats: [
        { range: statusRange, formula: `LEFT($E${FIRST_DATA_ROW},2)="错误"`, style: "error" },
        { range: statusRange, formula: `LEFT($E${FIRST_DATA_ROW},2)="警告"`, style: "warning" },
      ],
      userOwned: false,
      tabColor: "4472C4",
    },
    {
      name: SHEET_NAMES.checks,
      rows: checkRows,
      columns: [{ width: 16 }, { width: 7 }, { width: 22 }, { width: 8 }, { width: 8 }, ...ordered.map(() => ({ width: 18 })), { width: 12 }, { width: 40 }, { width: 40 }, { width: 40 }],
      frozen: { rows: HEADER_ROWS, columns: 5 },
      conditionalFormats: checkCF,
      userOwned: false,
      tabColor: "C00000",
    },
    {
      name: SHEET_NAMES.submitted,
      rows: submittedRowsOut,
      columns: indicatorColumns(),
      frozen: { rows: HEADER_ROWS, columns: UNIT_KEYS.length },
      conditionalFormats: [],
      userOwned: true,
      tabColor: "FFC000",
    },
    {
      name: SHEET_NAMES.differences,
      rows: diffRows,
      columns: indicatorColumns(),
      frozen: { rows: HEADER_ROWS, columns: UNIT_KEYS.length },
      conditionalFormats: [
        { range: dataRange(FIRST_CODE_COL, LAST_CODE_COL), formula: `LEN(${topLeft(FIRST_CODE_COL)})>0`, style: "diff" },
        { range: dataRange(5, 5), formula: `$E${FIRST_DATA_ROW}>0`, style: "diff" },
      ],
      userOwned: false,
    },
    {
      name: SHEET_NAMES.summary,
      rows: summaryRows,
      columns: [{ width: 26 }, { width: 30 }, { width: 6 }, { width: 6 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 10 }, { width: 50 }],
      frozen: { rows: 1, columns: 2 },
      conditionalFormats: [],
      userOwned: false,
    },
    {
      name: SHEET_NAMES.evidence,
      rows: evidenceRows,
      columns: [{ width: 7 }, { width: 16 }, { width: 7 }, { width: 24 }, { width: 26 }, { width: 10 }, { width: 12 }, { width: 80 }, { width: 7 }, { width: 7 }, { width: 5 }, { width: 22 }, { width: 14 }, { width: 6 }],
      frozen: { rows: 2, columns: 0 },
      conditionalFormats: [],
      userOwned: false,
    },
    {
      name: SHEET_NAMES.catalog,
      rows: catalogRows,
      columns: [{ width: 26 }, { width: 20 }, { width: 34 }, { width: 6 }, { width: 6 }, { width: 8 }, { width: 70 }, { width: 40 }],
      frozen: { rows: 1, columns: 1 },
      conditionalFormats: [],
      userOwned: false,
    },
    {
      name: SHEET_NAMES.about,
      rows: about,
      columns: [{ width: 40 }, { width: 70 }],
      conditionalFormats: [],
      userOwned: false,
    },
  ];

  return {
    version: WORKBOOK_LAYOUT_VERSION,
    sheets,
    styles: STYLES,
    properties: { title: "标准指标工作簿", creator: options.tool, created: options.generatedAt },
  };
}
