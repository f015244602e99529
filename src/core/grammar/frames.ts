/**
 * Frames: each quantity attached to what it counts (a concept or a rate noun),
 * the events and modifiers around it, its subject and period, by a handful of
 * named constructions:
 *   V·N·Q  收到行政复议申请126件          N·V·Q  行政复议申请收到126件
 *   Q·N    共有12件行政诉讼案件            N·Q    人民调解组织82个
 *   Q·N·V  1460名干部参加考试              R·P    办结率99.6%  (办复率、满意率均为100%)
 *   分别   人大代表建议、政协提案分别为52件、48件
 *   ellipsis: the noun in an earlier clause, an earlier sentence of the paragraph, or the heading.
 */
import type { Doc, Segment } from "../doc/segment";
import { headingPath, indexAt, isLabelLine } from "../doc/segment";
import type { Quantity } from "../tag/quantity";
import type { WordToken } from "../tag/lexical";
import { IMPLIED } from "../lexicon/implied";
import { BODY_TOPIC } from "../lexicon/bodies";
import { isHanCp } from "../text/codepoints";

export type Where = "left" | "right" | "clause" | "verb" | "paragraph" | "heading" | "each";

export interface Attached {
  id: string;
  word: string;
  start: number;
  end: number;
  where: Where;
  /** Characters between the word and the quantity. */
  gap: number;
  /** Quantities between the word and this one. */
  between: number;
}

export interface Frame {
  q: Quantity;
  index: number;
  clause: Segment;
  sentence: Segment;
  paragraph: Segment;
  /** Concept words this quantity may count, nearest construction first. */
  concepts: Attached[];
  /** Rate nouns before a percentage (all of an enumeration with 均). */
  rates: Attached[];
  /** Events, modifiers, bodies and periods before the quantity in its sentence, nearest last. */
  before: WordToken[];
  /** Words right after the quantity in its clause (Q·N·V, 100%按时答复). */
  after: WordToken[];
  /** Concepts of the sentence, its paragraph so far and its heading path: the topic. */
  topicSentence: Set<string>;
  topicContext: Set<string>;
  /** Four-digit years named in the sentence before the quantity. */
  years: { year: number; pos: number }[];
  /** 分别: the items listed before it that belong to this figure (its noun or body, rate noun, verb). */
  each: WordToken[];
  /** Words of the sentence's first clause (where its subject and its time stand) and of the figure's clause. */
  head: WordToken[];
  /** Words after the quantity to the end of its sentence (bounded). */
  rest: WordToken[];
  /** A count (not a rate) stands before this quantity in its sentence. */
  prevCountInSentence: boolean;
  /** Start of the previous quantity in the sentence, or -1. */
  prevInSentence: number;
  inClause: WordToken[];
  headingPlan: boolean;
  /** The verbs of the nearest heading above (（一）常务会议学法。全年12次: the heading says the act). */
  headingEvents: WordToken[];
  /** A table cell's column header's verbs (调解成功（件）, 审结数): the act its values count. */
  columnEvents: WordToken[];
}

/** The longest header line whose other columns lend a verb-only column their nouns. */
const HEADER_LINE_MAX = 300;

function wordsIn(words: readonly WordToken[], from: number, to: number): WordToken[] {
  const lo = firstAtOrAfter(words, from);
  const out: WordToken[] = [];
  for (let i = lo; i < words.length && words[i]!.start < to; i++) if (words[i]!.end <= to) out.push(words[i]!);
  return out;
}

