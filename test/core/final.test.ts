/**
 * Final held-out measurement: 12 invented reports (test/fixtures/final/z*.txt)
 * with gold written from the spec before the extractor was run.
 * Scoring: per gold code, a value equal to `value` or any of `accept` is a tp;
 * a wrong value is fp+fn; a missing one is fn; an extracted code that is neither
 * in `indicators` nor in `skip` is fp. Qualifiers (approx) are compared on tps
 * and reported separately. Evidence spans must slice the input.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

interface GoldInd {
  value: number;
  approx?: "at_least" | "about";
  accept?: number[];
}
interface Gold {
  source: string;
  meta: { region?: string[]; year: number; published?: string[] };
  indicators: Record<string, GoldInd>;
  skip: string[];
}

const DIR = path.join(__dirname, "..", "fixtures", "final");
const names = fs
  .readdirSync(DIR)
  .filter((f) => /^z\d+\.txt$/.test(f))
  .sort();

interface Row {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  approxOk: number;
  approxAll: number;
  yearOk: boolean;
  regionOk: boolean | null;
  publishedOk: boolean | null;
  errors: string[];
  spanErrors: string[];
}

const rows: Row[] = [];

function eq(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

describe("final held-out measurement", () => {
  for (const name of names) {
    test(name, () => {
      const input = fs.readFileSync(path.join(DIR, name), "utf8");
      const gold: Gold = JSON.parse(
        fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".json")), "utf8"),
      );
      const res = extract(input, { source: name });
      const row: Row = {
        name,
        tp: 0,
        fp: 0,
        fn: 0,
        approxOk: 0,
        approxAll: 0,
        yearOk: res.meta.year === gold.meta.year,
        regionOk: gold.meta.region ? gold.meta.region.includes(res.meta.region ?? "") : null,
        publishedOk: gold.meta.published ? gold.meta.published.includes(res.meta.published ?? "") : null,
        errors: [],
        spanErrors: [],
      };
      const got = new Map(res.indicators.map((i) => [i.code, i]));
      for (const ind of res.indicators) {
        const ev = ind.evidence;
        if (input.slice(ev.start, ev.end) !== ev.text || ev.start < 0 || ev.end > input.length || ev.start >= ev.end) {
          row.spanErrors.push(`${ind.code}: span ${ev.start}-${ev.end} does not slice the input`);
        }
      }
      for (const [code, g] of Object.entries(gold.indicators)) {
        const x = got.get(code);
        if (!x) {
          row.fn++;
          row.errors.push(`FN ${code}: expected ${g.value}, got none`);
          continue;
        }
        const ok = [g.value, ...(g.accept ?? [])].some((v) => eq(v, x.value));
        if (ok) {
          row.tp++;
          row.approxAll++;
          const want = g.approx ?? null;
          if ((x.approx ?? null) === want) row.approxOk++;
          else row.errors.push(`APPROX ${code}: expected ${want}, got ${x.approx} «${x.evidence.text}»`);
        } else {
          row.fp++;
          row.fn++;
          row.errors.push(`WRONG ${code}: expected ${g.value}, got ${x.value} «${x.evidence.text}»`);
        }
      }
      for (const x of res.indicators) {
        if (x.code in gold.indicators || gold.skip.includes(x.code)) continue;
        row.fp++;
        row.errors.push(`FP ${x.code}: got ${x.value} «${x.evidence.text}»`);
      }
      rows.push(row);
      expect(row.spanErrors).toEqual([]);
    });
  }

  test("overall precision ≥ 0.95 and recall ≥ 0.85", () => {
    const lines: string[] = [];
    let tp = 0, fp = 0, fn = 0, aOk = 0, aAll = 0, yOk = 0, rOk = 0, rAll = 0, pOk = 0, pAll = 0;
    for (const r of rows) {
      tp += r.tp; fp += r.fp; fn += r.fn; aOk += r.approxOk; aAll += r.approxAll;
      if (r.yearOk) yOk++;
      if (r.regionOk !== null) { rAll++; if (r.regionOk) rOk++; }
      if (r.publishedOk !== null) { pAll++; if (r.publishedOk) pOk++; }
      const p = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
      const rc = r.tp + r.fn ? r.tp / (r.tp + r.fn) : 1;
      lines.push(
        `${r.name}: P=${p.toFixed(3)} R=${rc.toFixed(3)} tp=${r.tp} fp=${r.fp} fn=${r.fn} approx=${r.approxOk}/${r.approxAll} year=${r.yearOk ? "ok" : "WRONG"}` +
          (r.errors.length ? "\n    " + r.errors.join("\n    ") : ""),
      );
    }
    const P = tp + fp ? tp / (tp + fp) : 1;
    const R = tp + fn ? tp / (tp + fn) : 1;
    lines.push(
      `OVERALL: P=${P.toFixed(4)} R=${R.toFixed(4)} tp=${tp} fp=${fp} fn=${fn}; approx ${aOk}/${aAll}; year ${yOk}/${rows.length}; region ${rOk}/${rAll}; published ${pOk}/${pAll}`,
    );
    console.log(lines.join("\n"));
    expect(rows.length).toBe(names.length);
    expect(P).toBeGreaterThanOrEqual(0.95);
    expect(R).toBeGreaterThanOrEqual(0.85);
  });
});
