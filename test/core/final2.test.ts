/**
 * Held-out scorer (final2): 14 unseen reports written from the spec only.
 * Scores per report tp/fp/fn: a value equal to gold value or any accept is a tp;
 * a found code absent from gold (and not skipped) is fp; a gold code not found is fn;
 * a wrong value counts fp+fn. Skipped codes are not scored.
 * Qualifier (approx) and year accuracy are reported separately, not asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

interface GoldInd { value: number; approx?: string; accept?: number[] }
interface Gold {
  source: string;
  meta: { region?: string[]; year: number; published?: string[] };
  indicators: Record<string, GoldInd>;
  skip: string[];
}

const DIR = path.join(__dirname, "..", "fixtures", "final2");
const NAMES = Array.from({ length: 14 }, (_, i) => `w${String(i + 1).padStart(2, "0")}`);

const eq = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const normApprox = (a: unknown): string | null =>
  a === undefined || a === null || a === "" || a === "none" || a === "exact" ? null : String(a);

interface Row { name: string; tp: number; fp: number; fn: number }
const rows: Row[] = [];
const errors: string[] = [];
let approxOk = 0, approxTotal = 0, yearOk = 0, yearTotal = 0;
const spanProblems: string[] = [];

describe("final2 held-out scorer", () => {
  for (const name of NAMES) {
    test(`${name} scores`, () => {
      const text = fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8");
      const gold: Gold = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), "utf8"));
      const res: any = extract(text, { source: `${name}.txt` } as any);
      const found: any[] = res.indicators ?? [];
      const skip = new Set(gold.skip ?? []);
      const row: Row = { name, tp: 0, fp: 0, fn: 0 };

      // evidence spans must slice the input
      for (const ind of found) {
        const ev = ind.evidence;
        if (!ev || typeof ev.start !== "number" || text.slice(ev.start, ev.end) !== ev.text) {
          spanProblems.push(`${name} ${ind.code}: span ${ev?.start}-${ev?.end} does not slice input`);
        }
      }

      const byCode = new Map<string, any[]>();
      for (const ind of found) {
        if (!byCode.has(ind.code)) byCode.set(ind.code, []);
        byCode.get(ind.code)!.push(ind);
      }

      const codes = new Set<string>([...Object.keys(gold.indicators), ...byCode.keys()]);
      for (const code of codes) {
        if (skip.has(code)) continue;
        const g = gold.indicators[code];
        const got = byCode.get(code) ?? [];
        if (!g) {
          for (const x of got) {
            row.fp++;
            errors.push(`FP  ${name} ${code} got=${x.value} "${x.evidence?.text}"`);
          }
          continue;
        }
        if (got.length === 0) {
          row.fn++;
          errors.push(`FN  ${name} ${code} expected=${g.value}`);
          continue;
        }
        const ok = [g.value, ...(g.accept ?? [])];
        const hit = got.find((x) => typeof x.value === "number" && ok.some((v) => eq(v, x.value)));
        if (hit) {
          row.tp++;
          approxTotal++;
          const ea = normApprox(g.approx), ga = normApprox(hit.approx);
          if (ea === ga) approxOk++;
          else errors.push(`APX ${name} ${code} expected=${ea} got=${ga} "${hit.evidence?.text}"`);
          for (const x of got) if (x !== hit) {
            row.fp++;
            errors.push(`FP  ${name} ${code} extra got=${x.value} "${x.evidence?.text}"`);
          }
        } else {
          row.fp += got.length;
          row.fn++;
          errors.push(`WR  ${name} ${code} expected=${g.value} got=${got.map((x) => x.value).join(",")} "${got[0].evidence?.text}"`);
        }
      }

      yearTotal++;
      if (res.meta && Number(res.meta.year) === gold.meta.year) yearOk++;
      else errors.push(`YR  ${name} expected=${gold.meta.year} got=${res.meta?.year}`);

      rows.push(row);
      expect(row).toBeDefined();
    });
  }

  afterAll(() => {
    const T = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    const p = T.tp / Math.max(1, T.tp + T.fp), r = T.tp / Math.max(1, T.tp + T.fn);
    const lines = rows.map((x) => {
      const pp = x.tp / Math.max(1, x.tp + x.fp), rr = x.tp / Math.max(1, x.tp + x.fn);
      return `${x.name} tp=${x.tp} fp=${x.fp} fn=${x.fn} P=${pp.toFixed(3)} R=${rr.toFixed(3)}`;
    });
    // eslint-disable-next-line no-console
    console.log(
      [
        "final2 per report:", ...lines,
        `OVERALL tp=${T.tp} fp=${T.fp} fn=${T.fn} P=${p.toFixed(3)} R=${r.toFixed(3)}`,
        `approx accuracy ${approxOk}/${approxTotal}; year accuracy ${yearOk}/${yearTotal}`,
        `span problems: ${spanProblems.length}`, ...spanProblems,
        "errors:", ...errors,
      ].join("\n"),
    );
  });

});

describe("final2 overall", () => {
  test("evidence spans slice the input", () => {
    for (const name of NAMES) {
      const text = fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8");
      const res: any = extract(text, { source: `${name}.txt` } as any);
      for (const ind of res.indicators ?? []) {
        expect(text.slice(ind.evidence.start, ind.evidence.end)).toBe(ind.evidence.text);
      }
    }
  });

  test("overall precision >= 0.95 and recall >= 0.85", () => {
    // recompute independently of the per-report tests' ordering
    let tp = 0, fp = 0, fn = 0;
    for (const name of NAMES) {
      const text = fs.readFileSync(path.join(DIR, `${name}.txt`), "utf8");
      const gold: Gold = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), "utf8"));
      const res: any = extract(text, { source: `${name}.txt` } as any);
      const skip = new Set(gold.skip ?? []);
      const byCode = new Map<string, any[]>();
      for (const ind of res.indicators ?? []) {
        if (!byCode.has(ind.code)) byCode.set(ind.code, []);
        byCode.get(ind.code)!.push(ind);
      }
      for (const code of new Set([...Object.keys(gold.indicators), ...byCode.keys()])) {
        if (skip.has(code)) continue;
        const g = gold.indicators[code];
        const got = byCode.get(code) ?? [];
        if (!g) { fp += got.length; continue; }
        if (!got.length) { fn++; continue; }
        const ok = [g.value, ...(g.accept ?? [])];
        const hit = got.find((x) => ok.some((v) => eq(v, x.value)));
        if (hit) { tp++; fp += got.length - 1; } else { fp += got.length; fn++; }
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });
});
