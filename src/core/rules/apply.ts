/**
 * Runs every rule over the clean text and returns candidates, applying the
 * scope rule: no per-body norms, no deltas, no names or dates as values, the
 * right topic or anchor for generic wordings, and a period for each figure.
 */
import { LEVEL_RANK, speaksAsSelf } from "../meta";
import type { Approx } from "../types";
import { countValue, notAQuantity, percentValue } from "../numbers/readNumber";
import { SELF_BODY, TOPIC_WORDS, type Rule, type Topic } from "./rule";

import { reviewRules } from "./review";
import { mediationRules } from "./mediation";
import { responseRules } from "./response";
import { studyRules } from "./study";
import { PART_WHOLE } from "../catalog";
import { matchesIn, mayMatch, planOf, scanPlan, wordFinder, type TextScan } from "./required";

/** Codes that are a part of another (closed of received): 其中调解成功N件 is their natural wording. */
const PART_CODES = new Set(PART_WHOLE.map((p) => p.part));

export const ALL_RULES: readonly Rule[] = [...reviewRules, ...mediationRules, ...responseRules, ...studyRules];

export interface Candidate {
  code: string;
  value: number;
  approx: Approx;
  rule: string;
  priority: number;
  /** Clean-text offsets: the number, and the evidence window around it. */
  numStart: number;
  numEnd: number;
  evStart: number;
  evEnd: number;
  /** The figure's sentence names another period than the report's year. */
  otherPeriod: boolean;
  /** Length of the rule's match: the more words a wording pins down, the more specific. */
  specificity: number;
  kind: "count" | "percent";
  /** 其中以市政府为被告的案件186件: a part of a figure before it; kept only when nothing else is found. */
  subPart?: boolean;
  /** Set when a guard refused it; such a candidate only anchors rates. */
  rejected?: string;
}

export const TOPIC_RE = new RegExp(TOPIC_WORDS.map(([t, w]) => `(?<${t}>${w})`).join("|"), "g");
/** Topic words stand inside a clause: TOPIC_RE runs only over the clauses holding one of its words (all of them, up to 64 in a set). */
const TOPIC_PLAN = scanPlan(TOPIC_RE, 64);
export const TOPIC_FINDS: readonly string[] = TOPIC_PLAN?.words ?? [];

/** What each code unit ends (a paragraph, a sentence, a clause), read from a table on the pass over the text. */
const PARA = 1;
const SENTENCE = 2;
const CLAUSE = 3;
const BOUNDARY = new Uint8Array(0x10000);
BOUNDARY["\n".charCodeAt(0)] = PARA;
for (const c of "。;!?|!?") BOUNDARY[c.charCodeAt(0)] = SENTENCE;
for (const c of ",:") BOUNDARY[c.charCodeAt(0)] = CLAUSE;

/** Sorted boundary offsets of sentences, clauses and paragraphs. */
class Layout {
  readonly sentenceStarts: number[] = [0];
  readonly clauseStarts: number[] = [0];
  readonly paraStarts: number[] = [0];
  readonly topics: { pos: number; end: number; topic: Topic }[] = [];
  readonly years: { pos: number; year: number }[] = [];
  /** 近三年来, "十四五"以来 …: what follows in the sentence adds up several years. */
  readonly multiYear: { pos: number }[] = [];
  /** 去年同期, 上一年度: what follows in the sentence is last year's. */
  readonly lastYear: { pos: number }[] = [];
  /** [start, end) of sections about plans or problems (三、2024年工作计划 …): no figures there. */
  readonly planSections: [number, number][] = [];

  /** The first lines: title, 来源, the opening — where a report names itself. */
  readonly head: string;

