/**
 * The one entry the edges call: report text in, ReportResult out.
 * normalise → meta → engine (segment, tag, frames, score) → tiers → checks;
 * evidence mapped back to the original input.
 */
import { indicatorDef } from "./catalog";
import { runChecks } from "./checks";
import { otherStories } from "./doc/segment";
import { runEngine, type EngineCandidate, type EngineTrace } from "./engine";
import { ownName, readMeta } from "./meta";
import { applyRules, isDepartmentReport, levelOf } from "./rules/apply";
import { defuse } from "./rules/defuse";
import { otherRatesOf, tiers, withRules } from "./tiers";
import { normalise } from "./text/normalise";
import type { OffsetMap } from "./text/offsetMap";
import { ReportResultSchema, type IndicatorValue, type ReportResult, type Span, type Suggestion } from "./types";

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
  let lo = 0;
  let hi = pageStarts.length - 1;
  let page = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageStarts[mid]! <= offset) (page = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return page + 1;
}

function spanOf(input: string, map: OffsetMap, c: EngineCandidate, pageStarts?: number[]): Span {
  const { start, end } = map.toOriginal(c.evStart, c.evEnd);
  const page = pageOf(pageStarts, start);
  return { start, end, text: input.slice(start, end), ...(page ? { page } : {}) };
}

export function extract(input: string, opts: ExtractOptions): ReportResult {
  const { text, map } = normalise(input);
  // who reported and when is read from the report, not from the other stories below it on its web page
  const tail = otherStories(text);
  const reported = tail < text.length ? text.slice(0, tail) : text;
  const meta = readMeta(reported);
  const rules = applyRules(defuse(text), meta.year, undefined, levelOf(meta.region), isDepartmentReport(text), meta.region);
  const trace = {} as EngineTrace;
  const engine = runEngine(text, meta.year, trace, meta.published, ownName(reported, meta));
  const tiered = tiers(withRules(engine, rules, trace.doc.tailStart, text, otherRatesOf(trace.frames)));
  const indicators: IndicatorValue[] = [];
  const otherPeriod: string[] = [];
  for (const [code, r] of tiered.values) {
    const c = r.chosen;
    if (c.otherPeriod) otherPeriod.push(code);
    const ind: IndicatorValue = {
      code,
      value: c.value,
      unit: indicatorDef(code).unit,
      approx: c.approx,
      evidence: spanOf(input, map, c, opts.pageStarts),
      rule: c.how,
    };
    if (r.alternatives.length > 1) {
      ind.candidates = r.alternatives.map((a) => ({
        value: a.value,
        approx: a.approx,
        evidence: spanOf(input, map, a, opts.pageStarts),
        rule: a.how,
        ...(a.otherPeriod ? { otherPeriod: true } : {}),
      }));
    }
    indicators.push(ind);
  }
  const suggestions: Suggestion[] = tiered.suggestions.map((c) => ({
    code: c.code,
    value: c.value,
    unit: indicatorDef(c.code).unit,
    approx: c.approx,
    evidence: spanOf(input, map, c, opts.pageStarts),
    score: c.score,
    ...(c.alsoCodes ? { codes: [c.code, ...c.alsoCodes] } : {}),
    reasons: c.reasons.length ? c.reasons : ["把握不足"],
  }));
  const flags = [...runChecks(indicators, otherPeriod), ...tiered.flags];
  // who reported, when unsure: blank region → warning; a region without code or of low confidence → info
  if (meta.regionNote) flags.push({ check: "region", severity: meta.region ? "info" : "warning", codes: [], message: meta.regionNote });
  const result: ReportResult = { source: opts.source, meta, indicators, suggestions, flags, ...(opts.sha256 ? { sha256: opts.sha256 } : {}) };
  return opts.validate === false ? result : ReportResultSchema.parse(result);
}
