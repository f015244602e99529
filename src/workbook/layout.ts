/**
 * Where things are in the standard indicator workbook: the column definitions
 * every sheet module, the reader and the writers share. No column number is
 * written anywhere else: ask `codeColumn`, `unitColumn`,
 * `evidenceColumn`, `checkColumn`.
 *
 * 指标, 核对, 报送 and 差异 have one row per report on the same row number
 * (three header rows: family or title / 名称 / key), so formulas use one row
 * number across sheets.
 */
import { CATALOG, type IndicatorDef } from "../core/catalog";
import type { Approx, CheckName } from "../core/types";

/** A column: its key (header row of keys), its label (名称 row), its width in characters. */
export interface ColumnDef<K extends string = string> {
  readonly key: K;
  readonly label: string;
  readonly width: number;
  readonly hidden?: boolean;
}

export const HEADER_ROWS = 3;
export const FIRST_DATA_ROW = HEADER_ROWS + 1;

const col = <K extends string>(key: K, label: string, width: number, hidden = false): ColumnDef<K> => ({ key, label, width, ...(hidden ? { hidden } : {}) });

/** The unit columns 指标, 报送 and 差异 share: who reported (name, GB/T 2260 code as text, level), when, from which file. */
const REPORTER = [
  col("region", "地区", 16),
  col("division", "区划代码", 10),
  col("level", "层级", 8),
  col("year", "年度", 7),
  col("published", "发布日期", 11),
  col("source", "来源文件", 22),
] as const;
/** The unit columns of 指标: who reported, then the row's status. */
export const INDICATOR_UNIT = [...REPORTER, col("status", "状态", 14)] as const;
/** The unit columns of 报送 (the last is the unit's note). */
export const SUBMITTED_UNIT = [...REPORTER, col("note", "备注", 14)] as const;
/** The unit columns of 差异 (the last counts the differences). */
export const DIFFERENCE_UNIT = [...REPORTER, col("differences", "差异数", 8)] as const;
/**
 * The unit columns of books written before 区划代码 and 层级 (region, year, published, source, then
 * status / note / differences): the reader still reads them; nothing writes them.
 */
export const PREVIOUS_REPORTER_KEYS = ["region", "year", "published", "source"] as const;

type UnitKey = (typeof INDICATOR_UNIT)[number]["key"] | "note" | "differences";

/** 1-based column of a unit key (the same position on 指标, 报送, 差异). */
export function unitColumn(key: UnitKey): number {
  const i = [INDICATOR_UNIT, SUBMITTED_UNIT, DIFFERENCE_UNIT].map((u) => u.findIndex((c) => c.key === key)).find((x) => x >= 0);
  if (i === undefined) throw new Error(`unknown unit column ${key}`);
  return i + 1;
}

export const FIRST_CODE_COL = INDICATOR_UNIT.length + 1;
export const LAST_CODE_COL = FIRST_CODE_COL + CATALOG.length - 1;

const CODE_INDEX = new Map(CATALOG.map((d, i) => [d.code, i]));

/** 1-based column of a catalog code on 指标, 报送 and 差异. */
export function codeColumn(code: string): number {
  const i = CODE_INDEX.get(code);
  if (i === undefined) throw new Error(`unknown indicator code: ${code}`);
  return FIRST_CODE_COL + i;
}

/** Width of an indicator column: wide enough for its 名称 on three wrapped lines. */
export function codeWidth(d: IndicatorDef): number {
  return Math.max(10, Math.min(18, Math.ceil(((d.name.length + d.unit.length + 2) * 2) / 3) + 1));
}

/**
 * Hidden columns after the indicators of 指标: the report's identity (core/identity),
 * the key that joins 出处 and 报送 to a row, so sorting 指标 loses nothing. 报送 has `id`
 * at the same column.
 */
export const IDENTITY_COLUMNS = [col("id", "报告标识", 30, true), col("issuer", "发布机关", 20, true), col("sha256", "SHA-256", 20, true)] as const;

/** 出处: header row 1 (labels), keys in row 2, data from row 3. */
export const EVIDENCE_HEADER_ROWS = 2;
export const EVIDENCE_FIRST_ROW = EVIDENCE_HEADER_ROWS + 1;
export const EVIDENCE_COLUMNS = [
  col("row", "指标行(填写时)", 7),
  col("region", "地区", 16),
  col("year", "年度", 7),
  col("code", "代码", 24),
  col("name", "名称", 26),
  col("value", "数值", 10),
  col("approx", "限定", 6),
  col("text", "证据原文", 80),
  col("start", "起", 7),
  col("end", "止", 7),
  col("page", "页", 5),
  col("source", "来源文件", 22),
  col("rule", "规则", 14),
  col("chosen", "采用", 6),
  col("marks", "标记", 12),
  col("report", "报告标识", 30, true),
  // the report's division code, so 汇总 can tell which qualified values each subtotal sums
  col("division", "区划代码", 10, true),
  // a value the reviewer decided: 人工更正：原提取值 X(依据…) / 采用建议:…; empty for a value as extracted
  col("review", "审核", 30),
] as const;
export type EvidenceKey = (typeof EVIDENCE_COLUMNS)[number]["key"];

export function evidenceColumn(key: EvidenceKey): number {
  return EVIDENCE_COLUMNS.findIndex((c) => c.key === key) + 1;
}

export const CHOSEN = "采用";
export const CANDIDATE = "候选";
/** A qualifier as the 出处 sheet shows it: 余 (a count at least), 以上 (a rate at least), 约 (about). */
export function approxLabel(def: IndicatorDef, approx: Approx): string {
  if (approx === null) return "";
  return approx === "about" ? "约" : def.kind === "rate" ? "以上" : "余";
}

