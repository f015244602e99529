/**
 * Fourth held-out measurement (heldout3): 14 invented report excerpts of kinds
 * not common in the corpus (department reports, 街道, 乡 in Chinese numerals,
 * prefecture city with county sub-totals, bullet lists, WeChat copy, 繁體 with
 * full-width digits, year only in the signature, comparison table, 12345
 * centre). Gold was decided from the catalog spec before the extractor ran.
 * Scored like the benchmark: per report tp/fp/fn (a value equal to gold value
 * or one of accept is tp; a wrong value is fp+fn; codes under skip are not
 * scored); only overall P/R are asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

interface GoldEntry { value: number; approx?: string; accept?: number[] }
interface Gold {
  source: string;
  meta: { region?: string[]; year: number; published?: string[] };
  indicators: Record<string, GoldEntry>;
  skip: string[];
}

const DIR = path.join(__dirname, "..", "fixtures", "heldout3");
const NAMES = fs.readdirSync(DIR).filter((f) => /^y\d\d\.txt$/.test(f)).sort();

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

interface Score { name: string; tp: number; fp: number; fn: number; notes: string[] }

const scores: Score[] = [];

describe("heldout3: invented reports scored against spec-derived gold", () => {
  test("there are 14 reports, each with gold", () => {
    expect(NAMES.length).toBe(14);
    for (const n of NAMES) expect(fs.existsSync(path.join(DIR, n.replace(/\.txt$/, ".json")))).toBe(true);
  });

  for (const name of NAMES) {
    test(`${name}: evidence spans slice the input; scored`, () => {
      const text = fs.readFileSync(path.join(DIR, name), "utf8");
      const gold: Gold = JSON.parse(fs.readFileSync(path.join(DIR, name.replace(/\.txt$/, ".json")), "utf8"));
      const res = extract(text, { source: name });
      const s: Score = { name, tp: 0, fp: 0, fn: 0, notes: [] };
      const got = new Map<string, (typeof res.indicators)[number]>();
      for (const ind of res.indicators) {
        // Evidence must be an exact slice of the original input.
        expect(ind.evidence.start).toBeGreaterThanOrEqual(0);
        expect(ind.evidence.end).toBeGreaterThan(ind.evidence.start);
        expect(ind.evidence.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(ind.evidence.start, ind.evidence.end)).toBe(ind.evidence.text);
        got.set(ind.code, ind);
      }
      const skip = new Set(gold.skip ?? []);
      for (const [code, g] of Object.entries(gold.indicators)) {
        if (skip.has(code)) continue;
        const ind = got.get(code);
        if (!ind) {
          s.fn++;
          s.notes.push(`MISS ${code}: expected ${g.value}, got nothing`);
          continue;
        }
        const ok = [g.value, ...(g.accept ?? [])].some((v) => same(v, ind.value));
        if (ok) s.tp++;
        else {
          s.fp++;
          s.fn++;
          s.notes.push(`WRONG ${code}: expected ${g.value}, got ${ind.value} from «${ind.evidence.text}»`);
        }
      }
      for (const [code, ind] of got) {
        if (skip.has(code) || code in gold.indicators) continue;
        s.fp++;
        s.notes.push(`FP ${code}: got ${ind.value} from «${ind.evidence.text}»`);
      }
      if (res.meta.year !== gold.meta.year) s.notes.push(`(meta) year expected ${gold.meta.year}, got ${res.meta.year}`);
      scores.push(s);
    });
  }

  afterAll(() => {
    let tp = 0, fp = 0, fn = 0;
    const lines: string[] = [];
    for (const s of scores) {
      tp += s.tp; fp += s.fp; fn += s.fn;
      const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
      const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
      lines.push(`${s.name}: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
      for (const n of s.notes) lines.push(`    ${n}`);
    }
    const P = tp + fp ? tp / (tp + fp) : 1;
    const R = tp + fn ? tp / (tp + fn) : 1;
    lines.push(`OVERALL: P ${(100 * P).toFixed(1)} R ${(100 * R).toFixed(1)} (tp ${tp} fp ${fp} fn ${fn})`);
    console.log(lines.join("\n"));
  });

  test("overall precision >= 0.95 and recall >= 0.85", () => {
    // Runs after the per-report tests (jest runs tests in declaration order).
    let tp = 0, fp = 0, fn = 0;
    for (const s of scores) { tp += s.tp; fp += s.fp; fn += s.fn; }
    expect(scores.length).toBe(NAMES.length);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
  });
});
