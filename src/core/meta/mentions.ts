/**
 * Every name of a division in a text, longest first at each position, found in one pass over
 * its code units: at each character that starts a name, the gazetteer's trie is walked as far
 * as the text goes on with a name, and the longest name met is taken.
 */
import { gazetteer, PAIR_MUL, PAIR_SHIFT } from "./gazetteer";
import type { NameRef } from "./gazetteer";
import type { Zone } from "./zones";

export interface Mention {
  start: number;
  end: number;
  text: string;
  refs: NameRef[];
  zone: Zone;
  /** Set when the mention only qualifies the next one (石家庄市 in 石家庄市鹿泉区). */
  qualifier: boolean;
  /** Set when the mention follows its parent (鹿泉区 in 石家庄市鹿泉区). */
  parented?: boolean;
}

const SCAN_HEAD = 30000;
const SCAN_TAIL = 3000;

function scan(text: string, from: number, to: number, out: Mention[]): void {
  // the trie's arrays in locals, and its slot lookup (gazetteer.ts trieSlot) written out: this
  // loop runs for every character of a report's head
  const t = gazetteer().trie;
  const { first, slots, mask, refs: refsAt, pairs } = t;
  // (an imported binding is a getter call in the module's compiled form: read once)
  const mul = PAIR_MUL;
  const shift = PAIR_SHIFT;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i) - 0x3400;
    if (c < 0 || c >= 0x6c00) {
      i++;
      continue;
    }
    // every name has two units or more (else `pairs` is null): none starts here unless the
    // pair is one of a name's (the filter is read before `first`: it is the one table this loop
    // touches at every character, and it has to stay in cache)
    if (pairs !== null) {
      if (i + 1 >= to) break;
      const b = Math.imul((c << 16) | text.charCodeAt(i + 1), mul) >>> shift; // pairBit
      if ((pairs[b >>> 5]! & (1 << (b & 31))) === 0) {
        i++;
        continue;
      }
    }
    let node = first[c]!;
    if (node === 0) {
      i++;
      continue;
    }
    // the longest name that the text at i goes on with, ending by `to`
    let end = -1;
    let refs: NameRef[] | null = null;
    for (let k = i + 1; ; k++) {
      const r = refsAt[node]!;
      if (r !== null) {
        end = k;
        refs = r;
      }
      if (k >= to) break;
      const unit = text.charCodeAt(k);
      let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77)) & mask;
      while (slots[4 * h + 2] !== 0 && (slots[4 * h] !== node || slots[4 * h + 1] !== unit)) h = (h + 1) & mask;
      node = slots[4 * h + 2]!;
      if (node === 0) break;
    }
    if (refs !== null) {
      out.push({ start: i, end, text: text.slice(i, end), refs, zone: "body", qualifier: false });
      i = end;
    } else i++;
  }
}

export function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.length <= SCAN_HEAD + SCAN_TAIL) scan(text, 0, text.length, out);
  else {
    scan(text, 0, SCAN_HEAD, out);
    scan(text, text.length - SCAN_TAIL, text.length, out);
  }
  return out;
}

