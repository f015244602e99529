import { CODES } from "../../src/core/catalog";
import { extract } from "../../src/core/extract";
import { ALL_RULES, applyRules } from "../../src/core/rules/apply";

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
  it("every catalog code has at least one rule with examples that extract it", () => {
    for (const code of CODES) {
      const rules = ALL_RULES.filter((r) => r.code === code);
      expect({ code, rules: rules.length > 0 }).toEqual({ code, rules: true });
      const found = rules.flatMap((r) => r.examples).some((ex) => extract(ex, { source: "ex" }).indicators.some((i) => i.code === code));
      expect({ code, found }).toEqual({ code, found: true });
    }
  });
});
