/**
 * The engine's candidates → one value per code (the value tier), the figures
 * it doubts (the suggestion tier), and conflicts. Each quantity serves one
 * code at most: the code it scores best for.
 */
import { CODES, indicatorDef } from "./catalog";
import { DEF_BY_CODE } from "./indicators/defs";
import type { EngineCandidate } from "./engine";
import type { Candidate } from "./rules/apply";
import type { Frame } from "./grammar/frames";
import type { WordToken } from "./tag/lexical";
import { LEXICON, lexiconWords } from "./lexicon";
import { REASONS, WEIGHTS } from "./score/weights";
import type { Flag } from "./types";

export interface Tiered {
  values: Map<string, { chosen: EngineCandidate; alternatives: EngineCandidate[]; conflict: boolean }>;
  suggestions: EngineCandidate[];
  flags: Flag[];
}

/** The reason a frame's figure is held back by another as plausible. */
const RIVALS = "同一指标有几个可能的数字";
/** Suggestions per code without a value: the best one or two. */
const SUGGESTIONS_PER_CODE = 2;
/** A figure another code reads better by more than this is that code's, not a rival of this code's figures. */
const OTHER_CODE_MARGIN = 0.1;
/** Candidates within this much of the best are rivals: a different value among them is a conflict. */
const RIVAL_MARGIN = 0.6;

/** 纠错率24.2% and later 纠错率约为24%: one figure, once rounded, not two. */
function sameFigure(a: EngineCandidate, b: EngineCandidate): boolean {
  if (a.value === b.value || roundedOf(a, b) || roundedOf(b, a)) return true;
  if (!a.approx && !b.approx) return false;
  return Math.abs(a.value - b.value) <= Math.max(1, 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value)));
}

/**
 * `a` is `b` rounded (a headline's 8.6万件 of the body's 86542件): a round figure of ten thousand or more, the other not
 * round at its step and within one step of it.
 */
function roundedOf(a: EngineCandidate, b: EngineCandidate): boolean {
  if (a.value < 10000 || !Number.isInteger(a.value) || !Number.isInteger(b.value)) return false;
  let step = 1000;
  while (a.value % (step * 10) === 0 && step * 100 <= a.value) step *= 10;
  return a.value % step === 0 && b.value % step !== 0 && Math.abs(a.value - b.value) < step;
}

/** A rule's guard, said to the reviewer; guards that say "not a quantity at all" are not said: those figures are dropped. */
const GUARD_REASONS: Record<string, string | null> = {
  ordinal: null, year: null, date: null, "document number": null, name: null, "session name": null, "list marker": null, "percentage points": null,
  norm: "可能是每年应达到的标准",
  plan: "位于计划或问题部分",
  "another place": "可能是别的地方的数字",
  "a higher level": "主语可能是上级",
  "another body": "可能是政府而非本部门的数字",
  "several years": "可能是多年累计数",
  delta: "可能是增减数",
  scope: "可能是部分或专项数",
  context: "上下文没有相应主题",
  topic: "上下文没有相应主题",
  anchor: "比率所指的数量不明",
  "sub-part": "可能是其中一部分",
  "sub-units": "可能是下级单位的合计",
  "sub-unit": "主语可能是下级单位",
};

/**
 * A wording rule's doubts the frames judge for themselves, each from its own words (a norm, a plan, several years, a
 * change, a part; what the figure is about): over a figure the frames read, such a doubt is the frames' to raise, and the
 * rule's anchored pattern no longer caps it. (The doubts of whose figure it is, and of a special or partial scope, still
 * do: the frames miss some of those.)
 */
const FRAMES_JUDGE = new Set(["norm", "plan", "several years", "delta", "sub-part", "context", "topic", "anchor"].map((k) => GUARD_REASONS[k]!));

/** A wording rule's doubts of whose figure it is: a higher level's or another place's. */
const SUBJECT_GUARDS = new Set([GUARD_REASONS["a higher level"], GUARD_REASONS["another place"]]);

/** Frame features that name the figure's subject as a body other than the report's own. */
const SUBJECT_DOUBTS = new Set(["subject_court", "subject_police", "subject_judicial", "subject_place", "subject_dept", "subject_sub", "subject_higher", "subject_other_place", "party_sub"]);

/** Frame features that say a figure is another body's, a plan's, or newly assigned (交办) rather than handled. */
const WHOSE = new Set(["subject_court", "subject_police", "subject_place", "subject_dept", "party_sub", "attends_other", "last_year", "multi_year", "plan", "plan_heading", "honour", "assigned", "subset", "subset_rate", "event_bad_direct"]);

/** The reason a rule's figure gives way to the code's preferred act in its sentence. */
const PREFERRED_ELSEWHERE = "同一句另有该指标的主要数字(如收到数)";
/** The reason a rule's figure the frames read weakly gives way to a figure of its code they read cleanly in its sentence. */
const CLEARER_ELSEWHERE = "同一句另有该指标更清楚的数字";
/** The reason a rule's figure gives way where 分别 gives it another code's noun. */
const OTHER_CODE_EACH = "“分别”把这个数字对应到别的指标名称";
/** The reason a rule's rate gives way where the frames read the percentage's own noun as a rate the catalog does not keep. */
const NOT_CATALOG_RATE = "比率名称不是目录中的比率(如工作人员出庭应诉率、一次性办结率)";

/**
 * The percentages whose own rate noun, the nearest before them in their clause, is one the catalog does not keep
 * (工作人员出庭应诉率, 一次性化解成功率): a wording rule that reads the catalog's noun inside it (出庭应诉率) is wrong there.
 * A bare 率 the lexicon reads alone names nothing and decides nothing.
 */
export function otherRatesOf(frames: readonly Frame[]): Set<number> {
  const out = new Set<number>();
  for (const f of frames) {
    if (!f.q.percent) continue;
    let nearest: WordToken | undefined;
    for (const w of f.before) if (w.kind === "rate" && w.start >= f.clause.start) nearest = w;
    if (nearest && nearest.word.length > 1 && nearest.ids.every((id) => id === "other")) out.add(f.q.numStart);
  }
  return out;
}

/** How far back a sentence's start is looked for (a sentence longer than this is read from here). */
const SENTENCE_REACH = 300;

