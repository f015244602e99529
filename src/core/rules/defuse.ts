/**
 * The wording rules' regular expressions read a numeral or a filler word from
 * every position of a run, so a long run of them costs the square of its
 * length. Runs no report sentence writes (over 16 Chinese numeral characters
 * in a row, a unit of one to four characters repeated four times and more, a
 * "sentence" of over 3,000 characters with no full stop or line break) are
 * blanked for the rules, character for character, so offsets hold. The frame engine
 * reads the text as it is: its tagger is one linear pass.
 */
import { CN_NUMERAL_CHARS } from "../numbers/readNumber";

/** 1 at the code unit of every Chinese numeral character (all in the BMP): a table, not a string per character. */
const CN = new Uint8Array(0x10000);
for (const c of CN_NUMERAL_CHARS) CN[c.charCodeAt(0)] = 1;
/** The longest run of Chinese numerals a figure is written with (一千二百三十四万五千六百七十八 is 15; no report writes one). */
const MAX_NUMERAL_RUN = 16;
const MAX_REPEATS = 3;
const BLANK = "□";
const MAX_SENTENCE = 3000;
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of "。！？!?\n") SENTENCE_END[c.charCodeAt(0)] = 1;

function sameUnit(text: string, a: number, b: number, w: number): boolean {
  for (let k = 0; k < w; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

function hasDigit(text: string, a: number, w: number): boolean {
  for (let k = 0; k < w; k++) {
    const c = text.charCodeAt(a + k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

export function defuse(text: string): string {
  const n = text.length;
  // ranges to blank; the text is copied only when there are any
  const blank: [number, number][] = [];
  const out = { fill: (_c: string, a: number, b: number) => void blank.push([a, b]) };
  // long runs of numeral characters
  for (let i = 0; i < n; ) {
    if (!CN[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && CN[text.charCodeAt(j)]) j++;
    if (j - i > MAX_NUMERAL_RUN) out.fill(BLANK, i, j);
    i = j;
  }
  // a unit of one to four characters repeated: 共共共共, 全年共计全年共计…
  for (const w of [1, 2, 3, 4]) {
    for (let i = 0; i + w <= n; ) {
      // (most positions: the next unit differs at its first character, a single repeat)
      if (i + 2 * w > n || text.charCodeAt(i) !== text.charCodeAt(i + w)) {
        i++;
        continue;
      }
      let j = i + w;
      while (j + w <= n && sameUnit(text, i, j, w)) j += w;
      const reps = (j - i) / w;
      if (reps > MAX_REPEATS && !hasDigit(text, i, w)) {
        out.fill(BLANK, i, j);
        i = j;
      } else i++;
    }
  }
  // a sentence longer than any a report writes: its Layout scans would be quadratic
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && !SENTENCE_END[text.charCodeAt(j)]) j++;
    if (j - i > MAX_SENTENCE) out.fill(BLANK, i, j);
    i = j + 1;
  }
  if (!blank.length) return text;
  blank.sort((a, b) => a[0] - b[0]);
  let res = "";
  let at = 0;
  for (const [a, b] of blank) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    res += text.slice(at, from) + BLANK.repeat(b - from);
    at = b;
  }
  return res + text.slice(at);
}
