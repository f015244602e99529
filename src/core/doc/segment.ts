/**
 * One segmentation of the clean text: paragraphs (lines), sentences, clauses,
 * headings and the heading path of every offset, plan sections, and the page
 * sections that end the report (新闻推荐, 相关阅读 …). Each is decided here once.
 */

export interface Segment {
  start: number;
  end: number;
}

export interface Heading extends Segment {
  level: number;
  /** The heading is about plans or problems: figures under it are not the year's. */
  plan: boolean;
  /** Where it stops being in force, when that is not the next heading of its level or above (an ordinal lead's paragraph end). */
  until?: number;
}

export interface Doc {
  text: string;
  paragraphs: Segment[];
  sentences: Segment[];
  clauses: Segment[];
  headings: Heading[];
  /** For each heading, the path of headings it closes (itself last). */
  paths: Heading[][];
  /** Where the report ends and the page's other stories begin (text.length if none). */
  tailStart: number;
  /** The starts of the paragraphs that are a table's lines (its header's and its rows', indented or not). */
  tableLines: ReadonlySet<number>;
}

/** A table of code units (1 = ends a segment): one array read per character instead of a set lookup. */
function endTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}
const PARAGRAPH_END = endTable("\n");
const SENTENCE_END = endTable("。！？!?\n");
const CLAUSE_END = endTable("，,：:；;。！？!?\n|\t");
const HEADING_NUM = new Set([..."一二三四五六七八九十"]);
const PLAN_WORDS = ["计划", "打算", "下一步", "下步", "存在的问题", "存在问题", "不足", "工作思路", "工作安排", "努力方向", "工作重点", "工作要点", "展望"];
/** A web page's lists of other stories: what follows is never the report's. */
export const OTHER_STORIES = ["新闻推荐", "相关新闻", "相关阅读", "相关链接", "上一篇", "下一篇", "推荐阅读", "热点新闻", "延伸阅读", "往期推荐", "往期回顾", "相关文章", "猜你喜欢"];
/** What follows a list's label on its line (相关阅读:, 上一篇：, 相关新闻 【…】). */
const LABEL_MARKS = new Set([":", "：", "【", "[", " ", "《"]);
/** …and its controls and byline, that end the report's text (its source and date may still follow). */
const TAIL_WORDS = [...OTHER_STORIES, "责任编辑", "扫一扫", "【打印", "打印本页", "关闭窗口", "分享到"];

/** HEADING_NUM by code unit. */
const HEADING_NUM_CODE = new Uint8Array(0x10000);
for (const c of HEADING_NUM) HEADING_NUM_CODE[c.charCodeAt(0)] = 1;
const DUN = "、".charCodeAt(0);
const SHI = "是".charCodeAt(0);
const DI = "第".charCodeAt(0);
const FULL_PAREN = "（".charCodeAt(0);
const FULL_DOT = "．".charCodeAt(0);

/**
 * The heading level of the line text[from, to) (trimmed: its first and last units are no white
 * space), read from its code units: no string is made for the lines that are no heading.
 */
function headingLevel(text: string, from: number, to: number): number {
  // (a unit past the line reads as none: NaN matches nothing below)
  const at = (k: number): number => (from + k < to ? text.charCodeAt(from + k) : NaN);
  const first = at(0);
  if (HEADING_NUM_CODE[first]) {
    let k = 0;
    while (HEADING_NUM_CODE[at(k)]) k++;
    const after = at(k);
    if (after === DUN || after === SHI) return after === DUN ? 1 : 0;
  }
  const second = at(1);
  if (first === 0x28 || first === FULL_PAREN) {
    if (HEADING_NUM_CODE[second]) return 2;
    if (isDigitCode(second)) return 3;
  }
  if (first === DI && HEADING_NUM_CODE[second]) return 1;
  if (isDigitCode(first) && (second === 0x2e || second === DUN || second === FULL_DOT)) return 3;
  return 0;
}

