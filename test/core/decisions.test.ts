import fc from "fast-check";
import {
  applyDecisions,
  DecisionSchema,
  flagDecision,
  hashEvidence,
  localIsoTime,
  makeDecision,
  reportKey,
  RECHECK,
  undecidedCount,
  withDecision,
  withoutDecision,
  type Decision,
  type DecisionTarget,
  type Verdict,
} from "../../src/core/decisions";
import type { Flag, IndicatorValue, ReportResult, Suggestion } from "../../src/core/types";

const NOW = new Date(2026, 11, 4, 18, 30, 0);
const S1 = "2023年，共收到行政复议申请44件，结案35件，审限内结案率100%";
const S2 = "全区法院共审理行政诉讼案件60件，其中以区政府为被告的13件";
const S3 = "全年开展集中学法12次";

function value(code: string, v: number, text: string, unit = "件"): IndicatorValue {
  return { code, value: v, unit, approx: null, evidence: { start: 0, end: text.length, text } };
}
function suggestion(code: string, v: number, text: string, codes?: string[]): Suggestion {
  return { code, value: v, unit: "件", approx: null, evidence: { start: 0, end: text.length, text }, score: 0.4, reasons: ["主语可能是法院"], ...(codes ? { codes } : {}) };
}

function base(): ReportResult {
  return {
    source: "a.txt",
    meta: { region: "晋城市城区", year: 2023, published: null, issuer: null },
    indicators: [value("recon.received", 44, S1), value("recon.closed", 35, S1)],
    suggestions: [suggestion("litig.cases", 60, S2), suggestion("study.party_sessions", 12, S3, ["study.party_sessions", "study.gov_sessions"])],
    flags: [
      { check: "part_le_whole", severity: "error", codes: ["recon.closed", "recon.received"], message: "结案数大于收到数" },
      { check: "other_period", severity: "warning", codes: ["recon.received"], message: "其他时期" },
      { check: "approximate", severity: "info", codes: ["recon.closed"], message: "约数" },
    ],
  };
}
const target = {
  flag: (r: ReportResult, code: string, check: Flag["check"]): DecisionTarget => ({ kind: "flag", code, check, value: r.indicators.find((v) => v.code === code) ?? null }),
  value: (r: ReportResult, code: string): DecisionTarget => ({ kind: "value", code, value: r.indicators.find((v) => v.code === code) ?? null }),
  suggestion: (r: ReportResult, i: number, code?: string): DecisionTarget => ({ kind: "suggestion", code: code ?? r.suggestions![i]!.code, suggestion: r.suggestions![i]! }),
};

