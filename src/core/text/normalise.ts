/**
 * Text normalisation that keeps a map back to the original offsets.
 *
 * Steps, each a pass over code-point tokens that drops or replaces tokens
 * (never splits one), so every clean character knows where it came from:
 *   1. web debris: pinyin glosses after characters (區(qū) → 區), CR;
 *      text laid out in columns is read column by column (columns.ts)
 *   2. full-width ASCII (０-９, Ａ-ｚ, ％, ，…) and odd spaces → ASCII
 *   3. traditional → simplified (opencc-js), code point by code point
 *   4. line breaks inside a wrapped sentence (a PDF's or a document's fixed width)
 *   5. thousands separators inside numbers (35,138 → 35138)
 *   6. spaces inside numbers, between a number and its unit, between CJK
 */
import { columnOrder } from "./columns";
import { spacedTableGaps } from "./spacedTables";
import * as CP from "./codepoints";

// (bound once: the passes call them per code point, and a module's export read per call costs the normaliser a third)
const { anyDigit, isDigitCp, isHanCp, isHSpaceCp } = CP;

const PIPE = 0x7c;
import { joinCodePoints, OffsetMap, TokenText } from "./offsetMap";
import { t2s } from "./t2s";
import { OTHER_STORIES } from "../doc/segment";

export interface Normalised {
  /** The clean text the rules read. */
  text: string;
  /** Clean offsets → original offsets. */
  map: OffsetMap;
}

const TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
/** Code points of a pinyin gloss's letters (a-z and toned vowels), and of the toned ones. */
const PINYIN_CP = new Set([..."abcdefghijklmnopqrstuvwxyz" + TONE].map((c) => c.codePointAt(0)!));
const TONE_CP = new Set([...TONE].map((c) => c.codePointAt(0)!));

/** Pass 1: drop pinyin glosses "(qū)" and carriage returns. */
function dropDebris(t: TokenText): TokenText {
  const drop = new Uint8Array(t.length);
  const c = t.cps;
  for (let i = 0; i < c.length; i++) {
    const code = c[i]!;
    if (code === 0x0d || code === 0x200b || code === 0xfeff) drop[i] = 1;
    if (code !== 0x28 && code !== 0xff08) continue; // ( （
    let j = i + 1;
    let tone = false;
    while (j < c.length && j - i <= 8 && PINYIN_CP.has(c[j]!)) {
      if (TONE_CP.has(c[j]!)) tone = true;
      j++;
    }
    if (tone && j > i + 1 && (c[j] === 0x29 || c[j] === 0xff09)) {
      // ) ）
      for (let k = i; k <= j; k++) drop[k] = 1;
      i = j;
    }
  }
  return t.without(drop);
}

/**
 * Page furniture of a PDF or a gazette copy: page numbers (— 3 —, 第 2 页 共 6 页)
 * and running headers (a short line repeated on three or more pages), with the
 * blank lines around them, so a sentence broken by a page joins up again.
 */
const PAGE_MARK = /^[\s\u3000]*(?:[—\-–]+[\s\u3000]*\d{1,4}[\s\u3000]*[—\-–]+|第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[,,/]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?|\d{1,4}[\s\u3000]*\/[\s\u3000]*\d{1,4}|[-—]?\s*\d{1,3}\s*[-—]?)[\s\u3000]*$/;

/** Full-width digits as ASCII (— ３ — is a page number too): the page marks are read before the width pass. */
const asciiDigits = (line: string): string => line.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** A line as it reads without the spaces of a PDF that spaces out every character (南 屏 县 → 南屏县). */
const unspaced = (line: string): string => line.replace(/([\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, "$1");

/** A line that opens a list item or a heading (一、 (二) 3. 第…章) starts afresh, wherever the line before stops. */
const OPENS_ITEM = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]+[章节条部分])/;

/** A web page's controls and labels (发布时间, 浏览次数, 【字体：大 中 小】, [ 打印本页 ], 分享到): a line of them is no prose. */
const WEB_CONTROLS = /发布时间|发布日期|浏览次数|点击数|阅读数|字体[:：]|字号[:：]|打印本页|关闭窗口|分享到/u;
/** The longest line of a page's controls. */
const CONTROLS_MAX = 80;