/** Where the sentence of an offset starts (after 。!?; or a line break; with `periodOnly`, not after ;), looked for at most SENTENCE_REACH back. */
function sentenceStart(text: string, pos: number, periodOnly = false): number {
  for (let i = pos - 1; i >= Math.max(0, pos - SENTENCE_REACH); i--) {
    const c = text[i];
    if (c === "。" || c === "!" || c === "?" || c === "！" || c === "？" || (c === ";" && !periodOnly) || c === "\n") return i + 1;
  }
  return Math.max(0, pos - SENTENCE_REACH);
}

/** sentenceStart remembered per offset: withRules asks it for every candidate, and a quantity has one per code. */
function sentenceStarts(text: string, periodOnly: boolean): (pos: number) => number {
  const seen = new Map<number, number>();
  return (pos) => {
    let start = seen.get(pos);
    if (start === undefined) seen.set(pos, (start = sentenceStart(text, pos, periodOnly)));
    return start;
  };
}

/**
 * A (code, offset) pair as one number, for the tables below that every candidate reads several times: a string
 * built per lookup ("A01@1234") cost more than the rest of their work. Codes are numbered as met, the catalog's
 * first; 64 slots keep the keys of a long text small integers.
 */
const CODE_INDEX = new Map<string, number>(CODES.map((c, i) => [c, i]));
const CODE_SLOTS = 64;
function keyAt(code: string, offset: number): number {
  let i = CODE_INDEX.get(code);
  if (i === undefined) {
    if (CODE_INDEX.size >= CODE_SLOTS) throw new Error(`tiers: more than ${CODE_SLOTS} codes`);
    CODE_INDEX.set(code, (i = CODE_INDEX.size));
  }
  return offset * CODE_SLOTS + i;
}

/** A frame's figure that is another body's, a plan's or an honour's (a rate's subset word may stand anywhere in its sentence: too loose to overrule a rule). */
function whoseOf(c: EngineCandidate): boolean {
  const rate = indicatorDef(c.code).unit === "%";
  for (const f of c.features) if ((WHOSE.has(f) && !(f === "subset" && rate)) || (rate && f === "subject_judicial")) return true;
  return false;
}

/** A figure the frames read above their own threshold with no doubt at all. */
function clean(c: EngineCandidate): boolean {
  return c.score >= WEIGHTS.frame_value_threshold && c.reasons.length === 0;
}

/** A count the frames read through the code's noun right before it and the code's verb, with no doubt at all. */
function ownNounRead(c: EngineCandidate): boolean {
  return c.how.startsWith("count:left:") && c.features.includes("event_match") && c.reasons.length === 0;
}

/** The reasons of a frame's whose-doubt a rule's figure takes over. */
const WHOSE_REASON = /主语|被申请人或被告|别的机关|计划|表彰|交办|专项|动词说的|上年|多年/u;

/**
 * A rule's figure as a candidate, its fields in the order runEngine writes them: every candidate has one shape,
 * so the code that reads them all sees one.
 */
function ruleCandidate(r: Candidate, score: number, reasons: string[], features: string[]): EngineCandidate {
  return {
    code: r.code,
    value: r.value,
    approx: r.approx,
    score,
    reasons,
    features,
    how: `rule:${r.rule}`,
    otherPeriod: r.otherPeriod,
    numStart: r.numStart,
    numEnd: r.numEnd,
    evStart: r.evStart,
    evEnd: r.evEnd,
  };
}

/** Score of a figure a wording rule took: above any frame's. */
const RULE_SCORE = 10;
/** Score of a figure a rule's guard refused: a suggestion at best. */
const GUARDED_SCORE = 1;

/**
 * The wording rules and the frame engine together: a rule's figure is a value; a
 * figure a rule's guard refused is at most a suggestion, whatever the frames say
 * (the guards hold what the rules learnt about scope); a figure only the frames
 * find is a value when its frame is clean (score ≥ frame_value_threshold), a
 * suggestion otherwise. A rule's figure past `tailStart` (the page's closing sections) is a
 * suggestion too.
 */
