/**
 * The one entry the edges call: report text in, ReportResult out.
 * normalise → meta → rules → resolve → checks; evidence mapped back to the
 * original input.
 */
import { indicatorDef } from "./catalog";
import { runChecks } from "./checks";
import { readMeta } from "./meta";
import { resolve } from "./resolve";
import { applyRules, isDepartmentReport, levelOf, type Candidate } from "./rules/apply";
import { normalise } from "./text/normalise";
import type { OffsetMap } from "./text/offsetMap";
import { ReportResultSchema, type IndicatorValue, type ReportResult, type Span } from "./types";

export interface ExtractOptions {
  /** File name or label shown in the workbook. */
  source: string;
  /** SHA-256 of the original bytes, when known. */
  sha256?: string;
  /** Page starts (offsets into the input) for paged inputs such as PDF. */
  pageStarts?: number[];
  /** Validate the result against the schema (default true; the benchmark may turn it off). */
  validate?: boolean;
}

function pageOf(pageStarts: number[] | undefined, offset: number): number | undefined {
  if (!pageStarts || pageStarts.length === 0) return undefined;
  let page = 0;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= offset) page = i;
  return page + 1;
}

function spanOf(input: string, map: OffsetMap, c: Candidate, pageStarts?: number[]): Span {
  const { start, end } = map.toOriginal(c.evStart, c.evEnd);
  const page = pageOf(pageStarts, start);
  return { start, end, text: input.slice(start, end), ...(page ? { page } : {}) };
}

export function extract(input: string, opts: ExtractOptions): ReportResult {
  const { text, map } = normalise(input);
  const meta = readMeta(text);
  const cands = applyRules(text, meta.year, undefined, levelOf(meta.region), isDepartmentReport(text), meta.region);
  const { values, flags: resolveFlags } = resolve(cands);
  const indicators: IndicatorValue[] = [];
  const otherPeriod: string[] = [];
  for (const [code, r] of values) {
    const c = r.chosen;
    if (c.otherPeriod) otherPeriod.push(code);
    const ind: IndicatorValue = {
      code,
      value: c.value,
      unit: indicatorDef(code).unit,
      approx: c.approx,
      evidence: spanOf(input, map, c, opts.pageStarts),
      rule: c.rule,
    };
    if (r.alternatives.length > 1) {
      ind.candidates = r.alternatives.map((a) => ({
        value: a.value,
        approx: a.approx,
        evidence: spanOf(input, map, a, opts.pageStarts),
        rule: a.rule,
        ...(a.otherPeriod ? { otherPeriod: true } : {}),
      }));
    }
    indicators.push(ind);
  }
  const flags = [...runChecks(indicators, otherPeriod), ...resolveFlags];
  const result: ReportResult = { source: opts.source, meta, indicators, flags, ...(opts.sha256 ? { sha256: opts.sha256 } : {}) };
  return opts.validate === false ? result : ReportResultSchema.parse(result);
}
