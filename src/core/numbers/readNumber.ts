/**
 * Reading numbers as the reports write them: Arabic and Chinese numerals,
 * 万/亿 multipliers, qualifiers (余/多/逾/以上/超过 → at_least; 近/约/左右 →
 * about) and percentages, plus guards for numbers that are not quantities.
 */
import type { Approx } from "../types";

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNIT: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/**
 * Parses a Chinese numeral (一百二十三, 十五, 两, 三十, 一千零八, 三万五千).
 * Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // digit-by-digit form such as 二〇二三 (only digits, more than one)
  if (s.length > 1 && [...s].every((ch) => ch in CN_DIGIT)) {
    return null; // years and codes written digit by digit are not quantities
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  for (const ch of s) {
    if (ch in CN_DIGIT) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: 二三 (零 may precede one)
      digit = CN_DIGIT[ch]!;
    } else if (ch in CN_SMALL_UNIT) {
      const u = CN_SMALL_UNIT[ch]!;
      if (u >= lastSmall) return null;
      // 十五, and 百余/千余 at the very start, mean one ten/hundred/thousand
      const implicitOne = ch === "十" || (total === 0 && section === 0);
      const d = digit ?? (implicitOne ? 1 : NaN);
      if (d === 0) return null;
      section += d * u;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastSmall = u;
    } else if (ch in CN_BIG_UNIT) {
      const u = CN_BIG_UNIT[ch]!;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * u;
      section = 0;
      digit = null;
      lastSmall = Infinity;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Writes a number 0 ≤ n < 10^8 as a Chinese numeral (for tests and round trips). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new RangeError(String(n));
  if (n === 0) return "零";
  const digits = "零一二三四五六七八九";
  const sect = (x: number, leadingTen: boolean): string => {
    const units = ["千", "百", "十", ""];
    const ds = [Math.floor(x / 1000), Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10];
    let out = "";
    let zero = false;
    let started = false;
    for (let i = 0; i < 4; i++) {
      const d = ds[i]!;
      if (d === 0) {
        if (started) zero = true;
        continue;
      }
      if (zero) out += "零";
      zero = false;
      if (!(leadingTen && !started && i === 2 && d === 1)) out += digits[d];
      out += units[i];
      started = true;
    }
    return out;
  };
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  if (hi === 0) return sect(lo, true);
  let out = sect(hi, true) + "万";
  if (lo === 0) return out;
  if (lo < 1000) out += "零";
  return out + sect(lo, false);
}

/** One number as it stands in the clean text. */
export interface NumberToken {
  value: number;
  approx: Approx;
  percent: boolean;
  /** Clean-text offsets of the number with its qualifiers. */
  start: number;
  end: number;
}

/** Regular-expression source for a count, with groups pre, num, mult, post. */
export const COUNT_SRC =
  `(?<pre>近|约|逾|超过|超)?(?<num>\\d+(?:\\.\\d+)?|[${CN_NUMERAL_CHARS}]+)(?<mult>万|亿)?(?<post>余|多)?`;
/** Regular-expression source for a percentage, with groups pre, pnum, pcn. */
export const PERCENT_SRC =
  `(?<pre>近|约|逾|超过)?(?:为|达到|达|是)?(?:(?<pnum>\\d+(?:\\.\\d+)?)\\s*%|百分之(?<pcn>[${CN_NUMERAL_CHARS}点]+))`;

/** Reads the value of a count match (groups from COUNT_SRC). */
export function countValue(groups: Record<string, string | undefined>): { value: number; approx: Approx } | null {
  const raw = groups.num ?? "";
  let v: number | null;
  if (/^\d/.test(raw)) {
    if (raw.length > 1 && raw.startsWith("0") && !raw.startsWith("0.")) return null;
    v = Number(raw);
  } else {
    v = parseChineseNumeral(raw);
  }
  if (v === null || !Number.isFinite(v)) return null;
  if (groups.mult === "万") v = Math.round(v * 10_000);
  else if (groups.mult === "亿") v = Math.round(v * 100_000_000);
  return { value: v, approx: approxOf(groups.pre, groups.post, groups.after) };
}

/** Reads the value of a percentage match (groups from PERCENT_SRC). */
export function percentValue(groups: Record<string, string | undefined>): { value: number; approx: Approx } | null {
  let v: number | null = null;
  if (groups.pnum !== undefined) v = Number(groups.pnum);
  else if (groups.pcn !== undefined) {
    const [intPart, frac] = groups.pcn.split("点");
    const i = intPart === "百" ? 100 : parseChineseNumeral(intPart ?? "");
    if (i === null) return null;
    v = i;
    if (frac) {
      const ds = [...frac].map((ch) => CN_DIGIT[ch]);
      if (ds.some((d) => d === undefined)) return null;
      v = Number(`${i}.${ds.join("")}`);
    }
  }
  if (v === null || !Number.isFinite(v)) return null;
  return { value: v, approx: approxOf(groups.pre, undefined, groups.after) };
}

export function approxOf(pre?: string, post?: string, after?: string): Approx {
  if (post === "余" || post === "多" || pre === "逾" || pre === "超过" || pre === "超" || after === "以上") return "at_least";
  if (pre === "近" || pre === "约" || after === "左右") return "about";
  return null;
}

/**
 * Guards for a number that is not a quantity, looking at the clean text around
 * [start, end) of the bare number (without qualifiers).
 */
export function notAQuantity(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  const num = text.slice(start, end);
  if (/^第/.test(text.slice(start - 1, start))) return "ordinal";
  if (/^[年月日号]/.test(after) && /^\d{4}$/.test(num) && after.startsWith("年")) return "year";
  if (/^\d{4}$/.test(num) && /^(年|\/|-|\.\d)/.test(after)) return "date";
  if (/[〔\[【(]$/.test(before) && /^[〕\]】)]/.test(after)) return "document number";
  if (/^[〕\]]?\d*号/.test(after)) return "document number";
  if (/["“”'‘’「」]$/.test(before) && /^["“”'‘’「」]/.test(after)) return "name";
  if (/^[+＋]\d/.test(after) || /\d[+＋]$/.test(before)) return "name";
  if (/^(届|次会议|次全会|次党代会)/.test(after)) return "session name";
  // 提高2个百分点: a change in percentage points, never a count
  if (/^个?百分/.test(after)) return "percentage points";
  if (/[是]$/.test(before) === false && /^[一二三四五六七八九十]+$/.test(num) && /^[是、)）]/.test(after)) return "list marker";
  return null;
}