/** The day a news headline opens with: 12月22日, */
const HEADLINE_DAY = /^\d{1,2}月\d{1,2}日[,，]/u;

/**
 * A line of a page's controls that a floating block put inside a sentence of the body (…出庭应 / 发布时间:… 浏览次数:2316
 * 【字体:大 中 小】 / 诉率100%): the sentence before it has begun (a clause mark) and runs on into the line after it.
 */
function controlsInSentence(lines: readonly { text: string }[], keys: readonly string[], i: number): boolean {
  const k = keys[i]!;
  if (i === 0 || i + 1 >= lines.length || k.length > CONTROLS_MAX || k.includes("。") || !WEB_CONTROLS.test(k)) return false;
  const before = lines[i - 1]!.text;
  // (a news headline's comma after its day, 12月22日,某县召开…述职会, over the page's date line, is no clause's)
  return /[,，、;；]/u.test(before.trimStart().replace(HEADLINE_DAY, "")) && runsOn(before, lines[i + 1]!.text);
}

/**
 * A page ends mid-sentence: the line before its furniture stops on a character or a comma, and the
 * page after goes on with the sentence (1.承|— 1 —|办县人大代表建议93件). Whatever that line's length.
 */
function runsOn(before: string, after: string): boolean {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (!a || !b || OPENS_ITEM.test(b)) return false;
  // (read before the width pass: full-width forms as their ASCII ones)
  const ascii = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
  return canRunOn(ascii(a.codePointAt(a.length - 1)!), ascii(b.codePointAt(0)!));
}

/** A line that stops on `a` can run on into one that opens with `b`: no sentence's end between them (98.|96% too). */
function canRunOn(a: number, b: number): boolean {
  return (isHanCp(a) || isDigitCp(a) || WRAP_BEFORE.has(a) || (a === DOT && isDigitCp(b))) && (isHanCp(b) || isDigitCp(b) || WRAP_AFTER.has(b));
}

/** Units and punctuation that go on after a figure: a line that opens with one continues a number. */
const AFTER_FIGURE = /^[件次个人名项条场期户家所万亿余多%,、。;)]/;

/**
 * A bare number on its own line between a line that stops mid-sentence and one that opens with
 * its unit (审结|188|件,): a figure a narrow wrap left alone, not a page number.
 */
function wrappedNumber(lines: readonly { text: string }[], i: number): boolean {
  const k = lines[i]!.text.trim();
  if (!/^\d+$/.test(k) || i === 0 || i + 1 >= lines.length) return false;
  const prev = lines[i - 1]!.text.trimEnd();
  const next = lines[i + 1]!.text.trimStart();
  return /[\u4e00-\u9fff]$/.test(prev) && AFTER_FIGURE.test(next);
}

function dropPageFurniture(t: TokenText): TokenText {
  const c = t.cps;
  const lines: { from: number; to: number; text: string }[] = [];
  // line texts are sliced from the joined text
  const joined = t.text();
  const at = joined.length === c.length ? null : t.unitOffsets();
  let from = 0;
  for (let i = 0; i <= c.length; i++) {
    if (i === c.length || c[i] === 0x0a) {
      lines.push({ from, to: i, text: at ? joined.slice(at[from], at[i]) : joined.slice(from, i) });
      from = i + 1;
    }
  }
  // each line as it reads without a spaced-out PDF's spaces, made once (the test below reads a line twice)
  const keys = lines.map((l) => unspaced(l.text.trim()));
  const counts = new Map<string, number>();
  for (const k of keys) if (k.length >= 4 && k.length <= 60) counts.set(k, (counts.get(k) ?? 0) + 1);
  const furniture = (_: unknown, i: number) => {
    const k = keys[i]!;
    return (
      (k.length > 0 && PAGE_MARK.test(asciiDigits(k)) && !wrappedNumber(lines, i)) ||
      (k.length >= 4 && k.length <= 60 && (counts.get(k) ?? 0) >= 3 && !/[。;,]/.test(k)) ||
      controlsInSentence(lines, keys, i)
    );
  };
  if (!lines.some(furniture)) return t;
  const drop = new Uint8Array(c.length);
  for (let i = 0; i < lines.length; i++) {
    if (!furniture(lines[i]!, i)) continue;
    // the block of furniture and blank lines around it collapses into the one line break before it
    let a = i;
    while (a > 0 && lines[a - 1]!.text.trim() === "") a--;
    let b = i;
    while (b + 1 < lines.length && (lines[b + 1]!.text.trim() === "" || furniture(lines[b + 1]!, b + 1))) b++;
    for (let k = a; k <= b; k++) {
      for (let x = lines[k]!.from; x < lines[k]!.to; x++) drop[x] = 1;
      if (lines[k]!.to < c.length) drop[lines[k]!.to] = 1; // its line break
    }
    // keep one break before the block, unless the sentence runs on over the page
    if (a > 0) drop[lines[a - 1]!.to] = b + 1 < lines.length && runsOn(lines[a - 1]!.text, lines[b + 1]!.text) ? 1 : 0;
    i = b;
  }
  return t.without(drop);
}

