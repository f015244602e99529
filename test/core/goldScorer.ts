/**
 * Scores the extractor on a folder of report texts with gold in the shape of
 * the shared corpus (`{source, meta, indicators: {code: {value, approx?, accept?}}, skip}`),
 * the way the shared scorer does: a found value counts when it equals `value`
 * or one of `accept`; codes under `skip` are not scored; a wrong value is a
 * false positive and a miss. Used by every held-out set under test/fixtures/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/core/extract";
import type { ReportResult } from "../../src/core/types";

interface GoldValue {
  value: number;
  approx?: "at_least" | "about" | null;
  accept?: number[];
}
interface Gold {
  source: string;
  meta?: { region?: string[]; year?: number; published?: string[] };
  indicators: Record<string, GoldValue>;
  skip?: string[];
}

export interface ReportScore {
  source: string;
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  approxRight: number;
  approxAll: number;
  yearRight: boolean | null;
  badSpans: string[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

export function scoreReport(input: string, gold: Gold, result: ReportResult = extract(input, { source: gold.source })): ReportScore {
  const s: ReportScore = { source: gold.source, tp: 0, fp: 0, fn: 0, misses: [], approxRight: 0, approxAll: 0, yearRight: null, badSpans: [] };
  const skip = new Set(gold.skip ?? []);
  const found = new Map(result.indicators.map((i) => [i.code, i]));
  for (const i of result.indicators) {
    if (input.slice(i.evidence.start, i.evidence.end) !== i.evidence.text || !i.evidence.text) s.badSpans.push(i.code);
  }
  for (const code of new Set([...Object.keys(gold.indicators), ...found.keys()])) {
    if (skip.has(code)) continue;
    const want = gold.indicators[code];
    const got = found.get(code);
    if (want && got && [want.value, ...(want.accept ?? [])].some((v) => near(got.value, v))) {
      s.tp++;
      if (want.approx !== undefined || got.approx) {
        s.approxAll++;
        if ((want.approx ?? null) === (got.approx ?? null)) s.approxRight++;
      }
      continue;
    }
    if (got) s.fp++;
    if (want) s.fn++;
    s.misses.push(`${gold.source} ${code}: want ${want ? want.value : "absent"}, got ${got ? got.value : "absent"}${got ? ` «${got.evidence.text.slice(0, 60)}»` : ""}`);
  }
  if (gold.meta?.year !== undefined) s.yearRight = result.meta.year === gold.meta.year;
  return s;
}

export function scoreFolder(dir: string): { reports: ReportScore[]; tp: number; fp: number; fn: number; precision: number; recall: number } {
  const reports = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold;
      return scoreReport(readFileSync(join(dir, gold.source), "utf8"), gold);
    });
  const sum = (k: "tp" | "fp" | "fn") => reports.reduce((n, r) => n + r[k], 0);
  const [tp, fp, fn] = [sum("tp"), sum("fp"), sum("fn")];
  return { reports, tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

/**
 * The jest suite for one held-out folder: every span slices its input, and the
 * folder as a whole stays at its floor: one point below what it measured last
 * (these sets were written by the team: they guard against regressions, they
 * are no estimate of accuracy on reports nobody here wrote).
 * Logs the figures and every miss, so a run shows what to look at.
 */
export function heldOutSuite(title: string, dir: string, floor: { p: number; r: number }): void {
  describe(title, () => {
    const score = scoreFolder(dir);
    const pct = (x: number) => (100 * x).toFixed(1);

    it("has reports and gold", () => {
      expect(score.reports.length).toBeGreaterThan(0);
    });

    it("every evidence span slices its input", () => {
      expect(score.reports.filter((r) => r.badSpans.length).map((r) => `${r.source}: ${r.badSpans.join(", ")}`)).toEqual([]);
    });

    it(`stays at its floor: P ≥ ${floor.p}, R ≥ ${floor.r}`, () => {
      const lines = [
        `${title}: P=${pct(score.precision)} R=${pct(score.recall)} (tp ${score.tp} fp ${score.fp} fn ${score.fn})`,
        ...score.reports.map((r) => `  ${r.source}: tp ${r.tp} fp ${r.fp} fn ${r.fn}${r.yearRight === false ? " (year wrong)" : ""}`),
        ...score.reports.flatMap((r) => r.misses.map((m) => `  miss ${m}`)),
      ];
      console.log(lines.join("\n"));
      expect(100 * score.precision).toBeGreaterThanOrEqual(floor.p);
      expect(100 * score.recall).toBeGreaterThanOrEqual(floor.r);
    });

    it("reads the qualifiers and the years right", () => {
      const approxAll = score.reports.reduce((n, r) => n + r.approxAll, 0);
      const approxRight = score.reports.reduce((n, r) => n + r.approxRight, 0);
      expect(approxRight).toBe(approxAll);
      const years = score.reports.filter((r) => r.yearRight !== null);
      expect(years.filter((r) => r.yearRight).length / Math.max(1, years.length)).toBeGreaterThanOrEqual(0.9);
    });
  });
}