/** White space as String.prototype.trim removes it (WhiteSpace and LineTerminator), by code unit. */
function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The bounds of text[from, to) trimmed as String.prototype.trim trims it (start = end when blank). */
function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isTrimSpace(text.charCodeAt(a))) a++;
  while (b > a && isTrimSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const COLON = 0x3a;
const FULL_COLON = 0xff1a;
const FULL_STOP = 0x3002; // 。
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const FULL_COMMA = 0xff0c; // ，
const FULL_SEMICOLON = 0xff1b; // ；

function split(text: string, ends: Uint8Array, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let s = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // a label and its figure (主动公开政府信息:2156条) stay one clause
    if ((c === COLON || c === FULL_COLON) && isDigitCode(text.charCodeAt(i + 1))) continue;
    if (ends[c]) {
      if (i + 1 > s) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (to > s) out.push({ start: s, end: to });
  return out;
}

/**
 * Where a web page's closing sections begin (相关阅读, 上一篇, 分享到: other stories, never the
 * report's), or the text's length. They come after the body, in the text's second half: the same
 * links above the title or under it (打印本页 关闭窗口, 分享到) are the page's header.
 */
export function pageTail(text: string, paragraphs: readonly Segment[] = split(text, PARAGRAPH_END), words: readonly string[] = TAIL_WORDS): number {
  return Math.min(inlineStories(text), tailParagraph(text, paragraphs, words));
}

/** Where the first paragraph of the page's closing sections begins, or the text's length. */
function tailParagraph(text: string, paragraphs: readonly Segment[], words: readonly string[]): number {
  let bodyBegun = false;
  for (const p of paragraphs) {
    if (p.end - p.start > 200) {
      bodyBegun = true;
      continue;
    }
    // (the line trimmed, by its bounds: a string only for a short line where the tail may begin)
    const [a, b] = trimmed(text, p.start, p.end);
    const length = b - a;
    // (in the text's second half: a share bar or 【打印】 under the title is no end, whatever the body above it)
    if (bodyBegun && p.start > 150 && p.start >= text.length / 2) {
      if (length <= 24) {
        const line = text.slice(a, b);
        if (words.some((w) => line.includes(w))) return p.start;
      }
      // (a longer line that opens with the list's label and runs its first story on: 相关阅读:【图解】…全年审查文件168件)
      else if (OTHER_STORIES.some((w) => text.startsWith(w, a) && LABEL_MARKS.has(text[a + w.length] ?? ""))) return p.start;
    }
    if (!bodyBegun && length > 24) {
      for (let k = a; k < b; k++) {
        const c = text.charCodeAt(k);
        if (c === FULL_STOP || c === COMMA || c === SEMICOLON) {
          bodyBegun = true;
          break;
        }
      }
    }
  }
  return text.length;
}

/** What ends a sentence before a list's label run in on its line. */
const SENTENCE_MARKS = new Set(["。", "！", "？", "!", "?", " ", "\u3000"]);
/** What follows a list's label run in after a sentence: a colon or a bracket (相关新闻：…, 上一篇【…】). */
const RUN_IN_MARKS = new Set([":", "：", "【", "["]);
/**
 * Where a list of other stories begins inside a line, run in after the body's last sentence (a page flattened to
 * one line: …1846条。相关新闻：全市12345热线…), in the text's second half; or the text's length.
 */
function inlineStories(text: string): number {
  const from = Math.max(150, Math.ceil(text.length / 2));
  let at = text.length;
  for (const w of OTHER_STORIES) {
    for (let i = text.indexOf(w, from); i >= 0 && i < at; i = text.indexOf(w, i + 1)) {
      if (SENTENCE_MARKS.has(text[i - 1] ?? "") && RUN_IN_MARKS.has(text[i + w.length] ?? "")) {
        at = i;
        break;
      }
    }
  }
  return at;
}

/** Where a web page's lists of other stories begin (相关阅读, 上一篇), or the text's length. */
export function otherStories(text: string): number {
  return pageTail(text, undefined, OTHER_STORIES);
}

/** Paragraphs, sentences and clauses in one pass (split's three tables; every paragraph's or sentence's end is a clause's). */
function splitAll(text: string): { paragraphs: Segment[]; sentences: Segment[]; clauses: Segment[] } {
  const paragraphs: Segment[] = [];
  const sentences: Segment[] = [];
  const clauses: Segment[] = [];
  const n = text.length;
  let p = 0;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (!CLAUSE_END[u]) continue;
    // a label and its figure (主动公开政府信息:2156条) stay one clause
    if ((u === COLON || u === FULL_COLON) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) continue;
    if (i + 1 > c) clauses.push({ start: c, end: i + 1 });
    c = i + 1;
    if (!SENTENCE_END[u]) continue;
    if (i + 1 > s) sentences.push({ start: s, end: i + 1 });
    s = i + 1;
    if (!PARAGRAPH_END[u]) continue;
    if (i + 1 > p) paragraphs.push({ start: p, end: i + 1 });
    p = i + 1;
  }
  if (n > p) paragraphs.push({ start: p, end: n });
  if (n > s) sentences.push({ start: s, end: n });
  if (n > c) clauses.push({ start: c, end: n });
  return { paragraphs, sentences, clauses };
}

/** A heading over [start, end): about plans or problems when its text names them. */
function heading(text: string, start: number, end: number, level: number, until?: number): Heading {
  const h = text.slice(start, end);
  const out: Heading = { start, end, level, plan: PLAN_WORDS.some((w) => h.includes(w)) };
  if (until !== undefined) out.until = until;
  return out;
}

/** A table's caption is a heading below every numbered one. */
const CAPTION_LEVEL = 4;
const CAPTION_MAX = 30;
/** An ordinal lead inside a paragraph (一是认真办理人大代表建议。) heads the sentences after it, up to the next lead or the paragraph's end. */
const LEAD_LEVEL = 5;
const LEAD_MAX = 40;

/**
 * The ordinal leads of the paragraph [from, to): 一是…, 二是… opening the paragraph or a sentence (after 。；;),
 * up to the lead's full stop, when that sentence is short and has no figure (一是认真办理人大代表建议。全年共办理53件:
 * the lead says what the figures after it count). A lead with its figure in the same sentence is prose, not a heading.
 */
function ordinalLeads(text: string, from: number, to: number, out: Heading[]): void {
  for (let i = from; i + 2 < to; i++) {
    if (text.charCodeAt(i + 1) !== SHI || !HEADING_NUM_CODE[text.charCodeAt(i)]) continue;
    const prev = i === from ? -1 : text.charCodeAt(i - 1);
    if (prev !== -1 && prev !== FULL_STOP && prev !== SEMICOLON && prev !== FULL_SEMICOLON && !isTrimSpace(prev)) continue;
    let end = -1;
    let digit = false;
    for (let k = i + 2; k < to && k <= i + LEAD_MAX; k++) {
      const c = text.charCodeAt(k);
      if (c === FULL_STOP || c === SEMICOLON || c === FULL_SEMICOLON) {
        end = k;
        break;
      }
      if (isDigitCode(c) || c === 0x25 || c === 0xff05) digit = true;
    }
    if (end < 0 || digit) continue;
    out.push(heading(text, i, end, LEAD_LEVEL, to));
    i = end;
  }
}

/** A sentence's or a clause's stop inside a line: 。 , ; ， ； (a heading has none). */
function isStopCode(c: number): boolean {
  return c === FULL_STOP || c === COMMA || c === SEMICOLON || c === FULL_COMMA || c === FULL_SEMICOLON;
}

/** A short line with no sentence's punctuation and no cells of its own. */
function isCaption(text: string, a: number, b: number): boolean {
  if (b - a > CAPTION_MAX) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (isStopCode(c) || c === 0x7c || c === 0xff5c || c === 0x3001) return false;
  }
  return true;
}

