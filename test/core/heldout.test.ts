/**
 * Held-out measurement on whole reports (test/fixtures/heldout/h1..h8).
 * The reports and their gold were written from the catalog spec and the
 * register of real reports, without reading the rules. The file measures:
 * it logs micro precision/recall per report and overall and asserts only the
 * bar for unseen reports (P >= 0.95, R >= 0.85) and that evidence spans slice
 * the input. It never asserts a particular value.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

interface GoldValue {
  value: number;
  approx?: string;
  accept?: number[];
}
interface Gold {
  source: string;
  meta: { region?: string[]; year?: number; published?: string[] };
  indicators: Record<string, GoldValue>;
  skip: string[];
}

const DIR = path.join(__dirname, "..", "fixtures", "heldout");
const NAMES = ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8"];

interface Score {
  tp: number;
  fp: number;
  fn: number;
  notes: string[];
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

function score(gold: Gold, got: { code: string; value: number; evidence: { text: string } }[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, notes: [] };
  const skip = new Set(gold.skip);
  const byCode = new Map(got.map((g) => [g.code, g]));
  for (const [code, g] of Object.entries(gold.indicators)) {
    if (skip.has(code)) continue;
    const x = byCode.get(code);
    const ok = [g.value, ...(g.accept ?? [])];
    if (!x) {
      s.fn++;
      s.notes.push(`FN ${code}: expected ${g.value}, got nothing`);
    } else if (ok.some((v) => same(v, x.value))) {
      s.tp++;
    } else {
      s.fp++;
      s.fn++;
      s.notes.push(`WRONG ${code}: expected ${g.value}, got ${x.value} from "${x.evidence.text}"`);
    }
  }
  for (const x of got) {
    if (skip.has(x.code) || x.code in gold.indicators) continue;
    s.fp++;
    s.notes.push(`FP ${x.code}: got ${x.value} from "${x.evidence.text}"`);
  }
  return s;
}

const pr = (s: { tp: number; fp: number; fn: number }) => ({
  p: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
  r: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn),
});

describe("held-out whole reports", () => {
  const total = { tp: 0, fp: 0, fn: 0 };
  const lines: string[] = [];

  for (const name of NAMES) {
    test(`${name}: evidence slices the input; scored against gold`, () => {
      const input = fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8");
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), "utf8")) as Gold;
      const res = extract(input, { source: `${name}.txt` });
      for (const ind of res.indicators) {
        expect(ind.evidence.text).toBe(input.slice(ind.evidence.start, ind.evidence.end));
        expect(ind.evidence.end).toBeGreaterThan(ind.evidence.start);
      }
      const s = score(gold, res.indicators);
      total.tp += s.tp;
      total.fp += s.fp;
      total.fn += s.fn;
      const { p, r } = pr(s);
      const metaNotes: string[] = [];
      if (gold.meta.year !== undefined && res.meta.year !== gold.meta.year)
        metaNotes.push(`meta.year expected ${gold.meta.year}, got ${res.meta.year}`);
      if (gold.meta.region && !gold.meta.region.includes(res.meta.region ?? ""))
        metaNotes.push(`meta.region expected one of ${gold.meta.region.join("/")}, got ${res.meta.region}`);
      if (gold.meta.published && !gold.meta.published.includes(res.meta.published ?? ""))
        metaNotes.push(`meta.published expected one of ${gold.meta.published.join("/")}, got ${res.meta.published}`);
      lines.push(
        `${name}: P=${(p * 100).toFixed(1)} R=${(r * 100).toFixed(1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})` +
          [...s.notes, ...metaNotes].map((n) => `\n    ${n}`).join(""),
      );
    });
  }

  afterAll(() => {
    const { p, r } = pr(total);
    console.log(
      `held-out whole reports\n${lines.join("\n")}\nOVERALL: P=${(p * 100).toFixed(1)} R=${(r * 100).toFixed(1)} ` +
        `(tp ${total.tp} fp ${total.fp} fn ${total.fn})`,
    );
  });

  test("overall precision >= 0.95 and recall >= 0.85", () => {
    // runs after the per-report tests (jest runs tests in a file in order)
    const { p, r } = pr(total);
    expect(total.tp + total.fn).toBeGreaterThan(0);
    expect(p).toBeGreaterThanOrEqual(0.95);
    expect(r).toBeGreaterThanOrEqual(0.85);
  });
});