export function withRules(engine: readonly EngineCandidate[], rules: readonly Candidate[], tailStart = Infinity, text?: string, otherRateAt: ReadonlySet<number> = new Set()): EngineCandidate[] {
  const out: EngineCandidate[] = [];
  const guarded: { code: string; start: number; end: number; reason: string }[] = [];
  const startOf = sentenceStarts(text ?? "", false);
  const periodStartOf = sentenceStarts(text ?? "", true);
  // the frames' reading of each (code, character of a figure): one pass, so rules × candidates never multiply
  const framesAt = new Map<number, EngineCandidate>();
  for (const c of engine) if (whoseOf(c)) for (let i = c.numStart; i < c.numEnd; i++) framesAt.set(keyAt(c.code, i), c);
  // where a rate's topic is in its own sentence, the frames know what it measures better than the rule's anchor does
  const knownAt = new Set<number>();
  for (const c of engine) if (c.score >= WEIGHTS.frame_value_threshold && (c.features.includes("topic_sentence") || c.features.includes("topic_heading"))) knownAt.add(keyAt(c.code, c.numStart));
  // …and where a count's noun and the code's verb stand right before it (人大代表建议145件、政协提案167件), the frames know
  // what it counts better than the rule's chain of anchors does
  for (const c of engine) if (c.score >= WEIGHTS.frame_value_threshold && ownNounRead(c)) knownAt.add(keyAt(c.code, c.numStart));
  // where the frames read a figure cleanly as one code with its topic in its sentence, and the rule's code there names
  // another code's body nearest (局党组会议学法4次,局务会议学法10次: 10 is the 局务会议's), the rule's code is a doubt
  const cleanAt = new Map<number, EngineCandidate>();
  for (const c of engine) if (c.score >= WEIGHTS.frame_value_threshold && c.features.includes("topic_sentence") && !c.features.includes("bad_concept")) cleanAt.set(c.numStart, c);
  const otherCode = new Set<number>();
  for (const c of engine) {
    const read = cleanAt.get(c.numStart);
    if (read && read.code !== c.code && c.features.includes("bad_concept") && indicatorDef(c.code).family === indicatorDef(read.code).family) otherCode.add(keyAt(c.code, c.numStart));
  }
  // …and so is one whose verb 分别 gives it is another code's (分别受理、办结…74件、70件: 74 received, not closed)
  const eachAt = new Map<number, EngineCandidate>();
  for (const c of engine) if (c.score >= WEIGHTS.frame_value_threshold && c.features.includes("each_verb") && c.features.includes("event_match")) eachAt.set(c.numStart, c);
  for (const c of engine) {
    const other = eachAt.get(c.numStart);
    if (other && other.code !== c.code && !c.features.includes("event_match") && indicatorDef(c.code).family === indicatorDef(other.code).family) otherCode.add(keyAt(c.code, c.numStart));
  }
  // a figure the frames read only through a weak noun of the code (来电 for 诉求, 学习 for 学法) gives way to a clean figure
  // of the same code in its sentence read through the code's own noun (接听来电8.6万个,受理诉求6.2万件)
  // (…or anywhere in the text, where that figure has no doubt at all: 县长接听群众来电186个 / 全县12345热线共派发工单37845件)
  const strongIn = new Set<number>();
  const cleanStrong = new Set<string>();
  for (const c of engine)
    if (c.score >= WEIGHTS.frame_value_threshold && !c.features.includes("weak_concept")) {
      strongIn.add(keyAt(c.code, c.evStart));
      if (clean(c)) cleanStrong.add(c.code);
    }
  const weakAt = new Set<number>();
  for (const c of engine) if (c.features.includes("weak_concept") && (strongIn.has(keyAt(c.code, c.evStart)) || cleanStrong.has(c.code))) weakAt.add(keyAt(c.code, c.numStart));
  // a code's preferred act read cleanly by the frames in a sentence (收到申请86件 of 收到…,受理79件): a rule's figure of the
  // code by another verb in that sentence is its part, a doubt (the code's definition names the act: preferEvents)
  const preferredIn = new Map<number, EngineCandidate>();
  const preferredAt = new Set<number>();
  if (text !== undefined)
    for (const c of engine)
      if (c.features.includes("preferred_event")) {
        preferredAt.add(keyAt(c.code, c.numStart));
        if (c.score >= WEIGHTS.frame_value_threshold && c.reasons.every((x) => x === REASONS.where_clause)) preferredIn.set(keyAt(c.code, periodStartOf(c.numStart)), c);
      }
  // a figure the frames date to another year, in a sentence where they read another figure of its code undated or of the
  // report's year (2022年旁听庭审180人次,2023年增至260人次): the year-labelled pair's earlier figure, not the code's value
  const otherYearAt = new Set<number>();
  const thisYearIn = new Map<number, number>();
  if (text !== undefined)
    for (const c of engine) {
      if (c.features.includes("other_year")) for (let i = c.numStart; i < c.numEnd; i++) otherYearAt.add(keyAt(c.code, i));
      else if (!c.features.some((f) => f === "last_year" || f === "multi_year" || f === "plan")) thisYearIn.set(keyAt(c.code, periodStartOf(c.numStart)), c.numStart);
    }
  // a figure the frames read cleanly (the code's noun and verb, no doubt) in a sentence where they read the rule's figure
  // weakly, below a clean frame (县委常委会会议专题学习…2次,全年集体学法共计7次): the rule's figure gives way to it
  // (the clean figure the code its number serves best: 调解矛盾纠纷1200件 is no clearer count of successes than 调解成功1190件)
  // (and the rule's figure one the frames find no act or only a broad noun for: 专题学习…2次, not 审结51件 after 受理55件)
  // a figure that is the sum of the figures listed after it in its sentence is their whole (发布信息2484条,概况类584条,
  // 动态类144条,目录类1756条), or before it (…合同协议96件,合计116件): those are its parts, never its rivals
  // (nor clearer than it: 现有人民调解组织19个(镇调委会1个、村(社区)调委会16个…))
  const partsOfSum = partsOfSums(engine);
  const clearIn = new Map<number, EngineCandidate>();
  const frameAt = new Map<number, EngineCandidate>();
  const bestAtNumber = new Map<number, number>();
  for (const c of engine) bestAtNumber.set(c.numStart, Math.max(bestAtNumber.get(c.numStart) ?? -Infinity, c.score));
  if (text !== undefined)
    for (const c of engine) {
      const k = keyAt(c.code, c.numStart);
      if (c.score > (frameAt.get(k)?.score ?? -Infinity)) frameAt.set(k, c);
      if (c.score >= WEIGHTS.frame_value_threshold && c.score >= bestAtNumber.get(c.numStart)! && c.reasons.length === 0 && c.features.includes("event_match") && !partsOfSum.has(c))
        clearIn.set(keyAt(c.code, startOf(c.numStart)), c);
    }
  // (…and a wording rule's figure the frames read as one of them is a kind, no value)
  const partAt = new Set<number>();
  if (text !== undefined) for (const c of partsOfSum) partAt.add(keyAt(c.code, c.numStart));
  // a figure the frames read as a part (其中…) after a figure of its code they read cleanly in its sentence (全年出庭应诉46人次,
  // …其中主要负责人出庭12人次) is that whole's part: a wording rule's reading of it gives way to the whole
  const wholeIn = new Map<number, number>();
  if (text !== undefined)
    for (const c of engine)
      if (clean(c)) {
        const k = keyAt(c.code, startOf(c.numStart));
        wholeIn.set(k, Math.min(wholeIn.get(k) ?? Infinity, c.numStart));
      }
  // a figure the frames date to a part of the year (第一季度, 1-6月) where they read a figure of its code cleanly for the
  // whole year: the part's figure gives way (a lone year-to-date figure stays the code's value)
  const partialAt = new Set<number>();
  const wholeYear = new Set<string>();
  for (const c of engine) {
    if (c.features.includes("partial_period")) partialAt.add(keyAt(c.code, c.numStart));
    else if (clean(c)) wholeYear.add(c.code);
  }
  // a figure 分别 gives its own noun (分别承办县人大代表建议、县政协委员提案108件、131件: 108 the deputies') is no other
  // code's, nor several codes' sum, whatever a wording rule reads
  const eachNounAt = new Map<number, string>();
  for (const c of engine) if (c.score >= WEIGHTS.frame_value_threshold && c.features.includes("where_each")) eachNounAt.set(c.numStart, c.code);
  const partOfWholeAt = new Set<number>();
  for (const c of engine) if (c.features.includes("part") && (wholeIn.get(keyAt(c.code, startOf(c.numStart))) ?? Infinity) < c.numStart) partOfWholeAt.add(keyAt(c.code, c.numStart));
  // what the frames know of a rule's figure that makes it a doubt: [reason, feature], the first that holds
  const frameDoubt = (r: Candidate, at: number): [string, string] | undefined => {
    if (partOfWholeAt.has(at)) return [REASONS.part!, "frame_part_of_whole"];
    const eachCode = eachNounAt.get(r.numStart);
    if (eachCode !== undefined && eachCode !== r.code) return [OTHER_CODE_EACH, "frame_each_other"];
    if (partialAt.has(at) && wholeYear.has(r.code)) return [REASONS.partial_period!, "frame_partial_period"];
    if (otherRateAt.has(r.numStart) && indicatorDef(r.code).kind === "rate") return [NOT_CATALOG_RATE, "frame_other_rate"];
    if (partAt.has(at)) return [REASONS.category!, "frame_part_of_sum"];
    return undefined;
  };
  for (const r of rules) {
    const at = keyAt(r.code, r.numStart);
    const doubt = r.rejected ? undefined : frameDoubt(r, at);
    if (doubt) {
      out.push(ruleCandidate(r, GUARDED_SCORE, [doubt[0]], [doubt[1]]));
      continue;
    }
    const weak = frameAt.get(at);
    if (!r.rejected && text !== undefined && weak && weak.score < WEIGHTS.frame_value_threshold && weak.features.some((f) => f === "event_missing" || f === "weak_concept")) {
      const clear = clearIn.get(keyAt(r.code, startOf(r.numStart)));
      if (clear && clear.numStart !== r.numStart && clear.value !== r.value) {
        out.push(ruleCandidate(r, WEIGHTS.value_threshold - 0.01, [CLEARER_ELSEWHERE], ["frame_clearer_elsewhere"]));
        continue;
      }
    }
    if (!r.rejected && text !== undefined && otherYearAt.has(at)) {
      // (across a ;: 2022年…88件;2023年为76件 is one pair)
      const later = thisYearIn.get(keyAt(r.code, periodStartOf(r.numStart)));
      if (later !== undefined && later > r.numStart) {
        out.push(ruleCandidate(r, GUARDED_SCORE, [REASONS.other_year!], ["frame_year_pair"]));
        continue;
      }
    }
    if (r.rejected === "anchor" && knownAt.has(at)) continue;
    // a figure in the page's closing sections (相关阅读, 上一篇: another story) is at most a suggestion
    if (!r.rejected && r.numStart >= tailStart) {
      out.push(ruleCandidate(r, GUARDED_SCORE, [REASONS.tail!], ["tail"]));
      continue;
    }
    // (in its sentence up to the period: 收到申请52件;受理48件;审结45件 is one statement)
    const preferred = !r.rejected && text !== undefined && !preferredAt.has(at) ? preferredIn.get(keyAt(r.code, periodStartOf(r.numStart))) : undefined;
    if (preferred && preferred.numStart !== r.numStart) {
      // (it stays the code's figure, a suggestion just below the cell: its number is not freed for another code)
      out.push(ruleCandidate(r, WEIGHTS.value_threshold - 0.01, [PREFERRED_ELSEWHERE], ["frame_preferred_elsewhere"]));
      continue;
    }
    if (!r.rejected && (weakAt.has(at) || otherCode.has(at))) {
      const weak = weakAt.has(at);
      out.push(ruleCandidate(r, GUARDED_SCORE, [weak ? REASONS.weak_concept! : REASONS.bad_concept!], [weak ? "frame_weak" : "frame_other_code"]));
      continue;
    }
    // whose figure and which period: where the frames read the same figure as a court's or the police's, as a plan's, or as an honour, it is a doubt
    let whose: EngineCandidate | undefined;
    for (let i = r.numStart; !r.rejected && !whose && i < r.numEnd; i++) whose = framesAt.get(keyAt(r.code, i));
    // (a figure the rule itself marks as another period's keeps that mark: the frames' 去年 adds nothing to it)
    if (whose && r.otherPeriod && whose.features.every((f) => !WHOSE.has(f) || f === "last_year")) whose = undefined;
    if (whose) out.push(ruleCandidate(r, GUARDED_SCORE, whose.reasons.filter((x) => WHOSE_REASON.test(x)), ["frame_whose", ...whose.features.filter((f) => WHOSE.has(f))]));
    else if (!r.rejected) out.push(ruleCandidate(r, RULE_SCORE + r.priority / 10 - (r.subPart ? 1 : 0), [], ["rule"]));
    else {
      const reason = GUARD_REASONS[r.rejected];
      if (reason === null) continue;
      guarded.push({ code: r.code, start: r.numStart, end: r.numEnd, reason: reason ?? "把握不足" });
      out.push(ruleCandidate(r, GUARDED_SCORE, [reason ?? "把握不足"], ["rule_guard"]));
    }
  }
  // each figure's best score over every code (the breakdowns ask it, and the race below)
  const bestAt = new Map<number, number>();
  for (const c of engine) bestAt.set(c.numStart, Math.max(bestAt.get(c.numStart) ?? -Infinity, c.score));
  const listedKinds = text !== undefined ? breakdowns(out, text, engine, bestAt) : new Set<number>();
  // a frame-only figure fills a cell only where it is the code's one plausible figure: rivals make it the reviewer's
  const ruled = new Set(out.filter((c) => c.features.includes("rule")).map((c) => c.code));
  // a code whose rule figure the frames read as the wrong kind only (a subset, another code's verb): that doubt does not
  // promote a figure only the frames found; a doubt of whose or which period may (the year's figure is then elsewhere)
  const KIND = new Set(["subset", "event_bad_direct"]);
  const doubted = new Set(out.filter((c) => c.features.includes("frame_whose") && c.features.every((f) => f === "frame_whose" || KIND.has(f))).map((c) => c.code));
  // per code: the best score, and the values scoring within the margin of it (one pass, so hostile input stays linear)
  const top = new Map<string, number>();
  for (const c of engine) top.set(c.code, Math.max(top.get(c.code) ?? -Infinity, c.score));
  // among close rivals a headline figure (共, 累计, 各类, 总数) outranks the figures without one: those are its parts or details
  const close = (c: EngineCandidate) => c.score >= WEIGHTS.value_threshold && top.get(c.code)! - c.score <= RIVAL_MARGIN;
  // (…among a code's preferred act's figures, where it has one: 收到委员提案520件,经审查立案486件, below)
  const preferred = new Set<string>();
  for (const c of engine) if (close(c) && c.features.includes("preferred_event")) preferred.add(c.code);
  const actOk = (c: EngineCandidate) => !preferred.has(c.code) || c.features.includes("preferred_event");
  const headline = new Set<string>();
  for (const c of engine) if (close(c) && actOk(c) && c.features.includes("total_marker")) headline.add(c.code);
  // figures of one code listed side by side, each after its own noun of one concept (乡镇调委会12个、村调委会165个): kinds
  const kinds = text !== undefined ? listedFrames(engine, text) : new Set<EngineCandidate>();
  // …and a code's narrower act outranks both (收到委员提案520件,经审查立案486件: the 486 are the ones handled)
  const inRace = (c: EngineCandidate) => close(c) && !partsOfSum.has(c) && actOk(c) && (!headline.has(c.code) || c.features.includes("total_marker"));
  // (a figure another code reads better is that code's, no rival here: 中心组学法。全年4次 under its own heading)
  const near = new Map<string, Set<number>>();
  for (const c of engine) if (inRace(c) && c.score >= bestAt.get(c.numStart)! - OTHER_CODE_MARGIN) near.set(c.code, (near.get(c.code) ?? new Set()).add(c.value));
  // a number a rule read as one code and gave way only to that code's preferred act (受理79件 after 收到86件) is no
  // other code's value
  const ruleCodeAt = new Map<number, string>();
  for (const c of out) if (c.features.includes("frame_preferred_elsewhere")) ruleCodeAt.set(c.numStart, c.code);
  const guardAt = new Map<number, string>();
  for (const g of guarded) for (let i = g.start; i < g.end; i++) guardAt.set(keyAt(g.code, i), g.reason);
  // a rule's doubt about scope or topic does not hold where 分别 gives the frame's figure its own noun or body
  const EACH_OVERRULES = new Set(["可能是部分或专项数", "上下文没有相应主题", "比率所指的数量不明"]);
  for (const c of engine) {
    const said = guardAt.size === 0 ? undefined : (guardAt.get(keyAt(c.code, c.numStart)) ?? guardAt.get(keyAt(c.code, c.numEnd - 1)));
    // (…or where the figure is one code's share of a sum of several codes' nouns: 复议和应诉案件共125件,其中应诉案件73件)
    const eachSays = c.score >= WEIGHTS.frame_value_threshold && c.features.some((f) => f === "each_topic" || f === "where_each" || f === "sum_part");
    // …and a rule's doubt that no topic is near does not hold where the frame's own sentence names it (学习中心组…学法6次)
    // (or a rate's own noun stands under a heading that names it: 三、行政复议工作 / …纠错率10.3%)
    // (…or the code's own noun stands right before the figure with the code's verb and no doubt at all: 开展合法性审查56件次)
    const ownNoun = ownNounRead(c);
    // (…or the figure's clause is only the code's verb and it, under a heading that names the noun: (一)行政复议 / 受理56件)
    const topicSays = c.score >= WEIGHTS.frame_value_threshold && (c.features.includes("topic_sentence") || c.features.includes("topic_heading") || c.features.includes("heading_clean") || ownNoun) && said === GUARD_REASONS.context;
    // (…and a rule's doubt of whose figure it is does not hold where the frames find the report's own body the nearest
    // subject before it: 全市12345热线受理量突破200万件,我县受理工单6.8万件,办结率99.7%)
    const selfSays = c.score >= WEIGHTS.frame_value_threshold && c.features.includes("subject_named_self") && said !== undefined && SUBJECT_GUARDS.has(said);
    const reason = said !== undefined && (FRAMES_JUDGE.has(said) || (eachSays && EACH_OVERRULES.has(said)) || topicSays || selfSays) ? undefined : said;
    const guard = reason === undefined ? (listedKinds.has(keyAt(c.code, c.numStart)) ? { reason: REASONS.category! } : undefined) : { reason };
    const takenBy = ruleCodeAt.get(c.numStart);
    if (takenBy !== undefined && takenBy !== c.code && c.score >= WEIGHTS.value_threshold) {
      out.push({ ...c, score: WEIGHTS.value_threshold - 0.01, reasons: [...new Set([...c.reasons, "这个数字也可能是别的指标"])] });
      continue;
    }
    const outranked = !ruled.has(c.code) && close(c) && !inRace(c);
    const rivals = outranked || (!ruled.has(c.code) && top.get(c.code)! - c.score <= RIVAL_MARGIN && (near.get(c.code)?.size ?? 0) > 1);
    if (rivals && !guard && c.score >= WEIGHTS.value_threshold) out.push({ ...c, score: WEIGHTS.value_threshold - 0.01, reasons: [...new Set([...c.reasons, RIVALS])] });
    else if (guard) out.push({ ...c, score: Math.min(c.score, GUARDED_SCORE), reasons: [...new Set([guard.reason, ...c.reasons])], features: [...c.features, "rule_guard"] });
    else if (!ruled.has(c.code) && kinds.has(c)) out.push({ ...c, score: Math.min(c.score, GUARDED_SCORE), reasons: [...new Set([REASONS.category!, ...c.reasons])], features: [...c.features, "breakdown"] });
    else if (c.score < WEIGHTS.frame_value_threshold || (doubted.has(c.code) && !ruled.has(c.code))) out.push({ ...c, score: Math.min(c.score, WEIGHTS.value_threshold - 0.01), reasons: c.reasons.length ? c.reasons : ["只有句式分析支持,请核对"] });
    // a rate no wording rule took fills a cell only where its sentence (or its own noun: 出庭应诉率, or a verb that says its object: 共调解1200件,成功率99.2%) names what it measures
    else if (indicatorDef(c.code).unit === "%" && !c.features.includes("topic_sentence") && !c.features.includes("topic_verb") && !c.features.includes("topic_heading") && !c.features.includes("rate_strong")) out.push({ ...c, score: Math.min(c.score, WEIGHTS.value_threshold - 0.01), reasons: [...c.reasons, "比率所指的事项不在本句"] });
    else out.push(c);
  }
  return out;
}

