/**
 * The lexicon, validated once when loaded: every word the engine knows, by kind.
 */
import { bodies } from "./bodies";
import { concepts } from "./concepts";
import { events } from "./events";
import { modifiers } from "./modifiers";
import { periods } from "./periods";
import { rates } from "./rates";
import { LexiconSchema, type Lexicon, type LexiconKind } from "./schema";
import { stops } from "./stops";
import { units } from "./units";

export type { Entry, Lexicon, LexiconKind } from "./schema";

export const LEXICON: Lexicon = LexiconSchema.parse({
  concept: concepts,
  event: events,
  unit: units,
  rate: rates,
  body: bodies,
  period: periods,
  modifier: modifiers,
  stop: stops,
});

/** The words of a kind's entries with these ids (the modifier "total": 共 共计 合计 …). */
export function lexiconWords(kind: LexiconKind, ...ids: string[]): string[] {
  return (LEXICON[kind] ?? []).filter((e) => ids.includes(e.id)).flatMap((e) => e.words);
}
