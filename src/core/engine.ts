/**
 * The frame engine: segment → tag → frames → (frame, code) pairs → scores →
 * candidates, each with its score and its reasons. resolve.ts then makes the
 * value tier and the suggestion tier.
 */
import type { Approx } from "./types";
import { segment, type Doc } from "./doc/segment";
import { buildFrames, type Frame } from "./grammar/frames";
import { tableView } from "./grammar/tables";
import type { OwnLevel } from "./meta";
import { DEFS } from "./indicators/defs";
import { LEXICON } from "./lexicon";
import { scoreCount, scoreRate, type ScoreContext, type Scored } from "./score/scorer";
import { REASONS } from "./score/weights";
import { tagWords } from "./tag/lexical";
import { tagQuantities } from "./tag/quantity";
import { isDigitCp } from "./text/codepoints";

export interface EngineCandidate {
  code: string;
  value: number;
  approx: Approx;
  score: number;
  reasons: string[];
  features: string[];
  how: string;
  otherPeriod: boolean;
  /** For a suggestion: other codes the figure may be. */
  alsoCodes?: string[];
  /** Clean-text offsets: the number, and the evidence (its sentence, trimmed). */
  numStart: number;
  numEnd: number;
  evStart: number;
  evEnd: number;
}

export interface EngineTrace {
  doc: Doc;
  frames: Frame[];
  scored: Scored[];
}

/** A meeting that hands out this year's proposals (交办会), named near the top: a news item about it reviews last year. */
const ASSIGN_MEETING = /交办(?:工作)?(?:大会|会议|会)/u;
const ASSIGN_MEETING_REACH = 400;

/** Body kinds a report's title makes its own: a court's report speaks of the court as itself. */
export function selfKinds(title: string): Set<string> {
  const head = title;
  const kinds = new Set<string>();
  if (head.includes("法院")) kinds.add("court");
  if (head.includes("公安")) kinds.add("police");
  if (head.includes("司法所") || head.includes("司法局")) kinds.add("judicial");
  return kinds;
}

/** The longest title of a law or document read as one name: 《…》 up to this many characters. */
const TITLE_MAX = 60;

const OPEN_TITLE = "《".charCodeAt(0);
const CLOSE_TITLE = "》".charCodeAt(0);

/** 1 for characters inside 《…》: a title is a name, its words are not the sentence's (and in a gloss: see glosses). */
export function titleMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  titles(text, mask);
  glosses(text, mask);
  return mask;
}

/**
 * The 《…》 of `text`, marked in `mask`. (Each per-character loop in a function of its own with nothing after it: code
 * V8 compiles while a loop runs, before what follows the loop has ever run, fell back to the interpreter there on every
 * report: see text/offsetMap.ts.)
 */
function titles(text: string, mask: Uint8Array): void {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_TITLE) open = i;
    else if (c === CLOSE_TITLE && open >= 0) {
      if (i - open <= TITLE_MAX) mask.fill(1, open, i + 1);
      open = -1;
    } else if (c === 0x0a || (open >= 0 && i - open > TITLE_MAX)) open = -1;
  }
}

/** The longest gloss in brackets between a noun and its figure: 行政复议申请(含网上申请)113件. */
const GLOSS_MAX = 20;
/** What a gloss may not say: who the figure's cases are against (以县政府为被申请人) is what it counts. */
const NOT_GLOSS = /被申请人|被告/u;

/**
 * 1 also for a bracketed gloss right before a figure (行政复议申请(含网上申请)113件, 政府信息(含政策解读)共1846条):
 * it says what the figure includes, not what it is; its words (含, 上年) are no part or period of the figure's,
 * and it does not part the noun from its figure. A bracket with a figure in it is a figure's own (其中…12件).
 */
function glosses(text: string, mask: Uint8Array): void {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) open = i;
    else if (open >= 0 && (c === 0x29 || c === 0xff09)) {
      let j = i + 1;
      // (共, 达, 为 between the gloss and its figure)
      if (j < text.length && "共达为计".includes(text[j]!)) j++;
      const next = text.charCodeAt(j);
      if (i - open - 1 <= GLOSS_MAX && i > open + 1 && next >= 0x30 && next <= 0x39 && !NOT_GLOSS.test(text.slice(open, i))) mask.fill(1, open, i + 1);
      open = -1;
    } else if (open >= 0 && ((c >= 0x30 && c <= 0x39) || c === 0x0a || i - open > GLOSS_MAX)) open = -1;
  }
}

