/**
 * The lexicon's own consistency: data other parts of the engine lean on.
 */
import { LEXICON } from "../../src/core/lexicon";
import { implied, talk } from "../../src/core/lexicon/implied";

const wordsOf = (kind: keyof typeof LEXICON) => new Set((LEXICON[kind] ?? []).flatMap((e) => e.words));
const ids = (kind: keyof typeof LEXICON) => new Set((LEXICON[kind] ?? []).map((e) => e.id));

describe("verbs that say their object (lexicon/implied.ts)", () => {
  it("names only concepts the lexicon has, and only words the tagger reads as events", () => {
    const events = wordsOf("event");
    const concepts = ids("concept");
    for (const e of implied) {
      expect(concepts).toContain(e.id);
      for (const w of e.words) expect([w, events.has(w)]).toEqual([w, true]);
    }
  });

  it("has for each implied object the words that say a text is about it", () => {
    expect(talk.map((t) => t.id).sort()).toEqual(implied.map((e) => e.id).sort());
  });
});
