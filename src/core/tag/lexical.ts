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

/**
 * A trie over code units laid out in flat arrays: node 0 is the root, a node's
 * edges are the run [EDGE_START[n], EDGE_START[n + 1]) of EDGE_UNIT/EDGE_TO, and
 * ENTRY[n] the word that ends there (null: none). The root's children are read
 * from FIRST by code unit; no Map lookup per character.
 */
const { FIRST, EDGE_START, EDGE_UNIT, EDGE_TO, ENTRY } = (() => {
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
  const kids: Map<number, number>[] = [new Map()];
  const entries: (Entry | null)[] = [null];
  for (const [word, senses] of byWord) {
    if (!word) continue;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      let child = kids[node]!.get(c);
      if (child === undefined) {
        child = kids.length;
        kids.push(new Map());
        entries.push(null);
        kids[node]!.set(c, child);
      }
      node = child;
    }
    entries[node] = { word, senses };
  }
  const first = new Int32Array(0x10000);
  const edgeStart = new Int32Array(kids.length + 1);
  const edges = kids.reduce((n, m) => n + m.size, 0);
  const edgeUnit = new Uint16Array(edges);
  const edgeTo = new Int32Array(edges);
  let e = 0;
  for (let node = 0; node < kids.length; node++) {
    edgeStart[node] = e;
    for (const [c, child] of kids[node]!) {
      if (node === 0) first[c] = child;
      edgeUnit[e] = c;
      edgeTo[e++] = child;
    }
  }
  edgeStart[kids.length] = e;
  return { FIRST: first, EDGE_START: edgeStart, EDGE_UNIT: edgeUnit, EDGE_TO: edgeTo, ENTRY: entries };
})();

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** `skip[i]` marks characters inside a quantity token: they are not words. */
export function tagWords(text: string, skip: Uint8Array): WordToken[] {
  // the tables in locals: read once, not from the module's scope at every character
  const first = FIRST;
  const edgeStart = EDGE_START;
  const edgeUnit = EDGE_UNIT;
  const edgeTo = EDGE_TO;
  const entries = ENTRY;
  const out: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (skip[i]) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    let node = first[c]!;
    if (node === 0) {
      i++;
      continue;
    }
    const digit = isDigitCode(c);
    // a word that starts with a digit (12345) starts a digit run, never inside one
    if (digit && i > 0 && isDigitCode(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    // the longest word at i (one that starts with a digit must not stop inside a digit run)
    let hit: Entry | null = null;
    for (let k = i + 1; ; k++) {
      const entry = entries[node]!;
      if (entry !== null && !(digit && k < n && isDigitCode(text.charCodeAt(k)))) hit = entry;
      if (k >= n) break;
      const u = text.charCodeAt(k);
      const to = edgeStart[node + 1]!;
      let e = edgeStart[node]!;
      while (e < to && edgeUnit[e] !== u) e++;
      if (e === to) break;
      node = edgeTo[e]!;
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