function evidence(doc: Doc, f: Frame): { evStart: number; evEnd: number } {
  const s = f.sentence;
  // (a table column's value shows its header too: 调解纠纷（件） | … / 2104 | …)
  const header = f.q.header ? f.q.header[0] : -1;
  let start = header >= 0 && header < s.start && f.q.start - header <= 240 ? header : Math.max(s.start, f.q.start - 120);
  let end = Math.min(s.end, f.q.end + 80);
  while (start < f.q.start && /\s/u.test(doc.text[start]!)) start++;
  while (end > f.q.end && /\s/u.test(doc.text[end - 1]!)) end--;
  return { evStart: start, evEnd: end };
}

/**
 * Whether [start, end) stands inside a pair of marks (【…】, “…”) on one line, the pair at most `max` characters
 * apart: an opening mark before it with no closing one between, and its closing mark after it. Bounded both ways.
 */
function enclosed(text: string, start: number, end: number, open: number, close: number, max: number): boolean {
  let at = -1;
  for (let i = start - 1; i >= 0 && start - i <= max; i--) {
    const c = text.charCodeAt(i);
    if (c === open) {
      at = i;
      break;
    }
    if (c === close || c === 0x0a) return false;
  }
  if (at < 0) return false;
  for (let i = end; i < text.length && i - at <= max + 1; i++) {
    const c = text.charCodeAt(i);
    if (c === close) return true;
    if (c === open || c === 0x0a) return false;
  }
  return false;
}

/** The longest section label in 【】 (【人民调解】, 【规范性文件管理】). */
const LABEL_MAX = 12;
/** Whether a word at `pos` is inside a 【…】 label. */
function inLabel(text: string, pos: number): boolean {
  return enclosed(text, pos, pos, "【".charCodeAt(0), "】".charCodeAt(0), LABEL_MAX);
}

/** The longest quoted slogan (“一村一法律顾问”, “旁听一次庭审、上好一堂法治课”). */
const SLOGAN_MAX = 24;
/** Whether the number at [start, end) is written in words (no digit) inside a quoted slogan. */
function inSlogan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isDigitCp(text.charCodeAt(i))) return false;
  return enclosed(text, start, end, "“".charCodeAt(0), "”".charCodeAt(0), SLOGAN_MAX);
}

/** Numbers the lexicon names (12345, 12333, 8890): a service line's name, never a quantity (12333人社服务热线 is not 12333 people). */
const NAMED_NUMBERS: ReadonlySet<string> = new Set(
  Object.values(LEXICON).flatMap((list) => list.flatMap((e) => e.words.filter((w) => /^[0-9]+$/u.test(w)))),
);

/** The reasons a list of features gives, in order, once each; lists repeat a lot, so each is worked out once. */
const REASONS_OF = new Map<string, string[]>();
function reasonsOf(features: readonly string[]): string[] {
  const key = features.join(",");
  let r = REASONS_OF.get(key);
  if (!r) {
    r = [...new Set(features.map((n) => REASONS[n as keyof typeof REASONS]).filter((x): x is string => !!x))];
    if (REASONS_OF.size < 10_000) REASONS_OF.set(key, r);
  }
  return [...r];
}

/** The definitions scored as counts and as rates, each in catalog order. */
const COUNT_DEFS = DEFS.filter((d) => d.kind === "count");
const RATE_DEFS = DEFS.filter((d) => d.kind !== "count");

/**
 * Bits of COUNT_DEFS (by index) that a unit class or a concept id can serve: a
 * count code whose units miss the figure's, or whose nouns the frame does not
 * attach, scores nothing (scoreCount refuses it at once), so it is not asked.
 */
const COUNT_BITS_BY_UNIT = new Map<string, number>();
const COUNT_BITS_BY_CONCEPT = new Map<string, number>();
if (COUNT_DEFS.length > 30) throw new Error("COUNT_DEFS: more codes than bits");
COUNT_DEFS.forEach((d, k) => {
  for (const u of d.units) COUNT_BITS_BY_UNIT.set(u, (COUNT_BITS_BY_UNIT.get(u) ?? 0) | (1 << k));
  for (const c of d.concepts) COUNT_BITS_BY_CONCEPT.set(c, (COUNT_BITS_BY_CONCEPT.get(c) ?? 0) | (1 << k));
});

/** The count codes a frame may be a value of (bits of COUNT_DEFS). */
function countCandidates(f: Frame): number {
  let units = 0;
  for (const u of f.q.unitClasses) units |= COUNT_BITS_BY_UNIT.get(u) ?? 0;
  if (units === 0) return 0;
  let nouns = 0;
  for (const a of f.concepts) nouns |= COUNT_BITS_BY_CONCEPT.get(a.id) ?? 0;
  return units & nouns;
}