/** A short line with no figure and no sentence's punctuation that ends in a colon (建议提案办理情况：). */
function isColonHeader(text: string, a: number, b: number): boolean {
  const last = text.charCodeAt(b - 1);
  if ((last !== COLON && last !== FULL_COLON) || b - a > CAPTION_MAX || b - a < 3) return false;
  for (let i = a; i < b - 1; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c) || c === COLON || c === FULL_COLON || isStopCode(c)) return false;
  }
  return true;
}

/** A label line: a short label, a colon, then its figure (审结：59件, 办复率: 100%). */
export function isLabelLine(text: string, a: number, b: number): boolean {
  for (let i = a; i < b && i <= a + CAPTION_MAX; i++) {
    const c = text.charCodeAt(i);
    if (c === COLON || c === FULL_COLON) {
      let k = i + 1;
      while (k < b && isTrimSpace(text.charCodeAt(k))) k++;
      return k < b && isDigitCode(text.charCodeAt(k));
    }
    if (c === FULL_STOP || c === COMMA || c === FULL_COMMA) return false;
  }
  return false;
}

/** The end of the run of label lines right after paragraph pi (pi's own end when there is none). */
function labelRunEnd(text: string, paragraphs: readonly Segment[], pi: number): number {
  let end = paragraphs[pi]!.end;
  for (let k = pi + 1; k < paragraphs.length; k++) {
    const q = paragraphs[k]!;
    const [a, b] = trimmed(text, q.start, q.end);
    if (a === b || !isLabelLine(text, a, b)) break;
    end = q.end;
  }
  return end;
}

