/**
 * Every name of a division in a text, longest first at each position, found only where a
 * name can start (a character that starts one, then the lengths of the names that begin
 * with those two characters).
 */
import { gazetteer, startKey, type NameRef } from "./gazetteer";
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
  const g = gazetteer();
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i) - 0x3400;
    if (c < 0 || c >= 0x6c00 || g.firstChars[c] === 0) {
      i++;
      continue;
    }
    let hit: Mention | null = null;
    const lengths = g.lengthsByStart.get(startKey(text, i));
    if (!lengths) {
      i++;
      continue;
    }
    for (const len of lengths) {
      if (i + len > to) continue;
      const s = text.slice(i, i + len);
      const refs = g.byName.get(s);
      if (refs) {
        hit = { start: i, end: i + len, text: s, refs, zone: "body", qualifier: false };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
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

