/**
 * The reviewer's decisions: what a person said about a flag, a suggestion or a value, kept as
 * data so that a refill of the same report re-applies them. Pure (no I/O, no clock: the time
 * is passed in).
 *
 * A decision is pinned to what it was made on: the report (its identity key), the code, the
 * value as extracted (or suggested) and a hash of its evidence text. A refill re-applies every
 * decision whose pin still matches; one that no longer matches (the value or the evidence
 * changed) comes back marked 需重新核对 — never dropped.
 *
 * Verdicts:
 * - 核实: the value is right as it stands (no change);
 * - 更正: the right value is `valueDecided` (the cell takes it, marked decided: "更正", evidence kept);
 * - 忽略: the flag or suggestion is dismissed (no change; `note` may say why);
 * - 采纳: a suggestion is taken as the code's value (marked decided: "采纳").
 *
 * Order: suggestion decisions are applied first (they decide which figure is the code's value),
 * then flag and value decisions; within each, later in the list wins. A flag/value decision made
 * on the extracted value of a code whose value a 采纳 replaced still matches the report (it is
 * kept as applied) but no longer changes the value: the suggestion taken wins.
 */
import { z } from "zod";
import { indicatorDef, isCode } from "./catalog";
import { reportIdentity } from "./identity";
import { CheckNameSchema, type Flag, type IndicatorValue, type ReportResult, type Suggestion } from "./types";

export const VerdictSchema = z.enum(["核实", "更正", "忽略", "采纳"]);
export type Verdict = z.infer<typeof VerdictSchema>;

export const DecisionKindSchema = z.enum(["flag", "suggestion", "value"]);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/** What a decision that no longer matches its report is marked. */
export const RECHECK = "需重新核对" as const;

/** ISO 8601 local time with its offset: 2026-12-04T18:05:00+08:00. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:[+-]\d{2}:\d{2}|Z)$/;

export const DecisionSchema = z
  .object({
    /** The report's identity key (core/identity.ts reportIdentity(result).key). */
    report: z.string().min(1),
    /** The indicator code; "" for a flag on the whole report (a flag with no codes, such as `region`). */
    code: z.string(),
    kind: DecisionKindSchema,
    /** The flag's check, for kind "flag" (and only then). */
    check: CheckNameSchema.optional(),
    /** The value extracted (or suggested) when the decision was made; null: the code had none. */
    valueExtracted: z.number().finite().nullable(),
    /** The value the reviewer decided: the corrected or accepted value, the same for 核实, null for 忽略. */
    valueDecided: z.number().finite().nullable(),
    decision: VerdictSchema,
    note: z.string(),
    time: z.string().regex(LOCAL_TIME),
    /** The evidence text the decision was made on ("" when the code had no value). */
    evidence: z.string(),
    /** hashEvidence(evidence): what a refill compares. */
    evidenceHash: z.string().regex(/^[0-9a-f]{16}$/),
    /** Set by applyDecisions on a decision that no longer matches its report. */
    status: z.literal(RECHECK).optional(),
  })
  .superRefine((d, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: "custom", message });
    if ((d.kind === "flag") !== (d.check !== undefined)) bad("a flag decision names its check, and only a flag decision does");
    if (d.decision === "采纳" && d.kind !== "suggestion") bad("采纳 is a decision on a suggestion");
    if (d.decision === "核实" && d.kind === "suggestion") bad("a suggestion is taken (采纳), corrected (更正) or dismissed (忽略)");
    if ((d.decision === "更正" || d.decision === "采纳") && d.valueDecided === null) bad(`${d.decision} needs the value decided`);
    if (d.decision === "忽略" && d.valueDecided !== null) bad("忽略 decides no value");
    if (d.kind === "suggestion" && d.valueExtracted === null) bad("a suggestion decision names the suggested value");
    if (d.code === "" && (d.kind !== "flag" || d.decision === "更正" || d.valueExtracted !== null))
      bad("a decision with no code is on a flag about the whole report: 核实 or 忽略");
  });
export type Decision = z.infer<typeof DecisionSchema>;

export const DecisionListSchema = z.array(DecisionSchema);

/** The decisions the pane passes to the workbook port (every decision, those to recheck marked). */
export interface ReviewData {
  decisions: Decision[];
}

/** Whitespace is not evidence: a re-read that spaces a sentence differently is the same sentence. */
function squash(s: string): string {
  return s.replace(/\s+/g, "");
}

/** A 64-bit hash (two 32-bit FNV-1a lanes) of the evidence text, 16 hex digits. Not cryptographic: it pins, it does not protect. */
export function hashEvidence(text: string): string {
  const s = squash(text);
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(0, 16);
}