/** A concept word → the concept it names (its first). */
const CONCEPT_OF = new Map<string, string>((LEXICON.concept ?? []).flatMap((e) => e.words.map((w) => [w, e.id] as const)));

/**
 * A rule's figures of one code listed side by side in one sentence, each after a noun of the same concept (乡镇调委会12个、
 * 村调委会151个、行业性调解组织23个) are a breakdown whose whole is not written: each is at most a suggestion. (A whole and its parts, 共186个,其中…, are
 * the sub-part rule's; figures of different codes are an enumeration of codes.)
 */
function breakdowns(out: EngineCandidate[], text: string, engine: readonly EngineCandidate[], bestAt: ReadonlyMap<number, number>): Set<number> {
  const byCode = new Map<string, number[]>();
  out.forEach((c, i) => {
    if (!c.features.includes("rule")) return;
    const idx = byCode.get(c.code);
    if (idx) idx.push(i);
    else byCode.set(c.code, [i]);
  });
  const carried = listedKindsOf(out, text, engine, byCode, bestAt);
  const several = new Set([...byCode].filter(([, idx]) => idx.length >= 2).map(([code]) => code));
  if (!several.size) return carried;
  // the noun the frames read right by each figure, as the concept it names (人民调解委员会 and 人民调解组织 alike)
  const nounAt = new Map<number, string>();
  for (const c of engine) {
    if (!several.has(c.code) || !(c.how.startsWith("count:left:") || c.how.startsWith("count:right:"))) continue;
    const id = CONCEPT_OF.get(c.how.slice(c.how.indexOf(":", 6) + 1));
    if (id) nounAt.set(keyAt(c.code, c.numStart), id);
  }
  for (const idx of byCode.values()) {
    if (idx.length < 2) continue;
    idx.sort((a, b) => out[a]!.numStart - out[b]!.numStart);
    // (the same thing counted by each figure: 主动公开政府信息2100条、政策解读56条 lists two things, not parts of one)
    const nounOf = (c: EngineCandidate) => nounAt.get(keyAt(c.code, c.numStart));
    const runs = kindRuns(
      idx.map((i) => out[i]!),
      text,
      (a, b) => nounOf(a) !== undefined && nounOf(a) === nounOf(b),
    );
    for (const run of runs) for (const p of run) out[idx[p]!] = { ...out[idx[p]!]!, score: GUARDED_SCORE, reasons: [REASONS.category!], features: ["breakdown"] };
  }
  return carried;
}

