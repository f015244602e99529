/**
 * The project's own extractor corpus (test/core/corpus/*.ts), duckling style:
 * short passages in the register of 法治政府建设情况报告, each naming the values it
 * must yield and the codes it must not.
 *
 * - an expected code has exactly the value, and the qualifier the case gives (none when it gives none);
 * - an absent code is not in `indicators` (a suggestion is fine);
 * - every evidence span (values and suggestions) slices the input, and a value's span holds the number as written;
 * - a case marked `known: "miss" | "wrong"` must STILL fail in that way: when the extractor
 *   is fixed the test says "now passes: remove known", so the known list stays honest.
 */
import { families } from "./corpus";
import { runCase } from "./corpus/check";
import { MEDIATION, RESPONSE, REVIEW, STUDY } from "./corpus/types";

const tally: Record<string, { cases: number; passing: number; miss: number; wrong: number }> = {};

for (const [family, cases] of Object.entries(families)) {
  describe(`corpus: ${family}`, () => {
    cases.forEach((c, i) => {
      const title = `${family}#${i} ${c.known ? `[known ${c.known}] ` : ""}${c.text.replace(/\n/g, " ⏎ ").slice(0, 48)}`;
      test(title, () => {
        const o = runCase(c);
        const t = (tally[family] ??= { cases: 0, passing: 0, miss: 0, wrong: 0 });
        t.cases++;
        if (o.kind === "pass") t.passing++;
        else t[o.kind]++;
        expect(o.spanErrors).toEqual([]);
        if (!c.known) {
          if (o.problems.length) throw new Error(`${o.problems.join("\n")}\ninput: ${o.input}\ngot: ${o.got}\nsuggested: ${o.suggested || "(none)"}`);
          return;
        }
        if (o.kind === "pass") throw new Error(`now passes: remove known: "${c.known}" from ${family}#${i}`);
        if (o.kind !== c.known)
          throw new Error(`known: "${c.known}" but it is now "${o.kind}": update the case\n${o.problems.join("\n")}\ngot: ${o.got}\nsuggested: ${o.suggested || "(none)"}`);
      });
    });
  });
}

describe("corpus: coverage", () => {
  const all = Object.values(families).flat();
  test.each([...REVIEW, ...MEDIATION, ...RESPONSE, ...STUDY])("%s has ≥5 positive and ≥3 negative cases", (code) => {
    expect(all.filter((c) => code in c.expect).length).toBeGreaterThanOrEqual(5);
    expect(all.filter((c) => c.absent?.includes(code)).length).toBeGreaterThanOrEqual(3);
  });
  test("every constructed case names only catalog codes", () => {
    const codes = new Set<string>([...REVIEW, ...MEDIATION, ...RESPONSE, ...STUDY]);
    const unknown = all.flatMap((c) => [...Object.keys(c.expect), ...(c.absent ?? [])]).filter((k) => !codes.has(k));
    expect(unknown).toEqual([]);
  });
});

afterAll(() => {
  const rows = Object.entries(tally).map(([f, t]) => `${f.padEnd(14)} ${t.cases} cases, ${t.passing} passing, ${t.miss} known miss, ${t.wrong} known wrong`);
  if (rows.length) console.log(`extractor corpus\n${rows.join("\n")}`);
});
