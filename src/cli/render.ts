/** The readable (non-JSON) output: per report, a table of indicators and the flags. */
import { indicatorDef, isCode } from "../core/catalog";
import { undecidedCount } from "../core/decisions";
import { isReportError, type ReportError, type ReportResult } from "../core/types";

/** Display width: CJK and full-width characters take two columns. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

/** A window of the evidence around the number it contains (the evidence can be a long clause). */
export function excerpt(s: string, value?: number, max = 36): string {
  const one = s.replace(/\s+/g, " ").trim();
  const chars = [...one];
  const fits = (a: number, b: number) => width(chars.slice(a, b).join("")) <= max - 2;
  if (fits(0, chars.length)) return one;
  let at = 0;
  if (value !== undefined) {
    const forms = [String(value), value.toLocaleString("en-US")];
    const idx = Math.max(...forms.map((f) => one.indexOf(f)));
    if (idx >= 0) at = [...one.slice(0, idx)].length;
  }
  let a = Math.max(0, at - 8);
  let b = a;
  while (b < chars.length && fits(a, b + 1)) b++;
  while (a > 0 && fits(a - 1, b)) a--;
  return (a > 0 ? "…" : "") + chars.slice(a, b).join("") + (b < chars.length ? "…" : "");
}

const APPROX: Record<string, string> = { at_least: "≥ (余/多/以上)", about: "≈ (约/近/左右)" };

export function renderReport(r: ReportResult): string {
  const lines: string[] = [];
  const m = r.meta;
  lines.push(`== ${r.source}`);
  const meta = [m.region, m.year !== null ? `${m.year}年` : null, m.issuer, m.published].filter((x) => x !== null && x !== "");
  if (meta.length) lines.push(`   ${meta.join(" · ")}`);
  if (r.indicators.length === 0) {
    lines.push("   (no indicators found)");
  } else {
    const rows = r.indicators.map((i) => [
      i.code,
      isCode(i.code) ? indicatorDef(i.code).name : "",
      `${i.value}${i.unit === "%" ? "%" : ` ${i.unit}`}`,
      i.approx ? APPROX[i.approx] ?? i.approx : "",
      `“${excerpt(i.evidence.text, i.value)}”${i.evidence.page ? ` p.${i.evidence.page}` : ""}`,
    ]);
    const head = ["code", "名称", "value", "qualifier", "evidence"];
    const widths = head.map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c]!))));
    const fmt = (row: string[]) => "   " + row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!))).join("  ");
    lines.push(fmt(head));
    lines.push("   " + widths.map((w) => "-".repeat(w)).join("  "));
    for (const row of rows) lines.push(fmt(row));
  }
  // 待核: figures the extractor doubts, never filled without a person's decision
  const doubts = r.suggestions ?? [];
  if (doubts.length) {
    lines.push(`   待核 (${doubts.length}): not filled; decide in the pane or type them into the book`);
    for (const s of doubts) {
      const codes = s.codes ?? [s.code];
      const names = codes.map((c) => (isCode(c) ? indicatorDef(c).name : c)).join(" / ");
      lines.push(`   ? ${codes.join("|")}  ${names}  ${s.value}${s.unit === "%" ? "%" : ` ${s.unit}`}  — ${s.reasons.join("; ")}`);
      lines.push(`       “${excerpt(s.evidence.text, s.value, 60)}”${s.evidence.page ? ` p.${s.evidence.page}` : ""}`);
    }
  }
  // what a person still has to decide: error and warning flags (and the suggestions under 待核),
  // counted as the workbook's status and the pane count them (core/decisions undecidedCount)
  const undecided = undecidedCount(r, []);
  if (r.flags.length) {
    lines.push(`   flags (${undecided.flags} to check):`);
    for (const f of r.flags) lines.push(`   [${f.severity}] ${f.check}${f.codes.length ? ` (${f.codes.join(", ")})` : ""}: ${f.message}`);
  }
  if (undecided.total > 0) lines.push(`   未决定 (undecided): ${undecided.flags} flag(s), ${undecided.suggestions} suggestion(s) under 待核`);
  return lines.join("\n");
}

export function renderDocument(reports: Array<ReportResult | ReportError>): string {
  return reports.map((r) => (isReportError(r) ? `== ${r.source}\n   ERROR: ${r.error}` : renderReport(r))).join("\n\n") + "\n";
}