describe("the decision model", () => {
  test("a decision is validated: its time is local with an offset, its pin is the evidence hash", () => {
    const r = base();
    const d = makeDecision(reportKey(r), target.flag(r, "recon.closed", "part_le_whole"), "核实", { now: NOW });
    expect(d).toMatchObject({ report: "r:晋城市城区|2023|", code: "recon.closed", kind: "flag", check: "part_le_whole", valueExtracted: 35, valueDecided: 35, decision: "核实", note: "" });
    expect(d.time).toBe(localIsoTime(NOW));
    expect(d.time).toMatch(/^2026-12-04T18:30:00[+-]\d\d:\d\d$/);
    expect(d.evidenceHash).toBe(hashEvidence(S1));
    expect(() => DecisionSchema.parse({ ...d, kind: "value" })).toThrow(/check/);
    expect(() => DecisionSchema.parse({ ...d, decision: "更正", valueDecided: null })).toThrow(/更正/);
    expect(() => DecisionSchema.parse({ ...d, decision: "采纳" })).toThrow(/采纳/);
    expect(() => DecisionSchema.parse({ ...d, time: "2026-12-04 18:30" })).toThrow();
  });

  test("the evidence hash ignores whitespace and tells sentences apart", () => {
    expect(hashEvidence("结案 35件，\n审限内")).toBe(hashEvidence("结案35件，审限内"));
    expect(hashEvidence(S1)).not.toBe(hashEvidence(S2));
    expect(hashEvidence("")).toMatch(/^[0-9a-f]{16}$/);
  });

  test("采纳 takes a suggestion as the value, 更正 corrects a value, 核实 and 忽略 change nothing", () => {
    const r = base();
    const key = reportKey(r);
    let ds: Decision[] = [];
    ds = withDecision(ds, makeDecision(key, target.suggestion(r, 0), "采纳", { now: NOW }));
    ds = withDecision(ds, makeDecision(key, target.flag(r, "recon.closed", "part_le_whole"), "更正", { valueDecided: 33, now: NOW }));
    ds = withDecision(ds, makeDecision(key, target.flag(r, "recon.received", "other_period"), "忽略", { note: "年度正确", now: NOW }));
    const a = applyDecisions(r, ds);
    expect(a.recheck).toEqual([]);
    expect(a.applied).toHaveLength(3);
    const by = new Map(a.result.indicators.map((v) => [v.code, v]));
    expect(by.get("litig.cases")).toMatchObject({ value: 60, decided: "采纳", rule: "suggestion", evidence: { text: S2 } });
    expect(by.get("recon.closed")).toMatchObject({ value: 33, decided: "更正", evidence: { text: S1 } });
    expect(by.get("recon.received")).toEqual(value("recon.received", 44, S1));
    // the suggestion taken is a value now, not a suggestion; the other stays to be decided
    expect(a.result.suggestions!.map((s) => s.value)).toEqual([12]);
    expect(a.before.get("recon.closed")!.value).toBe(35);
    expect(undecidedCount(r, ds)).toEqual({ flags: 0, suggestions: 1, total: 1 });
    expect(undecidedCount(r, [])).toEqual({ flags: 2, suggestions: 2, total: 4 });
  });

  test("a suggestion with several codes is taken as the code chosen, and counts as decided", () => {
    const r = base();
    const d = makeDecision(reportKey(r), target.suggestion(r, 1, "study.gov_sessions"), "采纳", { now: NOW });
    const a = applyDecisions(r, [d]);
    expect(a.result.indicators.find((v) => v.code === "study.gov_sessions")).toMatchObject({ value: 12, decided: "采纳" });
    expect(a.result.indicators.find((v) => v.code === "study.party_sessions")).toBeUndefined();
    expect(undecidedCount(r, [d]).suggestions).toBe(1);
  });

  test("a refill where the value or the evidence changed returns the decision as 需重新核对, never drops it", () => {
    const r = base();
    const key = reportKey(r);
    const fix = makeDecision(key, target.flag(r, "recon.closed", "part_le_whole"), "更正", { valueDecided: 33, now: NOW });
    const ok = makeDecision(key, target.flag(r, "recon.received", "other_period"), "核实", { now: NOW });
    const refill: ReportResult = { ...base(), indicators: [value("recon.received", 44, ` ${S1} `), value("recon.closed", 36, S1)] };
    const a = applyDecisions(refill, [fix, ok]);
    expect(a.applied).toEqual([ok]);
    expect(a.recheck).toEqual([{ ...fix, status: RECHECK }]);
    expect(a.result.indicators.find((v) => v.code === "recon.closed")!.value).toBe(36);
    // the part_le_whole flag is undecided again; other_period is still settled
    expect(flagDecision(refill, refill.flags[0]!, [fix, ok])).toBeUndefined();
    expect(flagDecision(refill, refill.flags[1]!, [fix, ok])).toEqual(ok);
    // decisions of another report are not this report's business
    const other = makeDecision("r:别处|2023|", target.value(r, "recon.closed"), "核实", { now: NOW });
    expect(applyDecisions(r, [other]).recheck).toEqual([]);
  });

  test("the extractor taking a suggested figure itself keeps the decision on it", () => {
    const r = base();
    const d = makeDecision(reportKey(r), target.suggestion(r, 0), "更正", { valueDecided: 13, now: NOW });
    const refill: ReportResult = { ...base(), indicators: [...base().indicators, value("litig.cases", 60, S2)], suggestions: [] };
    const a = applyDecisions(refill, [d]);
    expect(a.recheck).toEqual([]);
    expect(a.result.indicators.find((v) => v.code === "litig.cases")).toMatchObject({ value: 13, decided: "更正" });
  });

  test("a flag about the whole report (no codes) is decided under code \"\" and counts as decided; it cannot be corrected", () => {
    const r: ReportResult = { ...base(), flags: [{ check: "other_period", severity: "warning", codes: [], message: "地区未识别" }], suggestions: [] };
    const d = makeDecision(reportKey(r), { kind: "flag", code: "", check: "other_period", value: null }, "核实", { now: NOW });
    expect(undecidedCount(r, [])).toEqual({ flags: 1, suggestions: 0, total: 1 });
    expect(undecidedCount(r, [d])).toEqual({ flags: 0, suggestions: 0, total: 0 });
    expect(applyDecisions(r, [d]).applied).toEqual([d]);
    expect(() => makeDecision(reportKey(r), { kind: "flag", code: "", check: "other_period", value: null }, "更正", { valueDecided: 3, now: NOW })).toThrow(/whole report/);
    expect(() => makeDecision(reportKey(r), { kind: "value", code: "", value: null }, "核实", { now: NOW })).toThrow(/whole report/);
  });

  test("withoutDecision undoes; a decision made again replaces the earlier one", () => {
    const r = base();
    const key = reportKey(r);
    const a = makeDecision(key, target.value(r, "recon.closed"), "核实", { now: NOW });
    const b = makeDecision(key, target.value(r, "recon.closed"), "更正", { valueDecided: 30, now: NOW });
    expect(withDecision([a], b)).toEqual([b]);
    expect(withoutDecision([a], b)).toEqual([]);
  });
});