/** Index of the first item (words or quantities, sorted by start) starting at or after `pos`: a binary search. */
function firstAtOrAfter(qs: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quantities wholly inside [from, to): two binary searches, so frames stay linear overall. */
function countBetween(qs: readonly Quantity[], from: number, to: number): number {
  if (to <= from) return 0;
  let hiIdx = firstAtOrAfter(qs, to);
  while (hiIdx > 0 && qs[hiIdx - 1]!.end > to) hiIdx--;
  return Math.max(0, hiIdx - firstAtOrAfter(qs, from));
}

/** How far back a frame looks: a sentence or paragraph longer than this is read only near the figure. */
const REACH_SENTENCE = 240;
const REACH_PARAGRAPH = 600;
/** Text before the sentence whose nouns still set the topic (a heading or paragraph just above). */
const REACH_CONTEXT = 400;
/** Label lines above a label line that still belong to its record. */
const LABEL_RUN = 6;

const YEAR_CHAR = "年".charCodeAt(0);

/** A year's four digits at `i` (1990–2099), not inside a longer number. */
function yearAt(text: string, i: number): number | null {
  const s = text.slice(i, i + 4);
  return (s.startsWith("19") || s.startsWith("20")) && s >= "1990" && s <= "2099" && !/\D/.test(s) && !/\d/.test(text[i - 1] ?? "") ? Number(s) : null;
}

/**
 * The years named in [from, to): four digits and 年, or four digits opening the sentence right before a word, with no
 * measure of their own (2023总共需办理复议案件66件: a 年 lost in copying).
 */
function yearsIn(text: string, from: number, to: number, quantities: readonly Quantity[]): { year: number; pos: number }[] {
  const out: { year: number; pos: number }[] = [];
  const opening = from + 5 <= to && text.charCodeAt(from + 4) !== YEAR_CHAR && isHanCp(text.codePointAt(from + 4)!) && countBetween(quantities, from, from + 4) === 0 ? yearAt(text, from) : null;
  if (opening !== null) out.push({ year: opening, pos: from });
  for (let i = from; i + 5 <= to; i++) {
    if (text.charCodeAt(i + 4) !== YEAR_CHAR) continue;
    const year = yearAt(text, i);
    if (year !== null) out.push({ year, pos: i });
  }
  return out;
}

/** Characters from `from` to `to` that are not inside a 《title》 (titleSum: prefix sums of title characters). */
function plainGap(titleSum: Int32Array, from: number, to: number): number {
  return to <= from ? 0 : to - from - (titleSum[to]! - titleSum[from]!);
}

/** What joins the items of a list: 、 和 及 与 (县委常委会会议和县政府常务会议). */
const JOINERS = /[、和及与,]/u;

/**
 * The n items of a list before 分别: the latest run of words each joined to the next by 、 和 及 与, of at least n
 * (县委常委会会议和县政府常务会议会前学法分别为6次和12次: the two bodies, not the 学法 they share); the last n words when
 * no run is long enough.
 */
function joinedList(text: string, all: readonly WordToken[], n: number): WordToken[] {
  let end = all.length - 1;
  while (end >= n - 1) {
    let start = end;
    while (start > 0 && JOINERS.test(text.slice(all[start - 1]!.end, all[start]!.start))) start--;
    if (end - start + 1 >= n) return all.slice(end - n + 1, end + 1);
    end = start - 1;
  }
  return all.slice(all.length - n);
}

/** The words are one list: each joined to the next by 、 和 及 与, or with only a count word and the joiner between (纠纷数、成功数). */
function joinedRun(text: string, ws: readonly WordToken[]): boolean {
  for (let k = 1; k < ws.length; k++) if (!JOINERS.test(text.slice(ws[k - 1]!.end, ws[k]!.start))) return false;
  return true;
}

function hasConceptBetween(concepts: readonly WordToken[], from: number, to: number): boolean {
  const i = firstAtOrAfter(concepts, from);
  return i < concepts.length && concepts[i]!.start < to;
}

/** Attaches word `w` to quantity `q` by the construction `where`: one Attached per meaning, in order, onto `out`. */
function attach(out: Attached[], w: WordToken, where: Where, q: Quantity, clauseStart: number, quantities: readonly Quantity[], titleSum: Int32Array): void {
  const gap = where === "right" ? plainGap(titleSum, q.end, w.start) : plainGap(titleSum, w.end, q.start);
  const between = where === "right" ? countBetween(quantities, q.end, w.start) : countBetween(quantities, where === "clause" ? clauseStart : w.end, q.start);
  for (const id of w.ids) out.push({ id, word: w.word, start: w.start, end: w.end, where, gap, between });
}

/** A table column's header word, as a noun right before the cell's value (gap 0) or a neighbouring column's (gap 1). */
function attachColumn(out: Attached[], w: WordToken, gap: number): void {
  for (const id of w.ids) out.push({ id, word: w.word, start: w.start, end: w.end, where: "left", gap, between: 0 });
}

/** 的 between a percentage and the rate noun it is the value of. */
const OF = "的";
/** …with at most this much between them, bodies only (的行政机关负责人出庭应诉率). */
const OF_BODY_MAX = 10;

export function buildFrames(doc: Doc, quantities: readonly Quantity[], words: readonly WordToken[], titles?: Uint8Array): Frame[] {
  const text = doc.text;
  // prefix sums of title characters: a 《title》 between a noun and its figure does not widen the gap
  const titleSum = new Int32Array(text.length + 1);
  // (zero up to the first title character; one running sum from there)
  const firstTitle = titles ? titles.indexOf(1) : -1;
  if (titles && firstTitle >= 0) {
    let acc = 0;
    for (let i = firstTitle; i < text.length; i++) titleSum[i + 1] = acc += titles[i] ?? 0;
  }
  const frames: Frame[] = [];
  // where each percentage ends (its 的 and rate noun after it are its own: P·的·R)
  const percentEnds = new Set<number>();
  for (const x of quantities) if (x.percent) percentEnds.add(x.end);
  const concepts = words.filter((w) => w.kind === "concept");
  const firstLine = text.indexOf("\n");
  const titleEnd = Math.min(firstLine < 0 ? text.length : firstLine, 120);
  for (let index = 0; index < quantities.length; index++) {
    const q = quantities[index]!;
    const ci = indexAt(doc.clauses, q.numStart);
    const si = indexAt(doc.sentences, q.numStart);
    const pi = indexAt(doc.paragraphs, q.numStart);
    if (ci < 0 || si < 0 || pi < 0) continue;
    const fullClause = doc.clauses[ci]!;
    const clause = { start: Math.max(fullClause.start, q.start - REACH_SENTENCE), end: fullClause.end };
    const fullSentence = doc.sentences[si]!;
    const sentence = { start: Math.max(fullSentence.start, q.start - REACH_SENTENCE), end: fullSentence.end };
    const fullParagraph = doc.paragraphs[pi]!;
    const paragraph = { start: Math.max(fullParagraph.start, q.start - REACH_PARAGRAPH), end: fullParagraph.end };
    const before = wordsIn(words, sentence.start, q.start);
    const after = wordsIn(words, q.end, Math.min(clause.end, q.end + 24));
    const attached: Attached[] = [];
    // 分别: the k-th noun before 分别 takes the k-th quantity after it
    let eachTok: WordToken | undefined;
    for (const w of before)
      if (w.kind === "modifier" && w.ids.includes("each") && w.start >= clauseStartOfSentence(doc, sentence, ci)) {
        eachTok = w;
        break;
      }
    // (a clause after 分别's that names its own noun before its figure says a new thing: 分别为10次、16次,组织旁听庭审1次)
    if (eachTok && eachTok.start < fullClause.start && before.some((w) => w.kind === "concept" && w.start >= fullClause.start)) eachTok = undefined;
    const each: WordToken[] = [];
    if (eachTok) {
      // the k-th item listed before 分别 is the k-th figure's: nouns, bodies, rate nouns or verbs alike
      const from = doc.clauses[Math.max(0, ci - 1)]!.start;
      const k = countBetween(quantities, eachTok.end, q.start);
      // the list is the items nearest 分别, as many as the figures after it in the clause: a noun an earlier clause
      // named (学法用法,县委常委会、县政府常务会议分别学法9次、16次) is no item of it
      const n = countBetween(quantities, eachTok.end, fullClause.end);
      for (const kind of ["concept", "rate", "event"] as const) {
        const all = dedupeAdjacent(wordsIn(words, Math.max(from, sentence.start), eachTok.start).filter((w) => w.kind === kind));
        // (nouns and verbs as many as the figures are a list only if joined: 落实…制度,县委常委会、县政府常务会全年分别学法
        // 6次和16次 has two verbs, 落实 and 学法, and no list of them)
        const list = n > 1 && all.length > n ? joinedList(text, all, n) : n > 1 && all.length === n && kind !== "rate" && !joinedRun(text, all) ? [] : all;
        if (list.length > 1 && k < list.length) each.push(list[k]!);
      }
      // (…or the verbs listed right after 分别, before the figures: 分别收到和审结行政复议案件74件、70件; or the nouns listed
      // after 分别 and its verb: 分别承办县人大代表建议、县政协委员提案108件、131件)
      if (n > 1 && k < n && (!each.some((w) => w.kind === "event") || !each.some((w) => w.kind === "concept"))) {
        const firstFigure = quantities[firstAtOrAfter(quantities, eachTok.end)];
        const listed = wordsIn(words, eachTok.end, firstFigure ? firstFigure.start : q.start);
        const ofKind = (kind: WordToken["kind"]) => dedupeAdjacent(listed.filter((w) => w.kind === kind));
        if (!each.some((w) => w.kind === "event")) {
          const verbs = ofKind("event");
          if (verbs.length === n && verbs[0]!.start === eachTok.end && joinedRun(text, verbs)) each.push(verbs[k]!);
        }
        if (!each.some((w) => w.kind === "concept")) {
          const nouns = ofKind("concept");
          if (nouns.length === n && joinedRun(text, nouns)) each.push(nouns[k]!);
        }
      }
      const noun = each.find((w) => w.kind === "concept");
      if (noun) attach(attached, noun, "each", q, clause.start, quantities, titleSum);
    } else {
      // 各 right after a list of nouns, one figure after it in the clause: each item has that figure
      const same = before.find((w) => w.kind === "modifier" && w.ids.includes("each_same") && w.start >= clause.start);
      if (same && countBetween(quantities, same.end, fullClause.end) === 1) {
        const nouns = dedupeAdjacent(wordsIn(words, clause.start, same.start).filter((w) => w.kind === "concept"));
        let start = nouns.length - 1;
        if (start >= 1 && nouns[start]!.end === same.start) {
          while (start > 0 && JOINERS.test(text.slice(nouns[start - 1]!.end, nouns[start]!.start))) start--;
          if (start < nouns.length - 1) each.push(...nouns.slice(start));
        }
      }
    }
    // a column's header names a table cell's value as a noun right before it would (调解纠纷（件） over 2104)
    const column = q.column;
    const columnWords = column ? wordsIn(words, column[0], column[1]) : [];
    for (const w of columnWords) if (w.kind === "concept") attachColumn(attached, w, 0);
    // (a header that names only the act, 调解成功（件）, takes the nouns its row of headers names: 调解纠纷（件）)
    // (nearest column first)
    // (a header line of a reasonable length only: every frame of a hostile row would read it again)
    const [headerFrom, headerTo] = q.header ?? [0, 0];
    if (column && !attached.length && headerTo - headerFrom <= HEADER_LINE_MAX && columnWords.some((w) => w.kind === "event")) {
      const others = wordsIn(words, headerFrom, headerTo).filter((w) => w.kind === "concept" && (w.end <= column[0] || w.start >= column[1]));
      const far = (w: WordToken) => (w.end <= column[0] ? column[0] - w.end : w.start - column[1]);
      for (const w of others.sort((a, b) => far(a) - far(b))) attachColumn(attached, w, 1);
    }
    // V·N·Q, N·V·Q, N·Q: concept words before the quantity in its clause, nearest first
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!;
      if (w.kind === "concept" && w.start >= clause.start) attach(attached, w, "left", q, clause.start, quantities, titleSum);
    }
    // Q·N, Q·N·V: the first concept word after it in the clause
    for (const w of after) if (w.kind === "concept") attach(attached, w, "right", q, clause.start, quantities, titleSum);
    // ellipsis: earlier clauses of the sentence
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!;
      if (w.kind === "concept" && w.start < clause.start) attach(attached, w, "clause", q, clause.start, quantities, titleSum);
    }
    // V·Q with the object left out (共调解1200件, 主动公开2100条): a verb that says its object, right before the figure,
    // where no noun of the sentence attaches (a noun of an earlier clause is the figure's: 在行政应诉方面,共应诉43件)
    if (!attached.length) {
      const verb = before.filter((w) => w.kind === "event" && w.start >= clause.start).pop();
      // (or that an earlier clause's verb said: 共调解1200件,成功1190件 counts disputes mediated with success)
      const id = verb && (IMPLIED.get(verb.word) ?? impliedEarlier(before, clause.start));
      // (in a table row the gap is the label's count word and the cell's layout: 调解成功数 | 5120件)
      const gap = q.table ? text.slice(verb?.end ?? q.start, q.start).replace(/[\s数量]/gu, "").length : verb ? plainGap(titleSum, verb.end, q.start) : 0;
      if (verb && id && gap <= 2 && !hasConceptBetween(concepts, verb.end, q.start))
        attach(attached, { ...verb, kind: "concept", ids: [id] }, "verb", q, clause.start, quantities, titleSum);
    }
    // earlier sentences of the paragraph (the nearest few); a paragraph's numbered lead ((三)行政应诉工作。全年共办理43件)
    // is its heading, its nouns are read as the heading's
    const path = headingPath(doc, q.start).filter((h) => h.end <= q.start);
    const inHeading = (w: WordToken) => path.some((h) => w.start >= h.start && w.end <= h.end);
    // (a heading in force only to a bound, an ordinal lead such as 二是认真办理政协委员提案。, closes what the paragraph said
    // before it: another item's)
    const last = path[path.length - 1];
    const lead = last?.until !== undefined ? last : undefined;
    const paraWords = wordsIn(concepts, Math.max(paragraph.start, lead ? lead.end : 0), sentence.start).filter((w) => !inHeading(w));
    for (let k = paraWords.length - 1; k >= 0 && k >= paraWords.length - 6; k--) attach(attached, paraWords[k]!, "paragraph", q, clause.start, quantities, titleSum);
    // a table row's label that names only a field (审结数(件) 80 93 under 行政复议收案数(件) 84 97) takes the noun of the rows
    // above it in its table, nearest first, as a paragraph's
    if (q.table && doc.tableLines.has(fullParagraph.start))
      for (let k = pi - 1; k >= 0 && k >= pi - LABEL_RUN && doc.tableLines.has(doc.paragraphs[k]!.start); k--) {
        const row = wordsIn(concepts, doc.paragraphs[k]!.start, doc.paragraphs[k]!.end);
        for (let j = row.length - 1; j >= 0; j--) attach(attached, row[j]!, "paragraph", q, clause.start, quantities, titleSum);
      }
    for (let k = path.length - 1; k >= 0; k--) for (const w of wordsIn(concepts, path[k]!.start, path[k]!.end)) attach(attached, w, "heading", q, clause.start, quantities, titleSum);
    // R·P: rate nouns before a percentage
    const rates: Attached[] = [];
    const eachRate = each.find((w) => w.kind === "rate");
    const columnRate = q.percent ? columnWords.filter((w) => w.kind === "rate").pop() : undefined;
    // P·的·R: a percentage, 的 and a rate noun (以100%的办复率、98.1%的满意率完成…) is that noun's
    // (whose rate it is may stand between: 以100%的行政机关负责人出庭应诉率)
    const next = q.percent ? after.find((w) => w.kind === "rate") : undefined;
    const ofGap = next ? text.slice(q.end, next.start) : "";
    const ofRate =
      next && ofGap.startsWith(OF) && (ofGap.length === 1 || (ofGap.length <= OF_BODY_MAX && !/[,，、;；。:：]/u.test(ofGap) && after.every((w) => w.start >= next.start || w.start < q.end || w.kind === "body"))) ? next : undefined;
    if (columnRate) attachColumn(rates, columnRate, 0);
    else if (ofRate) attachColumn(rates, ofRate, 0);
    else if (q.percent && eachRate) attach(rates, eachRate, "each", q, clause.start, quantities, titleSum);
    else if (q.percent) {
      // (…and a rate noun that another percentage owns so is not this one's)
      const rs = before.filter((w) => w.kind === "rate" && w.start >= clause.start && !(text[w.start - 1] === OF && percentEnds.has(w.start - 1)));
      const nearest = rs[rs.length - 1];
      if (nearest) {
        const all = before.some((w) => w.kind === "modifier" && w.ids.includes("all") && w.start >= nearest.end);
        attach(rates, nearest, "left", q, clause.start, quantities, titleSum);
        if (all) for (let k = rs.length - 2; k >= 0; k--) {
          const gapText = text.slice(rs[k]!.end, rs[k + 1]!.start);
          if (gapText.length > 5 || /[,，;；。:：]/u.test(gapText) || countBetween(quantities, rs[k]!.end, rs[k + 1]!.start) > 0) break;
          attach(rates, rs[k]!, "left", q, clause.start, quantities, titleSum);
        }
      } else {
        // 纠错率同比下降3.2个百分点,降至6.7%: the rate noun an earlier clause named, with no figure of its own since
        const earlier = before.filter((w) => w.kind === "rate" && w.start < clause.start).pop();
        if (earlier && countBetween(quantities, earlier.end, q.start) <= 1) attach(rates, earlier, "clause", q, clause.start, quantities, titleSum);
      }
    }
    const topicSentence = new Set<string>();
    for (let k = 0; k < before.length; k++) {
      const w = before[k]!;
      if (w.kind === "concept") for (const id of w.ids) topicSentence.add(id);
      // (a body that is the subject names its meetings: 县政府全年集体学法12次)
      else if (subjectBodyTopic(before, k)) topicSentence.add(subjectBodyTopic(before, k)!);
    }
    for (const w of after) if (w.kind === "concept") for (const id of w.ids) topicSentence.add(id);
    // lines of labels and figures are one record (12345热线工单：15876件 / 办结率：99.6%): the lines above in the run are its sentence
    if (isLabelLine(text, fullParagraph.start, fullParagraph.end)) {
      let from = fullParagraph.start;
      for (let k = pi - 1; k >= 0 && k >= pi - LABEL_RUN; k--) {
        const p = doc.paragraphs[k]!;
        if (!isLabelLine(text, p.start, p.end)) break;
        from = p.start;
      }
      if (from < fullParagraph.start) forWordsIn(concepts, from, fullParagraph.start, topicSentence);
    }
    const topicContext = new Set<string>();
    for (const a of attached) if (a.where === "paragraph" || a.where === "heading") topicContext.add(a.id);
    forWordsIn(concepts, Math.max(0, sentence.start - REACH_CONTEXT), sentence.start, topicContext);
    forWordsIn(concepts, 0, Math.min(titleEnd, sentence.start), topicContext);
    const firstEnd = firstClauseEnd(doc, sentence, ci);
    const head: WordToken[] = [];
    const inClause: WordToken[] = [];
    for (const w of before) {
      if (w.end <= firstEnd) head.push(w);
      if (w.start >= clause.start) inClause.push(w);
    }
    let prevCountInSentence = false;
    for (let k = Math.max(0, index - 8); k < index; k++) {
      const o = quantities[k]!;
      if (!o.percent && o.start >= fullSentence.start) {
        prevCountInSentence = true;
        break;
      }
    }
    frames.push({
      q,
      index,
      clause,
      sentence,
      paragraph,
      concepts: attached,
      rates,
      before,
      after,
      topicSentence,
      topicContext,
      years: yearsIn(text, sentence.start, q.start, quantities),
      rest: wordsIn(words, q.end, Math.min(fullSentence.end, q.end + REACH_SENTENCE)),
      prevCountInSentence,
      prevInSentence: index > 0 && quantities[index - 1]!.start >= fullSentence.start ? quantities[index - 1]!.start : -1,
      head,
      inClause,
      headingPlan: path.some((h) => h.plan),
      headingEvents: path.length ? wordsIn(words, path[path.length - 1]!.start, path[path.length - 1]!.end).filter((w) => w.kind === "event") : [],
      columnEvents: columnWords.filter((w) => w.kind === "event"),
      each,
    });
  }
  return frames;
}