/**
 * `published`: the item's publication date (YYYY-MM-DD), when known: a news item published the year after the one it
 * reports says 去年 of that year. `own`: the names the report calls itself by (meta.ts ownName).
 */
export function runEngine(input: string, year: number | null, trace?: EngineTrace, published?: string | null, own?: { title: string; names: string; level?: OwnLevel; department?: boolean }): EngineCandidate[] {
  // table rows read as clauses, in a view of the same length (every offset is the input's)
  const table = tableView(input, year);
  const text = table.text;
  const doc = segment(text, table.lineStarts);
  // (a number in words inside a quoted slogan, “旁听一次庭审、上好一堂法治课”, names a campaign: no count; “三个百分百” is rates)
  let tagged = tagQuantities(text).filter((q) => !NAMED_NUMBERS.has(text.slice(q.numStart, q.numEnd)) && (q.percent || !inSlogan(text, q.numStart, q.numEnd)));
  // (a table row's value written with its unit, 203件, is the tagger's quantity and the table's)
  // (both in text order: one merge)
  if (table.taggedCells.length) {
    const cells = table.taggedCells;
    let k = 0;
    tagged = tagged.map((q) => {
      while (k < cells.length && cells[k]![1] <= q.numStart) k++;
      return k < cells.length && q.numStart >= cells[k]![0] && q.numEnd <= cells[k]![1] ? { ...q, table: true } : q;
    });
  }
  // (a column's cell the tagger read too, 99.2%, is the table's: it knows the column)
  let quantities = tagged;
  if (table.quantities.length) {
    const tableAt = new Set(table.quantities.map((q) => q.numStart));
    quantities = [...tagged.filter((q) => !tableAt.has(q.numStart)), ...table.quantities].sort((a, b) => a.start - b.start);
  }
  const titles = titleMask(text);
  const skip = titles.slice();
  for (const q of quantities) skip.fill(1, q.numStart, q.end);
  // (a section label in 【】 names its topic, never the act of the sentence after it: 【人民调解】 全区有人民调解委员会186个)
  const words = tagWords(text, skip).filter((w) => w.kind !== "event" || !inLabel(text, w.start));
  const frames = buildFrames(doc, quantities, words, titles);
  const firstLine = text.slice(0, 120).split("\n").find((l) => l.trim()) ?? "";
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  // the report's own names (meta.ts ownName: its title past a page's furniture, region, issuer), else its first line
  // (the first line is read as the report's name whatever it is: a report that opens on its own body's sentence,
  // 2023年,县司法局…, names itself there)
  const ctx: ScoreContext = {
    text,
    year,
    tailStart: doc.tailStart,
    selfKinds: selfKinds(own ? `${firstLine} ${own.title}` : firstLine),
    title: own ? `${firstLine} ${own.title}` : firstLine,
    names: own?.names,
    level: own?.level,
    department: own?.department,
    lastIsYear: year !== null && pubYear === year + 1,
    assignMeeting: ASSIGN_MEETING.test(text.slice(0, ASSIGN_MEETING_REACH)),
  };
  const scored: Scored[] = [];
  for (const f of frames) {
    // a percentage is only a rate's value, a count only a count's (each scorer refuses the other at once)
    if (f.q.percent) {
      for (const d of RATE_DEFS) {
        const s = scoreRate(f, d, ctx);
        if (s) scored.push(s);
      }
    } else {
      const bits = countCandidates(f);
      for (let k = 0; bits >> k !== 0; k++) {
        if (!((bits >> k) & 1)) continue;
        const s = scoreCount(f, COUNT_DEFS[k]!, ctx);
        if (s) scored.push(s);
      }
    }
  }
  if (trace) Object.assign(trace, { doc, frames, scored });
  // (every field written out, in the order tiers.ts ruleCandidate writes them too: one shape for every candidate)
  return scored.map((s) => {
    const reasons = reasonsOf(s.features);
    const ev = evidence(doc, s.frame);
    return {
      code: s.code,
      value: s.frame.q.value,
      approx: s.frame.q.approx,
      score: Math.round(s.score * 100) / 100,
      reasons,
      features: s.features,
      how: s.how,
      otherPeriod: s.otherPeriod,
      numStart: s.frame.q.start,
      numEnd: s.frame.q.end,
      evStart: ev.evStart,
      evEnd: ev.evEnd,
    };
  });
}