// ---- property: refills never lose a decision or a correction ----

const CODES = ["recon.received", "recon.closed", "litig.cases", "mediation.cases", "study.party_sessions", "study.gov_sessions"];
const TEXTS = [S1, S2, S3, "调解矛盾纠纷848件", "受理依申请公开16件"];
const CHECKS: Flag["check"][] = ["part_le_whole", "conflict", "other_period", "rate_consistency"];

const resultArb: fc.Arbitrary<ReportResult> = fc
  .record({
    values: fc.uniqueArray(fc.record({ code: fc.constantFrom(...CODES), v: fc.integer({ min: 0, max: 9 }), t: fc.constantFrom(...TEXTS) }), { selector: (x) => x.code, maxLength: 6 }),
    sugg: fc.array(fc.record({ codes: fc.subarray(CODES, { minLength: 1, maxLength: 2 }), v: fc.integer({ min: 0, max: 9 }), t: fc.constantFrom(...TEXTS) }), { maxLength: 4 }),
    // a flag with no codes is about the whole report (the region's)
    flags: fc.array(fc.record({ check: fc.constantFrom(...CHECKS), severity: fc.constantFrom("error" as const, "warning" as const, "info" as const), codes: fc.subarray(CODES, { minLength: 0, maxLength: 2 }) }), { maxLength: 4 }),
  })
  .map(({ values, sugg, flags }) => ({
    source: "r.txt",
    meta: { region: "某县", year: 2023, published: null, issuer: null },
    indicators: values.map((x) => value(x.code, x.v, x.t)),
    suggestions: sugg.map((x) => suggestion(x.codes[0]!, x.v, x.t, x.codes.length > 1 ? x.codes : undefined)),
    flags: flags.map((f) => ({ ...f, message: f.check })),
  }));

/** Decisions the pane could make on a result: picks (target index, verdict, value) become decisions, one per target. */
function decide(r: ReportResult, picks: { i: number; verdict: number; v: number; code: number }[]): Decision[] {
  const key = reportKey(r);
  const targets: DecisionTarget[] = [
    ...r.indicators.map((v): DecisionTarget => ({ kind: "value", code: v.code, value: v })),
    ...r.flags.flatMap((f) => (f.codes.length ? f.codes : [""]).map((code): DecisionTarget => ({ kind: "flag", code, check: f.check, value: r.indicators.find((v) => v.code === code) ?? null }))),
    ...(r.suggestions ?? []).map((s): DecisionTarget => ({ kind: "suggestion", code: s.code, suggestion: s })),
  ];
  let ds: Decision[] = [];
  for (const p of picks) {
    if (targets.length === 0) break;
    let t = targets[p.i % targets.length]!;
    if (t.kind === "suggestion") {
      const codes = t.suggestion.codes ?? [t.suggestion.code];
      t = { ...t, code: codes[p.code % codes.length]! };
    }
    const verdicts: Verdict[] = t.kind === "suggestion" ? ["采纳", "更正", "忽略"] : t.code === "" ? ["核实", "忽略", "核实"] : ["核实", "更正", "忽略"];
    const verdict = verdicts[p.verdict % 3]!;
    ds = withDecision(ds, makeDecision(key, t, verdict, { valueDecided: verdict === "更正" ? 100 + p.v : null, note: "", now: NOW }));
  }
  return ds;
}

