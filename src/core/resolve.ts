/**
 * One value per code per report. Candidates are ranked by the strength of
 * their wording, then by period (the report's own first), then by position.
 * Where candidates of equal strength disagree, the first is kept and a
 * `conflict` flag names every candidate.
 */
import { CODES, indicatorDef } from "./catalog";
import type { Candidate } from "./rules/apply";
import type { Flag } from "./types";

export interface Resolved {
  chosen: Candidate;
  /** Every distinct candidate, the chosen one first (only when they disagree). */
  alternatives: Candidate[];
  conflict: boolean;
}

/** 纠错率24.2% and later 纠错率约为24%: one figure, once rounded, not two. */
function sameFigureRounded(a: Candidate, b: Candidate): boolean {
  if (!a.approx && !b.approx) return false;
  const [x, y] = [a.value, b.value];
  return Math.abs(x - y) <= Math.max(1, 0.05 * Math.max(Math.abs(x), Math.abs(y)));
}

export function resolve(cands: readonly Candidate[]): { values: Map<string, Resolved>; flags: Flag[] } {
  const values = new Map<string, Resolved>();
  const flags: Flag[] = [];
  const known = new Set(CODES);
  const byCode = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.rejected || !known.has(c.code)) continue;
    const list = byCode.get(c.code) ?? [];
    if (!list.some((o) => o.numStart === c.numStart)) list.push(c);
    byCode.set(c.code, list);
  }
  for (const code of CODES) {
    const list = byCode.get(code);
    if (!list || list.length === 0) continue;
    list.sort(
      (a, b) =>
        Number(!!a.subPart) - Number(!!b.subPart) ||
        b.priority - a.priority ||
        Number(a.otherPeriod) - Number(b.otherPeriod) ||
        a.numStart - b.numStart,
    );
    const chosen = list[0]!;
    const rivals = list.filter(
      (c) =>
        c !== chosen &&
        c.priority === chosen.priority &&
        !c.subPart &&
        c.otherPeriod === chosen.otherPeriod &&
        c.value !== chosen.value &&
        !sameFigureRounded(c, chosen),
    );
    const distinct = list.filter((c, i) => list.findIndex((o) => o.value === c.value) === i);
    const conflict = rivals.length > 0;
    values.set(code, { chosen, alternatives: distinct.length > 1 ? distinct : [], conflict });
    if (conflict) {
      const name = indicatorDef(code).name;
      flags.push({
        check: "conflict",
        severity: "warning",
        codes: [code],
        message: `${name}: 报告中有不同数值 ${[chosen, ...rivals].map((c) => c.value).join(" / ")},已取第一处,请核对`,
      });
    }
  }
  return { values, flags };
}
