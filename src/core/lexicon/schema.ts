/**
 * The lexicon's shape: the domain's words as data, validated by zod when the
 * engine loads them. A wording is a line here (and a test sentence), never a
 * regular expression.
 */
import { z } from "zod";

/** A word (or phrase) as it stands in the clean, simplified text. */
const Word = z.string().min(1).max(16).regex(/^[^\s|]+$/u, "a lexicon word has no spaces or pipes");

export const EntrySchema = z.object({
  /** What the words mean (a concept id, an event id …). */
  id: z.string().min(1),
  words: z.array(Word).min(1),
});
export type Entry = z.infer<typeof EntrySchema>;

export const LexiconKindSchema = z.enum(["concept", "event", "unit", "rate", "body", "period", "modifier", "stop"]);
export type LexiconKind = z.infer<typeof LexiconKindSchema>;

export const LexiconSchema = z.record(LexiconKindSchema, z.array(EntrySchema));
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Helper for the data files: `entries({ id: "a b c" })` → [{ id, words: [a, b, c] }]. */
export function entries(spec: Record<string, string>): Entry[] {
  return Object.entries(spec).map(([id, words]) => ({ id, words: words.split(/\s+/u).filter(Boolean) }));
}
