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
  // One pass: at each position, the numeral run and the sentence it is in, and whether the unit of
  // one to four characters starting there comes again right after it (共共共共, 全年共计全年共计…).
  // Per unit width, the first offset its search has not passed (a blanked run is passed at once).
  const next = [0, 0, 0, 0, 0];
  let run = -1;
  let sentence = 0;
  // the code units at i … i + 4 (NaN past the end: equal to nothing)
  let c0 = text.charCodeAt(0);
  let c1 = text.charCodeAt(1);
  let c2 = text.charCodeAt(2);
  let c3 = text.charCodeAt(3);
  let c4 = text.charCodeAt(4);
  for (let i = 0; i < n; i++) {
    // long runs of numeral characters
    if (CN[c0]) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      if (i - run > MAX_NUMERAL_RUN) blank.push([run, i]);
      run = -1;
    }
    // a unit repeated (most positions: the next unit differs at its first character, a single repeat)
    if (c0 === c1 || c0 === c2 || c0 === c3 || c0 === c4) {
      for (let w = 1; w <= 4; w++) {
        const cw = w === 1 ? c1 : w === 2 ? c2 : w === 3 ? c3 : c4;
        if (cw !== c0 || i < next[w]! || i + 2 * w > n) continue;
        let j = i + w;
        while (j + w <= n && sameUnit(text, i, j, w)) j += w;
        const reps = (j - i) / w;
        if (reps > MAX_REPEATS && !hasDigit(text, i, w)) {
          blank.push([i, j]);
          next[w] = j;
        } else if (reps > 1) {
          // (a run kept, 12|12|12…: every start inside it whose unit it holds repeats a rotation of this unit, no
          // more often and with the same characters, so none of them is blanked either; scanning each again is quadratic)
          next[w] = j - w + 1;
        }
      }
    }
    // a sentence longer than any a report writes: its Layout scans would be quadratic
    if (SENTENCE_END[c0]) {
      if (i - sentence > MAX_SENTENCE) blank.push([sentence, i]);
      sentence = i + 1;
    }
    c0 = c1;
    c1 = c2;
    c2 = c3;
    c3 = c4;
    c4 = text.charCodeAt(i + 5);
  }
  if (run >= 0 && n - run > MAX_NUMERAL_RUN) blank.push([run, n]);
  if (n - sentence > MAX_SENTENCE) blank.push([sentence, n]);
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