/** Dots that stand for a decimal point between digits: · ・ • ∙ ‧. */
const MIDDLE_DOTS = new Set([0xb7, 0x30fb, 0x2022, 0x2219, 0x2027]);

/** Pass 2: full-width ASCII forms and unusual spaces → ASCII. */
function foldWidth(t: TokenText): void {
  const c = t.cps;
  let changed = false;
  for (let i = 0; i < c.length; i++) {
    const code = c[i]!;
    if (code < 0xa0 || code > 0xffff) continue; // ASCII, or an astral character: nothing to fold
    let to = code;
    if (code >= 0xff01 && code <= 0xff5e) to = code - 0xfee0;
    else if (code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003) to = 0x20;
    else if (code === 0xfe6a) to = 0x25; // ﹪ → %
    else if (code === 0xff61) to = FULL_STOP; // ｡ (half-width ideographic full stop) → 。
    // a middle dot between digits is a decimal point a web page or a font swapped (满意率99·59%)
    // (its digits read first: a set looked up at every Chinese character cost the pass a fifth of its time)
    else if (i > 0 && anyDigit(c[i - 1]!) && i + 1 < c.length && anyDigit(c[i + 1]!) && MIDDLE_DOTS.has(code)) to = DOT;
    if (to !== code) (c[i] = to), (changed = true);
  }
  // a dot ending a Chinese sentence (全年办结12件. 二是…, 全年办结12件．): a full stop, not a decimal point
  for (let i = 1; i < c.length; i++) {
    if (c[i] !== DOT || !(isHanCp(c[i - 1]!) || CLOSER.has(c[i - 1]!))) continue;
    const next = i + 1 < c.length ? c[i + 1]! : NEWLINE;
    if (!isDigitCp(next) && next !== DOT) (c[i] = FULL_STOP), (changed = true);
  }
  if (changed) t.changed();
}

/** Per character: does traditional→simplified change it? Learnt once, shared by every report. */
const changes = new Map<number, boolean>();
/** The same for BMP characters, by code unit (0 unknown, 1 no, 2 yes): an array read per character. */
const changesBmp = new Uint8Array(0x10000);

function hasTraditional(cps: Int32Array): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp < 0x3400) continue;
    if (cp <= 0xffff) {
      const k = changesBmp[cp]!;
      if (k === 2) return true;
      if (k === 0) seen.add(cp);
      continue;
    }
    const known = changes.get(cp);
    if (known === true) return true;
    if (known === undefined) seen.add(cp);
  }
  if (seen.size === 0) return false;
  const unknown = [...seen];
  // one character per line so that no phrase spans two of them
  const converted = t2s(unknown.map((cp) => String.fromCodePoint(cp)).join("\n")).split("\n");
  let any = false;
  unknown.forEach((cp, i) => {
    const differs = converted[i] !== String.fromCodePoint(cp);
    if (cp <= 0xffff) changesBmp[cp] = differs ? 2 : 1;
    else changes.set(cp, differs);
    if (differs) any = true;
  });
  return any;
}

