/**
 * Checks on one report's values, with the severities of statistical return
 * review: error (impossible), warning (verify), info (hint).
 */
import { CATALOG, PART_WHOLE, RATE_PARTS, indicatorDef } from "./catalog";
import type { Flag, IndicatorValue } from "./types";

/** Decimal places as the rate was written (99.80 is stated as 99.8 in JSON; that is fine). */
function decimals(v: number): number {
  const s = String(v);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/** Does a stated rate agree with part/whole at its stated precision, by rounding or truncation? */
export function rateAgrees(stated: number, part: number, whole: number): boolean {
  if (whole <= 0) return false;
  const exact = (part / whole) * 100;
  if (stated === 100) return part === whole;
  const d = decimals(stated);
  const f = 10 ** d;
  const eps = 1e-9;
  const rounded = Math.round(exact * f + eps) / f;
  const truncated = Math.floor(exact * f + eps) / f;
  return Math.abs(rounded - stated) < eps || Math.abs(truncated - stated) < eps;
}

export function runChecks(values: readonly IndicatorValue[], otherPeriodCodes: readonly string[] = []): Flag[] {
  const flags: Flag[] = [];
  const by = new Map(values.map((v) => [v.code, v]));
  const name = (c: string) => indicatorDef(c).name;
  for (const { part, whole } of PART_WHOLE) {
    const p = by.get(part);
    const w = by.get(whole);
    if (p && w && p.value > w.value) {
      flags.push({ check: "part_le_whole", severity: "error", codes: [part, whole], message: `${name(part)} ${p.value} 大于 ${name(whole)} ${w.value}` });
    }
  }
  for (const v of values) {
    if (indicatorDef(v.code).kind === "rate" && (v.value < 0 || v.value > 100)) {
      flags.push({ check: "rate_range", severity: "error", codes: [v.code], message: `${name(v.code)} ${v.value}% 不在 0–100% 之间` });
    }
  }
  for (const { rate, part, whole } of RATE_PARTS) {
    const r = by.get(rate);
    const p = by.get(part);
    const w = by.get(whole);
    if (r && p && w && !rateAgrees(r.value, p.value, w.value)) {
      const exact = w.value > 0 ? ((p.value / w.value) * 100).toFixed(2) : "—";
      flags.push({
        check: "rate_consistency",
        severity: "warning",
        codes: [rate, part, whole],
        message: `${name(rate)} ${r.value}% 与 ${p.value}/${w.value} = ${exact}% 不符`,
      });
    }
  }
  for (const code of otherPeriodCodes) {
    flags.push({ check: "other_period", severity: "warning", codes: [code], message: `${name(code)}: 所在句子指向报告年度以外的时期,请核对` });
  }
  const approx = values.filter((v) => v.approx);
  if (approx.length) {
    flags.push({
      check: "approximate",
      severity: "info",
      codes: approx.map((v) => v.code),
      message: `约数: ${approx.map((v) => `${name(v.code)} ${v.value}${v.approx === "at_least" ? "余" : "(约)"}`).join("; ")}`,
    });
  }
  const missing = CATALOG.filter((d) => d.core && !by.has(d.code)).map((d) => d.code);
  if (missing.length) {
    flags.push({ check: "missing", severity: "info", codes: missing, message: `未找到核心指标: ${missing.map(name).join("、")}` });
  }
  return flags;
}