/** What ends a list of kinds between two of its figures: a sentence's end, 其中, 以及, 和. */
const LIST_BREAK = /[。!?！？;；\n]|其中|以及|和/u;
/**
 * Runs of figures (in text order) listed side by side with 、, 40 characters at most apart, each pair of neighbours joined
 * as `joined` says: a run of two or more different values is a breakdown by kind. Positions into `list`.
 */
function kindRuns<T extends { numStart: number; numEnd: number; value: number }>(list: readonly T[], text: string, joined: (a: T, b: T, between: string) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [0];
  const close = () => {
    if (run.length >= 2 && new Set(run.map((p) => list[p]!.value)).size === run.length) runs.push(run);
  };
  for (let k = 1; k < list.length; k++) {
    const a = list[k - 1]!;
    const b = list[k]!;
    const between = text.slice(a.numEnd, b.numStart);
    if (between.length <= 40 && between.includes("、") && !LIST_BREAK.test(between) && joined(a, b, between)) run.push(k);
    else {
      close();
      run = [k];
    }
  }
  close();
  return runs;
}

/**
 * Two figures of one code the frames read after nouns of one concept, the second with no verb of its own, each noun with
 * a qualifier (承办省、市人大代表建议8件,县人大代表建议86件): kinds of one thing listed side by side, their whole not
 * written, so neither is the code's value: a rule's figure there is at most a suggestion, and so are the frames'.
 * (Not past a sentence's end or a part's 其中; not a figure of another period.)
 */
