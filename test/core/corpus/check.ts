/** Runs one corpus case through extract and lists what is wrong with the result (empty: it passes). */
import { extract } from "../../../src/core/extract";
import type { CorpusCase } from "./types";

export interface Outcome {
  /** what the case asks for that the extractor does not give */
  problems: string[];
  /** evidence spans that do not slice the input or lack the number (never excused by `known`) */
  spanErrors: string[];
  /** "miss" (only expected codes not found) or "wrong" (a wrong value, qualifier, or a forbidden code) */
  kind: "pass" | "miss" | "wrong";
  /** code=value(approx) of every indicator, for reports */
  got: string;
  /** code=value of every suggestion, for reports */
  suggested: string;
  input: string;
}

export function inputOf(c: CorpusCase): string {
  return c.year !== undefined ? `某某县${c.year}年法治政府建设情况报告\n${c.text}` : c.text;
}

/** the number as written: ASCII digits of the value, or the case's `as` */
function writtenForms(c: CorpusCase, code: string, value: number): string[] {
  const as = c.as?.[code];
  if (as) return [as];
  const s = String(value);
  const full = s.replace(/[0-9.]/g, (d) => (d === "." ? "．" : String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  const grouped = value >= 1000 && Number.isInteger(value) ? [value.toLocaleString("en-US")] : [];
  return [s, full, ...grouped];
}

export function runCase(c: CorpusCase): Outcome {
  const input = inputOf(c);
  const r = extract(input, { source: "corpus" });
  const problems: string[] = [];
  const spanErrors: string[] = [];
  let miss = false;
  let wrong = false;
  const byCode = new Map(r.indicators.map((i) => [i.code, i]));
  for (const [code, value] of Object.entries(c.expect)) {
    const got = byCode.get(code);
    if (!got) {
      miss = true;
      problems.push(`${code}: expected ${value}, not found`);
      continue;
    }
    const wantApprox = c.approx?.[code] ?? null;
    if (got.value !== value || (got.approx ?? null) !== wantApprox) {
      wrong = true;
      problems.push(`${code}: expected ${value}${wantApprox ? ` (${wantApprox})` : ""}, got ${got.value}${got.approx ? ` (${got.approx})` : ""}`);
    }
  }
  if (c.only)
    for (const i of r.indicators)
      if (!(i.code in c.expect)) {
        wrong = true;
        problems.push(`${i.code}: nothing but ${Object.keys(c.expect).join(", ") || "no code"} may be filled, got ${i.value} from 「${i.evidence.text}」`);
      }
  for (const code of c.absent ?? []) {
    const got = byCode.get(code);
    if (got) {
      wrong = true;
      problems.push(`${code}: must be absent, got ${got.value} from 「${got.evidence.text}」`);
    }
  }
  const flagged = new Set(r.flags.filter((f) => f.check === "other_period").flatMap((f) => f.codes));
  for (const code of c.otherPeriod ?? []) {
    const got = byCode.get(code);
    if (got && !flagged.has(code)) {
      wrong = true;
      problems.push(`${code}: another period's figure taken without an other_period flag: ${got.value} from 「${got.evidence.text}」`);
    }
  }
  for (const i of r.indicators) {
    const ev = i.evidence;
    if (input.slice(ev.start, ev.end) !== ev.text) spanErrors.push(`${i.code}: evidence ${ev.start}-${ev.end} does not slice the input`);
    const forms = c.expect[i.code] === i.value ? writtenForms(c, i.code, i.value) : [String(i.value)];
    if (c.expect[i.code] === i.value && !forms.some((f) => ev.text.includes(f)))
      spanErrors.push(`${i.code}: evidence 「${ev.text}」 lacks the number as written (${forms.join(" / ")})`);
  }
  for (const s of r.suggestions ?? []) {
    const ev = s.evidence;
    if (input.slice(ev.start, ev.end) !== ev.text) spanErrors.push(`suggestion ${s.code}: evidence ${ev.start}-${ev.end} does not slice the input`);
  }
  const suggested = (r.suggestions ?? []).map((x) => `${x.code}=${x.value}`).join(", ");
  const got = r.indicators.map((i) => `${i.code}=${i.value}${i.approx ? `(${i.approx})` : ""}`).join(", ") || "(none)";
  return { problems, spanErrors, kind: wrong ? "wrong" : miss ? "miss" : "pass", got, suggested, input };
}
