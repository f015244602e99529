/**
 * Third held-out measurement (heldout2): 16 invented report excerpts in the
 * style of real openings (mirror-site debris, traditional characters, a
 * yearbook page, a news article, a table, a hotline report, a traps-only
 * report). Gold was written from the catalog spec before the extractor was run.
 *
 * Scoring per report: a gold code found with value equal to `value` or one of
 * `accept` (and evidence that slices the input) is a tp; a found code with a
 * wrong value or bad evidence is a fp (and, if in gold, also a fn); a found
 * code absent from gold is a fp; a gold code not found is a fn. Codes under
 * `skip` are not scored either way. Only the overall thresholds are asserted.
 */
import * as fs from "fs";
import * as path from "path";
import { extract } from "../../src/core/extract";

interface GoldEntry {
  value: number;
  approx?: string;
  accept?: number[];
}
interface Gold {
  source: string;
  meta: { region?: string[]; year: number; published?: string[] };
  indicators: Record<string, GoldEntry>;
  skip: string[];
}

const DIR = path.join(__dirname, "..", "fixtures", "heldout2");
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

interface Miss {
  report: string;
  code: string;
  kind: "fp" | "fn" | "fp+fn";
  fragment: string;
  expected: string;
  got: string;
}

describe("heldout2 measurement", () => {
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort();

  it("has 16 reports", () => {
    expect(files.length).toBe(16);
  });

  it("reaches precision >= 0.95 and recall >= 0.85 overall", () => {
    let TP = 0;
    let FP = 0;
    let FN = 0;
    const misses: Miss[] = [];
    const lines: string[] = [];

    for (const jf of files) {
      const gold = JSON.parse(fs.readFileSync(path.join(DIR, jf), "utf8")) as Gold;
      const input = fs.readFileSync(path.join(DIR, gold.source), "utf8");
      const res = extract(input, { source: gold.source });
      const skip = new Set(gold.skip);
      const found = new Map(res.indicators.map((i) => [i.code, i]));
      let tp = 0;
      let fp = 0;
      let fn = 0;

      for (const ind of res.indicators) {
        if (skip.has(ind.code)) continue;
        const ev = ind.evidence;
        const evOk =
          ev.start >= 0 && ev.end <= input.length && ev.start < ev.end && input.slice(ev.start, ev.end) === ev.text;
        const g = gold.indicators[ind.code];
        const got = `${ind.value}${ind.approx ? ` (${ind.approx})` : ""}${evOk ? "" : " [bad evidence]"}`;
        if (!g) {
          fp++;
          misses.push({ report: gold.source, code: ind.code, kind: "fp", fragment: ev.text, expected: "absent", got });
          continue;
        }
        const ok = [g.value, ...(g.accept ?? [])].some((v) => same(v, ind.value));
        if (ok && evOk) tp++;
        else {
          fp++;
          fn++;
          misses.push({
            report: gold.source,
            code: ind.code,
            kind: "fp+fn",
            fragment: ev.text,
            expected: [g.value, ...(g.accept ?? [])].join("|"),
            got,
          });
        }
      }
      for (const [code, g] of Object.entries(gold.indicators)) {
        if (skip.has(code) || found.has(code)) continue;
        fn++;
        misses.push({ report: gold.source, code, kind: "fn", fragment: "", expected: String(g.value), got: "absent" });
      }
      TP += tp;
      FP += fp;
      FN += fn;
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      lines.push(
        `${gold.source}\tP=${p.toFixed(3)} R=${r.toFixed(3)}\ttp=${tp} fp=${fp} fn=${fn}\tyear=${res.meta.year ?? "-"}/${gold.meta.year}`,
      );
    }

    const P = TP + FP ? TP / (TP + FP) : 1;
    const R = TP + FN ? TP / (TP + FN) : 1;
    lines.push(`OVERALL\tP=${P.toFixed(3)} R=${R.toFixed(3)}\ttp=${TP} fp=${FP} fn=${FN}`);
    for (const m of misses)
      lines.push(
        `  ${m.kind}\t${m.report}\t${m.code}\t«${m.fragment.replace(/\s+/g, " ")}»\texpected=${m.expected}\tgot=${m.got}`,
      );
    console.log(lines.join("\n"));

    expect(P).toBeGreaterThanOrEqual(0.95);
    expect(R).toBeGreaterThanOrEqual(0.85);
  });
});