const CARRIED_BREAKDOWN_GAP = 40;
const CARRIED_LEAD = 4;
/** The lexicon's words for acts: a second noun with one of them before it has a verb of its own. */
const EVENT_WORDS = (LEXICON.event ?? []).flatMap((e) => e.words);
/** The lexicon's words for a whole (共, 累计, 各类), less 全年 (the year's, not a sum's). */
const WHOLE_WORDS = lexiconWords("modifier", "total").filter((w) => w !== "全年");
/** The whole jurisdiction of a report's kind (全县, 全区, 全市…) opening a clause. */
const WHOLE_JURISDICTION = /^全(?:省|市|州|盟|县|区|旗|镇|乡)/u;
const NOT_PARALLEL = new Set(["other_year", "last_year", "multi_year", "comparison", "delta", "plan", "norm", "part", "sum_part"]);
function listedKindsOf(out: EngineCandidate[], text: string, engine: readonly EngineCandidate[], byCode: Map<string, number[]>, bestAt: ReadonlyMap<number, number>): Set<number> {
  const found = new Set<number>();
  const wordOf = (c: EngineCandidate) => c.how.slice(c.how.indexOf(":", 6) + 1);
  const parallel = (c: EngineCandidate) => byCode.has(c.code) && c.how.startsWith("count:left:") && c.score >= WEIGHTS.frame_value_threshold && !c.features.some((f) => NOT_PARALLEL.has(f));
  // the frames' readings of the codes a rule took, by code, in text order
  const byCodeFrames = new Map<string, EngineCandidate[]>();
  for (const c of engine) if (parallel(c)) (byCodeFrames.get(c.code) ?? byCodeFrames.set(c.code, []).get(c.code)!).push(c);
  for (const [code, list] of byCodeFrames) {
    list.sort((x, y) => x.numStart - y.numStart);
    for (let k = 1; k < list.length; k++) {
      const a = list[k - 1]!;
      const b = list[k]!;
      if (b.numStart - a.numEnd > CARRIED_BREAKDOWN_GAP || b.value === a.value) continue;
      const noun = CONCEPT_OF.get(wordOf(a));
      if (noun === undefined || noun !== CONCEPT_OF.get(wordOf(b))) continue;
      const between = text.slice(a.numEnd, b.numStart);
      const cut = between.search(/[,，、]/u);
      if (cut < 0 || /[。!?！？;；\n]|其中|其余/u.test(between)) continue;
      // (the second noun opens its clause, after a level or a kind at most: 县人大代表建议86件, not 向市人大常委会报备规范性文件12件;
      // and it is the code's reading of that figure, not another code's: 管委会为被申请人的复议案件3件)
      // (with no verb of its own: 受理行政复议申请50件 after 收到…56件 is another act's figure)
      const lead = between.slice(cut + 1, between.lastIndexOf(wordOf(b)));
      if (lead.length > CARRIED_LEAD || EVENT_WORDS.some((w) => lead.includes(w)) || bestAt.get(b.numStart)! > b.score) continue;
      // (a figure its clause calls the whole, 共调解矛盾纠纷1200件,婚姻家庭纠纷300件, heads its parts)
      const before = text.slice(Math.max(0, a.numStart - CARRIED_BREAKDOWN_GAP), a.numStart);
      // (…and so does one the whole jurisdiction's, 全县行政机关负责人出庭应诉96次,县长出庭应诉3次)
      const clauseBefore = before.slice(before.search(/[^,，;；。、\n]*$/u));
      if (WHOLE_WORDS.some((w) => clauseBefore.includes(w)) || WHOLE_JURISDICTION.test(clauseBefore)) continue;
      // (…and so does a bare noun right after its verb, 公开政府信息2100条,政务动态信息900条: the second is a kind of it;
      // a pair of kinds has a qualifier on each noun, 省、市人大代表建议 beside 县人大代表建议)
      const at = text.lastIndexOf(wordOf(a), a.numStart);
      if (at < 0 || EVENT_WORDS.some((w) => text.startsWith(w, at - w.length))) continue;
      found.add(keyAt(code, a.numStart)).add(keyAt(code, b.numStart));
    }
  }
  if (found.size)
    out.forEach((c, i) => {
      if (c.features.includes("rule") && found.has(keyAt(c.code, c.numStart))) out[i] = { ...c, score: GUARDED_SCORE, reasons: [REASONS.category!], features: ["breakdown"] };
    });
  return found;
}