/** Pass 3: traditional → simplified (t2s.ts: opencc-js's t → cn), aligned by code point. */
function toSimplified(t: TokenText): void {
  if (!hasTraditional(t.cps)) return;
  const c = t.cps;
  // a phrase a line break or a space cuts (答|覆 → 答复) is converted whole: a break or a space
  // between two characters is left out of the converted text
  const keep: number[] = [];
  for (let i = 0; i < c.length; i++) {
    if ((c[i] === NEWLINE || c[i] === 0x20) && i > 0 && isHanCp(c[i - 1]!)) {
      let j = i;
      let breaks = 0;
      while (j < c.length && (c[j] === NEWLINE || c[j] === 0x20) && breaks <= 1) breaks += c[j++] === NEWLINE ? 1 : 0;
      if (breaks <= 1 && j < c.length && isHanCp(c[j]!)) {
        i = j - 1;
        continue;
      }
    }
    keep.push(i);
  }
  const kept = new Int32Array(keep.length);
  for (let k = 0; k < keep.length; k++) kept[k] = c[keep[k]!]!;
  const out = t2s(joinCodePoints(kept));
  // (read by code point, a lone surrogate as one, as Array.from reads a string)
  if (codePointCount(out) === keep.length) {
    for (let j = 0, k = 0; j < out.length; k++) {
      const cp = out.codePointAt(j)!;
      c[keep[k]!] = cp;
      j += cp > 0xffff ? 2 : 1;
    }
  } else {
    for (let i = 0; i < c.length; i++) {
      const one = t2s(String.fromCodePoint(c[i]!));
      if (codePointCount(one) === 1) c[i] = one.codePointAt(0)!;
    }
  }
  t.changed();
}

function codePointCount(s: string): number {
  let n = 0;
  for (let j = 0; j < s.length; n++) j += s.codePointAt(j)! > 0xffff ? 2 : 1;
  return n;
}

const COMMA = 0x2c;
const FULL_STOP = 0x3002; // 。
const DOT = 0x2e;
const NEWLINE = 0x0a;

/**
 * What opens the line after a news headline: a page's source, date or counter label
 * (来源:, 发布时间:, 浏览次数), or a body's first words (2023年以来, 2023年,, 今年以来, 近日,
 * 日前, 9月4日, 本报讯, 某地讯, 某网某地3月3日电, 记者从…, 据了解). Each alternative is anchored
 * and bounded.
 */
const BODY_OPENER = /^(?:(?:19|20)\d{2}年度?(?:以来)?,|(?:今年|去年|近年|一年|多年)以?来|近日|日前|近期|昨天|昨日|本报讯|本报|记者|据了解|\d{1,2}月\d{1,2}日)|^[\u4e00-\u9fa5]{2,5}讯|^[\u4e00-\u9fa5]{2,8}\d{1,2}月\d{1,2}日电/;
const HEADLINE_FOLLOWER = new RegExp(
  `^(?:(?:信息|文章|稿件)?来源|发布(?:时间|日期|机构)|更新时间|时间|日期|作者|责任编辑|责编|编辑)\\s?[:]|^(?:浏览次数|点击数|阅读数|字号|【字)|${BODY_OPENER.source}`,
);
/**
 * A wrapped line (a PDF's or a document's fixed width, 28 characters in an official document)
 * can end on any character but a sentence's end or a label's colon, and the next line can open
 * with any punctuation that goes on a sentence (a PDF puts 、 , ; 。 》 at a line's start; <…> is a title inside 《…》).
 */
const WRAP_BEFORE = new Set([..."、,《“(〔【「『》”)〕】」』%·<"].map((c) => c.codePointAt(0)!));
const WRAP_AFTER = new Set([...",、;。)》”〕】」』%(《“〔【「『.:!?>"].map((c) => c.codePointAt(0)!));
/** What closes a quote, a title or a bracket: a dot after it ends a sentence (…“连心桥”. 2025年). */
const CLOSER = new Set([..."”’」』》)〕】%"].map((c) => c.codePointAt(0)!));
/** A page's label line (来源: …, 发布时间: …): not prose, never run on into the next line. */
const PAGE_LABEL = /(?:来源|时间|日期|机构|作者|编辑|责编|浏览|点击|字号|索引号|文号|分类|主题|发布|审核|校对|位置)\s?:/;
/** A whole line that is a report's title: short, no sentence punctuation, ending as titles do. */
const TITLE_LINE = /^[^,。;\n]{4,60}(?:报告|情况|总结|汇报|综述|白皮书|年报)\s*$/;
/** A date opening a line (2024-01-08, 2024年1月8日, 2024/1/8), maybe with its time or a source after it. */
function isDateLine(s: string): boolean {
  return /^(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)/.test(s);
}

