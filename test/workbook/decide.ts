/**
 * Random reviewer's decisions on a report (fast-check), made as the pane makes them
 * (core/decisions makeDecision): a verdict on some of its error and warning flags, a 更正 on
 * some values, 采纳/忽略 on some suggestions, and now and then a decision pinned to a value the
 * report no longer has (it comes back 需重新核对).
 */
import fc from "fast-check";
import { indicatorDef, isCode } from "../../src/core/catalog";
import { applyDecisions, makeDecision, reportKey, withDecision, type Decision, type DecisionTarget } from "../../src/core/decisions";
import type { ReportResult } from "../../src/core/types";

export const DECIDED_AT = new Date(2026, 11, 4, 18, 30, 0);

/** A value a reviewer could type for a code: a count, or a rate in 0–100 with up to one decimal. */
function typed(code: string, seed: number): number {
  return isCode(code) && indicatorDef(code).kind === "rate" ? (seed % 1000) / 10 : seed;
}

type Pick = { verdict: number; value: number; on: boolean };
const pickArb: fc.Arbitrary<Pick> = fc.record({ verdict: fc.integer({ min: 0, max: 2 }), value: fc.integer({ min: 0, max: 99999 }), on: fc.boolean() });

/** Decisions on one report (in the order a reviewer might make them). */
export function decisionsArb(r: ReportResult): fc.Arbitrary<Decision[]> {
  const key = reportKey(r);
  const flags = r.flags.filter((f) => f.severity !== "info");
  const values = r.indicators;
  const suggestions = r.suggestions ?? [];
  return fc
    .record({
      flags: fc.tuple(...flags.map(() => pickArb)),
      values: fc.tuple(...values.map(() => pickArb)),
      suggestions: fc.tuple(...suggestions.map(() => pickArb)),
      stale: fc.option(pickArb, { nil: undefined }),
    })
    .map((p) => {
      let out: Decision[] = [];
      const add = (t: DecisionTarget, verdict: "核实" | "更正" | "忽略" | "采纳", value: number, note: string) => {
        out = withDecision(out, makeDecision(key, t, verdict, { now: DECIDED_AT, valueDecided: verdict === "更正" ? value : undefined, note }));
      };
      p.suggestions.forEach((x, i) => {
        const s = suggestions[i]!;
        if (x.on) add({ kind: "suggestion", code: s.code, suggestion: s }, x.verdict === 0 ? "忽略" : "采纳", s.value, x.verdict === 0 ? "主语是法院" : "");
      });
      p.flags.forEach((x, i) => {
        const f = flags[i]!;
        if (!x.on) return;
        const code = f.codes[0] ?? "";
        const v = r.indicators.find((y) => y.code === code) ?? null;
        const verdict = x.verdict === 0 ? "核实" : x.verdict === 1 && v ? "更正" : "忽略";
        add({ kind: "flag", code, check: f.check, value: v }, verdict, typed(code, x.value), verdict === "忽略" ? "=已与单位核对" : "");
      });
      p.values.forEach((x, i) => {
        const v = values[i]!;
        if (x.on && x.verdict === 1 && !r.flags.some((f) => f.codes.includes(v.code))) add({ kind: "value", code: v.code, value: v }, "更正", typed(v.code, x.value), "按原文表格");
      });
      if (p.stale && values[0]) {
        // made on a figure the report does not have (an earlier version of it)
        const v0 = values[0];
        add({ kind: "value", code: v0.code, value: { ...v0, value: v0.value + 1, evidence: { ...v0.evidence, text: `${v0.evidence.text}(旧版)` } } }, "更正", typed(v0.code, p.stale.value), "旧版本上的更正");
      }
      return out;
    });
}

/** A batch with decisions on each report, as the pane hands it to the writers: results with the decisions applied, and every decision (those that no longer match marked). */
export function decidedBatchArb(batch: fc.Arbitrary<ReportResult[]>): fc.Arbitrary<{ raw: ReportResult[]; reports: ReportResult[]; decisions: Decision[] }> {
  return batch.chain((raw) =>
    fc.tuple(...raw.map(decisionsArb)).map((ds) => {
      const applied = raw.map((r, i) => applyDecisions(r, ds[i]!));
      return { raw, reports: applied.map((a) => a.result), decisions: applied.flatMap((a) => a.all) };
    }),
  );
}
