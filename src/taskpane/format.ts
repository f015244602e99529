/** Pure helpers for showing values and evidence in the pane. */
import { indicatorDef, isCode } from "../core/catalog";
import type { Approx, Span } from "../core/types";

/** An indicator's 名称 (its code when the catalog does not know it). */
export function nameOf(code: string): string {
  return isCode(code) ? indicatorDef(code).name : code;
}

export function formatValue(value: number, unit: string, approx: Approx, lang: "zh" | "en"): string {
  const rate = unit === "%";
  const n = rate ? trimNumber(value) : value.toLocaleString(lang === "zh" ? "zh-CN" : "en-US");
  if (lang === "en") {
    const plain = rate ? `${n}%` : `${n} ${unit}`;
    return approx === "at_least" ? `≥ ${plain}` : approx === "about" ? `≈ ${plain}` : plain;
  }
  if (approx === "at_least") return rate ? `${n}%以上` : `${n}余${unit}`;
  if (approx === "about") return rate ? `约${n}%` : `约${n}${unit}`;
  return rate ? `${n}%` : `${n}${unit}`;
}

function trimNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6);
}

const SENTENCE_END = /[。！？；;!?\n]/;

/**
 * The sentence around an evidence span in the original text, split into
 * before / span / after, clipped to about `max` characters.
 */
export function sentenceAround(text: string, span: Pick<Span, "start" | "end" | "text">, max = 140): { before: string; mark: string; after: string } {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const mark = text.slice(start, end) || span.text;
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1]!) && start - a < max) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b]!) && b - end < max) b++;
  if (b < text.length && SENTENCE_END.test(text[b]!) && text[b] !== "\n") b++;
  let before = text.slice(a, start).replace(/^\s+/, "");
  let after = text.slice(end, b).replace(/\s+$/, "");
  const room = Math.max(20, max - mark.length);
  if (before.length > room / 2) before = `…${before.slice(before.length - Math.floor(room / 2))}`;
  if (after.length > room / 2) after = `${after.slice(0, Math.floor(room / 2))}…`;
  return { before, mark, after };
}

const NUMBER_TOKEN = /[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万亿]+/g;
const CN: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function tokenValue(tok: string): number | null {
  const ascii = tok.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "").replace("．", ".");
  if (/^[0-9.]+$/.test(ascii)) return Number(ascii);
  let total = 0, section = 0, digit = 0;
  for (const ch of tok) {
    if (ch in CN) digit = CN[ch]!;
    else if (ch === "十" || ch === "百" || ch === "千") {
      section += (digit || 1) * (ch === "十" ? 10 : ch === "百" ? 100 : 1000);
      digit = 0;
    } else if (ch === "万" || ch === "亿") {
      total += (section + digit) * (ch === "万" ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/**
 * Splits a span's text so the written number can be emphasised: the token whose value
 * matches (also ×万/亿), else the first numeric token.
 */
export function splitNumber(spanText: string, value: number): { pre: string; num: string; post: string } {
  const tokens = [...spanText.matchAll(NUMBER_TOKEN)];
  if (tokens.length === 0) return { pre: spanText, num: "", post: "" };
  const hit =
    tokens.find((m) => {
      const v = tokenValue(m[0]);
      return v !== null && [v, v * 1e4, v * 1e8].some((x) => Math.abs(x - value) < 1e-6);
    }) ?? tokens[0]!;
  const i = hit.index ?? 0;
  return { pre: spanText.slice(0, i), num: hit[0], post: spanText.slice(i + hit[0].length) };
}

/**
 * A number the reviewer typed (更正): ASCII or full-width digits, thousands separators, a
 * trailing % or unit; rates are percent points as in the JSON (99.8 for 99.8%). Null when it
 * is not one number.
 */
export function parseTypedNumber(typed: string): number | null {
  const s = typed
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, "")
    .replace(/(?:%|％|件|个|次|人次|人|条|宗|起|名)$/, "");
  if (!/^-?(?:\d+(?:\.\d+)?|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
