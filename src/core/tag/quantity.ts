/**
 * Quantity tokens: a number with its qualifiers and its unit word, read by one
 * left-to-right scan (no regular expression, linear in the text). A count needs
 * a unit word; a percentage needs % or 百分之. Numbers that are names, dates,
 * ordinals or document numbers are vetoed here, once.
 */
import type { Approx } from "../types";
import { LEXICON } from "../lexicon";
import { parseChineseNumeral } from "../numbers/readNumber";
import { isHanCp as isHan } from "../text/codepoints";

export interface Quantity {
  value: number;
  approx: Approx;
  percent: boolean;
  /** Unit word as written (件, 人次 …) and the classes it can measure. */
  unit: string;
  unitClasses: readonly string[];
  /** Clean-text offsets: the whole token (qualifiers and unit included) and the bare number. */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** A table's bare value cell (grammar/tables.ts): its row's first cell names it, no verb needed. */
  table?: boolean;
  /** A value cell under a header row of labels (调解纠纷（件） | 调解成功率（%） / 2104 | 99.2): its column's header cell, [start, end). */
  column?: [number, number];
  /** …and its header row's line, [start, end). */
  header?: [number, number];
}

const CN_NUM = new Set([..."零〇一二两三四五六七八九十百千"]);
/** CN_NUM by code unit, for the scan over every character. */
const CN_NUM_CODE = new Uint8Array(0x10000);
for (const c of CN_NUM) CN_NUM_CODE[c.charCodeAt(0)] = 1;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
/** isDigit by code unit (NaN past the end: no digit). */
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const WAN = "万".charCodeAt(0);
const QIAN = "千".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const YU = "余".charCodeAt(0);
const DUO = "多".charCodeAt(0);
const SPACE = " ".charCodeAt(0);
const PERCENT = "%".charCodeAt(0);
/** Characters a numeral glued after is part of a word (统一, 唯一, 之一 …), by code unit. */
const GLUED_BEFORE = new Uint8Array(0x10000);
for (const c of "统唯之同第逐单周初万统星每") GLUED_BEFORE[c.charCodeAt(0)] = 1;

/** Unit words by first character, longest first. */
const UNIT_WORDS: { word: string; classes: string[] }[] = (() => {
  const by = new Map<string, string[]>();
  for (const e of LEXICON.unit ?? []) for (const w of e.words) by.set(w, [...(by.get(w) ?? []), e.id]);
  return [...by.entries()].map(([word, classes]) => ({ word, classes })).sort((a, b) => b.word.length - a.word.length);
})();

const PRE_APPROX: readonly [string, Approx][] = [["超过", "at_least"], ["突破", "at_least"], ["逾", "at_least"], ["超", "at_least"], ["近", "about"], ["约", "about"], ["大约", "about"]];

/** UNIT_WORDS by their first code unit, in the same order (longest first). */
const UNITS_BY_FIRST: Map<number, { word: string; classes: string[] }[]> = (() => {
  const by = new Map<number, { word: string; classes: string[] }[]>();
  for (const u of UNIT_WORDS) {
    if (!u.word) continue;
    const c = u.word.charCodeAt(0);
    by.set(c, [...(by.get(c) ?? []), u]);
  }
  return by;
})();

/** An empty unit word, if the lexicon had one, would follow every number (it sorts last). */
const EMPTY_UNIT = UNIT_WORDS.find((u) => !u.word) ?? null;

/** UNITS_BY_FIRST as an array by code unit: read for every candidate number. */
const UNITS_BY_CODE: ({ word: string; classes: string[] }[] | undefined)[] = (() => {
  const by = new Array<{ word: string; classes: string[] }[] | undefined>(0x10000).fill(undefined);
  for (const [c, list] of UNITS_BY_FIRST) by[c] = list;
  return by;
})();

function readUnit(text: string, i: number): { word: string; classes: string[] } | null {
  const c = text.charCodeAt(i);
  const units = c === c ? UNITS_BY_CODE[c] : undefined;
  if (units) for (const u of units) if (text.startsWith(u.word, i)) return u;
  return EMPTY_UNIT;
}

