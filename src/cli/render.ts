/** The readable (non-JSON) output: per report, a table of indicators and the flags. */
import { indicatorDef, isCode } from "../core/catalog";
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

function excerpt(s: string, max = 36): string {
  const one = s.replace(/\s+/g, " ").trim();
  let out = "";
  for (const ch of one) {
    if (width(out + ch) > max - 1) return out + "…";
    out += ch;
  }
  return out;
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
      `“${excerpt(i.evidence.text)}”${i.evidence.page ? ` p.${i.evidence.page}` : ""}`,
    ]);
    const head = ["code", "名称", "value", "qualifier", "evidence"];
    const widths = head.map((h, c) => Math.max(width(h), ...rows.map((row) => width(row[c]!))));
    const fmt = (row: string[]) => "   " + row.map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c]!))).join("  ");
    lines.push(fmt(head));
    lines.push("   " + widths.map((w) => "-".repeat(w)).join("  "));
    for (const row of rows) lines.push(fmt(row));
  }
  if (r.flags.length) {
    lines.push("   flags:");
    for (const f of r.flags) lines.push(`   [${f.severity}] ${f.check}${f.codes.length ? ` (${f.codes.join(", ")})` : ""}: ${f.message}`);
  }
  return lines.join("\n");
}

export function renderDocument(reports: Array<ReportResult | ReportError>): string {
  return reports.map((r) => (isReportError(r) ? `== ${r.source}\n   ERROR: ${r.error}` : renderReport(r))).join("\n\n") + "\n";
}