/** The text's code points and line slices, for the joining passes. */
function viewOf(t: TokenText) {
  const cps = t.cps;
  const n = cps.length;
  const cp = (i: number): number => (i >= 0 && i < n ? cps[i]! : -1);
  // the tokens' text, to slice lines from (made on the first slice: the spaces' pass needs none)
  let joined: string | null = null;
  let at: Int32Array | number[] | null = null;
  const str = (from: number, to: number): string => {
    if (joined === null) {
      joined = t.text();
      at = joined.length === n ? null : t.unitOffsets();
    }
    const a = Math.min(from, n);
    const b = Math.min(to, n);
    return at ? joined.slice(at[a], at[b]) : joined.slice(a, b);
  };
  /** The line that starts at j, if it ends within 80 characters (a title is short). */
  const nextLine = (j: number): string => {
    let k = j;
    while (k < n && k - j <= 80 && cps[k] !== NEWLINE) k++;
    return k < n && cps[k] !== NEWLINE ? "" : str(j, k);
  };
  return { cps, n, cp, str, nextLine };
}

/**
 * Pass 4: line breaks inside a wrapped sentence, first, so that a number a line break cut
 * (2,|389, 1|58) is whole for the separators' pass.
 */
function joinLines(t: TokenText): TokenText {
  const { cps, n, cp, str, nextLine } = viewOf(t);
  const drop = new Uint8Array(n);
  const { min: minWrap, column } = wrapWidth(cps, n, cp, str);
  // line breaks inside a wrapped sentence: a long line (or the rest of a
  // wrapped paragraph) that stops mid-sentence, unless it reads as a title
  // (…报告) or the next line opens a list item or heading (一、 (二) 3. 第)
  let lineStart = 0;
  let inWrap = false;
  let bodyBegun = false; // a line with a full stop has been passed: no headline after it
  for (let i = 0; i < n; i++) {
    if (cps[i] !== NEWLINE) continue;

    let a = -1;
    let aAt = lineStart - 1;
    for (let k = i - 1; k >= lineStart; k--) if (!isHSpaceCp(cps[k]!)) { a = cps[k]!; aAt = k; break; }
    let j = i + 1;
    while (j < n && isHSpaceCp(cps[j]!)) j++;
    const b = cp(j);
    // a line that cannot run on (it stops on a sentence's end, or the next opens with no text) is only looked at for
    // its full stop
    if (!canRunOn(a, b)) {
      if (!bodyBegun) for (let k = lineStart; k < i; k++) if (cps[k] === FULL_STOP) bodyBegun = true;
      inWrap = false;
      lineStart = i + 1;
      continue;
    }
    // its text and width without the spaces of a PDF that spaces out every character (南 屏 县 …)
    const line = unspaced(str(lineStart, i));
    const lineLen = line.length;
    const next = str(j, j + 6);
    const label = PAGE_LABEL.test(line) || line.indexOf(">") !== line.lastIndexOf(">") || line.includes("|") || /\S\t+\S/.test(line); // 发布机构: … and table rows are not prose
    const title = /(?:报告|情况|总结|汇报|通知|意见|方案|综述)\s*$/.test(line) && !/[,;。]/.test(line);
    // (nor does a line run on into a page's label line under it: …工作报告|发布时间:…)
    // (…nor into the label of the page's list of other stories: …【打印】【关闭】|相关阅读:【图解】…)
    const opensItem = OPENS_ITEM.test(next) || PAGE_LABEL.test(str(j, j + 8)) || OTHER_STORIES.some((w) => next.startsWith(w));
    // a news headline (a first line with no sentence's punctuation, before the body's first full
    // stop) followed by the page's date or source line, or by a sentence that opens a body
    // (2023年以来, 近日, 9月4日, 本报讯): never run on into it
    // (a line with commas that opens as a body does, 2023年,全县…, is the body's first sentence, wrapped)
    // (…nor is a page's line of links run into the title under it: 首页 政务公开 … 常德高新区 / 某县2023年…报告)
    const headline: boolean =
      !inWrap &&
      !bodyBegun &&
      !/[。;]/.test(line) &&
      (!line.includes(",") || !BODY_OPENER.test(line.trimStart())) &&
      (HEADLINE_FOLLOWER.test(str(j, j + 14)) || isDateLine(str(j, j + 14)) || TITLE_LINE.test(nextLine(j)));
    if (line.includes("。")) bodyBegun = true;
    // (a figure the width cut, even in a label line: 时间:2|023-01-30)
    // (not a table row's last cell: 主动公开政府信息(条) | 3620 | 3104 / 12345热线工单… is the next row, whatever its width)
    // (a label line is cut so only in a column: 浏览次数:231 / 2023年,全县… in text of no column is two lines)
    const cutFigure = isDigitCp(a) && isDigitCp(b) && lineLen >= minWrap && !line.includes("|") && !line.includes("｜") && (!label || column < Infinity);
    // (…and in a narrow column a label line as wide as the column was cut by it: 发布日期:2024年|2月27日)
    const cutLabel = label && lineLen >= column;
    // in a narrow column a heading (一、… (二)…) stops at the column's edge as often as it wraps: it stands alone
    // (一、 and (一) open headings; 1. opens an item of a list, prose that wraps)
    // (…and so does one in text of no column that is short enough to be one: （三）畅通12345热线诉求渠道,提升为民服务水平)
    const narrowHeading = HEADING_OPENS.test(line.trimStart()) && !/[。;]/.test(line) && (column < Infinity || lineLen <= HEADING_MAX);
    // …and a headline as wide as the column goes on into the title line under it (某县人民政府2022年度法|治政府建设情况报告)
    const cutHeadline: boolean = headline && column < Infinity && lineLen >= column && !label && TITLE_LINE.test(line.trimStart() + nextLine(j));
    const joins: boolean = cutFigure || cutLabel || cutHeadline || (!label && !title && !opensItem && !headline && !narrowHeading && (lineLen >= minWrap || inWrap));
    if (joins) {
      // the line's trailing spaces (a PDF's copy ends lines with one) go with its break
      for (let k = aAt + 1; k < i; k++) drop[k] = 1;
      drop[i] = 1;
      for (let k = i + 1; k < j; k++) drop[k] = 1;
    }
    // (a label's figure joined is no wrapped prose: the line after it starts afresh)
    inWrap = joins && !label && !title && !headline;
    lineStart = i + 1;
  }
  return t.without(drop);
}

