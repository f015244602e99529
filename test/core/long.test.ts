/**
 * Held-out measurement on long, complete reports (test/fixtures/long).
 * Gold was written from the indicator spec before running the extractor.
 * Scored like a scorer: per report tp/fp/fn (value equal to gold value or any
 * `accept`; codes under `skip` are not scored; a wrong value counts fp+fn).
 * Qualifier (approx) and year accuracy are reported separately, as is evidence
 * span integrity. Only overall precision and recall are asserted.
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

const DIR = path.join(__dirname, "..", "fixtures", "long");
const NAMES = ["l1", "l2", "l3", "l4", "l5", "l6"];
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

describe("long held-out reports", () => {
  it("meets precision >= 0.95 and recall >= 0.85 overall", async () => {
    let TP = 0, FP = 0, FN = 0;
    let approxOk = 0, approxN = 0, yearOk = 0, spanBad = 0;
    const problems: string[] = [];
    for (const n of NAMES) {
      const text = fs.readFileSync(path.join(DIR, `${n}.txt`), "utf8");
      const gold: Gold = JSON.parse(fs.readFileSync(path.join(DIR, `${n}.json`), "utf8"));
      const res: any = await (extract as any)(text, { source: gold.source });
      const got = new Map<string, any>();
      for (const ind of res.indicators ?? []) {
        if (!got.has(ind.code)) got.set(ind.code, ind);
        const ev = ind.evidence;
        if (!ev || text.slice(ev.start, ev.end) !== ev.text || !/[0-9０-９]/.test(ev.text ?? "")) {
          spanBad++;
          problems.push(`${n} ${ind.code} bad evidence span ${JSON.stringify(ev)}`);
        }
      }
      let tp = 0, fp = 0, fn = 0;
      const codes = new Set([...Object.keys(gold.indicators), ...got.keys()]);
      for (const code of codes) {
        if (gold.skip.includes(code)) continue;
        const g = gold.indicators[code];
        const x = got.get(code);
        const frag = x ? JSON.stringify(x.evidence?.text ?? "") : "";
        if (g && x) {
          const ok = [g.value, ...(g.accept ?? [])].some((v) => near(v, x.value));
          if (ok) {
            tp++;
            approxN++;
            const want = g.approx ?? null;
            const have = x.approx ?? null;
            if (want === have) approxOk++;
            else problems.push(`${n} ${code} approx expected ${want} got ${have} ${frag}`);
          } else {
            fp++; fn++;
            problems.push(`${n} ${code} WRONG expected ${g.value} got ${x.value} ${frag}`);
          }
        } else if (g) {
          fn++;
          problems.push(`${n} ${code} MISS expected ${g.value}`);
        } else if (x) {
          fp++;
          problems.push(`${n} ${code} FP got ${x.value} ${frag}`);
        }
      }
      const year = res.meta?.year;
      if (year === gold.meta.year) yearOk++;
      else problems.push(`${n} meta.year expected ${gold.meta.year} got ${year}`);
      TP += tp; FP += fp; FN += fn;
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      console.log(`${n}: tp=${tp} fp=${fp} fn=${fn} P=${p.toFixed(3)} R=${r.toFixed(3)} year=${year}`);
    }
    const P = TP + FP ? TP / (TP + FP) : 1;
    const R = TP + FN ? TP / (TP + FN) : 1;
    console.log(
      `OVERALL tp=${TP} fp=${FP} fn=${FN} P=${P.toFixed(3)} R=${R.toFixed(3)} ` +
        `approx ${approxOk}/${approxN} year ${yearOk}/${NAMES.length} badSpans=${spanBad}\n` +
        problems.join("\n")
    );
    expect(P).toBeGreaterThanOrEqual(0.95);
    expect(R).toBeGreaterThanOrEqual(0.85);
  });
});
