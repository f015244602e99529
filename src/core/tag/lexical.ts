/**
 * One longest-match pass over the lexicon: every word the engine knows, tagged
 * with its kind and meaning, with clean-text offsets. Words are looked up by
 * their first character, so the pass is linear in the text (times the few
 * words sharing a first character).
 */
import { LEXICON, type LexiconKind } from "../lexicon";

export interface WordToken {
  kind: LexiconKind;
  /** Every meaning of the word (a word may name several, e.g. 办结率). */
  ids: readonly string[];
  word: string;
  start: number;
  end: number;
}

interface Sense {
  kind: LexiconKind;
  ids: string[];
}

/** Words by the code unit they start with, longest first. */
const INDEX: Map<number, { word: string; senses: Sense[] }[]> = (() => {
  const byWord = new Map<string, Sense[]>();
  for (const [kind, list] of Object.entries(LEXICON) as [LexiconKind, { id: string; words: string[] }[]][]) {
    if (kind === "unit") continue; // units are read by the quantity tagger, right after a number
    for (const e of list)
      for (const w of e.words) {
        const senses = byWord.get(w) ?? [];
        const same = senses.find((s) => s.kind === kind);
        if (same) same.ids.push(e.id);
        else senses.push({ kind, ids: [e.id] });
        byWord.set(w, senses);
      }
  }
  const index = new Map<number, { word: string; senses: Sense[] }[]>();
  for (const [word, senses] of byWord) {
    const first = word.charCodeAt(0);
    const list = index.get(first) ?? [];
    list.push({ word, senses });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.word.length - a.word.length);
  return index;
})();

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** `skip[i]` marks characters inside a quantity token: they are not words. */
export function tagWords(text: string, skip: Uint8Array): WordToken[] {
  const out: WordToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (skip[i]) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    const digit = isDigitCode(c);
    // a word that starts with a digit (12345) starts a digit run, never inside one
    if (digit && isDigitCode(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const cands = INDEX.get(c);
    let hit: { word: string; senses: Sense[] } | undefined;
    if (cands) for (const w of cands) if (text.startsWith(w.word, i) && !(digit && isDigitCode(text.charCodeAt(i + w.word.length)))) {
      hit = w;
      break;
    }
    if (!hit) {
      i++;
      continue;
    }
    for (const s of hit.senses) out.push({ kind: s.kind, ids: s.ids, word: hit.word, start: i, end: i + hit.word.length });
    i += hit.word.length;
  }
  return out;
}
