/**
 * The lexicon, validated once when loaded: every word the engine knows, by kind.
 */
import { bodies } from "./bodies";
import { concepts } from "./concepts";
import { events } from "./events";
import { modifiers } from "./modifiers";
import { periods } from "./periods";
import { rates } from "./rates";
import { LexiconSchema, type Lexicon } from "./schema";
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