const picksArb = fc.array(fc.record({ i: fc.nat(40), verdict: fc.nat(2), v: fc.nat(50), code: fc.nat(3) }), { maxLength: 10 });

/** A refill of the same report: values or evidence changed, suggestions gone, order shuffled — or nothing changed. */
function refill(r: ReportResult, m: { change: boolean[]; drop: boolean[]; reverse: boolean }): ReportResult {
  const indicators = r.indicators.map((v, i) => (m.change[i % Math.max(1, m.change.length)] ? { ...v, value: v.value + 1 } : v));
  const suggestions = (r.suggestions ?? []).filter((_, i) => !m.drop[i % Math.max(1, m.drop.length)]);
  return { ...r, indicators: m.reverse ? indicators.reverse() : indicators, suggestions: m.reverse ? suggestions.reverse() : suggestions };
}
const mutationArb = fc.record({ change: fc.array(fc.boolean(), { maxLength: 6 }), drop: fc.array(fc.boolean(), { maxLength: 4 }), reverse: fc.boolean() });

const strip = (d: Decision): Decision => {
  const { status: _s, ...rest } = d;
  return rest;
};

test("property: re-applying decisions to a refill never loses a decision or a correction", () => {
  fc.assert(
    fc.property(resultArb, picksArb, mutationArb, (r, picks, m) => {
      const ds = decide(r, picks);
      // the same report, read again unchanged (order aside): every decision applies
      const same = applyDecisions(refill(r, { change: [], drop: [], reverse: m.reverse }), ds);
      expect(same.recheck).toEqual([]);
      expect(same.applied).toEqual(ds);
      // every correction in force is the value
      const check = (a: ReturnType<typeof applyDecisions>) => {
        for (const code of CODES) {
          const mine = a.applied.filter((d) => d.code === code && d.kind !== "suggestion" && a.before.get(code)?.value === d.valueExtracted && hashEvidence(a.before.get(code)!.evidence.text) === d.evidenceHash);
          const last = mine[mine.length - 1];
          const corrections = mine.filter((d) => d.decision === "更正");
          const lastFix = corrections[corrections.length - 1];
          if (lastFix) {
            const v = a.result.indicators.find((x) => x.code === code)!;
            expect(v.value).toBe(lastFix.valueDecided);
            expect(v.decided).toBe("更正");
          } else if (last === undefined && a.before.get(code)) {
            expect(a.result.indicators.find((x) => x.code === code)).toEqual(a.before.get(code));
          }
        }
      };
      check(same);
      // a changed report: each decision is applied or marked 需重新核对, none dropped, none twice
      const changed = applyDecisions(refill(r, m), ds);
      expect([...changed.applied, ...changed.recheck.map(strip)].sort(byKey)).toEqual([...ds].sort(byKey));
      expect(changed.recheck.every((d) => d.status === RECHECK)).toBe(true);
      check(changed);
      // and again from what came back (the 审核 sheet read back): still none lost
      const again = applyDecisions(refill(r, m), [...changed.applied, ...changed.recheck]);
      expect(again.applied.length + again.recheck.length).toBe(ds.length);
      expect(again.recheck.map(strip)).toEqual(changed.recheck.map(strip));
      // every decision is still a valid decision
      for (const d of [...changed.applied, ...changed.recheck]) DecisionSchema.parse(d);
    }),
    { numRuns: 400 },
  );
});

function byKey(a: Decision, b: Decision): number {
  const k = (d: Decision) => JSON.stringify(strip(d));
  return k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0;
}
