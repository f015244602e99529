/**
 * Held-out measurement on 20 report excerpts (test/fixtures/excerpts/eNN.txt + eNN.json).
 * Scored like the corpus scorer: per report tp/fp/fn; a value counts if it equals gold
 * `value` or one of `accept`; codes under `skip` are not scored; a wrong value is fp+fn.
 * Qualifier (approx) and year accuracy are reported separately; only overall P/R are asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

type GoldInd = { value: number; approx?: string; accept?: number[] };
type Gold = {
  source: string;
  meta: { region?: string[]; year: number; published?: string[] };
  indicators: Record<string, GoldInd>;
  skip: string[];
};

const DIR = path.join(__dirname, "..", "fixtures", "excerpts");
const names = fs
  .readdirSync(DIR)
  .filter((f) => /^e\d+\.txt$/.test(f))
  .sort();

const same = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) < 1e-9;
const normApprox = (a: unknown) => (a === undefined || a === null || a === "" || a === "none" || a === "exact" ? null : String(a));

describe("held-out excerpts (scorer)", () => {
  it("scores extraction against gold", () => {
    expect(names.length).toBe(20);
    let TP = 0, FP = 0, FN = 0;
    let approxOk = 0, approxN = 0, yearOk = 0, spanBad = 0, spanN = 0;
    const misses: string[] = [];
    const lines: string[] = [];
    for (const name of names) {
      const text = fs.readFileSync(path.join(DIR, name), "utf8");
      const gold: Gold = JSON.parse(fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".json")), "utf8"));
      const res: any = extract(text, { source: name } as any);
      const got = new Map<string, any>();
      for (const ind of res.indicators ?? []) {
        if (!got.has(ind.code)) got.set(ind.code, ind);
        spanN++;
        const ev = ind.evidence;
        if (!ev || typeof ev.start !== "number" || text.slice(ev.start, ev.end) !== ev.text) {
          spanBad++;
          misses.push(`${name} ${ind.code} evidence span does not slice the input`);
        }
      }
      const skip = new Set(gold.skip ?? []);
      let tp = 0, fp = 0, fn = 0;
      for (const [code, g] of Object.entries(gold.indicators)) {
        if (skip.has(code)) continue;
        const ok = [g.value, ...(g.accept ?? [])];
        const x = got.get(code);
        if (!x) {
          fn++;
          misses.push(`${name} ${code} MISS expected ${g.value}`);
        } else if (ok.some((v) => same(x.value, v))) {
          tp++;
          approxN++;
          if (normApprox(x.approx) === normApprox(g.approx)) approxOk++;
          else misses.push(`${name} ${code} APPROX expected ${normApprox(g.approx)} got ${normApprox(x.approx)}`);
        } else {
          fp++;
          fn++;
          misses.push(`${name} ${code} WRONG expected ${g.value} got ${x.value} «${x.evidence?.text}»`);
        }
      }
      for (const [code, x] of got) {
        if (skip.has(code) || code in gold.indicators) continue;
        fp++;
        misses.push(`${name} ${code} FP got ${x.value} «${x.evidence?.text}»`);
      }
      const y = res.meta?.year;
      if (y === gold.meta.year) yearOk++;
      else misses.push(`${name} YEAR expected ${gold.meta.year} got ${y}`);
      TP += tp; FP += fp; FN += fn;
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      lines.push(`${name}: tp=${tp} fp=${fp} fn=${fn} P=${(100 * p).toFixed(1)} R=${(100 * r).toFixed(1)}`);
    }
    const P = TP + FP ? TP / (TP + FP) : 1;
    const R = TP + FN ? TP / (TP + FN) : 1;
    // eslint-disable-next-line no-console
    console.log(
      [
        ...lines,
        `OVERALL tp=${TP} fp=${FP} fn=${FN} P=${(100 * P).toFixed(1)} R=${(100 * R).toFixed(1)}`,
        `approx accuracy ${approxOk}/${approxN}; year accuracy ${yearOk}/${names.length}; bad evidence spans ${spanBad}/${spanN}`,
        ...misses,
      ].join("\n")
    );
    expect(P).toBeGreaterThanOrEqual(0.95);
    expect(R).toBeGreaterThanOrEqual(0.85);
  });
});