/** A line this long that stops mid-sentence is wrapped (an official document's 28 characters, a page's wider lines). */
const WRAP_MIN = 24;
/** A column's line may be this much shorter and still be wrapped (a paragraph's indent, a hanging mark). */
const INDENT = 3;
/** The narrowest width read as a column's (a newspaper's or a two-column PDF's lines of 12–23 characters). */
const COLUMN_MIN = 10;

/** The longest line of text with no column that stands alone as a heading when it opens as one. */
const HEADING_MAX = 40;

/** What opens a heading of a report's outline: 一、 (一). */
const HEADING_OPENS = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]{1,2}\))/;

/**
 * The width from which a line that stops mid-sentence is wrapped: WRAP_MIN, or a narrower column's width where
 * the text's lines that stop mid-sentence mostly share one length (a newspaper's 14 characters, a mobile page's 23):
 * at least 8 such lines, at least half of them within INDENT characters below that length, and hardly any wider.
 */
function wrapWidth(cps: Int32Array, n: number, cp: (i: number) => number, str: (a: number, b: number) => string): { min: number; column: number } {
  const counts = new Map<number, number>();
  let runOn = 0;
  let wide = 0;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && cps[i] !== NEWLINE) continue;
    let k = i - 1;
    while (k >= lineStart && isHSpaceCp(cps[k]!)) k--;
    let j = i + 1;
    while (j < n && isHSpaceCp(cps[j]!)) j++;
    if (i < n && k >= lineStart && canRunOn(cps[k]!, cp(j))) {
      const len = codePointCount(unspaced(str(lineStart, k + 1).trimStart()));
      if (len >= COLUMN_MIN && len < WRAP_MIN) counts.set(len, (counts.get(len) ?? 0) + 1);
      else if (len >= WRAP_MIN) wide++;
      // (a short line is a heading's or a paragraph's end, whatever the width)
      if (len >= COLUMN_MIN) runOn++;
    }
    lineStart = i + 1;
  }
  let best = WRAP_MIN;
  let bestCount = 0;
  for (const len of counts.keys()) {
    // (the lines a little shorter are the same width: an indent, a mark that hangs; the widest of equals is the width)
    let near = 0;
    for (let k = 0; k < INDENT; k++) near += counts.get(len - k) ?? 0;
    if (near > bestCount || (near === bestCount && len > best)) [best, bestCount] = [len, near];
  }
  // (a column has few wider lines: a document wrapped at 28 with headings of 20 characters keeps its width)
  return bestCount >= 8 && bestCount * 2 >= runOn && wide * 5 <= runOn ? { min: best - INDENT, column: best } : { min: WRAP_MIN, column: Infinity };
}

