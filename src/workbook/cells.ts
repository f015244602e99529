/**
 * The cells of the workbook: constructors, styles, number formats, and how
 * formulas name other sheets' cells. Shared by every sheet module.
 */
import type { IndicatorDef } from "../core/catalog";
import type { IndicatorValue } from "../core/types";
import { columnLetter, type Cell, type Style } from "./description";

export function roundTo(v: number, digits: number): number {
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
function decimalsOf(v: number): number {
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

export function emptyFmt(def: IndicatorDef): string {
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
  /** A value the reviewer corrected by hand (更正) on 指标, and its note on 出处. */
  corrected: { fontColor: "7030A0", fill: "E4DFEC", bold: true },
  corrected_note: { fontColor: "7030A0" },
  /** A value taken from a suggestion (采用建议) on 指标. */
  accepted: { fontColor: "375623", fill: "E2EFDA", bold: true },
  /** A decision that no longer matches its report (需重新核对) on 审核. */
  recheck: { fill: "FFEB9C", fontColor: "9C5700", bold: true },
  /** A group's heading on 汇总. */
  group: { bold: true, fill: "E2EFDA", fontColor: "375623" },
};

// ---------------------------------------------------------------- cells

/** Literal text; an empty string is an empty cell (the writers would disagree on an empty text cell). */
export const text = (s: string, style?: string): Cell =>
  s === "" ? { ...(style ? { style } : {}) } : { value: { kind: "text", text: s.length > 32000 ? s.slice(0, 32000) + "…" : s }, ...(style ? { style } : {}) };
export const num = (v: number, numFmt?: string, style?: string): Cell => ({ value: { kind: "number", value: v }, ...(numFmt ? { numFmt } : {}), ...(style ? { style } : {}) });
export const formula = (f: string, numFmt?: string, style?: string): Cell => ({ value: { kind: "formula", formula: f }, ...(numFmt ? { numFmt } : {}), ...(style ? { style } : {}) });
export const optText = (s: string | null | undefined, style?: string): Cell | null => (s === null || s === undefined || s === "" ? null : text(s, style));

/** A sheet name as formulas write it: quoted only when it must be ('a b'!A1, 指标!A1). */
export function sheetRef(sheet: string): string {
  return /^[\p{Script=Han}\p{L}_][\p{Script=Han}\p{L}\p{N}_]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RrCc]\d*$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** A reference to another sheet's cell: 指标!F4. */
export function ref(sheet: string, row: number, col: number, abs = false): string {
  return `${sheetRef(sheet)}!${abs ? "$" : ""}${columnLetter(col)}${abs ? "$" : ""}${row}`;
}

/** A formula string literal: "text" with quotes doubled. */
export function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