  constructor(
    readonly text: string,
    scan: TextScan,
  ) {
    this.head = text.slice(0, 300);
    for (let i = 0; i < text.length; i++) {
      const b = BOUNDARY[text.charCodeAt(i)];
      if (b === PARA) {
        this.paraStarts.push(i + 1);
        this.sentenceStarts.push(i + 1);
        this.clauseStarts.push(i + 1);
      } else if (b === SENTENCE) {
        this.sentenceStarts.push(i + 1);
        this.clauseStarts.push(i + 1);
      } else if (b === CLAUSE) {
        this.clauseStarts.push(i + 1);
      }
    }
    for (const m of TOPIC_PLAN ? matchesIn(TOPIC_RE, TOPIC_PLAN, scan) : text.matchAll(TOPIC_RE)) {
      // the group that matched: the first topic, in the order of TOPIC_WORDS, with a value
      const g = m.groups!;
      const topic = TOPIC_WORDS.find(([t]) => g[t] !== undefined)?.[0] as Topic;
      this.topics.push({ pos: m.index!, end: m.index! + m[0].length, topic });
    }
    for (const m of text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?:年|(?=[\u4e00-\u9fff])(?![件人次条个宗起名份场项家户元万亿]))/g)) {
      this.years.push({ pos: m.index!, year: Number(m[1]) });
    }
    let planStart = -1;
    for (const m of text.matchAll(/(?:^|\n)[ \t]*([一二三四五六七八九十]+、)([^\n]*)/g)) {
      const at = m.index! + (m[0].startsWith("\n") ? 1 : 0);
      const isPlan = /工作计划|工作打算|下一步|工作思路|主要任务|工作安排|存在的?问题|不足|努力方向/.test(m[2]!.slice(0, 40));
      if (planStart >= 0) this.planSections.push([planStart, at]);
      planStart = isPlan ? at : -1;
    }
    if (planStart >= 0) this.planSections.push([planStart, text.length]);
    for (const m of text.matchAll(/近[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十]+年来|近年来|历年|(?:建区|成立|开局|换届|实施)以来|十[二三四五]五|以往/g)) {
      // 一年来, 近一年: the past year is the report's own
      if (m[0] === "一年来" || m[0] === "近一年") continue;
      this.multiYear.push({ pos: m.index! });
    }
    for (const m of text.matchAll(/(?:去年|上年度?)同期|上一年度/g)) this.lastYear.push({ pos: m.index! });
  }

  private static last(arr: number[], pos: number): number {
    let lo = 0;
    let hi = arr.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (arr[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return arr[lo]!;
  }
  private static next(arr: number[], pos: number, dflt: number): number {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid]! > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo < arr.length ? arr[lo]! : dflt;
  }
  sentenceStart(pos: number): number {
    return Layout.last(this.sentenceStarts, pos);
  }
  sentenceEnd(pos: number): number {
    return Layout.next(this.sentenceStarts, pos, this.text.length);
  }
  clauseStart(pos: number): number {
    return Layout.last(this.clauseStarts, pos);
  }
  paraStart(pos: number): number {
    return Layout.last(this.paraStarts, pos);
  }
  /** Start of the sentence before the one at pos, within its paragraph. */
  previousSentenceStart(pos: number): number {
    const s = this.sentenceStart(pos);
    return s === this.paraStart(pos) ? s : Math.max(this.paraStart(pos), this.sentenceStart(s - 1));
  }
  /** The nearest topic word that ends before pos, in the paragraph (or within `window` characters). */
  topicBefore(pos: number, window?: number): Topic | null {
    const para = window ? Math.max(0, pos - window) : this.paraStart(pos);
    // topic matches do not overlap, so they are sorted by start and by end alike
    for (let i = lastBefore(this.topics, pos); i >= 0; i--) {
      const t = this.topics[i]!;
      if (t.pos < para) return null;
      if (t.end <= pos) return t.topic;
    }
    return null;
  }
  /**
   * The period a figure at pos is stated for, when its sentence names a year
   * before it: a year in the figure's own clause, or one that opens the
   * sentence (2022年,…). A comparison (较2022年…, 2022年同期) or a year in
   * parentheses (2022年为96件) speaks only of its own figure.
   */
  yearBefore(pos: number): number | null {
    const s = this.sentenceStart(pos);
    const c = this.clauseStart(pos);
    for (let i = lastBefore(this.years, pos); i >= 0; i--) {
      const e = this.years[i]!;
      if (e.pos < s) return null;
      const before = this.text.slice(Math.max(s, e.pos - 3), e.pos);
      const after = this.text.slice(e.pos + 5, e.pos + 8);
      if (/[较比与]$|同比$/.test(before) || /^同比/.test(after)) continue;
      const open = this.text.lastIndexOf("(", pos);
      const parenthetical = e.pos > open && open >= s && this.text.indexOf(")", e.pos) < pos && this.text.indexOf(")", e.pos) >= 0;
      if (parenthetical) continue;
      if (e.pos >= c) return e.year;
      if (e.pos - s <= 6) return e.year;
    }
    return null;
  }
  inPlan(pos: number): boolean {
    return this.planSections.some(([a, b]) => pos >= a && pos < b);
  }
  multiYearBefore(pos: number): boolean {
    return this.markerBefore(this.multiYear, pos);
  }
  lastYearBefore(pos: number): boolean {
    return this.markerBefore(this.lastYear, pos);
  }
  private markerBefore(marks: { pos: number }[], pos: number): boolean {
    const i = lastBefore(marks, pos);
    return i >= 0 && marks[i]!.pos >= this.sentenceStart(pos);
  }
}