/** Candidates whose figure, with the others after it in its sentence (one per figure, the code's), adds up to an earlier figure of the code there. */
function partsOfSums(engine: readonly EngineCandidate[]): Set<EngineCandidate> {
  const groups = new Map<number, EngineCandidate[]>();
  for (const c of engine) {
    if (indicatorDef(c.code).unit === "%") continue;
    const k = keyAt(c.code, c.evStart);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  const parts = new Set<EngineCandidate>();
  for (const list of groups.values()) {
    if (list.length < 3) continue;
    const byAt = new Map<number, EngineCandidate>();
    for (const c of list) if (!byAt.has(c.numStart)) byAt.set(c.numStart, c);
    const figures = [...byAt.values()].sort((a, b) => a.numStart - b.numStart);
    // sums of the figures after each (one pass from the end, so a long list stays linear)
    const after = new Array<number>(figures.length).fill(0);
    for (let i = figures.length - 2; i >= 0; i--) after[i] = after[i + 1]! + figures[i + 1]!.value;
    // (a whole that is several codes' sum, 建议、提案共计212件, is not the code's: its parts are)
    // (and the whole must be a reading of the code at all: 186 takers are no passed count whose parts are 183 passed and 3 failed)
    // (…nor one of many bodies, 全市两级政府常务会议累计学法58次,其中市政府…12次: the own body's part is its own figure)
    const i = figures.findIndex((w, k) => k < figures.length - 2 && !w.features.includes("combined") && !w.features.includes("subject_sub") && w.score >= WEIGHTS.value_threshold && Math.abs(after[k]! - w.value) < 0.5);
    if (i >= 0) for (const c of list) if (c.numStart > figures[i]!.numStart) parts.add(c);
    // …or the sum of the figures before it, said as one (委员会12个、…165个、…8个,合计185个): those are its parts
    let before = 0;
    const j = figures.findIndex((w, k) => {
      // (not a total that adds the cases carried over from the year before: 新受理52件,上年结转8件,共办理60件 leaves the 52 the year's)
      const sums = k >= 2 && w.features.includes("total_marker") && !w.features.includes("combined") && !w.features.includes("carried_total") && w.score >= WEIGHTS.value_threshold && Math.abs(before - w.value) < 0.5;
      before += w.value;
      return sums;
    });
    if (j >= 0) for (const c of list) if (c.numStart < figures[j]!.numStart) parts.add(c);
  }
  return parts;
}

/**
 * The frames' figures of one code listed side by side in one sentence, each right after its own noun of the same concept
 * (乡镇人民调解委员会12个、村(社区)人民调解委员会165个、行业性专业性人民调解组织8个): kinds of the thing, none of them its number.
 */
function listedFrames(engine: readonly EngineCandidate[], text: string): Set<EngineCandidate> {
  const byCode = new Map<string, EngineCandidate[]>();
  for (const c of engine)
    // (a reading through another code's noun is no item: 党组中心组集体学法5次、局务会会前学法13次 are two bodies' counts;
    // nor one past another code's nearer noun, nor a sum of several codes' nouns: 建议提案100件(人大建议42件、政协提案58件)
    // lists one figure of each code)
    if (c.how.startsWith("count:left:") && !c.features.some((x) => x === "bad_concept" || x === "nearer_noun" || x === "combined")) (byCode.get(c.code) ?? byCode.set(c.code, []).get(c.code)!).push(c);
  const found = new Set<EngineCandidate>();
  const wordOf = (c: EngineCandidate) => c.how.slice("count:left:".length);
  for (const list of byCode.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.numStart - b.numStart);
    // (each figure after its own noun, in one clause: 分别学法5次、10次 gives one noun its figures, no kinds)
    const runs = kindRuns(list, text, (a, b, between) => between.includes(wordOf(b)) && !/[,，]/u.test(between) && CONCEPT_OF.get(wordOf(a)) !== undefined && CONCEPT_OF.get(wordOf(a)) === CONCEPT_OF.get(wordOf(b)));
    for (const run of runs) for (const p of run) found.add(list[p]!);
  }
  return found;
}

/** A figure another code took is suggested for a code with nothing else from this score (a clean frame's). */
const SECOND_THRESHOLD = WEIGHTS.value_threshold;

/** A doubted figure may be one of several codes (学法12次 with no body named): it names those within this of its best. */
const OTHER_CODES_MARGIN = 1.5;

