import { CODES } from "../../src/core/catalog";
import { extract } from "../../src/core/extract";
import { ALL_RULES, applyRules } from "../../src/core/rules/apply";
import { families } from "./corpus";
import { inputOf } from "./corpus/check";

describe("every rule reads its own example sentences", () => {
  for (const r of ALL_RULES) {
    it(`${r.code} ← ${r.name}`, () => {
      expect(r.examples.length).toBeGreaterThanOrEqual(2);
      for (const ex of r.examples) {
        const hits = applyRules(ex, null).filter((c) => c.rule === r.name && !c.rejected);
        expect({ ex, found: hits.length > 0 }).toEqual({ ex, found: true });
      }
    });
  }
});

describe("catalog coverage", () => {
  // (as the rules retire, a code may have none left: the frames read it, and the own corpus has its sentences, at least
  // five each, corpus.test.ts)
  it("every wording rule's code is one the extractor fills from the rule's own examples", () => {
    for (const code of CODES) {
      const rules = ALL_RULES.filter((r) => r.code === code);
      if (!rules.length) continue;
      const found = rules.flatMap((r) => r.examples).some((ex) => extract(ex, { source: "ex" }).indicators.some((i) => i.code === code));
      expect({ code, found }).toEqual({ code, found: true });
    }
  });

  it("every catalog code is filled from some own-corpus sentence, rule or none", () => {
    for (const code of CODES) {
      const cases = Object.values(families).flat().filter((c) => code in c.expect && !c.known);
      const found = cases.some((c) => extract(inputOf(c), { source: "c" }).indicators.some((i) => i.code === code && i.value === c.expect[code]));
      expect({ code, found }).toEqual({ code, found: true });
    }
  });
});