/** Local time with its offset (what the 审核 sheet shows), from a Date the caller owns. */
export function localIsoTime(d: Date): string {
  const p = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${sign}${p(off / 60)}:${p(off % 60)}`;
}

/** The report key decisions are filed under. */
export function reportKey(result: ReportResult): string {
  return reportIdentity(result).key;
}

/** Every code a suggestion may be (`code` first). */
export function suggestionCodes(s: Suggestion): string[] {
  const codes = s.codes && s.codes.length > 0 ? s.codes : [s.code];
  return codes.includes(s.code) ? [s.code, ...codes.filter((c) => c !== s.code)] : [s.code, ...codes];
}

/** What a decision is about, in the pane's words: a flag, a suggestion or a value. */
export type DecisionTarget =
  | { kind: "flag"; code: string; check: Flag["check"]; value: IndicatorValue | null }
  | { kind: "value"; code: string; value: IndicatorValue | null }
  | { kind: "suggestion"; code: string; suggestion: Suggestion };

/** Makes a decision on a target (the pane's one way to make one; validated). */
export function makeDecision(
  report: string,
  target: DecisionTarget,
  decision: Verdict,
  opts: { valueDecided?: number | null; note?: string; now: Date },
): Decision {
  const extracted = target.kind === "suggestion" ? target.suggestion.value : (target.value?.value ?? null);
  const evidence = target.kind === "suggestion" ? target.suggestion.evidence.text : (target.value?.evidence.text ?? "");
  const valueDecided =
    decision === "忽略" ? null : decision === "核实" ? extracted : decision === "采纳" ? (opts.valueDecided ?? extracted) : (opts.valueDecided ?? null);
  return DecisionSchema.parse({
    report,
    code: target.code,
    kind: target.kind,
    ...(target.kind === "flag" ? { check: target.check } : {}),
    valueExtracted: extracted,
    valueDecided,
    decision,
    note: opts.note ?? "",
    time: localIsoTime(opts.now),
    evidence,
    evidenceHash: hashEvidence(evidence),
  });
}

/** Two decisions with one target key are about the same thing: the later replaces the earlier. */
export function targetKey(d: Pick<Decision, "report" | "kind" | "code" | "check" | "valueExtracted" | "evidenceHash">): string {
  // a suggestion is one figure whatever code it is taken as; a flag or value decision is per code
  return d.kind === "suggestion"
    ? `${d.report}|suggestion|${d.valueExtracted}|${d.evidenceHash}`
    : `${d.report}|${d.kind}|${d.code}|${d.check ?? ""}|${d.valueExtracted}|${d.evidenceHash}`;
}

/** Replaces the decision on the same target (if any) with `d`, appended last (the latest wins). */
export function withDecision(decisions: readonly Decision[], d: Decision): Decision[] {
  const k = targetKey(d);
  return [...decisions.filter((x) => targetKey(x) !== k), d];
}

/** Removes the decision on `d`'s target. */
export function withoutDecision(decisions: readonly Decision[], d: Pick<Decision, "report" | "kind" | "code" | "check" | "valueExtracted" | "evidenceHash">): Decision[] {
  const k = targetKey(d);
  return decisions.filter((x) => targetKey(x) !== k);
}

/** Whether a decision is pinned to this value (same value, same evidence; null: pinned to no value). */
export function pins(d: Pick<Decision, "valueExtracted" | "evidenceHash">, v: { value: number; evidence: { text: string } } | undefined | null): boolean {
  if (d.valueExtracted === null) return v == null;
  return v != null && v.value === d.valueExtracted && hashEvidence(v.evidence.text) === d.evidenceHash;
}

/** Whether a suggestion decision is about this suggestion. */
export function decidesSuggestion(d: Decision, s: Suggestion): boolean {
  return d.kind === "suggestion" && suggestionCodes(s).includes(d.code) && pins(d, s);
}

function unitOf(code: string, fallback: string): string {
  return isCode(code) ? indicatorDef(code).unit : fallback;
}

export interface Applied {
  /** The result with taken suggestions and corrections as values (marked `decided`). Suggestions taken are no longer listed as suggestions. */
  result: ReportResult;
  /** Each code's value before any 更正 (extracted, or taken from a suggestion): what a new 更正 is pinned to. */
  before: Map<string, IndicatorValue>;
  /** The report's decisions that still match (re-applied). */
  applied: Decision[];
  /** The report's decisions that no longer match, marked 需重新核对. */
  recheck: Decision[];
  /** Every decision of the report in its order, those that no longer match marked 需重新核对 (what the 审核 sheet lists). */
  all: Decision[];
}

/**
 * Applies the decisions filed under this report (others are ignored) to a freshly extracted
 * result. applied ∪ recheck is exactly the report's decisions, in their order.
 */
export function applyDecisions(result: ReportResult, decisions: readonly Decision[], key: string = reportKey(result)): Applied {
  const mine = decisions.filter((d) => d.report === key);
  const raw = new Map(result.indicators.map((v) => [v.code, v]));
  const suggestions = result.suggestions ?? [];
  const working = new Map(raw);
  const taken = new Set<Suggestion>();
  const ok = new Set<Decision>();

  // 1. suggestion decisions: which figure is each code's value. The latest decision on a
  // suggestion is the one in force; earlier ones on it still match (applied, superseded).
  const last = new Map<Suggestion, Decision>();
  for (const d of mine) {
    if (d.kind !== "suggestion") continue;
    const s = suggestions.find((x) => decidesSuggestion(d, x));
    if (s) {
      ok.add(d);
      last.set(s, d);
    } else if (pins(d, raw.get(d.code))) {
      // the extractor now takes the figure itself: the decision still holds (a 更正 still corrects it)
      ok.add(d);
      if (d.decision === "更正") working.set(d.code, { ...raw.get(d.code)!, value: d.valueDecided!, approx: null, decided: "更正" });
    }
  }
  for (const d of mine) {
    const s = [...last].find(([, x]) => x === d)?.[0];
    if (!s || (d.decision !== "采纳" && d.decision !== "更正")) continue;
    taken.add(s);
    working.set(d.code, {
      code: d.code,
      value: d.valueDecided!,
      unit: d.code === s.code ? s.unit : unitOf(d.code, s.unit),
      approx: d.decision === "采纳" ? s.approx : null,
      evidence: s.evidence,
      rule: "suggestion",
      decided: d.decision,
    });
  }
  const before = new Map(working);

  // 2. flag and value decisions, on the value as extracted or taken
  for (const d of mine) {
    if (d.kind === "suggestion") continue;
    const base = before.get(d.code);
    if (pins(d, base)) {
      ok.add(d);
      if (d.decision === "更正") {
        const b = base ?? {
          code: d.code,
          value: d.valueDecided!,
          unit: unitOf(d.code, ""),
          approx: null,
          evidence: { start: 0, end: 0, text: "" },
        };
        working.set(d.code, { ...b, value: d.valueDecided!, approx: null, decided: "更正" });
      }
    } else if (pins(d, raw.get(d.code))) {
      ok.add(d); // made on the extracted value, which a suggestion taken has since replaced
    }
  }

  const order = new Map(result.indicators.map((v, i) => [v.code, i]));
  const indicators = [...working.values()].sort((a, b) => (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9));
  const applied: Decision[] = [];
  const recheck: Decision[] = [];
  const all: Decision[] = [];
  for (const d of mine) {
    if (ok.has(d)) {
      const { status: _status, ...rest } = d;
      applied.push(rest);
      all.push(rest);
    } else {
      const marked: Decision = { ...d, status: RECHECK };
      recheck.push(marked);
      all.push(marked);
    }
  }
  const out: ReportResult = { ...result, indicators };
  if (result.suggestions) out.suggestions = suggestions.filter((s) => !taken.has(s));
  return { result: out, before, applied, recheck, all };
}

/** The decision (the latest) that settles a flag, if any: same check, one of its codes, pinned to the value as extracted or taken. */
export function flagDecision(result: ReportResult, flag: Flag, decisions: readonly Decision[], key: string = reportKey(result)): Decision | undefined {
  const raw = new Map(result.indicators.map((v) => [v.code, v]));
  const { before } = applyDecisions(result, decisions, key);
  let found: Decision | undefined;
  for (const d of decisions)
    if (
      d.report === key &&
      d.kind === "flag" &&
      d.check === flag.check &&
      (flag.codes.length === 0 ? d.code === "" : flag.codes.includes(d.code)) &&
      (pins(d, before.get(d.code)) || pins(d, raw.get(d.code)))
    )
      found = d;
  return found;
}

/** The decision (the latest) on a suggestion, if any. */
export function suggestionDecision(result: ReportResult, s: Suggestion, decisions: readonly Decision[], key: string = reportKey(result)): Decision | undefined {
  let found: Decision | undefined;
  for (const d of decisions) if (d.report === key && decidesSuggestion(d, s)) found = d;
  return found;
}

/** Flags that need a person: errors and warnings. */
export function needsDecision(f: Flag): boolean {
  return f.severity === "error" || f.severity === "warning";
}

/** What is still undecided in a report: its error and warning flags and its suggestions without a matching decision. */
export function undecidedCount(result: ReportResult, decisions: readonly Decision[], key: string = reportKey(result)): { flags: number; suggestions: number; total: number } {
  const flags = result.flags.filter((f) => needsDecision(f) && !flagDecision(result, f, decisions, key)).length;
  const suggestions = (result.suggestions ?? []).filter((s) => !suggestionDecision(result, s, decisions, key)).length;
  return { flags, suggestions, total: flags + suggestions };
}
