/** The wording rules' defused copy: same length, normal text untouched, the runs no report writes blanked. */
import fc from "fast-check";
import { defuse } from "../../src/core/rules/defuse";
import { CN_NUMERAL_CHARS } from "../../src/core/numbers/readNumber";

it("leaves report sentences as they are (the same string)", () => {
  const s = "2023年,县政府共收到行政复议申请126件,一千二百余人次参加,全年共计办理2.1万件。";
  expect(defuse(s)).toBe(s);
});

it("blanks runs of numerals, repeated filler units and over-long sentences, character for character", () => {
  expect(defuse("共共共共共收到")).toBe("□□□□□收到");
  expect(defuse("全年共计".repeat(5) + "受理")).toBe("□".repeat(20) + "受理");
  expect(defuse("一二三四五六七八九十".repeat(2) + "件")).toBe("□".repeat(20) + "件");
  const long = "收".repeat(3001);
  expect(defuse(long + "。收到12件。")).toBe("□".repeat(3001) + "。收到12件。");
});

it("keeps every offset: any text keeps its length, and unblanked characters stay put", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (s) => {
      const d = defuse(s);
      return d.length === s.length && [...d].every((c, i) => c === "□" || c === s[i]);
    }),
    { numRuns: 300 },
  );
});

// The defuse of before its one-pass form (one loop per unit width, per numeral run, per sentence), kept to check the one pass against.
/** 1 at the code unit of every Chinese numeral character (all in the BMP): a table, not a string per character. */
const CN_ = new Uint8Array(0x10000);
for (const c of CN_NUMERAL_CHARS) CN_[c.charCodeAt(0)] = 1;
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

function defuseBefore(text: string): string {
  const n = text.length;
  // ranges to blank; the text is copied only when there are any
  const blank: [number, number][] = [];
  const out = { fill: (_c: string, a: number, b: number) => void blank.push([a, b]) };
  // long runs of numeral characters
  for (let i = 0; i < n; ) {
    if (!CN_[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && CN_[text.charCodeAt(j)]) j++;
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

it("blanks exactly what the former pass per unit width blanked (random repetitive texts, long sentences)", () => {
  const pieces = ["共", "全年", "共计", "全年共计", "一", "二十", "1", "12", "。", "\n", "收到", "件", "□", "ab", "年共"];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: pieces.length - 1 }), fc.integer({ min: 1, max: 9 })), { maxLength: 60 }), (parts) => {
      const s = parts.map(([k, r]) => pieces[k]!.repeat(r)).join("");
      return defuse(s) === defuseBefore(s);
    }),
    { numRuns: 2000 },
  );
  for (const s of ["收".repeat(3001), "收".repeat(2999) + "。" + "收".repeat(3002), "一".repeat(17), "一".repeat(16), "共共共", "共共共共", "12121212", "全年共计".repeat(4) + "全年"]) expect(defuse(s)).toBe(defuseBefore(s));
});

it("passes a long kept run (a table row of 12|12|12…) once, not once per position", () => {
  const time = (n: number) => {
    const s = "12|".repeat(n);
    const t0 = performance.now();
    defuse(s);
    return performance.now() - t0;
  };
  time(2_000);
  const small = time(20_000);
  const big = time(200_000);
  expect(big / Math.max(small, 1)).toBeLessThan(40);
  // the row is kept as it is: it holds digits
  expect(defuse("12|".repeat(50))).toBe("12|".repeat(50));
});