/** Whether the digits right before `i` follow a decimal point (99.5| 9%): looked for at most 8 digits back. */
function afterDecimalPoint(cps: Int32Array, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && isDigitCp(cps[k]!)) k--;
  return k < i - 1 && k >= 1 && cps[k] === DOT && isDigitCp(cps[k - 1]!);
}

/** A line at least this long holds several paragraphs: a page flattened to one line, its breaks turned to spaces. */
const FLAT_LINE = 200;
/** The longest heading run in before its text (一、案件办理情况 2024年…): a heading is short. */
const RUN_IN_HEADING = 24;
const HAN_ORDINAL = new Set([..."一二三四五六七八九十"].map((c) => c.codePointAt(0)!));
const IDEO_COMMA = 0x3001; // 、
/** What ends a sentence before a heading run in after it. */
const SENTENCE_END_CP = new Set([..."。；！？;!?"].map((c) => c.codePointAt(0)!));

/** Where a heading's number that starts at i ends (一、 (二) 3、): the index after it, or -1. */
function ordinalEnd(cps: Int32Array, n: number, i: number): number {
  let k = i;
  if (cps[k] === 0x28) {
    k++;
    const from = k;
    while (k < n && k - from < 3 && HAN_ORDINAL.has(cps[k]!)) k++;
    return k > from && cps[k] === 0x29 ? k + 1 : -1;
  }
  const from = k;
  while (k < n && k - from < 3 && HAN_ORDINAL.has(cps[k]!)) k++;
  return k > from && cps[k] === IDEO_COMMA ? k + 1 : -1;
}

/**
 * Pass 4b: a page flattened to one line keeps its paragraphs' breaks as spaces (…执行到位。 二、被申请人构成情况
 * 2024年度新受理的…): the space before a numbered heading run in after a sentence, and the one after that heading's
 * few words, are line breaks again, so the heading heads its paragraph instead of naming the figure after it (and the
 * spaces' pass does not join them away). Only in a line long enough to be several paragraphs.
 */
function breakFlatHeadings(t: TokenText): void {
  const c = t.cps;
  const n = c.length;
  let changed = false;
  let lineStart = 0;
  for (let e = 0; e <= n; e++) {
    if (e < n && c[e] !== NEWLINE) continue;
    if (e - lineStart >= FLAT_LINE) changed = breakLine(c, lineStart, e) || changed;
    lineStart = e + 1;
  }
  if (changed) t.changed();
}

/** breakFlatHeadings over one line [from, to). */
function breakLine(c: Int32Array, from: number, to: number): boolean {
  let changed = false;
  for (let i = from; i < to; i++) {
    // a heading's number at the line's start or after a sentence's end and spaces
    let at = -1;
    if (i === from) at = i;
    else if (isHSpaceCp(c[i]!) && i > from && SENTENCE_END_CP.has(c[i - 1]!)) {
      let j = i;
      while (j < to && isHSpaceCp(c[j]!)) j++;
      if (ordinalEnd(c, to, j) > 0) {
        c[i] = NEWLINE;
        changed = true;
        at = j;
      }
      i = j - 1;
    }
    if (at < 0) continue;
    const words = ordinalEnd(c, to, at);
    if (words < 0) continue;
    // …its few words, then spaces, then its paragraph's text
    let k = words;
    while (k < to && k - words < RUN_IN_HEADING && isHanCp(c[k]!)) k++;
    if (k - words >= 2 && k < to && isHSpaceCp(c[k]!)) {
      let j = k;
      while (j < to && isHSpaceCp(c[j]!)) j++;
      if (j < to && c[j] !== NEWLINE) {
        c[k] = NEWLINE;
        changed = true;
      }
      i = j - 1;
    }
  }
  return changed;
}