/** The next paragraph with text is a table's line (grammar/tables.ts read it as one, its pipes maybe blanked since). */
function nextIsTable(text: string, paragraphs: readonly Segment[], pi: number, tableParagraphs: ReadonlySet<number>): boolean {
  if (!tableParagraphs.size) return false;
  for (let k = pi + 1; k < paragraphs.length; k++) {
    const q = paragraphs[k]!;
    const [a, b] = trimmed(text, q.start, q.end);
    if (a === b) continue;
    return tableParagraphs.has(q.start);
  }
  return false;
}

export function segment(text: string, tableLines: readonly number[] = []): Doc {
  const { paragraphs, sentences, clauses } = splitAll(text);
  // the paragraphs that are a table's lines, by their start (a line's start may be past its indent)
  const tableLine = new Set<number>();
  if (tableLines.length) {
    const lines = new Set(tableLines);
    for (const p of paragraphs) if (lines.has(p.start) || lines.has(trimmed(text, p.start, p.end)[0])) tableLine.add(p.start);
  }
  const headings: Heading[] = [];
  const tailStart = pageTail(text, paragraphs);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const [a, b] = trimmed(text, p.start, p.end);
    if (a === b) continue;
    const level = headingLevel(text, a, b);
    // a table's caption (行政复议案件统计, 表1 主要数据) is the heading of the rows under it: its noun is theirs (新收申请 | 214)
    if (level === 0 && !tableLine.has(p.start) && isCaption(text, a, b) && nextIsTable(text, paragraphs, pi, tableLine)) {
      headings.push(heading(text, a, b, CAPTION_LEVEL));
      continue;
    }
    // a short line that ends in a colon over lines of labels and figures (行政复议工作情况： / 收到申请：67件 / 审结：59件)
    // heads those lines, and only those
    if (level === 0 && !tableLine.has(p.start) && isColonHeader(text, a, b)) {
      const until = labelRunEnd(text, paragraphs, pi);
      if (until > b) headings.push(heading(text, a, b, CAPTION_LEVEL, until));
      continue;
    }
    // a heading is a short numbered line, or the numbered lead of a paragraph up to its first full stop
    // (not a table's row: 第一季度 | 7812 | 98.9%)
    if (level > 0 && !tableLine.has(p.start)) {
      const line = text.slice(a, b);
      const stop = line.search(/[。；;]/u);
      const head = stop < 0 ? line : line.slice(0, stop);
      if (head.length <= 40) {
        const offset = text.indexOf(head, p.start);
        headings.push(heading(text, offset, offset + head.length, level));
      }
    }
    if (!tableLine.has(p.start)) ordinalLeads(text, a, b, headings);
  }
  const paths: Heading[][] = [];
  let path: Heading[] = [];
  for (const h of headings) {
    path = path.filter((o) => o.level < h.level);
    path.push(h);
    paths.push(path);
  }
  return { text, paragraphs, sentences, clauses, headings, paths, tailStart, tableLines: tableLine };
}

/** Index of the segment containing pos (segments sorted, non-overlapping), or -1. */
export function indexAt(segs: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The headings in force at pos: the last heading of each level before it, outermost first. */
export function headingPath(doc: Doc, pos: number): Heading[] {
  let lo = 0;
  let hi = doc.headings.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.headings[mid]!.start <= pos) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (at < 0) return [];
  const path = doc.paths[at]!;
  // (an ordinal lead is in force to its paragraph's end only, a colon header over its label lines only)
  return path.some((h) => h.until !== undefined && pos >= h.until) ? path.filter((h) => h.until === undefined || pos < h.until) : path;
}