/** Index of the last item whose pos is < pos (items sorted by pos), or -1. */
function lastBefore(items: readonly { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Per-body norms and targets: never a value. */
const NORM = /每(?:年|季度|半年|月|周)|至少|不少于|不低于|力争|争取|确保|目标|计划|下一步|预计|拟于/;
/** Any count with a unit: a rate after one refers to it, even when no rule knows it. */
const ANY_COUNT = /\d+(?:\.\d+)?(?:万|亿)?[余多]?(?:件|条|次|人|个|宗|起|名|份|场|项|家|户|单)/;
/** A change, not a count. */
const DELTA = /(?:增加|增长|减少|下降|提高|提升|上升|新增)了?$|较.{0,8}$|比.{0,6}$/;

export function applyRules(
  text: string,
  reportYear: number | null,
  rules: readonly Rule[] = ALL_RULES,
  reportLevel: number | null = null,
  department = false,
  region: string | null = null,
): Candidate[] {
  // the words the rules (and the topics) need that the text holds, and where, found in one pass
  const scan = wordFinder(rules, TOPIC_FINDS).scan(text);
  const L = new Layout(text, scan);
  const out: Candidate[] = [];
  const ordered = [...rules.filter((r) => r.kind === "count"), ...rules.filter((r) => r.kind === "percent")];
  const sortedCounts = () => out.filter((c) => c.kind === "count").sort((a, b) => a.numStart - b.numStart);
  // counts are all found before the first rate rule; a count rule with anchors sees those found so far
  let counts: Candidate[] | null = null;
  for (const r of ordered) {
    if (r.kind === "percent" && counts === null) counts = sortedCounts();
    const pool = r.anchors ? (counts ?? sortedCounts()) : [];
    // a rule none of whose words the text holds cannot match it: its regex is not run
    if (!mayMatch(r.re, scan)) continue;
    // where its matches cannot cross a clause (or a sentence, a line), only those holding one of its words are searched
    const plan = planOf(r.re);
    r.re.lastIndex = 0;
    for (const m of plan ? matchesIn(r.re, plan, scan) : text.matchAll(r.re)) {
      const g = m.groups ?? {};
      const idx = m.indices?.groups ?? {};
      const numIdx = idx.num ?? idx.pnum ?? idx.pcn;
      if (!numIdx) continue;
      const [ns, ne] = numIdx;
      const read = r.kind === "count" ? countValue(g) : percentValue(g);
      if (!read) continue;
      const qs = Math.min(ns, idx.pre?.[0] ?? ns);
      const qe = Math.max(ne, idx.unit?.[1] ?? ne, idx.after?.[1] ?? ne, idx.post?.[1] ?? ne);
      const matchStart = m.index!;
      const rejected = whyNot(r, { text, L, ns, ne, qs, matchStart, pool, groups: g, reportYear, reportLevel, department, region });
      const y = L.yearBefore(ns);
      const otherPeriod = (y !== null && reportYear !== null && y !== reportYear) || L.lastYearBefore(ns);
      const { evStart, evEnd } = evidenceWindow(L, qs, qe);
      out.push({
        code: r.code,
        value: read.value,
        approx: read.approx,
        rule: r.name,
        priority: r.priority,
        numStart: qs,
        numEnd: qe,
        evStart,
        evEnd,
        otherPeriod,
        specificity: m[0].length,
        kind: r.kind,
        ...(rejected ? { rejected } : {}),
        ...(/^其中/.test(text.slice(L.clauseStart(ns), matchStart + 2).trimStart()) && !PART_CODES.has(r.code) ? { subPart: true } : {}),
      });
    }
  }
  return claimOnce(out);
}

interface MatchContext {
  text: string;
  L: Layout;
  /** the bare number [ns, ne); qs = start with its qualifier; the rule's match starts at matchStart */
  ns: number;
  ne: number;
  qs: number;
  matchStart: number;
  /** count candidates so far, sorted by position (for rules with anchors) */
  pool: Candidate[];
  groups: Record<string, string | undefined>;
  reportYear: number | null;
  /** 4 province, 3 city, 2 county/district, 1 town: the level the report speaks for, when known. */
  reportLevel: number | null;
  /** The place the report speaks for (meta.region), when known. */
  region: string | null;
  /** The report is a department's (…局2023年度法治政府建设情况报告), not a government's. */
  department: boolean;
}

/** Figures of other jurisdictions named for comparison: 兄弟县区, 周边, 全省平均. */
const OTHER_PLACES = /兄弟(?:县|区|市|单位|乡镇)|周边(?:县|区|市)|邻近(?:县|区|市)|全(?:省|市|国)平均/;
/** The ranks of level words (meta.ts, the frames' reading of a body's level reads the same table). */
const LEVEL = LEVEL_RANK;

/**
 * A department's report names itself so in its first lines: 〈place〉市场监督管理局2023年度…报告.
 * The justice bureau is not one here: it runs the government's reconsideration,
 * legality review and litigation, so the government's figures are its own work.
 */
export function isDepartmentReport(text: string): boolean {
  const m = text.slice(0, 400).match(/(?:^|\n)([^\n]{0,24}?(?:局|委员会|卫健委|办公室|管委会办公室|中心))(?:关于)?(?:19|20)\d{2}年/);
  return !!m && !/司法|法制|依法治/.test(m[1]!);
}

/** The level of the place a report names itself by. */
export function levelOf(region: string | null): number | null {
  if (!region) return null;
  if (/街道$/.test(region)) return 1;
  const last = region.slice(-1);
  return LEVEL[last] ?? null;
}

/**
 * The highest level a sentence names as a figure's subject: 全市…, 市政府…,
 * 县12345热线…, 市司法局… (a level word standing alone, not the end of a
 * place name such as 保定市).
 */
function levelNamed(sentence: string): number | null {
  let best: number | null = null;
  for (const m of sentence.matchAll(/(?:^|[^\u4e00-\u9fa5]|全|[,;。、和及与])([省市州盟县区旗镇乡])(?=政府|人民政府|级|司法局|委|12345|热线|中级人民法院|法院|行政复议)|全([省市州盟县区旗镇乡])/g)) {
    const lv = LEVEL[m[1] ?? m[2] ?? ""];
    if (lv !== undefined && (best === null || lv > best)) best = lv;
  }
  return best;
}

/** A higher body's branch at a level, named near a sentence's start: 市12345热线县分中心, 市公安局某区分局. */
const BRANCH = /([省市州县区旗])级?分(?:中心|局|平台)/u;
/** How far into a sentence its subject's branch is looked for. */
const BRANCH_REACH = 20;
/** The sentence's subject is the higher body's branch at the report's own level: the report's own body's figure. */
function ownBranch(sentencePrefix: string, reportLevel: number): boolean {
  const m = BRANCH.exec(sentencePrefix.slice(0, BRANCH_REACH));
  return m !== null && LEVEL[m[1]!] === reportLevel;
}

/** Figures of the sub-units added up (各县(市、区)政府共收到…): not the jurisdiction's own body's. */
const SUB_UNIT_SUMS = /各(?:县|市|区|乡|镇|街道|部门|单位)|[\d一二三四五六七八九十]+个(?:乡镇|镇|乡|街道|部门|单位|县|区)/;
/** …the government and its departments together (县政府及各部门): the jurisdiction's whole. */
const SELF_AND_PARTS = /(?:政府|管委会)(?:及其|以及|及|和|与|、)各(?:部门|单位)/;
/** …except where the indicator is itself a total over the jurisdiction (mediation, people who sat an exam). */
const SUMS_ARE_WHOLE = /^mediation\.|^study\.(?:exam_takers|exam_passed|court_observation)$/;
/** …nor those the act is for (为县政府领导班子成员和各部门主要负责人举办讲座: the audience, not who held it). */
const AUDIENCE = /为[^,;。，；]{0,24}各(?:部门|单位)/;

/**
 * 其中,东湖街道调解纠纷68件: "其中," opens a list of parts (places, units,
 * categories) of a figure stated before, so none of them is the headline.
 * (其中调解成功N件, with no comma, names a part the catalog has a code for.)
 */
function subPart(text: string, clauseStart: number): boolean {
  const clause = text.slice(clauseStart, clauseStart + 4);
  const before = text.slice(Math.max(0, clauseStart - 4), clauseStart);
  const opens = /^[\s●▲■◆•·]*其中[,:]/.test(clause) || /其中[,:]$/.test(before);
  // 其中,市政府收到…: the jurisdiction's own body, broken out of an all-levels total
  const ownBody = /^[\s●▲■◆•·]*(?:其中[,:])?[省市县区]?(?:人民)?政府|^[\s●▲■◆•·]*(?:其中[,:])?[市县区]?本级/.test(text.slice(clauseStart, clauseStart + 12));
  return opens && !ownBody;
}

const SELF_BODY_ONLY = new RegExp(`^${SELF_BODY}$`);

/** The government itself, or a body the report speaks for in its own first lines (title, 来源). */
function isSelfBody(body: string, head: string): boolean {
  if (SELF_BODY_ONLY.test(body)) return true;
  const core = body.replace(/^(?:[\u4e00-\u9fa5]{0,6}?[省市县区旗镇乡])?/, "");
  return core.length >= 2 && head.includes(core) && !/^(?:人民)?政府$/.test(core);
}

/**
 * A figure, its unit and 、 or an opening bracket: where an item of a list of counts ends (政协委员提案57件、人大代表建议43件),
 * or a whole before its parts (建议提案175件(人大代表建议80件、…)).
 */
const ITEM_END = /\d[^\d、,，(（]{0,3}[、(（]/gu;
/** The clause's words that are the figure's own item of a list: a guard reads them, not the items before. */
function ownItem(clausePrefix: string): string {
  let from = 0;
  for (const m of clausePrefix.matchAll(ITEM_END)) from = m.index + m[0].length;
  return clausePrefix.slice(from);
}

/** The scope rule for one match: why it is not a value of its code, or undefined when it is. */
function whyNot(r: Rule, x: MatchContext): string | undefined {
  const { text, L, ns, ne, qs, matchStart } = x;
  const sStart = L.sentenceStart(ns);
  const cStart = L.clauseStart(ns);
  const clausePrefix = text.slice(cStart, qs);
  const sentencePrefix = text.slice(sStart, qs);
  // this sentence when it names what the rule needs, else the sentence before it too
  const contextWindow = () =>
    r.contextNeed && r.contextNeed.test(sentencePrefix) ? sentencePrefix : text.slice(L.previousSentenceStart(ns), qs);
  const nq = r.kind === "count" ? notAQuantity(text, ns, ne) : null;
  if (nq) return nq;
  if (NORM.test(text.slice(cStart, matchStart)) || NORM.test(clausePrefix)) return "norm";
  if (L.inPlan(ns)) return "plan";
  if (OTHER_PLACES.test(sentencePrefix)) return "another place";
  if (x.reportLevel !== null) {
    // the sentence's subject: its first words after a time phrase (全市12345热线…, 市司法局全年…)
    const subject = sentencePrefix.replace(/^(?:\s|(?:19|20)\d{2}年度?|全年|今年|同时|此外|另外|[,、])+/, "").slice(0, 6);
    // (a sentence that opens with the report's own 我县/本区 speaks of itself, whatever level it compares with: 我县作为全市…试点县)
    const lv = speaksAsSelf(subject) || ownBranch(sentencePrefix, x.reportLevel) ? null : levelNamed(subject);
    const ownBody = r.selfBody && x.groups.body !== undefined && isSelfBody(x.groups.body, L.head);
    if (lv !== null && lv > x.reportLevel && !ownBody) return "a higher level";
  }
  // in a department's report, what a government did is the government's, not the department's
  if (x.department && /^(?:\s|(?:19|20)\d{2}年度?|全年|今年|[,、])*[省市州县区旗镇乡]?(?:人民)?政府/.test(sentencePrefix)) return "another body";
  // a total over several years is never one year's figure, even when it is the only one
  if (L.multiYearBefore(ns)) return "several years";
  if (DELTA.test(text.slice(Math.max(cStart, qs - 8), qs))) return "delta";
  if (r.clauseGuard?.test(withoutGloss(ownItem(clausePrefix))) || r.sentenceGuard?.test(withoutGloss(sentencePrefix))) return "scope";
  if (r.sentenceNeed && !r.sentenceNeed.test(sentencePrefix)) return "context";
  if (r.contextNeed && !r.contextNeed.test(contextWindow())) return "context";
  if (r.contextGuard?.test(contextWindow())) return "scope";
  if (subPart(text, cStart)) return "sub-part";
  if (SUB_UNIT_SUMS.test(clausePrefix) && !SUMS_ARE_WHOLE.test(r.code) && !SELF_AND_PARTS.test(clausePrefix) && !AUDIENCE.test(clausePrefix)) return "sub-units";
  if (r.topic && L.topicBefore(ns, r.topicWindow) !== r.topic) return "topic";
  if (r.selfBody && x.groups.body !== undefined && !isSelfBody(x.groups.body, L.head)) return "sub-unit";
  if (r.anchors) {
    const prev = nearestCount(x.pool, sStart, matchStart);
    if (prev) return prev.rejected || !r.anchors.includes(prev.code) ? "anchor" : undefined;
    // no count before the rate: the topic may stand in, unless an unknown count is there
    if (!r.fallbackTopic || ANY_COUNT.test(text.slice(sStart, matchStart)) || L.topicBefore(ns, r.topicWindow) !== r.fallbackTopic) return "anchor";
  }
  return undefined;
}

/** Evidence: the sentence, clipped to a readable window around the number [qs, qe). */
function evidenceWindow(L: Layout, qs: number, qe: number): { evStart: number; evEnd: number } {
  const text = L.text;
  const sStart = L.sentenceStart(qs);
  let evStart = Math.max(sStart, qs - 80);
  if (evStart > sStart) evStart = Math.max(evStart, L.clauseStart(evStart));
  let evEnd = L.sentenceEnd(qe);
  if (evEnd - qe > 60) evEnd = qe + 60;
  while (evEnd > qe && /[\s。;,|]/.test(text[evEnd - 1] ?? "")) evEnd--;
  while (evStart < qs && /\s/.test(text[evStart] ?? "")) evStart++;
  return { evStart, evEnd };
}

/** The count nearest before pos in [from, pos): what a rate refers to. `counts` is sorted by numStart. */
function nearestCount(counts: readonly Candidate[], from: number, pos: number): Candidate | null {
  let best: Candidate | null = null;
  let lo = 0;
  let hi = counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid]!.numStart < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const c = counts[i]!;
    if (c.numStart < from) break;
    if (c.numEnd > pos) continue;
    if (!best) best = c;
    else if (c.numStart < best.numStart) break;
    else if (!c.rejected && best.rejected) best = c;
  }
  return best;
}

/** One number is one code's value: where rules of two codes claim it, the stronger rule wins. */
function claimOnce(cands: Candidate[]): Candidate[] {
  const byNum = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.rejected) continue;
    const list = byNum.get(c.numStart) ?? [];
    list.push(c);
    byNum.set(c.numStart, list);
  }
  const drop = new Set<Candidate>();
  for (const list of byNum.values()) {
    if (list.length < 2) continue;
    const codes = new Set(list.map((c) => c.code));
    if (codes.size < 2) continue;
    const best = [...list].sort((a, b) => b.priority - a.priority || b.specificity - a.specificity)[0]!;
    for (const c of list) if (c.code !== best.code) drop.add(c);
  }
  return cands.filter((c) => !drop.has(c));
}

/**
 * A prefix without the bracketed gloss that ends it (…矛盾纠纷(含信访积案) before 1320件): the gloss says what the
 * figure includes, so a guard's word in it (信访) is no sub-unit's or sub-activity's figure. One naming the
 * respondent (以县政府为被申请人) is kept: it says what the figure counts.
 */
function withoutGloss(prefix: string): string {
  let end = prefix.length;
  if ("共达为计".includes(prefix[end - 1] ?? "x")) end--;
  if (prefix[end - 1] !== ")") return prefix;
  for (let k = end - 2; k >= Math.max(0, end - 22); k--) {
    const c = prefix[k]!;
    if (c === "(") return /被申请人|被告/u.test(prefix.slice(k, end)) ? prefix : prefix.slice(0, k);
    if (c === ")" || (c >= "0" && c <= "9") || c === "\n") return prefix;
  }
  return prefix;
}
