import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { openccT2s, t2s } from "../../src/core/text/t2s";

// t2s.ts walks opencc-js's tries itself: it must convert exactly as opencc-js's converter does
const reference = openccT2s();

// every key and replacement of the dictionaries t2s reads, and a few characters around them
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = (require("opencc-js/t2cn") as { Locale: { configs: { t2s: { normalizationChain: string[][]; conversionChain: string[][] } } } }).Locale.configs.t2s;
const words: string[] = [];
for (const group of [...config.normalizationChain, ...config.conversionChain])
  for (const dict of group) for (const entry of dict.split("|")) words.push(...entry.split(" "));
const extras = ["a", "1", " ", "\n", ",", "。", "\ud800", "\udc00", "𠀀", "😀", "⿰", "⿱", "区", "國"];

describe("t2s", () => {
  it("converts as opencc-js does on random mixes of its dictionaries' words and characters", () => {
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...extras), fc.constantFrom(...words).map((w) => [...w][0]!));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join("");
        expect(t2s(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("converts as opencc-js does on the seeds, the dictionaries' words run together, and an ideographic description sequence", () => {
    const seeds = join(__dirname, "../../seeds");
    for (const f of readdirSync(seeds).filter((n) => n.endsWith(".txt"))) {
      const s = readFileSync(join(seeds, f), "utf8");
      expect(t2s(s)).toBe(reference(s));
    }
    const all = words.join("");
    expect(t2s(all)).toBe(reference(all));
    expect(t2s("⿰木木乾隆年間")).toBe(reference("⿰木木乾隆年間"));
    expect(t2s("")).toBe("");
  });
});
