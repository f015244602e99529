/**
 * One longest-match pass over the lexicon: every word the engine knows, tagged
 * with its kind and meaning, with clean-text offsets. Words are looked up in a
 * trie of code units, so the pass is linear in the text (times the length of
 * the longest word).
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

interface Entry {
  word: string;
  senses: Sense[];
}

/** A trie over code units: the words that go on from here, and the word that ends here. */
interface Node {
  next: Map<number, Node>;
  entry: Entry | null;
}

const ROOT: Node = (() => {
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
  const root: Node = { next: new Map(), entry: null };
  for (const [word, senses] of byWord) {
    if (!word) continue;
    let node = root;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), entry: null }));
      node = child;
    }
    node.entry = { word, senses };
  }
  return root;
})();

/** The root's children by code unit: an array read for every character instead of a map lookup. */
const FIRST: (Node | undefined)[] = (() => {
  const first = new Array<Node | undefined>(0x10000).fill(undefined);
  for (const [c, node] of ROOT.next) first[c] = node;
  return first;
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
    // the longest word at i (one that starts with a digit must not stop inside a digit run)
    let hit: Entry | null = null;
    let node = FIRST[c];
    for (let k = i + 1; node; k++) {
      if (node.entry && !(digit && isDigitCode(text.charCodeAt(k)))) hit = node.entry;
      if (k >= text.length) break;
      node = node.next.get(text.charCodeAt(k));
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