/** The qualifier of a 出处 label (also the labels of books written before: 以上(at_least), 约(about)). */
export function approxOfLabel(label: string | null): Approx {
  const s = (label ?? "").trim();
  if (s === "约" || s === "约(about)") return "about";
  if (s === "余" || s === "以上" || s === "以上(at_least)") return "at_least";
  return null;
}
/** How 出处's 审核 column begins for a value the reviewer corrected or took from a suggestion. */
export const REVIEW_MARKS = { 更正: "人工更正", 采纳: "采用建议" } as const;

/** Marks on a chosen 出处 row that the checks need back (other period, conflicting figures). */
export const EVIDENCE_MARKS = { other_period: "非本年度", conflict: "多个数值冲突" } as const;

/** Every check in Chinese; the code is shown only as a detail. */
export const CHECK_NAMES: Record<CheckName, string> = {
  part_le_whole: "部分大于整体",
  rate_range: "比率超出范围",
  rate_consistency: "比率与数量不符",
  conflict: "多个数值冲突",
  other_period: "非本年度",
  approximate: "约数",
  missing: "缺少核心指标",
  submitted_mismatch: "与报送不一致",
  year_over_year: "同比变化过大",
  region: "区划未识别",
};

/** 核对: A–C the unit, D–E the counts, then one column per formula check, then the extractor's flags. */
export const CHECK_COLUMNS = [
  col("region", "地区", 16),
  col("year", "年度", 7),
  col("source", "来源文件", 22),
  col("errors", "错误数", 7),
  col("warnings", "警告数", 7),
  col("part_le_whole", CHECK_NAMES.part_le_whole, 30),
  col("rate_range", CHECK_NAMES.rate_range, 26),
  col("rate_consistency", CHECK_NAMES.rate_consistency, 34),
  col("submitted_mismatch", CHECK_NAMES.submitted_mismatch, 13),
  col("flags:warning", "其他警告", 44),
  col("flags:info", "提示", 44),
  // each decided error/warning flag with its decision (核实 / 更正 / 忽略): it no longer counts
  col("decisions", "审核决定", 44),
] as const;
export type CheckColumnKey = (typeof CHECK_COLUMNS)[number]["key"];

export function checkColumn(key: CheckColumnKey): number {
  return CHECK_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** Checks that are live formulas on 核对 (the extractor's copies are not repeated as text). */
export const FORMULA_CHECKS: ReadonlySet<CheckName> = new Set(["part_le_whole", "rate_range", "rate_consistency", "submitted_mismatch"]);

/** 汇总: one header row, then per year and group of the administrative tree a heading row and one row per indicator. */
export const SUMMARY_COLUMNS = [
  col("year", "年度", 7),
  col("division", "区划代码", 10),
  col("group", "分组", 14),
  col("code", "代码", 26),
  col("name", "名称", 30),
  col("unit", "单位", 6),
  col("kind", "类型", 6),
  col("total", "合计", 12),
  col("approx", "约数", 14),
  col("reports", "给出该值的报告数", 10),
  col("rate", "按分子分母汇总的比率", 12),
  col("both", "同时给出分子分母的报告数", 12),
  col("note", "说明", 44),
] as const;
export type SummaryKey = (typeof SUMMARY_COLUMNS)[number]["key"];

export function summaryColumn(key: SummaryKey): number {
  return SUMMARY_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** The levels of the administrative tree 汇总 subtotals by: the length of the 区划代码 prefix and its name. */
export const SUMMARY_LEVELS = [
  { digits: 2, label: "省级" },
  { digits: 4, label: "地市级" },
  { digits: 6, label: "县级" },
] as const;
/** 汇总's line for reports without a 区划代码. */
export const UNKNOWN_DIVISION = "未识别区划";

/** 审核: header row 1 (labels), keys in row 2, one row per decision from row 3. */
export const REVIEW_HEADER_ROWS = 2;
export const REVIEW_FIRST_ROW = REVIEW_HEADER_ROWS + 1;
export const REVIEW_COLUMNS = [
  col("region", "地区", 14),
  col("year", "年度", 7),
  col("issuer", "发布机关", 14),
  col("source", "来源文件", 18),
  col("code", "代码", 22),
  col("name", "名称", 22),
  col("kind", "对象", 6),
  col("check", "检查", 14),
  col("extracted", "提取值/建议值", 11),
  col("decided", "决定值", 11),
  col("decision", "决定", 9),
  col("note", "备注", 24),
  col("time", "时间(本地)", 22),
  col("evidence", "证据原文", 60),
  col("status", "状态", 12),
  col("report", "报告标识", 30, true),
  col("checkKey", "检查代码", 16, true),
  col("hash", "证据指纹", 18, true),
] as const;
export type ReviewKey = (typeof REVIEW_COLUMNS)[number]["key"];

export function reviewColumn(key: ReviewKey): number {
  return REVIEW_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** What a decision is about, as 审核 shows it. */
export const REVIEW_KINDS = { flag: "标记", suggestion: "建议", value: "数值" } as const;
/** The verdicts as 审核 shows them (the spec's words: a suggestion taken is 采用建议). */
export const REVIEW_VERDICTS = { 核实: "核实", 更正: "更正", 忽略: "忽略", 采纳: "采用建议" } as const;
/** 审核's status of a row that is not a valid decision (kept as it was). */
export const REVIEW_UNREAD = "无法读取";
/** 审核's status of a decision that still matches its report. */
export const REVIEW_APPLIED = "已应用";