/** Words after a unit that turn the figure into something else: 一次性, 次会议, 人大. */
const AFTER_UNIT_VETO = ["性", "会议", "全会", "大", "常委", "以内", "之内", "后", "前", "时", "天", "内", "工作日", "月", "小时", "季度", "星期", "年", "百分点", "分钟", "周"];
/** AFTER_UNIT_VETO by first code unit: most units are followed by a character no veto starts with. */
const AFTER_UNIT_VETO_BY_CODE: (string[] | undefined)[] = (() => {
  const by = new Array<string[] | undefined>(0x10000).fill(undefined);
  for (const v of AFTER_UNIT_VETO) (by[v.charCodeAt(0)] ??= []).push(v);
  return by;
})();
/** Characters before a number that make it a name, ordinal or code. */
const BEFORE_VETO = new Set([..."第〔[【#No.号"]);
const BEFORE_VETO_CODE = new Uint8Array(0x10000);
for (const c of BEFORE_VETO) BEFORE_VETO_CODE[c.charCodeAt(0)] = 1;

/** The last code unit of each PRE_APPROX word: no other character before a number starts a qualifier's match. */
const PRE_APPROX_LAST = new Set(PRE_APPROX.map(([w]) => w.charCodeAt(w.length - 1)));

function approxBefore(text: string, start: number): { approx: Approx; from: number } {
  if (!PRE_APPROX_LAST.has(text.charCodeAt(start - 1))) return { approx: null, from: start };
  for (const [w, a] of PRE_APPROX) if (text.startsWith(w, start - w.length)) return { approx: a, from: start - w.length };
  return { approx: null, from: start };
}

export function tagQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    // (百分之 starts with 百, a numeral character)
    if (!digit && !CN_NUM_CODE[code]) {
      i++;
      continue;
    }
    const q = digit ? readArabic(text, i) : text.startsWith("百分之", i) ? readPercentWords(text, i) : text.startsWith(HUNDRED_PERCENT, i) ? readHundredPercent(i, HUNDRED_PERCENT.length) : isDoubleHundred(text, i) ? readHundredPercent(i, 1) : readChinese(text, i);
    if (q.token) out.push(q.token);
    i = Math.max(q.next, i + 1);
  }
  return out;
}

interface Step {
  token: Quantity | null;
  next: number;
}

function readArabic(text: string, start: number): Step {
  let i = start;
  while (isDigitCode(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x2e && isDigitCode(text.charCodeAt(i + 1))) {
    i++;
    while (isDigitCode(text.charCodeAt(i))) i++;
  }
  const numEnd = i;
  const before = text.charCodeAt(start - 1);
  if (isDigitCode(before) || before === 0x2e) return { token: null, next: numEnd };
  // digits a space cut off from the digits before them (办复率1 0 0%): the tail of a number whose value is unknown
  if (before === SPACE && isDigitCode(text.charCodeAt(start - 2))) return { token: null, next: numEnd };
  const raw = text.slice(start, numEnd);
  if (raw.length > 1 && raw[0] === "0" && raw[1] !== ".") return { token: null, next: numEnd };
  return finish(text, start, numEnd, Number(raw));
}

function readChinese(text: string, start: number): Step {
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!CN_NUM_CODE[c] && c !== WAN && c !== YI) break;
  }
  // 万/亿 at the end are multipliers handled by finish(); keep them out of the numeral
  let numEnd = i;
  while (numEnd > start && (text.charCodeAt(numEnd - 1) === WAN || text.charCodeAt(numEnd - 1) === YI)) numEnd--;
  if (numEnd === start) return { token: null, next: i };
  // a numeral glued to a word before it is part of that word (统一, 唯一, 十四五 …): no need to read it
  if (start > 0 && GLUED_BEFORE[text.charCodeAt(start - 1)]) return { token: null, next: i };
  // …and one right after digits is their multiplier (1.2千件), read with them
  if (start > 0 && (isDigitCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e)) return { token: null, next: i };
  const v = parseChineseNumeral(text.slice(start, numEnd));
  if (v === null) return { token: null, next: i };
  return finish(text, start, numEnd, v);
}

function readPercentWords(text: string, start: number): Step {
  let i = start + 3;
  let j = i;
  while (j < text.length && (CN_NUM.has(text[j]!) || text[j] === "点")) j++;
  const words = text.slice(i, j);
  const [intPart, frac] = words.split("点");
  const whole = intPart === "百" ? 100 : parseChineseNumeral(intPart ?? "");
  if (whole === null) return { token: null, next: j };
  const digits = frac ? [...frac].map((ch) => parseChineseNumeral(ch)) : [];
  if (digits.some((d) => d === null)) return { token: null, next: j };
  const v = frac ? Number(`${whole}.${digits.join("")}`) : whole;
  const pre = approxBefore(text, start);
  return { token: { value: v, approx: pre.approx, percent: true, unit: "%", unitClasses: ["percent"], start: pre.from, end: j, numStart: start, numEnd: j }, next: j };
  void i;
}