/**
 * The meetings a body word names where it is a subject (县政府全年集体学法12次: the government's), not where
 * a noun right after it says whose part it is (县政府党组理论学习中心组: the party group's) nor where the
 * words after it, up to the figure, name people it has study (组织执法人员集中学法3次).
 * `words`: the sentence's words before the figure.
 */
export function subjectBodyTopic(words: readonly WordToken[], k: number): string | undefined {
  const w = words[k]!;
  const id = w.kind === "body" ? BODY_TOPIC.get(w.word) : undefined;
  if (!id) return undefined;
  for (let j = k + 1; j < words.length; j++) {
    const x = words[j]!;
    if ((x.start === w.end && x.kind === "concept") || (x.kind === "modifier" && x.ids.includes("staff"))) return undefined;
  }
  return id;
}

/** The object the nearest verb of an earlier clause of the sentence says it has (共调解1200件,…), if any. */
function impliedEarlier(before: readonly WordToken[], clauseStart: number): string | undefined {
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k]!;
    if (w.start >= clauseStart || w.kind !== "event") continue;
    const id = IMPLIED.get(w.word);
    if (id) return id;
  }
  return undefined;
}

/** Adds the ids of the words wholly inside [from, to) to `ids` (wordsIn without the array). */
function forWordsIn(words: readonly WordToken[], from: number, to: number, ids: Set<string>): void {
  for (let i = firstAtOrAfter(words, from); i < words.length && words[i]!.start < to; i++) if (words[i]!.end <= to) for (const id of words[i]!.ids) ids.add(id);
}

/** End of the first clause of a sentence (the clause before ci at the latest). */
function firstClauseEnd(doc: Doc, sentence: Segment, ci: number): number {
  let k = ci;
  while (k > 0 && doc.clauses[k - 1]!.start >= sentence.start) k--;
  return k === ci ? doc.clauses[ci]!.start : doc.clauses[k]!.end;
}

function clauseStartOfSentence(doc: Doc, sentence: Segment, ci: number): number {
  const prev = doc.clauses[ci - 1];
  return prev && prev.start >= sentence.start ? prev.start : doc.clauses[ci]!.start;
}

/** 人大代表建议、政协提案: one word per listed noun, in order. */
function dedupeAdjacent(ws: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const w of ws) if (!out.length || out[out.length - 1]!.start !== w.start) out.push(w);
  return out;
}