export function tiers(cands: readonly EngineCandidate[]): Tiered {
  // each quantity serves the code it scores best for
  const best = new Map<number, EngineCandidate>();
  const byQuantity = new Map<number, EngineCandidate[]>();
  for (const c of cands) {
    const o = best.get(c.numStart);
    if (!o || c.score > o.score) best.set(c.numStart, c);
    const here = byQuantity.get(c.numStart);
    if (here) here.push(c);
    else byQuantity.set(c.numStart, [c]);
  }
  const byCode = new Map<string, EngineCandidate[]>();
  const addTo = (c: EngineCandidate): void => {
    const list = byCode.get(c.code);
    if (list) list.push(c);
    else byCode.set(c.code, [c]);
  };
  for (const c of best.values()) addTo(c);
  // …except a percentage several rate nouns share (办结率、满意率均为100%): each noun's code takes it
  for (const [at, top] of best) {
    const list = byQuantity.get(at)!;
    const topWord = list.find((c) => c.code === top.code && c.how.startsWith("rate:"))?.how;
    if (!topWord) continue;
    const seen = new Set([topWord]);
    for (const c of list.sort((a, b) => b.score - a.score)) {
      if (c.code === top.code || !c.how.startsWith("rate:") || seen.has(c.how) || c.score < WEIGHTS.value_threshold) continue;
      seen.add(c.how);
      addTo(c);
    }
  }
  // …and a count 各 gives to each item listed before it (县委常委会、县政府常务会议各开展会前学法12次): each item's code takes it
  for (const [at, top] of best)
    for (const c of byQuantity.get(at)!)
      if (c.code !== top.code && c.features.includes("each_same") && top.features.includes("each_same") && c.score >= WEIGHTS.frame_value_threshold && !byCode.get(c.code)?.includes(c)) addTo(c);
  // among wording rules' figures of one score, one the frames say is another body's comes after one they do not
  // (调处纠纷436件 of a mediation centre, then 全县…调解纠纷2789件: the county's); otherwise the text's order holds
  const otherBody = new Set<number>();
  for (const c of cands) if (!c.features.includes("rule") && c.features.some((f) => SUBJECT_DOUBTS.has(f))) otherBody.add(keyAt(c.code, c.numStart));
  const frameOf = (c: EngineCandidate): number => (otherBody.has(keyAt(c.code, c.numStart)) ? 0 : 1);
  const values: Tiered["values"] = new Map();
  const suggestions: EngineCandidate[] = [];
  const flags: Flag[] = [];
  for (const code of CODES) {
    const list = byCode.get(code);
    if (!list) continue;
    // (a figure of the report's year that reaches the cell outranks one of another year, whatever their scores: 全年受理诉求
    // 186.4万件 over 2021年全年受理诉求166.0万件, though a wording rule read the latter)
    const tier = (c: EngineCandidate) => (c.score < WEIGHTS.value_threshold ? 2 : c.otherPeriod ? 1 : 0);
    list.sort((a, b) => tier(a) - tier(b) || b.score - a.score || frameOf(b) - frameOf(a) || a.numStart - b.numStart);
    // (of one score, a figure written exactly comes before its rounding: the body's 86542件 before the headline's 8.6万件)
    const exact = list.findIndex((c) => c.score === list[0]!.score && tier(c) === tier(list[0]!) && roundedOf(list[0]!, c));
    if (exact > 0) list.unshift(...list.splice(exact, 1));
    const top = list[0]!;
    if (top.score < WEIGHTS.value_threshold) {
      suggestions.push(...list.filter((c) => c.score >= WEIGHTS.suggestion_threshold).slice(0, SUGGESTIONS_PER_CODE));
      continue;
    }
    const taken = list.filter((c) => c.score >= WEIGHTS.value_threshold);
    const rivals = taken.filter((c) => c !== top && c.otherPeriod === top.otherPeriod && top.score - c.score <= RIVAL_MARGIN && !sameFigure(c, top));
    const seen = new Set<number>();
    const distinct = taken.filter((c) => !seen.has(c.value) && seen.add(c.value));
    values.set(code, { chosen: top, alternatives: distinct.length > 1 ? distinct : [], conflict: rivals.length > 0 });
    // the doubt a headline or a sum settled stays in sight: the figures it outranked are named
    const outranked = rivals.length ? [] : list.filter((c) => c !== top && !sameFigure(c, top) && c.reasons.includes(RIVALS));
    if (outranked.length) {
      flags.push({
        check: "conflict",
        severity: "info",
        codes: [code],
        message: `${indicatorDef(code).name}: 取了 ${top.value}(总数或合计);报告中还有 ${[...new Set(outranked.map((c) => c.value))].slice(0, 3).join(" / ")},判断为其中一部分或细项,请核对`,
      });
    }
    if (rivals.length) {
      flags.push({
        check: "conflict",
        severity: "warning",
        codes: [code],
        message: `${indicatorDef(code).name}: 报告中有不同数值 ${[top, ...rivals].map((c) => c.value).join(" / ")},已取把握最大的一处,请核对`,
      });
    }
  }
  // a code with neither a value nor a suggestion: its best figure that another code took (each quantity serves one
  // code) is still shown, where it is plausible for this one too (学法12次 taken by the party committee may be the
  // government's): a doubt the reviewer never sees costs most
  const suggested = new Set(suggestions.map((c) => c.code));
  const served = new Set([...best.values()]);
  const second = new Map<string, EngineCandidate>();
  for (const c of cands) {
    if (values.has(c.code) || suggested.has(c.code) || served.has(c) || c.score < SECOND_THRESHOLD) continue;
    // (a code that needs its verb has it: a table row's figure is not every code of its noun)
    if (DEF_BY_CODE.get(c.code)?.eventRequired && !c.features.includes("event_match")) continue;
    const o = second.get(c.code);
    if (!o || c.score > o.score) second.set(c.code, c);
  }
  for (const c of second.values()) suggestions.push({ ...c, score: Math.min(c.score, WEIGHTS.value_threshold - 0.01), reasons: c.reasons.length ? c.reasons : ["这个数字也可能是别的指标"] });
  // a suggestion names the other codes its figure may be, where those have no value
  const named = suggestions.map((s) => {
    const others = (byQuantity.get(s.numStart) ?? []).filter(
      (o) => o.code !== s.code && !values.has(o.code) && o.score >= WEIGHTS.suggestion_threshold && s.score - o.score <= OTHER_CODES_MARGIN,
    );
    const codes = [...new Set(others.map((o) => o.code))];
    return codes.length ? { ...s, alsoCodes: codes } : s;
  });
  return { values, suggestions: named, flags };
}