/** Pass 5+6: separators and spaces that break a number or a sentence. */
function joinSpaces(t: TokenText): TokenText {
  const { cps, n, cp } = viewOf(t);
  const drop = new Uint8Array(n);
  // thousands separators: d{1,3}(,ddd)+ followed by a non-digit
  for (let i = 1; i < n - 3; i++) {
    if (cps[i] !== COMMA || !isDigitCp(cp(i - 1))) continue;
    if (!(isDigitCp(cp(i + 1)) && isDigitCp(cp(i + 2)) && isDigitCp(cp(i + 3)) && !isDigitCp(cp(i + 4)))) continue;
    let k = i - 1;
    let digits = 0;
    while (k >= 0 && isDigitCp(cp(k))) {
      k--;
      digits++;
    }
    if (digits >= 1 && digits <= 3 && cp(k) !== DOT) drop[i] = 1;
  }
  // a space used as a thousands separator: 3 215 名, 4 127 件
  for (let i = 1; i < n - 4; i++) {
    if (cps[i] !== 0x20 || !isDigitCp(cp(i - 1)) || !(isDigitCp(cp(i + 1)) && isDigitCp(cp(i + 2)) && isDigitCp(cp(i + 3)))) continue;
    let after = i + 4;
    while (isHSpaceCp(cp(after))) after++;
    if (isDigitCp(cp(i + 4)) || !isHanCp(cp(after))) continue;
    let k = i - 1;
    let digits = 0;
    while (k >= 0 && isDigitCp(cp(k))) {
      k--;
      digits++;
    }
    if (digits >= 1 && digits <= 3 && !isDigitCp(cp(k)) && cp(k) !== DOT) drop[i] = 1;
  }
  // previous / next kept, non-space neighbours
  const prevNonSpace = (i: number): number => {
    for (let k = i - 1; k >= 0; k--) if (!isHSpaceCp(cps[k]!)) return cps[k]!;
    return -1;
  };
  for (let i = 0; i < n; i++) {
    if (!isHSpaceCp(cps[i]!)) continue;
    let j = i;
    while (j < n && isHSpaceCp(cps[j]!)) j++;
    const a = prevNonSpace(i);
    const b = cp(j);
    const aNum = isDigitCp(a);
    const bNum = isDigitCp(b);
    const joinable =
      (isHanCp(a) && (isHanCp(b) || bNum)) ||
      (aNum && (isHanCp(b) || b === 0x25 || b === DOT)) ||
      (a === DOT && bNum) ||
      // (a decimal fraction a space cut: 99.5 9%)
      (aNum && bNum && afterDecimalPoint(cps, i)) ||
      (isHanCp(a) && (b === COMMA || b === FULL_STOP || b === 0x29)) ||
      ((a === COMMA || a === FULL_STOP || a === 0x28 || a === 0x3001) && (isHanCp(b) || bNum));
    if (joinable) for (let k = i; k < j; k++) drop[k] = 1;
    i = j - 1;
  }
  return t.without(drop);
}

export function normalise(input: string): Normalised {
  let t = TokenText.fromOriginal(input);
  t = dropDebris(t);
  t = dropPageFurniture(t);
  // a table laid out with spaces is read as a table (its gaps become "|"), before columns of text are looked for
  const gaps = spacedTableGaps(t.cps);
  if (gaps.length) {
    const drop = new Uint8Array(t.cps.length);
    for (const g of gaps) {
      t.cps[g.at] = PIPE;
      drop.fill(1, g.at + 1, g.end);
    }
    t.changed();
    t = t.without(drop);
  }
  const order = columnOrder(() => t.chars, input);
  if (order) t = t.reorder(order);
  foldWidth(t);
  toSimplified(t);
  t = joinLines(t);
  breakFlatHeadings(t);
  t = joinSpaces(t);
  return t.build(input.length);
}
