/**
 * Traditional → simplified, as opencc-js's Converter({ from: "t", to: "cn" }) converts, only faster.
 *
 * That converter is two passes over the text, each a greedy longest match in a trie of Maps (the
 * normalisation trie, then the conversion trie of phrases and characters), allocating an object per
 * match. Here the same tries (built by opencc-js's own Trie from its own dictionaries, in its order)
 * are walked, but a character that begins no key, or only a one-character key, is decided by one
 * array read: most characters of a report are one of those. A text holding an ideographic
 * description character (U+2FF0–2FFF), which opencc-js steps over as a whole sequence, goes to
 * opencc-js itself.
 */

type ConverterFn = (s: string) => string;
/** A trie node as opencc-js builds it: children by code point, and the replacement of the key ending here. */
type TrieNode = Map<number, TrieNode> & { trie_val?: string };

// opencc-js ships a UMD build for require() and ESM for bundlers; its types only describe the ESM side.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require("opencc-js/t2cn") as {
  Converter: (o: { from: string; to: string }) => ConverterFn;
  Trie: new () => { map: TrieNode; loadDictGroup(dicts: unknown[]): void };
  Locale: { configs: Record<string, { normalizationChain?: unknown[][]; conversionChain: unknown[][]; segmentation?: unknown }> };
};

/** One trie, with its root's BMP entries as arrays: 0 begins no key, 1 only a one-character key (its value in `value`), 2 longer keys too. */
interface Pass {
  root: TrieNode;
  kind: Uint8Array;
  value: (string | undefined)[];
}

function passOf(dicts: unknown[]): Pass {
  const trie = new OpenCC.Trie();
  trie.loadDictGroup(dicts);
  const kind = new Uint8Array(0x10000);
  const value = new Array<string | undefined>(0x10000).fill(undefined);
  for (const [cp, node] of trie.map) {
    if (cp > 0xffff) continue;
    if (node.size === 0 && node.trie_val !== undefined) (kind[cp] = 1), (value[cp] = node.trie_val);
    else kind[cp] = 2;
  }
  return { root: trie.map, kind, value };
}

let passes: Pass[] | null = null;
let reference: ConverterFn | null = null;

/** The passes, as opencc-js's Converter({ from: "t", to: "cn" }) chains them (its t2s configuration: no segmentation). */
function passesOf(): Pass[] {
  if (passes) return passes;
  const config = OpenCC.Locale.configs.t2s;
  if (!config || config.segmentation) throw new Error("opencc-js: t2s is not the configuration t2s.ts reads");
  passes = [...(config.normalizationChain ?? []), ...config.conversionChain].map(passOf);
  return passes;
}

/** opencc-js's own converter: the reference, and the one for a text with ideographic description characters. */
export function openccT2s(): ConverterFn {
  if (!reference) reference = OpenCC.Converter({ from: "t", to: "cn" });
  return reference;
}

/** One pass: opencc-js Trie.convert (the longest key at each point, else one code point as it is). */
function convertPass(p: Pass, s: string): string {
  const { root, kind, value } = p;
  const n = s.length;
  let out = "";
  let from = 0; // start of the run copied as it is
  for (let i = 0; i < n; ) {
    const u = s.charCodeAt(i);
    const k = u < 0xd800 || u > 0xdfff ? kind[u]! : 2;
    if (k === 0) {
      i++;
      continue;
    }
    if (k === 1) {
      out += s.slice(from, i) + value[u]!;
      from = ++i;
      continue;
    }
    // the longest key from i, as opencc-js's matchPrefix reads it
    let node: TrieNode = root;
    let end = 0;
    let replacement = "";
    for (let a = i; a < n; ) {
      const cp = s.codePointAt(a)!;
      a += cp > 0xffff ? 2 : 1;
      const next = node.get(cp);
      if (next === undefined) break;
      node = next;
      if (node.trie_val !== undefined) (end = a), (replacement = node.trie_val);
    }
    if (end > 0) {
      out += s.slice(from, i) + replacement;
      from = i = end;
    } else i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `s` traditional → simplified, exactly as opencc-js's Converter({ from: "t", to: "cn" })(s). */
export function t2s(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0x2ff0 && u <= 0x2fff) return openccT2s()(s);
  }
  let t = s;
  for (const p of passesOf()) t = convertPass(p, t);
  return t;
}