/** 百分百: a hundred percent said in words (办结率“百分百”). */
const HUNDRED_PERCENT = "百分百";
function readHundredPercent(start: number, length: number): Step {
  const end = start + length;
  return { token: { value: 100, approx: null, percent: true, unit: "%", unitClasses: ["percent"], start, end, numStart: start, numEnd: end }, next: end };
}

/** 双百 said alone (办复率、满意率“双百”): both a hundred percent; not a word's start (双百行动, 双百工程). */
function isDoubleHundred(text: string, i: number): boolean {
  return text[i] === "百" && text[i - 1] === "双" && !isHan(text.charCodeAt(i + 1));
}

/** A percentage starts at i, after at most one opening quote (两个“100%”, 三个百分百). */
function percentAt(text: string, i: number): boolean {
  if ("“\"‘「".includes(text[i] ?? "x")) i++;
  if (text.startsWith(HUNDRED_PERCENT, i) || text.startsWith("百分之", i)) return true;
  let j = i;
  while (j < i + 6 && (isDigitCode(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e)) j++;
  return j > i && text.charCodeAt(j) === PERCENT;
}

function finish(text: string, numStart: number, numEnd: number, base: number): Step {
  if (!Number.isFinite(base)) return { token: null, next: numEnd };
  if (numStart > 0 && BEFORE_VETO_CODE[text.charCodeAt(numStart - 1)]) return { token: null, next: numEnd };
  let i = numEnd;
  while (text.charCodeAt(i) === SPACE) i++;
  if (text.charCodeAt(i) === PERCENT) {
    const pre = approxBefore(text, numStart);
    let end = i + 1;
    let approx = pre.approx;
    if (text.startsWith("以上", end)) (approx = "at_least"), (end += 2);
    else if (text.startsWith("左右", end)) (approx = "about"), (end += 2);
    return { token: { value: base, approx, percent: true, unit: "%", unitClasses: ["percent"], start: pre.from, end, numStart, numEnd: i + 1 }, next: i + 1 };
  }
  let value = base;
  const m = text.charCodeAt(i);
  if (m === WAN) (value = Math.round(base * 10_000)), i++;
  else if (m === YI) (value = Math.round(base * 100_000_000)), i++;
  // 1.2千件: 千 after digits multiplies them, as 万 does
  else if (m === QIAN && isDigitCode(text.charCodeAt(numEnd - 1))) (value = Math.round(base * 1000)), i++;
  let approx: Approx = null;
  const q = text.charCodeAt(i);
  if (q === YU || q === DUO) (approx = "at_least"), i++;
  const unit = readUnit(text, i);
  if (!unit) return { token: null, next: i };
  const unitEnd = i + unit.word.length;
  const vetoes = unitEnd < text.length ? AFTER_UNIT_VETO_BY_CODE[text.charCodeAt(unitEnd)] : undefined;
  if (vetoes) for (const v of vetoes) if (text.startsWith(v, unitEnd)) return { token: null, next: unitEnd };
  if (unit.word === "年" && /^\d{4}$/.test(text.slice(numStart, numEnd))) return { token: null, next: unitEnd };
  // 二次 before a word is "a second" (二次办理, 二次回访), no count of two
  if (unit.word === "次" && text.slice(numStart, numEnd) === "二" && isHan(text.charCodeAt(unitEnd))) return { token: null, next: unitEnd };
  // 两个100%, 三个“百分百”: how many rates share the percentage, no count
  if (unit.word === "个" && percentAt(text, unitEnd)) return { token: null, next: unitEnd };
  let end = unitEnd;
  if (text.startsWith("以上", end) || text.startsWith("多", end)) (approx = "at_least"), (end += text[end] === "多" ? 1 : 2);
  else if (text.startsWith("左右", end)) (approx = "about"), (end += 2);
  const pre = approxBefore(text, numStart);
  if (pre.approx) approx = pre.approx;
  // quoted numbers are names: “12345”, “332211”
  const before = text[numStart - 1];
  if ((before === "“" || before === '"' || before === "‘") && (text[numEnd] === "”" || text[numEnd] === '"')) return { token: null, next: end };
  return { token: { value, approx, percent: false, unit: unit.word, unitClasses: unit.classes, start: pre.from, end, numStart, numEnd }, next: end };
}
