/**
 * Scores a frame as a value of one code: the sum of the weights of its
 * features (score/weights.ts). Today's guards are features here, so a doubtful
 * figure is kept with its reasons instead of being dropped.
 */
import { indicatorDef } from "../catalog";
import { LEXICON, lexiconWords } from "../lexicon";
import { IMPLIED, TALK } from "../lexicon/implied";
import { BODY_TOPIC } from "../lexicon/bodies";
import { gazetteer } from "../meta/gazetteer";
import type { Def } from "../indicators/defs";
import { DEFS } from "../indicators/defs";
import type { Attached, Frame } from "../grammar/frames";
import { subjectBodyTopic } from "../grammar/frames";
import type { WordToken } from "../tag/lexical";
import type { Quantity } from "../tag/quantity";
import { WEIGHTS, type WeightName } from "./weights";
import { LEVEL_RANK, speaksAsSelf, type OwnLevel } from "../meta";
import { isDigitCp, isHanCp } from "../text/codepoints";

export interface ScoreContext {
  text: string;
  year: number | null;
  tailStart: number;
  /** Body kinds that are the report's own (a court's report: 法院 is itself). */
  selfKinds: ReadonlySet<string>;
  /** The report's first line and title: bodies it names are the report's own. */
  title: string;
  /** The report's region and issuer (meta): a sub-unit's word they contain is the report's own (建章路街道 of 街道). */
  names?: string;
  /** Published the year after the year it reports (a news item): its 去年 is that year. */
  lastIsYear?: boolean;
  /** The text is about a meeting that hands out this year's proposals (交办会): its 今年's figures are newly assigned. */
  assignMeeting?: boolean;
  /** The level the report speaks at (meta): 全县 in a town's report is a higher level's. */
  level?: OwnLevel;
  /** The report is a department's own (meta level 部门): the government's meetings it attends are not its own. */
  department?: boolean;
}

export interface Scored {
  code: string;
  frame: Frame;
  score: number;
  features: WeightName[];
  parts: Parts;
  /** The construction that attached the figure (for the trace). */
  how: string;
  otherPeriod: boolean;
}

/** Kinds of body a report counts (司法所14个, 调解中心3个), as against the wholes it names (全国12315平台). */
const COUNTABLE_BODIES = new Set(["sub", "judicial", "court", "police"]);

/** The nouns of the code each code is a part of (recon.closed → recon.received's 复议申请, 申请). */
const WHOLE_CONCEPTS = new Map(DEFS.map((d) => [d.code, DEFS.find((w) => w.code === indicatorDef(d.code).partOf)?.concepts ?? []] as const));
/** A noun of the whole the code is a part of: the closed cases are the applications received. */
function namesWhole(a: Attached, d: Def): boolean {
  return WHOLE_CONCEPTS.get(d.code)!.includes(a.id);
}

/** Concepts that name a topic or a body rather than the counted thing. */
const NOT_COUNTED = new Set(["party_body", "gov_body", "hotline", "taker"]);
/** Which count codes each concept serves: a list naming concepts of two codes is their sum. */
const CODES_OF = new Map<string, Set<string>>();
for (const d of DEFS) if (d.kind === "count") for (const c of d.concepts) CODES_OF.set(c, (CODES_OF.get(c) ?? new Set()).add(d.code));
/** …and the families of those codes. */
const FAMILIES_OF = new Map([...CODES_OF].map(([c, codes]) => [c, new Set([...codes].map((x) => indicatorDef(x).family))] as const));

const has = (w: WordToken, kind: string, id: string): boolean => w.kind === kind && w.ids.includes(id);
/** Characters that join the nouns of a list: 规范性文件、合同和协议. */
const LIST_JOIN = new Set([..."、和及与或以等"]);
/** How long a joiner and a list item's own modifiers may be before the item's noun (、县政协十届二次会议 委员提案). */
const MODIFIED_ITEM = 16;
/**
 * Two of one family's different codes' nouns listed, the second with its own modifiers (县人大十七届二次会议代表建议、
 * 县政协十届二次会议委员提案共148件): one list however long the modifiers, as long as no figure or clause mark stands between.
 */
function modifiedItem(text: string, words: readonly WordToken[], a: Attached | WordToken, b: Attached | WordToken): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > MODIFIED_ITEM || !LIST_JOIN.has(gap[0] ?? "") || /[,，;；:：。\d]/u.test(gap)) return false;
  // (the modifiers are no noun or verb of their own: 调解委员会及各村调委会共调处矛盾纠纷 is a subject, its verb and object)
  if (words.some((w) => w.start >= a.end && w.end <= b.start && (w.kind === "concept" || w.kind === "event"))) return false;
  const ids = (x: Attached | WordToken): readonly string[] => ("ids" in x ? x.ids : [x.id]);
  return ids(a).some((x) => ids(b).some((y) => coordinate(x, y)));
}
/** How far back a list's earlier noun is looked for (bounded work per figure). */
const LIST_REACH = 40;
/** Words for "in time" before a verb (100%按时回复). */
const TIMELY = ["按时", "按期", "及时", "在法定期限内", "依法按时"];
/** What joins two nouns of one whole: a list mark (、 和 及 与), or a bracket that gives the first another name (人大代表建议(议案)). */
const NOUN_JOIN = new Set([..."、和及与(（"]);
/** What joins a body and its parts into one subject (县政府及各部门, 区政府和所属部门). */
const SELF_AND_PARTS = new Set(["及", "和", "与", "、", "及其", "以及", "暨", "及所属", "及其所属", "和所属"]);
/** Periods that date a figure to a year or part of one, not to a day (今年, 近三年, 第一季度). */
const YEAR_PERIODS = ["this", "multi", "quarter"];
/** A day's date (9月4日, 12月3日上午) that is no cutoff or start (截至12月31日, 自1月1日起, 1月1日以来). */
const DAY_DATE = /[0-9]{1,2}月[0-9]{1,2}日/gu;
const NOT_ONE_DAY_BEFORE = /(?:截至|截止|至|到|自|从|于)$/u;
const NOT_ONE_DAY_AFTER = /^(?:起|以来|至|到|前|止|期间|—|-|～|~)/u;
function dayDateBefore(text: string, from: number, to: number): boolean {
  const span = text.slice(from, to);
  for (const m of span.matchAll(DAY_DATE)) {
    const at = m.index!;
    if (NOT_ONE_DAY_BEFORE.test(span.slice(Math.max(0, at - 2), at)) || NOT_ONE_DAY_AFTER.test(text.slice(from + at + m[0].length, from + at + m[0].length + 2))) continue;
    return true;
  }
  return false;
}

/** What may stand before a sentence's first word: a list's bullet and spaces (bounded by the sentence). */
const BULLET_LEAD = /^[\s●•▲■◆▪·*-]*$/u;
/** What may stand before a noun that opens its sentence: its time (本年度, 全年, 2023年,), nothing else. */
const SENTENCE_LEAD = /^(?:(?:(?:19|20)[0-9]{2}年度?|本年度|本年|全年|年内|今年)[,，]?)?$/u;
/** How far after its verb a figure is the verb's own (审结51件, 办结了12件). */
const OWN_FIGURE_GAP = 3;
/** A mark that ends a stretch of a list or a clause. */
const LIST_MARK = /[、,，;；]/u;
/** Verbs that name a party to the case (被申请人, 被告): a noun they describe is that party's cases. */
const PARTY_EVENTS = ["respondent", "defendant"];
const isPartyVerb = (w: WordToken): boolean => w.kind === "event" && namesAny(w, PARTY_EVENTS);
/** A sub-unit named as the party before a party verb (以县政府部门为被申请人, 乡镇政府作为被告): within PARTY_REACH, its clause. */
function partyIsSub(f: Frame, verb: WordToken): boolean {
  return f.before.some((w) => w.kind === "body" && w.ids.includes("sub") && w.end <= verb.start && verb.start - w.end <= PARTY_REACH && w.start >= f.sentence.start);
}

/** A level's own body and the joiner before its parts (街道|及各|社区, 镇人民调解委员会和18个|村), read on a short slice (bounded). */
const OWN_AND_PARTS = /(?:^|[^\p{Script=Han}]|[全本我])(街道|镇|乡|开发区|园区)(?:人民调解委员会|调解委员会|调委会)?(?:及其?|和|与|、|以及)(?:各|所属|所辖)?(?:[0-9]{1,3}个)?(?:村[(（])?$/u;
/** …and the other way round, the parts, then the own level's committee, up to the verb (村(社区)调委会和镇调委会共调解…). */
const PARTS_AND_OWN = /^[)）]?(?:人民调解委员会|调解委员会|调委会)(?:和|及|与|、|以及)(街道|镇|乡|开发区|园区)(?:人民调解委员会|调解委员会|调委会)/u;
/** How far before its parts the own level may stand. */
const OWN_AND_PARTS_REACH = 16;
function ownAndParts(text: string, sentenceStart: number, partsStart: number, partsEnd: number, title: string): boolean {
  // (one character more than the reach where the sentence starts earlier: what stands before the level word)
  const m = OWN_AND_PARTS.exec(text.slice(Math.max(sentenceStart, partsStart - OWN_AND_PARTS_REACH - 1), partsStart)) ?? PARTS_AND_OWN.exec(text.slice(partsEnd, partsEnd + OWN_AND_PARTS_REACH));
  return !!m && title.includes(m[1]!);
}
/** A clause that says only "in all" before its figure. */
const TOTAL_CLAUSE = new Set(["共", "共计", "合计", "总计", "累计", "一共", "总共", "共有", "共达", "全年共", "全年共计", "全年累计", "总数", "总数达", "总数达到", "总数为", "总量", "总量为", "数量为", "数量达到", "共计达"]);
const TOTAL_CLAUSE_OR_NONE = new Set(["", ...TOTAL_CLAUSE, "全年"]);
/** A figure of sessions or batches right before a figure of people (6批次412人次, 3场430人): the lexicon's units. */
const SESSION_UNITS = lexiconWords("unit", "session", "batch");
function gluedSessions(text: string, q: Quantity): boolean {
  if (!q.unitClasses.some((u) => u === "people" || u === "person_time")) return false;
  let before = text.slice(Math.max(0, q.start - 8), q.start);
  // (…or joined by 共 or 共计: 旁听庭审3次共75人次)
  const total = TOTAL_WORDS.find((w) => before.endsWith(w));
  if (total) before = before.slice(0, -total.length);
  return SESSION_UNITS.some((u) => before.endsWith(u) && /\d/u.test(before[before.length - u.length - 1] ?? ""));
}
/** The lexicon's words for "in all" (共, 共计, 累计), longest first. */
const TOTAL_WORDS = lexiconWords("modifier", "total").sort((a, b) => b.length - a.length);

/** A 其中 after the figure in its sentence, then one of the code's own (not broad) nouns. */
function ownPartAfter(f: Frame, d: Def, text: string): boolean {
  const part = f.rest.findIndex((w) => w.kind === "modifier" && w.ids.includes("part") && w.start < f.sentence.end);
  if (part < 0) return false;
  for (let k = part + 1; k < f.rest.length && k <= part + 3; k++) {
    const w = f.rest[k]!;
    if (w.kind === "concept" && w.ids.some((id) => d.concepts.includes(id) && !d.weakConcepts.includes(id))) return true;
    // (…or the code's broad noun there with the word that makes it the code's, where the figure's own clause has none:
    // 传达学习…精神56次,其中专题学习习近平法治思想和法律法规9次)
    if (w.kind === "concept" && w.ids.some((id) => d.weakConcepts.includes(id))) {
      const own = text.slice(f.clause.start, f.q.start);
      const theirs = text.slice(f.rest[part]!.end, Math.min(f.sentence.end, f.rest[part]!.end + 40));
      if (d.weakUnless.some((u) => theirs.includes(u)) && !d.weakUnless.some((u) => own.includes(u))) return true;
    }
  }
  return false;
}

/** Attending a meeting as a guest: the meeting is another body's. */
const ATTENDING = new Set(["参加", "列席", "参与", "出席"]);

/** The lexicon's words for a kind or a special part (行业性, 专项, 婚姻家庭…). */
const SUBSET_WORDS = lexiconWords("modifier", "subset");

/** A clause that only dates and states a level (2023年增至260人次, 全年为38件): the noun and verb are the clause before's. */
const LEVEL_WORDS = new Set(["为", "是", "达", "达到", "增至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至", "升至", "升到", "提高到", "提高至", "提升到", "提升至", "降至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "减至", "共", "共计", "累计", "共有"]);
const CLAUSE_DATE = /^(?:(?:19|20)\d\d年度?|全年|今年|本年度?)/u;
/** The report's own body as it speaks of itself (我县, 本区): the lexicon's own-body words that say 我 or 本. */
const SPEAKER_WORDS = new Set(lexiconWords("body", "self").filter((w) => w.startsWith("我") || w.startsWith("本")));
function ownShareClause(clauseText: string): boolean {
  return clauseText.startsWith("其中") && SPEAKER_WORDS.has(clauseText.slice(2).replace(/^[,，]/u, ""));
}

/** A clause's opening without its date (2023年共 → 共): the date is the period's business, not the construction's. */
function undated(lead: string): string {
  const m = CLAUSE_DATE.exec(lead);
  return m ? lead.slice(m[0].length) : lead;
}
/** A threshold the next clause says the figure passed (突破10万件,达10.36万件): the threshold is compared with, not the figure. */
function passedThreshold(text: string, q: Quantity): boolean {
  return q.approx === "at_least" && THRESHOLD_WORDS.some((w) => text.startsWith(w, q.start)) && THEN_LEVEL.test(text.slice(q.end, q.end + 6));
}
const THRESHOLD_WORDS = ["突破", "超过"];
const THEN_LEVEL = /^[,，](?:达到|达)[0-9]/u;
/** A clause that ends on a threshold passed (突破10万件, 超过2000件): the next clause's level is the figure. */
const AFTER_THRESHOLD = new RegExp(`(?:${THRESHOLD_WORDS.join("|")})[0-9.]+万?[^0-9,，]{0,3}[,，]\\s*$`, "u");
/** A clause that ends on how an act's measure went (受理数量再创新高, 工单量同比增长23%): the next clause's level is its figure. */
const AFTER_MEASURE = /(?:数量|总量|总数|件数|量)[^,，;；。:：\n]{0,12}[,，]\s*$/u;
function levelClause(clauseText: string): boolean {
  const rest = undated(clauseText);
  return rest !== clauseText && LEVEL_WORDS.has(rest.replace(/^[,，]/u, ""));
}
/** A bracket opened right before the figure, at most a level's word between: 同比增长12.0%(达到93件). */
const BRACKET_LEVEL = /[（(](?:达到|达|为|仍为|共|共计|计|增至|降至|增加到|减少到|提高到)?$/u;
const BRACKET_LEVEL_REACH = 6;
function bracketLevel(text: string, f: Frame): boolean {
  return BRACKET_LEVEL.test(text.slice(Math.max(f.clause.start, f.q.start - BRACKET_LEVEL_REACH), f.q.start));
}
/** What may open a clause that is only a figure and then the code's verb (共有856人参加, 856人参加). */
const QV_LEADS = new Set(["", "共有", "共", "有", "共计", "计", "其中", "其中有"]);
/**
 * What may stand between that figure and its verb: nothing, a generic noun, a word for "already, all"
 * (28件已全部审结, 28件案件已经办结): each gap spelled out, so no pattern is tried.
 */
const QV_GAPS = new Set(["", "案件", "件"].flatMap((noun) => ["", "已", "均", "均已", "已经", "均已经", "全部", "已全部", "全部已", "已经全部", "都已", "均已全部"].map((adv) => noun + adv)));
/** What may stand before the verb of a clause that is only a verb and its figure (已审结45件, 共办结12件). */
const VERB_CLAUSE_LEADS = new Set(["", "已", "共", "其中", "全部", "均", "依法", "并", "累计", "共计", "经审查", "经审核", "全年", "全年共", "全年累计", "全年共计"]);
/** What may stand between that verb and its figure: nothing, or a bare count word (参加人数320人, 受理数量为12件). */
const VERB_CLAUSE_COUNTS = new Set(["", "的", "案件", "人数", "人数为", "人数达", "人数达到", "人数共", "人数共计", "人员", "人员共", "人员共计", "人员为", "人次", "数", "数量", "数量为", "总数", "总数为", "总数达", "总量", "总量为", "总量达", "次数", "件数", "件数为", "数为", "数达", "数达到", "量", "量为", "量达", "共", "共计", "为", "达", "达到", "干部", "领导干部", "工作人员", "公职人员", "执法人员", "国家工作人员", "党员干部", "干部职工", "机关干部", "职工"]);
/** Words for the year before the publication's (not 同期, a comparison). */
const LAST_YEAR_WORDS = new Set(["去年", "上年", "上一年", "上年度", "上一年度", "前一年"]);
const GENERIC_HEADS = new Set(["事项", "文件", "信息", "政府信息", "案件", "议题", "诉求", "受理量"]);

class Tally {
  score = 0;
  readonly features: WeightName[] = [];
  /** Characters of gap beyond the free ones. */
  gapChars = 0;
  /** The weights added and how many times, in order: parts() adds them up when asked (scripts only). */
  private readonly added: WeightName[] = [];
  private readonly times: number[] = [];
  add(name: WeightName, times = 1): void {
    this.score += WEIGHTS[name] * times;
    this.features.push(name);
    this.added.push(name);
    this.times.push(times);
  }
  /** How many times each weight counted, and characters of gap beyond the free ones: the score is rescore(parts). */
  parts(): Parts {
    const counts: Partial<Record<WeightName, number>> = {};
    for (let k = 0; k < this.added.length; k++) counts[this.added[k]!] = (counts[this.added[k]!] ?? 0) + this.times[k]!;
    return { counts, gapChars: this.gapChars };
  }
  /** The scored figure; its parts are made only when read. */
  result(code: string, frame: Frame, how: string, otherPeriod: boolean): Scored {
    return new ScoredFigure(code, frame, this.score, this.features, this, how, otherPeriod);
  }
}

class ScoredFigure implements Scored {
  private made: Parts | null = null;
  constructor(
    readonly code: string,
    readonly frame: Frame,
    readonly score: number,
    readonly features: WeightName[],
    private readonly tally: Tally,
    readonly how: string,
    readonly otherPeriod: boolean,
  ) {}
  get parts(): Parts {
    return (this.made ??= this.tally.parts());
  }
}

/** What a score is made of, so a script can refit the weights without running the engine again. */
export interface Parts {
  counts: Partial<Record<WeightName, number>>;
  gapChars: number;
}

/** The score of a candidate under other weights (scripts/fit-weights.ts). */
export function rescore(parts: Parts, w: Record<WeightName, number>): number {
  let s = 0;
  for (const [name, n] of Object.entries(parts.counts) as [WeightName, number][]) if (name !== "gap_cap") s += w[name] * n;
  if (parts.gapChars > 0) s += Math.max(w.gap_cap, w.gap_per_char * parts.gapChars);
  return s;
}

/** Two concepts of one family's different codes (建议 and 提案): side by side, a coordinate noun, not a compound. */
function coordinate(a: string, b: string): boolean {
  const ca = CODES_OF.get(a);
  const cb = CODES_OF.get(b);
  if (!ca || !cb) return false;
  for (const x of ca) for (const y of cb) if (x !== y && !cb.has(x) && !ca.has(y) && indicatorDef(x).family === indicatorDef(y).family) return true;
  return false;
}

/** 等 and a generic head between a noun and its figure: the noun is one example of what the figure counts. */
const GENERIC_AFTER = /^等(?:各类|各项)?(?:活动|形式|工作|方式|项目|内容|事项)/u;

/** A clause that is only the level a rate came to before its figure: 降至, 升至, 提高到, 保持在. */
const LEVEL_CLAUSE = /^(?:(?:同比|较上年)?(?:降至|降到|下降至|下降到|降低至|降低到|升至|升到|上升至|上升到|提高至|提高到|提升至|提升到|保持在|稳定在|达到|达))$/u;

/** A concept word that opens with a preposition says how, not what (依申请, 按申请). */
const ADVERBIAL = /^(?:依|按|经)/u;

/** The nouns of the list the nearest noun belongs to (nearest first). */
function listOf(f: Frame, text: string, first: Attached): Attached[] {
  const list = [first];
  let cur = first;
  for (const a of f.concepts) {
    if (a.where !== cur.where || a.end > cur.start) continue;
    const gap = text.slice(a.end, cur.start);
    // a list needs a joiner: 旁听行政案件庭审 is a verb and its object, 依申请公开事项 one noun
    // …but two nouns of one family's different codes side by side are both counted (建议提案258件, 议提案)
    // (…not a phrase that says how, 依申请政府信息公开: 依申请 is no noun beside 政府信息)
    // (…nor a generic head right after a noun, 诉求事项: one noun, the head of a compound)
    // (…nor a verb and its object, 出庭应诉行政诉讼案件29件次: the first noun is an act too)
    if (gap.length === 0 ? !coordinate(a.id, cur.id) || ADVERBIAL.test(a.word) || GENERIC_HEADS.has(cur.word) || isVerbToo(f, a) : (gap.length > 6 || !LIST_JOIN.has(gap[0]!) || /[,，;；:：。]/u.test(gap)) && !modifiedItem(text, f.before, a, cur)) continue;
    list.push(a);
    cur = a;
  }
  return list;
}

/** A noun that is also a verb where it stands (出庭应诉, 调解): an act with its object after it. */
function isVerbToo(f: Frame, a: Attached): boolean {
  return f.before.some((w) => w.kind === "event" && w.start === a.start && w.end === a.end);
}

/** The concept ids a frame attaches, for the last frame asked (every code is scored on the same frame in turn). */
let lastIdsFrame: Frame | null = null;
let lastIds = new Set<string>();

function chooseConcept(f: Frame, d: Def, text: string): { concept: Attached; nearer: boolean; list: Attached[] } | null {
  // every way below to a noun is one of the code's own: a frame attaching none of them has none
  if (lastIdsFrame !== f) {
    lastIds = new Set();
    for (const a of f.concepts) lastIds.add(a.id);
    lastIdsFrame = f;
  }
  let any = false;
  for (const c of d.concepts)
    if (lastIds.has(c)) {
      any = true;
      break;
    }
  if (!any) return null;
  let nearer = false;
  // Q·N with nothing between the measure word and its noun (和48件政协提案) binds tighter than any noun before the figure
  const tight = f.concepts.find((a) => a.where === "right" && a.gap === 0 && !NOT_COUNTED.has(a.id) && CODES_OF.has(a.id));
  if (tight && d.concepts.includes(tight.id)) return { concept: tight, nearer: false, list: [tight] };
  for (const a of f.concepts) {
    if (d.concepts.includes(a.id)) {
      if (tight && a.where !== "right") nearer = true;
      const list = a.where === "left" || a.where === "clause" ? listOf(f, text, a) : [a];
      const strong = d.weakConcepts.includes(a.id) ? list.find((x) => d.concepts.includes(x.id) && !d.weakConcepts.includes(x.id)) : undefined;
      return { concept: strong ?? a, nearer, list };
    }
    if (NOT_COUNTED.has(a.id) || d.topics.includes(a.id)) continue;
    // another counted noun attached by a construction at least as strong
    // (not the noun of the whole this code is a part of, a clause earlier under the section's own heading: 二、行政复议工作 /
    // 全年收到申请46件,审结43件 closes the applications)
    if (a.where === "clause" && /paragraph|heading/u.test(f.concepts.find((x) => d.concepts.includes(x.id))?.where ?? "")) {
      if (!namesWhole(a, d)) nearer = true;
      continue;
    }
    // (a list a clause earlier names ours with another code's: 办理人大代表建议和政协委员提案,全年共承办162件)
    if (a.where === "clause") {
      const list = listOf(f, text, a);
      const ours = list.find((x) => d.concepts.includes(x.id));
      if (ours) return { concept: ours, nearer: false, list };
    }
    if (a.where === "left" || a.where === "right" || a.where === "each") {
      if (a.where === "right" && a.gap > 6) continue;
      // …unless that noun is listed with ours (规范性文件、合同N件) or is the head of a compound with ours (依申请公开事项)
      const list = a.where === "left" ? listOf(f, text, a) : [a];
      const ours = list.find((x) => d.concepts.includes(x.id));
      if (ours) return { concept: ours, nearer: false, list };
      const compound = GENERIC_HEADS.has(a.word) ? f.concepts.find((x) => x.where === a.where && x.end === a.start && d.concepts.includes(x.id)) : undefined;
      if (compound) return { concept: compound, nearer: false, list: [compound] };
      // (…or the object of our own noun that is an act too, right before it: 出庭应诉行政诉讼案件29件次 counts appearances)
      // (…or with 的 between, the act describing its object: 负责人出庭应诉的行政诉讼案件47件)
      const act = a.where === "left" ? f.concepts.find((x) => x.where === "left" && (x.end === a.start || (x.end + 1 === a.start && text[x.end] === "的")) && d.concepts.includes(x.id) && isVerbToo(f, x)) : undefined;
      if (act) return { concept: act, nearer: false, list: [act] };
      // (…or a generic head, the object of the clause whose subject is our own noun: 12345热线全年交办我区事项17650件)
      const subject = a.where === "left" && GENERIC_HEADS.has(a.word) ? f.concepts.find((x) => x.where === "left" && x.end < a.start && d.concepts.includes(x.id) && !d.weakConcepts.includes(x.id)) : undefined;
      if (subject) return { concept: subject, nearer: false, list: [subject] };
      nearer = true;
    }
  }
  return null;
}

/**
 * What periodAndScope reads of a frame that no code and no noun changes,
 * worked out once per frame (every code is scored on the same frame in turn).
 */
interface ScopeFacts {
  frame: Frame;
  ctx: ScoreContext;
  otherYear: boolean;
  lastYear: boolean;
  multi: boolean;
  /** A part of the year (第一季度, 上半年, 1-6月) dates the figure: the year's own figure, where stated, is the headline. */
  partial: boolean;
  /** A day's date before the figure in its sentence (9月4日下午,…约30人到庭旁听), no year or whole year named: one event's figure. */
  oneDay: boolean;
  plan: boolean;
  norm: boolean;
  /** The greatest start of a subset word in the figure's clause (-Infinity: none). */
  subsetClauseStart: number;
  /** The subject before the verb is a kind of body (行业性专业性调解组织). */
  subsetSubject: boolean;
  subsetSentence: boolean;
  honour: boolean;
  categoryWord: boolean;
  /** categoryOf(text, from, q.start), by from. */
  category: Map<number, boolean>;
  /** Modifier ids named in the sentence before the figure or after it. */
  modifiers: Set<string>;
  average: boolean;
  delta: boolean;
  comparison: boolean;
  tail: boolean;
  subject: WordToken | undefined;
  /** No body word before the verb, and a town or street the gazetteer lists named there that the report's opening does not name. */
  subjectPlace: boolean;
  /** A department of the jurisdiction is the subject (县住建局, 县市场监管局): a part, whatever the code. */
  /** …its name (the justice bureau's figures of reconsideration and mediation are the whole; its meetings are its own). */
  subjectDept: string | null;
  /** The subject is the party named as respondent or defendant (以县政府部门为被申请人). */
  partyNamed: boolean;
  /** The subject is a whole over every level's meetings (全市两级政府常务会议): many bodies' meetings, not the own body's. */
  overLevels: boolean;
  /** A total (共, 合计) in the figure's clause after cases carried over named earlier in its sentence (上年结转8件,共办理60件). */
  carriedTotal: boolean;
}

let lastScope: ScopeFacts | null = null;

/** A self body's name that opens with a level word above the report's own (全县 of a town; not 全市 of 溧阳市). */
function higherLevel(word: string, own: OwnLevel): boolean {
  const rank = levelRank(word, own);
  return rank !== undefined && rank > own.rank;
}

/** A body of the report's own kind at a lower level than the report's (县政府, 全县 in a city's report): a part of it. */
function lowerLevel(word: string, own: OwnLevel): boolean {
  const rank = levelRank(word, own);
  return rank !== undefined && rank < own.rank;
}

/** The rank of the level a body word names (县 of 全县, 县政府, 本县), where it is not the report's own level word. */
function levelRank(word: string, own: OwnLevel): number | undefined {
  const ch = word.startsWith("全") || word.startsWith("本") ? word[1] : word[0];
  return ch === undefined || ch === own.word ? undefined : LEVEL_RANK[ch];
}

/** How far before 为被告 its 以 may stand (以县直部门和乡镇为被告). */
const PARTY_REACH = 16;

/** The bodies named before the first verb of a list of words. */
function bodiesBeforeVerb(ws: readonly WordToken[], text: string): WordToken[] {
  let verb: WordToken | undefined;
  for (const w of ws)
    if (w.kind === "event") {
      verb = w;
      break;
    }
  const out: WordToken[] = [];
  // (a partner after 与/同/会同 is no subject: 与县人民法院联合制定…; nor is a place after 在: 城关街道在全区率先建成…; nor
  // those served after 为/向: 村居法律顾问为辖区居民提供…)
  for (const w of ws) if (w.kind === "body" && (!verb || w.start < verb.start) && !PARTNER_BEFORE.test(text.slice(Math.max(0, w.start - 3), w.start)) && !NOT_SUBJECT_BEFORE.has(text[w.start - 1] ?? "")) out.push(w);
  return out;
}
/** A place after 在, those served after 为 or 向: no subject. */
const NOT_SUBJECT_BEFORE = new Set(["在", "为", "向"]);
/** 与, 同 or 会同 right before a body, its level at most between (与县人民法院): a partner. */
const PARTNER_BEFORE = /(?:与|同|会同)[省市州县区旗镇乡]?$/u;

/** The words [from, to) are their clause's whole text, but for its punctuation (上年度,). */
function clauseOnly(text: string, from: number, to: number): boolean {
  const open = text.slice(Math.max(0, from - 1), from);
  return (open === "" || /[\s。；;！!？?\n]/u.test(open)) && /^[,，:：]/u.test(text.slice(to, to + 1));
}

/** A whole-jurisdiction word (全县, 全区, 全市), the report's own voice (我县) or its government (县政府) ends right where the noun starts. */
const WHOLE_SCOPE = /^(?:[全我本](?:省|市|州|盟|县|区|旗|镇|乡)|[省市州盟县区旗镇乡](?:人民)?政府)$/u;
/** What may stand between the whole and its noun: 全区有人民调解委员会203个 (有 alone is too common a character to be a lexicon verb). */
const HAS = new Set(["", "有", "拥有", "已有", "还有"]);
function wholeRightBefore(f: Frame, nounStart: number, text: string): boolean {
  for (const w of f.inClause) if (w.kind === "body" && w.ids.includes("self") && w.end <= nounStart && HAS.has(text.slice(w.end, nounStart)) && WHOLE_SCOPE.test(w.word)) return true;
  return false;
}

/** A year that ends a span of years (2021年至2023年, 2021-2023年): an earlier year and 至/到/a dash right before it. */
const YEAR_SPAN = /((?:19|20)\d\d)年?(?:至|到|-|—|–|~|～)$/u;
/** How far before a rate noun a subset word still names the rate's own noun (涉企|诉求|办结率). */
const SUBSET_RATE_GAP = 4;
/** A subset word (涉企, 专项) in the percentage's clause, ending at most a few characters before its nearest rate noun, no mark between. */
function subsetOwnsRate(f: Frame, text: string): boolean {
  let rate: WordToken | undefined;
  for (const w of f.before) if (w.kind === "rate" && w.start >= f.clause.start) rate = w;
  if (!rate) return false;
  for (const w of f.before)
    if (w.kind === "modifier" && w.ids.includes("subset") && w.end <= rate.start && rate.start - w.end <= SUBSET_RATE_GAP && !/[,，、;；:：]/u.test(text.slice(w.end, rate.start))) return true;
  // (…or in the subject of its sentence, before its first verb, where the rate's own clause names none:
  // 县交通事故纠纷人民调解委员会调解纠纷364件,调解成功率99.1%)
  if (rate.start > f.clause.start || f.clause.start === f.sentence.start) return false;
  const verb = f.head.find((w) => w.kind === "event");
  return !!verb && verb.start < f.clause.start && f.head.some((w) => w.kind === "modifier" && w.ids.includes("subset") && w.end <= verb.start);
}

/**
 * The 其中 that opens a list of parts this figure is a later item of (发布信息3257条,其中,政务动态信息1082条,目录信息1674条:
 * 1674 is a part as much as 1082): a 其中 after a figure of the sentence, before the previous figure, with this figure's
 * own noun after it and no ; between it and the figure (a ; opens another statement).
 */
function listPart(f: Frame, text: string, conceptStart: number): WordToken | undefined {
  if (f.prevInSentence < 0) return undefined;
  for (let k = f.before.length - 1; k >= 0; k--) {
    const w = f.before[k]!;
    if (w.start < f.sentence.start) break;
    if (w.start >= f.prevInSentence || !has(w, "modifier", "part") || !text.startsWith("其中", w.start)) continue;
    if (conceptStart <= w.end || !hasDigit(text, f.sentence.start, w.start) || hasAny(text, w.end, f.q.start, STATEMENT_END)) return undefined;
    return w;
  }
  return undefined;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCp(text.charCodeAt(i))) return true;
  return false;
}

/** Whether text[from, to) has one of `chars`. */
function hasAny(text: string, from: number, to: number, chars: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (chars.has(text[i]!)) return true;
  return false;
}
/** What ends a statement inside a sentence. */
const STATEMENT_END = new Set([";", "；"]);

/** The report's own year named alone after `from` and before the figure (其中2023年办理71件): the figure is that year's. */
function ownYearNamed(f: Frame, ctx: ScoreContext, from: number): boolean {
  return ctx.year !== null && f.years.some((y) => y.year === ctx.year && y.pos >= from && y.pos < f.q.start && !yearSpanEnds(ctx.text, y) && !ctx.text.startsWith(SINCE, y.pos + YEAR_WORD));
}
/** 以来 after a year (2023年以来): since then, no one year. */
const SINCE = "以来";
/** A year's word, 2023年. */
const YEAR_WORD = "2023年".length;

function yearSpanEnds(text: string, y: { year: number; pos: number }): boolean {
  const m = YEAR_SPAN.exec(text.slice(Math.max(0, y.pos - 6), y.pos));
  return m !== null && Number(m[1]) < y.year;
}

/** Another year's figure a level came from (从2022年的85%提升至, 由上年的52件下降至): it stands between noun and figure by construction. */
const BASE_YEAR = /^(?:19|20)\d\d年度?/u;
const BASE_FIGURE = /^的?\d+(?:\.\d+)?(?:%|件|次|人次|人|条|个)/u;
/** the words that name last year, longest first */
const BASE_LAST_WORDS = [...LAST_YEAR_WORDS].sort((a, b) => b.length - a.length);
/** 从 or 由 (or 较, 比: what it is compared with, 较去年同期的31件减少至24件): where a level came from. */
const isFrom = (c: string | undefined): boolean => c === "从" || c === "由" || c === "较" || c === "比";
const SAME_TIME = "同期";
/** Where the base 2022年的85% (or 上年的85%, after 从 or 由) at the start of `gap` ends, or -1. */
function baseEnd(gap: string): number {
  let i = isFrom(gap[0]) ? 1 : 0;
  const year = BASE_YEAR.exec(gap.slice(i));
  if (year) i += year[0].length;
  else {
    const last = BASE_LAST_WORDS.find((w) => gap.startsWith(w, i));
    if (last === undefined) return -1;
    i += last.length;
    // (上年同期的, 去年同期的)
    if (gap.startsWith(SAME_TIME, i)) i += SAME_TIME.length;
  }
  const figure = BASE_FIGURE.exec(gap.slice(i));
  return figure ? i + figure[0].length : -1;
}
function comparedLevel(gap: string): boolean {
  const end = baseEnd(gap);
  // (the level may name its own year: 由2022年的12次增加到2023年的16次)
  return end >= 0 && LEVEL_WORDS.has(gap.slice(end).replace(LEVEL_YEAR, ""));
}
const LEVEL_YEAR = /(?:19|20)\d\d年度?的?$/u;
/** The last-year word at `at` labels the base (从/由 right before it) of the level the figure at `qStart` is. */
function labelsBase(text: string, at: number, qStart: number): boolean {
  return isFrom(text[at - 1]) && comparedLevel(text.slice(at - 1, qStart));
}
/** A figure between a noun and its figure is such a base. */
function labelledBase(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  for (let at = 0; at < gap.length; at++) if (isFrom(gap[at]) && comparedLevel(gap.slice(at))) return true;
  return false;
}

/** A year written 2022年的 right before a figure that is not this one: the label of that figure. */
const YEAR_LABEL = /^年度?的\d/u;
function labelsAnother(text: string, y: { year: number; pos: number }, qStart: number): boolean {
  const m = YEAR_LABEL.exec(text.slice(y.pos + 4, y.pos + 8));
  return m !== null && y.pos + 4 + m[0].length - 1 < qStart;
}

/** The bracket around `from` closes before `to` (more closing than opening brackets between them). */
function closedAside(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && --depth < 0) return true;
  }
  return false;
}

/** Where the sentence's first clause ends (its head's last word), or the figure when the head is its own clause. */
function firstWordEnd(f: Frame): number {
  const last = f.head[f.head.length - 1];
  return last ? last.end : f.q.start;
}

function scopeFacts(f: Frame, ctx: ScoreContext): ScopeFacts {
  if (lastScope && lastScope.frame === f && lastScope.ctx === ctx) return lastScope;
  const q = f.q;
  const text = ctx.text;
  // (a year that labels another figure, 由2022年的52件下降至41件, 从2022年的85%提升至100%, dates that figure only)
  let lastYearTok: { year: number; pos: number } | undefined;
  // (…and so does one inside an aside closed before the figure: 同比增长12%(2022年为100件),审结112件)
  for (let k = f.years.length - 1; k >= 0 && !lastYearTok; k--) if (!labelsAnother(text, f.years[k]!, q.start) && !closedAside(text, f.years[k]!.pos, q.start)) lastYearTok = f.years[k];
  const sentenceBefore = f.before;
  const clauseBefore = f.inClause;
  // time, norm and plan words count in the figure's clause and in the sentence's first clause
  let multi = false;
  let plan = false;
  let norm = false;
  let partial = false;
  for (const scope of [f.head, clauseBefore])
    for (const w of scope) {
      if (w.kind === "period") {
        if (!multi && w.ids.includes("multi") && !sinceThisYear(ctx, w)) multi = true;
        // (not in a report of that part of the year, which names it in its title or first lines: 某县12345热线2025年第二季度运行情况)
        if (w.ids.includes("quarter") && !text.slice(0, OWN_PERIOD_REACH).includes(w.word)) partial = true;
        if (w.ids.includes("plan")) plan = true;
      } else if (w.kind === "modifier" && w.ids.includes("norm")) norm = true;
    }
  // (…unless the whole year is named after it, nearer the figure: 1-6月,受理诉求8620件;全年受理诉求17350件,办结率99.4%)
  if (partial) {
    // (全年共 is one word of the lexicon, a total's: it names the whole year too)
    const nearest = sentenceBefore.findLast((w) => (w.kind === "period" && (w.ids.includes("quarter") || w.ids.includes("this"))) || (w.kind === "modifier" && w.word.startsWith(WHOLE_YEAR)));
    if (nearest && !nearest.ids.includes("quarter")) partial = false;
  }
  // a day's date opens the story of one event (9月4日下午,…组织开展旁听庭审活动,…约30人到庭旁听): its figure is that day's,
  // unless the sentence names a year or the whole year (3月5日,…通报2023年全县调解纠纷1200件; 截至12月31日 is a cutoff)
  const oneDay = !f.years.length && !sentenceBefore.some((w) => w.kind === "period" && namesAny(w, YEAR_PERIODS)) && dayDateBefore(text, f.sentence.start, q.start);
  // (…and so does a span of years in either place: 2021年至2023年累计, 2021—2023年)
  if (!multi) for (const y of f.years) if ((y.pos >= f.clause.start || y.pos < firstWordEnd(f)) && yearSpanEnds(text, y)) multi = true;
  // (…but not the report's own year named in the figure's clause: 近三年来共办理186件,其中2023年办理71件)
  if (multi && ownYearNamed(f, ctx, f.clause.start)) multi = false;
  // a sentence that opens with a later year than the report's is a plan wherever its 力争 stands
  // (2024年,力争调解和解率提高到40%,直接纠错率保持在10%左右: both rates are the plan's)
  if (!plan && ctx.year !== null && f.years.some((y) => y.year > ctx.year! && y.pos < firstWordEnd(f)))
    for (const w of sentenceBefore) if (w.kind === "period" && w.ids.includes("plan")) plan = true;
  let lastYear = false;
  let subsetClauseStart = -Infinity;
  let honour = false;
  let comparison = false;
  // a subject whose own noun names a kind (行业性专业性调解组织全年调解纠纷324件): a part's figure, wherever it stands before the verb
  let subsetSubject = false;
  const firstVerb = clauseBefore.find((w) => w.kind === "event");
  for (const w of clauseBefore)
    if (w.kind === "concept" && firstVerb && w.end <= firstVerb.start && SUBSET_WORDS.some((m) => m !== w.word && w.word.includes(m))) subsetSubject = true;
  for (const w of clauseBefore) {
    // (a news item published the year after the one it reports says 去年 of that year: 去年共调解矛盾纠纷13619件)
    // (…but not one that labels the base the figure rose from, 由上年的82.4%提高到100%: that dates the base only)
    if (w.kind === "period" && w.ids.includes("last") && !(ctx.lastIsYear && LAST_YEAR_WORDS.has(w.word)) && !labelsBase(text, w.start, q.start)) lastYear = true;
    if (w.kind !== "modifier") continue;
    if (w.ids.includes("subset") && !examples(ctx.text, w.end, q.start)) subsetClauseStart = Math.max(subsetClauseStart, w.start);
    if (w.ids.includes("honour")) honour = true;
    // (…but not the base of the level the figure is: 较去年同期的31件减少至24件)
    if (w.ids.includes("delta") && (w.word === "较" || w.word === "比" || w.word === "同比" || w.word === "环比") && !comparedLevel(text.slice(w.start, q.start))) comparison = true;
  }
  // (a level in brackets after a change, 同比增长12.0%(达到93件), 与上年持平(仍为117件), is the figure itself)
  if ((comparison || lastYear) && bracketLevel(text, f)) comparison = lastYear = false;
  // (…and so does a first clause that is only that time, 上年度,县政府收到行政复议申请52件: it dates the sentence)
  if (!lastYear && f.head.length && f.head[0]!.start < f.clause.start && f.head.every((w) => w.kind === "period" && w.ids.includes("last")) && !(ctx.lastIsYear && f.head.some((w) => LAST_YEAR_WORDS.has(w.word))))
    lastYear = clauseOnly(text, f.head[0]!.start, f.head[f.head.length - 1]!.end);
  // (…and one right after the figure in its clause, 3个调委会被评为省级先进; not past its clause: ,其中荣获…称号3个 are a part)
  for (let k = 0; k < 3 && k < f.rest.length && !honour && f.rest[k]!.start < f.clause.end; k++) if (has(f.rest[k]!, "modifier", "honour")) honour = true;
  let subsetSentence = false;
  let categoryWord = false;
  const modifiers = new Set<string>();
  for (const ws of [sentenceBefore, f.rest])
    for (const w of ws) {
      if (w.kind !== "modifier") continue;
      for (const id of w.ids) modifiers.add(id);
      if (ws === sentenceBefore) {
        if (w.ids.includes("subset")) subsetSentence = true;
        if (w.ids.includes("category")) categoryWord = true;
      }
    }
  let average = false;
  let delta = false;
  for (const w of clauseBefore) {
    if (w.end < q.start - 4 || w.kind !== "modifier") continue;
    if (w.ids.includes("avg")) average = true;
    if (!delta && w.ids.includes("delta") && !/[至到为]/u.test(text.slice(w.end, q.start))) delta = true;
  }
  // the subject: the nearest body named before the verb in the figure's clause, else in the sentence's first clause
  let bodies = bodiesBeforeVerb(clauseBefore, text);
  // (a town or street an earlier clause names, with no body word, is the subject the clauses after it go on about:
  // 其中,城关镇人民调解委员会调解纠纷286件,调解成功率100%)
  // (…and one the figure's own clause names before its verb stops the search there: 其中城关镇、开发区工单办结率分别为99.8%、99.6%)
  let walkedPlace: string | null = bodies.length ? null : namedPlace(text.slice(f.clause.start, firstVerb ? firstVerb.start : q.start));
  for (let end = f.clause.start; !bodies.length && !walkedPlace && end > f.sentence.start; ) {
    const start = clauseStartBefore(text, f.sentence.start, end);
    // (an earlier clause's body that is counted there, 培育“枫桥式”司法所14个、人民调解组织18个, is no subject of the clauses after)
    // (…nor one inside a bracket closed before the figure: 建议103件(省级2件、市级15件),政协委员提案132件 breaks the 103 down)
    bodies = bodiesBeforeVerb(sentenceBefore.filter((w) => w.start >= start && w.end <= end && !inClosedBracket(text, w, f.sentence.start, q.start)), text).filter((w) => !COUNTABLE_BODIES.has(w.ids[0]!) || !isDigitCp(text.codePointAt(w.end) ?? 0));
    if (!bodies.length) walkedPlace = namedPlace(text.slice(start, end));
    end = start;
  }
  // 被申请人为县政府部门: the respondent named after the verb
  let partyWords = clauseBefore;
  let resp = clauseBefore.find(isPartyVerb);
  // (…or a clause of its own right before, 以市政府为被申请人、向省政府申请复议的案件17件: the party is the figure's, the body
  // after it only the forum)
  if (!resp && f.clause.start > f.sentence.start) {
    const from = clauseStartBefore(text, f.sentence.start, f.clause.start);
    const words = sentenceBefore.filter((w) => w.start >= from && w.end <= f.clause.start);
    const last = words[words.length - 1];
    if (last && isPartyVerb(last) && text[from] === "以" && f.clause.start - last.end <= 1) (resp = last), (partyWords = words);
  }
  // (被申请人为县政府部门: the body after it, in its own stretch: 以市政府为被申请人、向省政府申请… names the forum after 、)
  let named = resp ? clauseBefore.filter((w) => w.kind === "body" && w.start >= resp.end && w.start - resp.end <= 6 && !LIST_MARK.test(text.slice(resp.end, w.start))) : [];
  // 法院受理以县政府为被告的案件: the body between 以 and 为被告 is the party, the court before the verb only the forum
  if (resp && !named.length && text[resp.start - 1] === "为") {
    const by = text.lastIndexOf("以", resp.start - 2);
    const party = by >= 0 && resp.start - by <= PARTY_REACH ? partyWords.filter((w) => w.kind === "body" && w.start > by && w.end < resp.start) : [];
    // (a party that names the own body with its parts, 以县政府及其部门为被告, is the own body's; 县政府部门 are its parts)
    const own = party.findIndex((w) => w.ids[0] === "self");
    named = own >= 0 && party[own + 1]?.start !== party[own]!.end ? [party[own]!] : party;
  }
  let subject = named.length ? named[named.length - 1] : bodies[bodies.length - 1];
  const partyNamed = named.length > 0;
  let overLevels = false;
  // 全区各级人民调解组织, 全县各乡镇: the whole's word right before the parts' says all of them together
  if (!named.length && (subject?.ids[0] === "sub" || subject?.ids[0] === "levels") && bodies.length > 1) {
    const prev = bodies[bodies.length - 2]!;
    if (prev.ids[0] === "self" && prev.word.startsWith("全") && subject.start - prev.end <= 1) (overLevels = subject.ids[0] === "levels" && meetsAfter(clauseBefore, subject)), (subject = prev);
    // …and so do the body and its parts joined (县政府及各部门, 区政府和各单位)
    else if (prev.ids[0] === "self" && SELF_AND_PARTS.has(text.slice(prev.end, subject.start))) subject = prev;
  }
  // a street's or town's own committee with its communities' or villages' (街道及各社区人民调解委员会, 镇人民调解委员会和18个
  // 村(社区)调委会): the level the report's title names, its parts joined after it, is the whole of them
  if (!named.length && subject?.ids[0] === "sub" && ownAndParts(text, f.sentence.start, subject.start, subject.end, ctx.title)) subject = { ...subject, ids: ["self"] };
  // (a 街道 or 镇 that ends a place's name, 东城街道共排查化解…, is that place, not the streets in general: read below)
  const placeOfSubject = subject?.ids[0] === "sub" && !named.length ? namedPlace(text.slice(Math.max(0, subject.start - 4), subject.end)) : null;
  if (placeOfSubject) (subject = undefined), (walkedPlace ??= placeOfSubject);
  // no body word before the verb: a town or street named there (城关镇调委会调解纠纷236件) is a sub-unit's figure
  // unless the report's opening names it (the town's own report; its title may follow a web page's debris)
  let subjectPlace = false;
  let subjectDept: string | null = null;
  if (!subject) {
    // in the figure's clause before its verb, else in the sentence's first clause (…调解纠纷236件,调解成功率99%)
    // (the first clause is read up to 60 characters: bounded work per figure)
    const beforeVerb = text.slice(f.clause.start, firstVerb ? firstVerb.start : q.start);
    const place =
      namedPlace(beforeVerb) ??
      (f.clause.start > f.sentence.start ? namedPlace(text.slice(f.sentence.start, firstClauseEnd(text, f.sentence.start, Math.min(f.clause.start, f.sentence.start + 60)))) : null) ??
      walkedPlace;
    subjectPlace = !!place && f.clause.start > OPENING && !text.slice(0, OPENING).includes(place);
    // …and so is a department's (县住建局承办人大代表建议21件), unless the report is that department's own
    const dept =
      namedDepartment(beforeVerb) ??
      (f.clause.start > f.sentence.start ? namedDepartment(firstClauseBeforeVerb(text, f)) : null);
    // (the opening before the figure's own sentence: a sentence does not name its own report)
    if (dept && !text.slice(0, Math.min(OPENING, f.sentence.start)).includes(dept)) subjectDept = dept;
  } else if (subject.ids[0] === "sub" && !named.length) {
    // (…and a generic 单位 or 部门 right after named departments is those departments: 县住建局、县城管局等重点单位承办…)
    const dept = namedDepartment(text.slice(Math.max(f.sentence.start, subject.start - DEPT_BEFORE_SUB), subject.start));
    if (dept && !text.slice(0, Math.min(OPENING, f.sentence.start)).includes(dept)) subjectDept = dept;
  }
  lastScope = {
    frame: f,
    ctx,
    otherYear: !!lastYearTok && ctx.year !== null && lastYearTok.year !== ctx.year,
    lastYear,
    multi,
    partial,
    oneDay,
    plan,
    norm,
    subsetClauseStart,
    subsetSubject,
    subsetSentence,
    honour,
    categoryWord,
    category: new Map(),
    modifiers,
    average,
    delta,
    comparison: !delta && comparison,
    tail: q.start >= ctx.tailStart,
    subject,
    subjectPlace,
    subjectDept,
    partyNamed,
    overLevels,
    carriedTotal: sentenceBefore.some((w) => has(w, "modifier", "carried") && w.end <= f.clause.start) && clauseBefore.some((w) => has(w, "modifier", "total")),
  };
  return lastScope;
}

function periodAndScope(t: Tally, f: Frame, ctx: ScoreContext, d: Def, categoryFrom: number): boolean {
  const x = scopeFacts(f, ctx);
  const q = f.q;
  let otherPeriod = false;
  if (x.otherYear) {
    otherPeriod = true;
    t.add("other_year");
  }
  if (x.lastYear) {
    otherPeriod = true;
    t.add("last_year");
  }
  if (x.multi) t.add("multi_year");
  if (x.partial) t.add("partial_period");
  if (x.oneDay && d.kind === "count") t.add("one_day");
  if (x.carriedTotal && d.newIntake) t.add("carried_total");
  if (x.plan) t.add("plan");
  if (f.headingPlan) t.add("plan_heading");
  if (x.norm) t.add("norm");
  if (q.percent ? x.subsetSentence : x.subsetClauseStart >= categoryFrom - 8 || x.subsetSubject) t.add("subset");
  // (a subset word inside the rate's own noun says whose rate it is: 涉企诉求办结率100%)
  if (q.percent && subsetOwnsRate(f, ctx.text)) t.add("subset_rate");
  if (x.honour) t.add("honour");
  let category = x.categoryWord;
  if (!category) {
    let c = x.category.get(categoryFrom);
    if (c === undefined) x.category.set(categoryFrom, (c = categoryOf(ctx.text, categoryFrom, q.start)));
    category = c;
  }
  if (category) t.add("category");
  for (const m of d.badModifiers)
    if (x.modifiers.has(m)) {
      t.add("bad_concept");
      break;
    }
  if (x.average) t.add("average");
  if (x.delta) t.add("delta");
  else if (x.comparison || passedThreshold(ctx.text, q)) t.add("comparison");
  if (x.tail) t.add("tail");
  // (a named town's rate is never the whole's, whatever its counts add up to)
  if (!x.subject && (!d.sumsAreWhole || d.kind === "percent") && x.subjectPlace) t.add("subject_place");
  // (any department's for a body's own acts, the organs too: 县司法局局务会议学法8次 are the bureau's meetings)
  if ((!x.subject || x.subject.ids[0] === "sub") && x.subjectDept !== null && (d.ownActs || !GOVERNMENT_ORGAN.test(x.subjectDept))) t.add("subject_dept");
  // (…and a higher level's bureau is that level's, its justice bureau too: 区司法局全年审查区政府文件268件 in a street's report)
  else if (!x.subject && x.subjectDept !== null && ctx.level && higherLevel(x.subjectDept, ctx.level)) t.add("subject_higher");
  const subject = x.subject;
  if (subject) {
    let kind = subject.ids[0]!;
    // (a body of the report's own kind at a higher level than the report's: 全县, 县政府 in a town's report)
    if (kind === "self" && ctx.level && higherLevel(subject.word, ctx.level)) kind = "higher";
    // (…and at a lower level: 县级政府, 县政府 in a city's report are its counties')
    else if (kind === "self" && ctx.level && lowerLevel(subject.word, ctx.level)) kind = "sub";
    // (every level together: the whole of what adds up, many bodies' for a body's own meetings)
    if (kind === "levels" || (x.overLevels && kind === "self")) kind = d.ownActs ? "sub" : "self";
    // (a level's name on the counted noun itself, 乡镇人民调解委员会12个, says which kind of it, not whose figure)
    if (kind === "sub" && namesCountedNoun(ctx.text, subject, f, d)) kind = "self";
    // a body the title names is the report's own (a 街道's report speaks of 街道)
    if (kind === "self" || ctx.title.includes(subject.word) || (kind === "sub" && !!ctx.names?.includes(subject.word))) {
      t.add("subject_self");
      if (kind === "self" && (speaksAsSelf(subject.word) || !!ctx.names?.includes(subject.word))) t.add("subject_named_self");
    }
    else if (!ctx.selfKinds.has(kind) && !(d.sumsAreWhole && kind === "sub")) {
      if (kind === "court") t.add("subject_court");
      else if (kind === "police") t.add("subject_police");
      else if (kind === "judicial") t.add("subject_judicial");
      // (a party the sentence names as respondent, 以县政府部门为被申请人: whose cases they are, for a code that counts the
      // government's own as respondent; a suit against the departments is the jurisdiction's litigation all the same)
      // (…and for a code that counts what the government received, the respondents named are whose acts were challenged,
      // not who received them: 收到以县政府部门、乡镇政府为被申请人的行政复议申请118件 is the government's count)
      else if (kind === "sub") {
        if (!x.partyNamed) t.add("subject_sub");
        else if (d.events.includes("respondent")) t.add("party_sub");
      }
      else if (kind === "higher") t.add("subject_higher");
      else if (kind === "other_place") t.add("subject_other_place");
    }
  }
  return otherPeriod;
}

/** What may stand between a body word and the noun it qualifies: nothing, a bracketed gloss (（社区）), or the gloss's closing bracket (村（社区 | ）). */
const ATTRIBUTE_GAP = /^(?:[（(][^）)]{1,4}[）)]|[）)])?$/u;
/** A body word right before the code's noun the figure counts (村（社区）人民调解委员会165个): the noun's attribute. */
function namesCountedNoun(text: string, body: WordToken, f: Frame, d: Def): boolean {
  for (const w of f.before) {
    if (w.start < body.end) continue;
    if (w.start - body.end > 6) break;
    if (w.kind === "concept" && namesAny(w, d.concepts)) {
      const gap = text.slice(body.end, w.start);
      // (the noun right before the figure, the one counted: not 乡镇行政复议受理点…代收复议申请24件)
      // (or the noun of the clause before, where the figure sums it: …人民调解组织8个,合计185个)
      // (a noun that is the act itself, 各街道学法51次, has the body as its actor, not as its kind)
      return ATTRIBUTE_GAP.test(gap) && !f.before.some((e) => e.kind === "event" && e.start === w.start) && f.concepts.some((a) => a.start === w.start && (a.where === "left" ? a.gap <= 1 : a.where === "clause"));
    }
  }
  return false;
}

/**
 * The subject of the sentence's first clause when that clause states a count (县住建局全年承办建议21件,办复率100%: the
 * rate is of the department's count; not 县数据资源局负责人说,…: a speaker). Read up to 60 characters, bounded work per figure.
 */
function firstClauseBeforeVerb(text: string, f: Frame): string {
  // (a sentence opened by 其中, as its own clause, opens with the clause after it: 其中,县住建局受理…1.1万件,满意率89.2%)
  const start = PART_OPENING.test(text.slice(f.sentence.start, f.sentence.start + 3)) ? f.sentence.start + 3 : f.sentence.start;
  const end = firstClauseEnd(text, start, Math.min(f.clause.start, start + 60));
  if (!/\d/u.test(text.slice(start, end))) return "";
  const verb = f.before.find((w) => w.kind === "event" && w.start >= start);
  return text.slice(start, verb && verb.start < end ? verb.start : end);
}
const PART_OPENING = /^其中[,，:：]$/u;

/** Where the sentence's first clause ends (before `limit`). */
function firstClauseEnd(text: string, sentenceStart: number, limit: number): number {
  for (let i = sentenceStart; i < limit; i++) if (CLAUSE_MARKS[text.charCodeAt(i)]) return i;
  return limit;
}

/** This year, said at the start of a word (今年, 今年以来). */
const THIS_YEAR = "今年";

/** The whole year, said at the start of a word (全年, 全年共). */
const WHOLE_YEAR = "全年";

/** How far into the text a part of the year is the report's own period (a quarterly report's title and first lines). */
const OWN_PERIOD_REACH = 200;

/** The report's opening: a place it names is the report's own. */
const OPENING = 400;

/** A town's or street's name the gazetteer lists (城关镇, 东湖街道), not a phrase that ends in 镇 (通过镇政府网站). */
function namedPlace(s: string): string | null {
  const text = s.length > 40 ? s.slice(-40) : s;
  const names = gazetteer().byName;
  // each end of 镇/乡/街道 is tried with the names of two to four characters before it (bounded work per figure)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const end = c === "镇" || c === "乡" ? i + 1 : c === "街" && text[i + 1] === "道" ? i + 2 : -1;
    if (end < 0) continue;
    for (let from = Math.max(0, i - 4); from <= i - 2; from++) {
      const name = text.slice(from, end);
      if (names.has(name)) return name;
    }
  }
  return null;
}

/** How far before a generic 单位 or 部门 the departments it sums up are looked for. */
const DEPT_BEFORE_SUB = 20;

/**
 * A department of a county, district or city named as a subject: 县住建局, 区市场监管局, 市人社局 (a level word,
 * two to nine characters, 局). The justice bureau is left out (it writes the government's report), and so is the
 * reconsideration bureau.
 */
const DEPARTMENT = /[县区市州旗][^局\s,，;；。:：、0-9]{2,9}局/u;
function namedDepartment(s: string): string | null {
  const m = (s.length > 40 ? s.slice(-40) : s).match(DEPARTMENT);
  return m ? m[0] : null;
}
/** The bureaus that are the government's own organs for reconsideration and mediation: their figures of those are the whole. */
const GOVERNMENT_ORGAN = /司法局$|复议局$/u;

/**
 * The figure's sentence, paragraph, heading or the text just above name a noun of the code's family, or the 400
 * characters before it say what the verb's object is about (lexicon/implied.ts talk: 人民调解工作扎实开展。全年共调解1200件).
 */
function talksOf(f: Frame, d: Def, id: string, text: string): boolean {
  const family = indicatorDef(d.code).family;
  const inFamily = (c: string) => FAMILIES_OF.get(c)?.has(family) ?? false;
  for (const c of f.topicSentence) if (inFamily(c)) return true;
  for (const c of f.topicContext) if (inFamily(c)) return true;
  const before = text.slice(Math.max(0, f.q.start - 400), f.q.start);
  return (TALK.get(id) ?? []).some((w) => before.includes(w));
}

/** The noun ending at `end` closes a clause that only names a topic: 行政复议方面, 在人民调解工作中. */
function topicClause(text: string, end: number): boolean {
  const rest = text.slice(end, end + TOPIC_LABEL_REACH);
  const mark = rest.search(/[,，;；:：]/u);
  if (mark < 0) return false;
  // (…and a label before a colon, the noun maybe with another name in brackets and what is done with it: 人大代表建议(议案)办理:)
  return /^(?:工作)?(?:方面|中)$/u.test(rest.slice(0, mark)) || (COLONS.has(rest[mark]!) && TOPIC_LABEL.test(rest.slice(0, mark)));
}
const TOPIC_LABEL_REACH = 14;
const COLONS = new Set([":", "："]);
const TOPIC_LABEL = /^(?:[)）]|[(（][^()（）]{1,6}[)）])?(?:办理|工作|办理工作|办理情况|工作情况|情况)?$/u;

/** A clause that is only its figure (全年12次, 共4次) under a heading that names the code's act (（一）常务会议学法). */
function bareUnderHeading(f: Frame, d: Def): boolean {
  return f.inClause.every((w) => w.kind === "modifier" || w.kind === "period") && f.headingEvents.some((w) => namesAny(w, d.events));
}

/** The figure's verb is right before it, or one short noun between (收到申请46件). */
function shortObject(f: Frame): boolean {
  const verb = f.inClause.filter((w) => w.kind === "event" && w.end <= f.q.start).pop();
  return verb !== undefined && f.q.start - verb.end <= 2;
}

/** 2025年以来, 今年以来: since the start of the report's year is the report's year. */
function sinceThisYear(ctx: ScoreContext, w: WordToken): boolean {
  if (w.word !== "以来") return false;
  const before = ctx.text.slice(Math.max(0, w.start - 6), w.start);
  // 政协十三届二次会议以来, 县人代会以来: since the last annual session, the year a proposals report covers
  if (before.endsWith("会议") || before.endsWith("大会") || before.endsWith("人代会") || before.endsWith("全会")) return true;
  if (ctx.year === null) return false;
  // (since a day of the report's own year: 2023年以来, 自2023年1月以来, 2023年3月1日以来)
  const since = SINCE_DATE.exec(ctx.text.slice(Math.max(0, w.start - SINCE_DATE_REACH), w.start));
  return since !== null ? Number(since[1]) === ctx.year : before.includes(String(ctx.year));
}

/** A date of a year right before 以来: the year, and its month and day or its start at most. */
const SINCE_DATE = /((?:19|20)[0-9]{2})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|初|度)?$/u;
/** The longest such date: 2023年10月15日. */
const SINCE_DATE_REACH = 11;

/** 咨询类57宗, 建议类12宗, 信息公开类案件22件, 概况类信息584条: one class of a breakdown. */
function categoryOf(text: string, from: number, q0: number): boolean {
  if (text[from - 1] === "类" && text[from - 2] !== "各") return true;
  // (a gloss right before the figure, 各类政府信息(含线上)656条, is read past: the words before it say the kind)
  const close = text[q0 - 1] === ")" ? q0 - 1 : text[q0 - 2] === ")" ? q0 - 2 : -1;
  let open = -1;
  for (let k = close - 1; close >= 0 && open < 0 && k >= Math.max(0, close - 21); k--) if (text[k] === "(") open = k;
  const qStart = open >= 0 ? Math.max(from, open) : q0;
  // (one character more than is read, so a 各 right before the window's first 类 is seen: 各类行政文件及行政合同215份)
  const own = text.slice(Math.max(0, qStart - 11), qStart).split(/[,，;；:：。]/u).pop() ?? "";
  if (own.slice(1).includes("类") && !ALL_KINDS.test(own)) return true;
  const span = text.slice(from, qStart);
  if (/^[^类]{1,8}类[0-9]/u.test(span + text.slice(qStart, qStart + 1))) return true;
  return span.length <= 8 && span.includes("类") && !span.includes("各类");
}

/** 类 that names all kinds or several (各类, 三类人员), or no kind at all (类似): no category. */
const ALL_KINDS = /各类|类似|[一二两三四五六七八九十]类/u;

/** Start of the clause that ends at `end` (a clause mark before it, or the sentence start). */
function clauseStartBefore(text: string, sentenceStart: number, end: number): number {
  let i = end - 2;
  while (i >= sentenceStart && !CLAUSE_MARKS[text.charCodeAt(i)]) i--;
  return Math.max(sentenceStart, i + 1);
}

/** Which clause of the frame's sentence an offset stands in (clause marks before it). */
function clauseOf(text: string, f: Frame, pos: number): number {
  let n = 0;
  for (let i = f.sentence.start; i < pos; i++) if (CLAUSE_MARKS[text.charCodeAt(i)]) n++;
  return n;
}
/** 1 at the code unit of each clause mark: a table read per character, no one-character string. */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of "，,：:；;") CLAUSE_MARKS[c.charCodeAt(0)] = 1;

/**
 * A rate after a verb that says its object names that object as its topic, as the noun would:
 * 全年共调解1200件,成功率99.2% (调解 says disputes, lexicon/implied.ts).
 */
function verbTopic(f: Frame, d: Def): boolean {
  return f.q.percent && f.before.some((w) => w.kind === "event" && d.topics.includes(IMPLIED.get(w.word) ?? ""));
}

function topic(t: Tally, f: Frame, d: Def, text: string): void {
  if (d.topics.length) {
    if (d.topics.some((id) => f.topicSentence.has(id))) t.add("topic_sentence");
    else if (verbTopic(f, d)) t.add("topic_verb");
    else if (d.topics.some((id) => f.topicContext.has(id))) {
      // the topic of the text above holds unless the sentence names another counted thing
      // (the code's own noun is no other thing: 中心受理量达86.4万件 in the hotline centre's report)
      const other = [...f.topicSentence].some((id) => !NOT_COUNTED.has(id) && CODES_OF.has(id) && !d.topics.includes(id) && !d.concepts.includes(id));
      const own = other || (f.q.percent && f.prevCountInSentence);
      // (the section's heading names it, and the sentence nothing else: （六）12345热线 / 全年受理65000件,办结率99.8%)
      if (!other && f.concepts.some((a) => a.where === "heading" && d.topics.includes(a.id))) t.add("topic_heading");
      else t.add(own ? "topic_context" : "topic_inherited");
    } else t.add("topic_missing");
    if (d.needs.length && !d.needs.some((id) => f.topicSentence.has(id) || f.topicContext.has(id))) t.add("topic_missing");
  }
  if (d.badScope === "nearest") {
    // the nearest body named before the figure decides; both in its clause is their sum (市委常委会、市政府常务会学法)
    // (an item that is the code's own first: 各 gives every item listed the figure)
    const eachBody =
      f.each.find((w) => w.kind === "concept" && w.ids.some((id) => d.topics.includes(id))) ?? f.each.find((w) => w.kind === "concept" && w.ids.some((id) => d.badConcepts.includes(id)));
    if (eachBody) {
      if (eachBody.ids.some((id) => d.badConcepts.includes(id)) && !eachBody.ids.some((id) => d.topics.includes(id))) t.add("bad_concept");
      else {
        t.add("each_topic");
        // (…several items given one figure by 各: it is each one's)
        if (f.each.filter((w) => w.kind === "concept").length > 1) t.add("each_same");
      }
      return;
    }
    // a body named before the sentence's previous figure is that figure's (市委常委会学法5次、市政府常务会议学法8次)
    // (a body that is the subject names its meetings as their noun would: 县委集体学法6次)
    const named: { start: number; ids: readonly string[] }[] = [];
    for (let j = 0; j < f.before.length; j++) {
      const w = f.before[j]!;
      const ids = w.kind === "concept" ? w.ids : [subjectBodyTopic(f.before, j) ?? ""];
      if (w.start > f.prevInSentence && ids.some((id) => d.topics.includes(id) || d.badConcepts.includes(id))) named.push({ start: w.start, ids });
    }
    const last = named[named.length - 1];
    if (!last) return;
    const k = clauseOf(text, f, last.start);
    if (clauseOf(text, f, f.q.start) - k > 1) t.add("topic_far");
    // (…but not one that attends the last one's meeting, 区长和区政府班子成员参加区委理论学习中心组学习…26次: the meeting is the last's)
    const attends = (from: number) => f.before.some((w) => w.kind === "event" && ATTENDING.has(w.word) && w.start > from && w.end <= last.start);
    if (named.some((w) => clauseOf(text, f, w.start) === k && w.ids.some((id) => d.badConcepts.includes(id)) && !attends(w.start))) t.add("bad_concept");
    return;
  }
  // 分别 gives each figure its own noun: the other nouns of the list are the other figures'
  if (d.badScope === "clause" && f.each.some((w) => w.kind === "concept" && w.ids.some((id) => d.concepts.includes(id)))) return;
  const bad = d.badScope === "sentence" ? [...f.topicSentence] : f.concepts.filter((a) => a.where === "left" || a.where === "right").map((a) => a.id);
  if (bad.some((id) => d.badConcepts.includes(id))) t.add("bad_concept");
}

/** What events() reads of a frame that no code and no noun changes, worked out once per frame. */
interface EventFacts {
  frame: Frame;
  text: string;
  /** Verbs before the figure in its sentence, in order. */
  verbs: WordToken[];
  /** Verbs right after the figure (within 24 characters). */
  after: WordToken[];
  /** The verb opening a figureless clause right after the figure's, where the sentence has none before it (…42件,已全部办结). */
  trailing: WordToken | undefined;
  /** Verbs of the sentence before the figure that are no other act (an enumeration's verb). */
  carried: WordToken[];
  eachVerb: WordToken | undefined;
  eachNoun: boolean;
  /** The figure's clause up to it says only "in all" (or nothing), and says exactly a total. */
  bareClause: boolean;
  /** The clause only dates and states a level (2023年增至260人次): its figure is the clause before's noun's. */
  levelClause: boolean;
  /** The clause is only 其中 and the report's own body (全市…86.5万件,其中我县2.1万件): the own share of a higher whole. */
  ownShare: boolean;
  totalClause: boolean;
  /** 共, 合计 … in the figure's clause. */
  totals: WordToken[];
  totalBefore: boolean;
  negated: boolean;
  /** The least end of a 分别 in the figure's clause (Infinity: none). */
  eachEnd: number;
  /** The last verb of the figure's clause that does not describe a noun (…的). */
  ownVerb: WordToken | undefined;
  /** The least end of a cause verb in the figure's clause (Infinity: none). */
  causeEnd: number;
}

let lastEvents: EventFacts | null = null;

/** How far after a word its list's 等 is looked for. */
const EXAMPLES_REACH = 12;
/**
 * A word among examples (涉及教育、医疗等方面, 医疗、交通等领域): the list ends in 等 before the figure, so the word
 * names some of the topics the figure covers, not the subset it counts.
 */
function examples(text: string, from: number, to: number): boolean {
  return text.slice(from, Math.min(to, from + EXAMPLES_REACH + 1)).includes("等");
}

/** 代表提出的建议, 审结的复议案件: a verb before 的 describes the noun. */
function attributive(text: string, w: WordToken): boolean {
  return text[w.end] === "的";
}

/** 涉及我县的行政诉讼案件: the cause word's object is the report's own body, named right after it with 的 — whose cases, no kind of them. */
function involvesSelf(f: Frame, cause: WordToken, text: string): boolean {
  for (const w of f.before) if (w.start === cause.end && w.kind === "body" && w.ids.includes("self") && text[w.end] === "的") return true;
  return false;
}

/** How far a figureless clause after the figure's is read for a figure of its own (bounded work per figure). */
const TRAILING_REACH = 60;

function eventFacts(f: Frame, text: string): EventFacts {
  if (lastEvents && lastEvents.frame === f && lastEvents.text === text) return lastEvents;
  const q = f.q;
  const verbs: WordToken[] = [];
  const carried: WordToken[] = [];
  let causeEnd = Infinity;
  for (const w of f.before) {
    if (w.kind !== "event") continue;
    verbs.push(w);
    if (!w.ids.includes("other_act")) carried.push(w);
    if (w.start >= f.clause.start && w.ids.includes("cause") && !examples(text, w.end, q.start) && !involvesSelf(f, w, text)) causeEnd = Math.min(causeEnd, w.end);
  }
  const after: WordToken[] = [];
  // (not a verb past a list mark with its own figure right after it: 受理55件、审结51件, the verb is the next figure's; one
  // after a list, 建议52件、提案61件全部按时办复, is all of theirs)
  for (const w of f.after) if (w.kind === "event" && w.start - q.end <= 24 && !(LIST_MARK.test(text.slice(q.end, w.start)) && hasDigit(text, w.end, w.end + OWN_FIGURE_GAP))) after.push(w);
  // the verb of a clause right after the figure's that has no figure and opens with it, an adverb at most, where the sentence
  // has no verb of its own before the figure (代表提出的建议42件,已全部办结): what was done to them (not 受理案件54件,均已审结)
  let trailing: WordToken | undefined;
  if (!after.length && f.clause.end - q.end === 1 && CLAUSE_MARKS[text.charCodeAt(q.end)] && !verbs.some((w) => !attributive(text, w))) {
    const next = f.rest.find((w) => w.kind === "event" && w.start >= f.clause.end);
    if (next && QV_GAPS.has(text.slice(f.clause.end, next.start)) && !hasDigit(text, next.end, firstClauseEnd(text, next.end, Math.min(text.length, next.end + TRAILING_REACH)))) trailing = next;
  }
  const totals: WordToken[] = [];
  let totalBefore = false;
  let negated = false;
  let eachEnd = Infinity;
  let ownVerb: WordToken | undefined;
  for (const w of f.inClause) {
    if (w.kind === "event") {
      if (!attributive(text, w)) ownVerb = w;
      continue;
    }
    if (w.kind !== "modifier") continue;
    if (w.ids.includes("total")) {
      totals.push(w);
      if (w.end <= q.start) totalBefore = true;
    }
    if (w.ids.includes("none") && w.end <= q.start) negated = true;
    if (w.ids.includes("each")) eachEnd = Math.min(eachEnd, w.end);
  }
  const clauseText = text.slice(f.clause.start, q.start).trim();
  // (…or undated, right after a threshold the figure passed: 受理量突破10万件,达10.36万件)
  // (…or right after a clause that says how the act's measure went, 受理数量再创新高,达到156件; 受理工单量同比增长23%,达到12890件)
  const lead = text.slice(Math.max(0, f.clause.start - 16), f.clause.start);
  const level = levelClause(clauseText) || (LEVEL_WORDS.has(clauseText) && (AFTER_THRESHOLD.test(lead) || AFTER_MEASURE.test(lead)));
  const ownShare = ownShareClause(clauseText);
  lastEvents = {
    frame: f,
    text,
    verbs,
    after,
    trailing,
    carried,
    eachVerb: f.each.find((w) => w.kind === "event"),
    eachNoun: f.each.some((w) => w.kind === "concept"),
    bareClause: TOTAL_CLAUSE_OR_NONE.has(clauseText) || level || ownShare,
    ownShare,
    levelClause: level,
    totalClause: TOTAL_CLAUSE.has(clauseText),
    totals,
    totalBefore,
    negated,
    eachEnd,
    ownVerb,
    causeEnd,
  };
  return lastEvents;
}

/** Event id → its words: a noun may carry its verb (调解案件 says 调解, 应诉案件 says 应诉). */
const EVENT_WORDS = new Map((LEXICON.event ?? []).map((e) => [e.id, e.words] as const));
/** What a noun that carries its verb may end in besides 案件 and 量: a count of people (合格人数, 参加考试人数). */
const PEOPLE_TAILS = ["人数", "人员", "人次"];

/**
 * The event of the code's that the noun's own word opens with, before a head of its own (调解|案件, 应诉|案件), if any
 * (never a bare 有/为 of existence; 学法用法 is no case of 学法).
 */
function carriedEvent(word: string, d: Def): string | undefined {
  for (const id of d.events)
    // (…or its volume or its people: 受理量, 办理量 are how many were received, handled; 合格人数, 参考人员 how many passed, sat)
    if (id !== "exist" && id !== "copula" && (EVENT_WORDS.get(id) ?? []).some((w) => w.length >= 2 && word.startsWith(w) && ((word.length - w.length >= 2 && word.endsWith("案件")) || word === `${w}量` || PEOPLE_TAILS.some((t) => word.endsWith(t))))) return id;
  return undefined;
}

/**
 * What stands between a form's label and its figure: a count word, then a colon (数:, 次数:, 人次:); or the noun's
 * volume or number (诉求量6.5万件, 办件量达…, 政府信息公开申请数量45件).
 */
const LABEL_COLON = /^(?:(?:数|次数|人数|人次|总数|数量|件数|个数|收到数|办理数|结案数)?\s?[:：]\s?|(?:量|数|数量|总数|总量|件数)(?:为|达|达到|共|共计)?)$/u;

/** A label's colon alone between its noun and figure (人大代表建议：84件). */
const BARE_COLON = /^\s?[:：]\s?$/u;

/** The figure's list item is only the code's verb and it, after 、 (…1200件、调解成功1190件): the item's noun is the list's. */
function ownVerbItem(f: Frame, d: Def, text: string): boolean {
  const verb = f.before[f.before.length - 1];
  return verb !== undefined && verb.kind === "event" && namesAny(verb, d.events) && verb.end === f.q.start && text[verb.start - 1] === "、";
}

/** The code's nouns, two or more, listed right before the figure's noun and closed by 等: all those kinds together. */
function kindsClosed(f: Frame, d: Def, concept: Attached, text: string): boolean {
  let n = 0;
  let last: WordToken | undefined;
  for (const w of f.inClause)
    if (w.kind === "concept" && w.end <= concept.start && namesAny(w, d.concepts)) {
      n++;
      last = w;
    }
  return n >= 2 && last !== undefined && concept.start - last.end === 1 && text[last.end] === "等";
}

/** What ends one noun-and-figure pair before the next: a comma or a semicolon. */
const PAIR_END = new Set([",", "，", ";", "；"]);
/** How long a figure and its unit may be (1.2万余件). */
const PAIR_FIGURE = 12;
/**
 * The clause before the noun is another code's noun and its figure, nothing else but its time, opening the sentence
 * (全年行政复议案件56件,行政诉讼案件43件): pairs listed by commas, each the report's count of its own noun.
 */
function pairedBefore(f: Frame, d: Def, nounStart: number, text: string): boolean {
  if (f.prevInSentence < 0 || !PAIR_END.has(text[nounStart - 1] ?? "") || nounStart - 1 - f.prevInSentence > PAIR_FIGURE) return false;
  let noun: WordToken | undefined;
  for (const w of f.before) {
    // (nothing but the figure between the pair's noun and the comma)
    if (w.start >= f.prevInSentence && w.start < nounStart) return false;
    if (w.kind === "concept" && w.end === f.prevInSentence) noun = w;
  }
  return noun !== undefined && !namesAny(noun, d.concepts) && SENTENCE_LEAD.test(text.slice(f.sentence.start, noun.start));
}

/** A noun and its figure listed with another pair by 、 (行政复议案件56件、行政诉讼案件43件): 、 right before the noun or right after the figure. */
function listed(text: string, nounStart: number, figureEnd: number): boolean {
  return text[nounStart - 1] === "、" || text[figureEnd] === "、";
}

/** The bodies' own meetings right after a body word (两级政府常务会议, 各级党委理论学习中心组): the meetings of those bodies. */
const MEETINGS: readonly string[] = [...new Set(BODY_TOPIC.values())];
function meetsAfter(words: readonly WordToken[], body: WordToken): boolean {
  return words.some((w) => w.start === body.end && w.kind === "concept" && namesAny(w, MEETINGS));
}

function namesAny(w: WordToken, ids: readonly string[]): boolean {
  for (const id of w.ids) if (ids.includes(id)) return true;
  return false;
}

/** Verbs that hand a figure to a body whose own verb follows (交由县政府系统办理), and how far that verb may stand. */
const HANDED_TO = new Set(["交由", "交给", "转交"]);
const HANDED_REACH = 12;
/** The code's own verb of the body a figure is handed to (交由〈县政府系统〉办理), after a verb that hands it. */
function handedOn(f: Frame, from: WordToken, d: Def): WordToken | undefined {
  if (!HANDED_TO.has(from.word)) return undefined;
  const words = f.before.concat(f.rest);
  const then = words.find((w) => w.kind === "event" && w.start > from.end && w.start - from.end <= HANDED_REACH && namesAny(w, d.events));
  return then && words.some((b) => b.kind === "body" && b.start >= from.end && b.end <= then.start) ? then : undefined;
}

/**
 * A figure in a list of figures each before its own noun (2130件矛盾纠纷、68件信访积案得到化解) counts the noun right after
 * it, whatever it is: the code's noun before it is the earlier figure's.
 */
function ownNounAfter(f: Frame, text: string, concept: Attached): boolean {
  const q = f.q;
  return (
    concept.where === "left" &&
    QN_BEFORE.test(text.slice(Math.max(0, concept.start - 2), concept.start)) &&
    q.start - concept.end === 1 &&
    JOINED.test(text.slice(concept.end, q.start)) &&
    isHanCp(text.codePointAt(q.end) ?? 0) &&
    f.rest[0]?.start !== q.end
  );
}
/** A figure and its measure word right before a noun (2130件): the noun is that figure's. */
const QN_BEFORE = /[\d万余多][件个次人条名场起宗项份]$/u;

/** What a party verb may describe right before its figure: the bare case or application (…为被申请人的案件5件). */
const PARTY_NOUN = /^的(?:行政)?(?:案件|申请)$/u;
function partyCase(f: Frame, d: Def, text: string): boolean {
  const last = f.inClause.filter((w) => w.end <= f.q.start).pop();
  if (last === undefined || !isPartyVerb(last) || !namesAny(last, d.events) || !PARTY_NOUN.test(text.slice(last.end, f.q.start))) return false;
  // (…the party the report's own body alone between 以 and 为: not 以县政府部门为, 以乡镇人民政府为被申请人)
  const party = f.before.find((w) => w.kind === "body" && text.slice(w.end, last.start) === "为");
  return party !== undefined && party.ids[0] === "self" && text[party.start - 1] === "以";
}

/** How far from a word its bracket's ends are looked for. */
const BRACKET_REACH = 40;
/**
 * A word inside a bracket with figures that closes before `to` (a breakdown of an earlier figure: 103件(省级2件、市级15件)),
 * the bracket opened after `from` (the sentence's start), each end within BRACKET_REACH; not a name's other name,
 * 村(社区)调委会.
 */
function inClosedBracket(text: string, w: WordToken, from: number, to: number): boolean {
  let open = -1;
  for (let i = w.start - 1; i >= Math.max(from, w.start - BRACKET_REACH) && open < 0; i--) {
    const c = text[i];
    if (c === ")" || c === "）") return false;
    if (c === "(" || c === "（") open = i;
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = w.end; i < Math.min(to, w.end + BRACKET_REACH) && close < 0; i++) if (text[i] === ")" || text[i] === "）") close = i;
  return close >= 0 && hasDigit(text, open, close);
}

/** A verb of another code, and of none of this one's. */
function isBadVerb(w: WordToken, d: Def): boolean {
  return namesAny(w, d.badEvents) && !namesAny(w, d.events);
}

function events(t: Tally, f: Frame, d: Def, concept: Attached, ctx: ScoreContext): void {
  const q = f.q;
  const text = ctx.text;
  const x = eventFacts(f, text);
  // the verbs of the noun's own clause count too (主动公开政府信息:2156条)
  // a noun named a clause earlier lends its verb only to a clause that says nothing else (受理复议案件,共计54件), not to one
  // with its own verb and object (学法8次,局长办公会议研究法治工作4次)
  const bare = concept.where === "clause" && x.bareClause;
  // (分别 too: the list's verb stands before its nouns, 办理县人大代表建议与县政协委员提案,数量分别是57件和64件)
  // (a clause that only sums them, 合计116件, takes the verb of the list it sums, however long: 审核规范性文件12件、…96件)
  const from = concept.where === "left" ? Math.min(concept.start, f.clause.start) : bare && x.totalClause ? f.sentence.start : bare || concept.where === "each" ? Math.max(f.sentence.start, Math.min(concept.start - 12, f.clause.start)) : f.clause.start;
  // 代表提出的建议, 审结的复议案件: a verb before 的 describes the noun; it may say the code, never rule it out
  const inClause: WordToken[] = [];
  for (const w of x.verbs) if (w.start >= from) inClause.push(w);
  const after = x.after;
  // an enumeration carries its verb: 办理代表建议140件,政协提案126件
  // (a verb of the clause that only describes the noun, 政协交办的委员提案72件, is no verb of its own)
  // (…not to a noun that says its own act: 被申请行政复议案件10件,被诉行政案件26件)
  // (…nor to a noun its party describes: 县政府作为被申请人的行政复议案件3件 after 办结57件 are no closed cases, 以区政府为被告的
  // 行政诉讼案件13件 after …出庭应诉制度 no appearances)
  // (…and a verb not the code's own is carried only where a figure took it before this one, as in an enumeration, 调解纠纷
  // 1200件,成功1190件: a verb of a clause with no figure, 健全人民调解…联动工作体系,全市有人民调解组织1065个, 深化学法考法,
  // “三类人员”考法5230人次, names a topic)
  const carried =
    inClause.some((w) => !attributive(text, w) || isPartyVerb(w)) || after.length || concept.where !== "left" || carriedEvent(concept.word, d) !== undefined
      ? []
      : x.carried.filter((w) => w.start < f.prevInSentence || namesAny(w, d.events));
  const eachVerb = x.eachVerb;
  // (a figure alone in its clause under a heading takes the heading's verb: （一）常务会议学法。全年12次)
  // (…and so does a label line's noun under a colon header: 建议提案办理情况： / 人大代表建议：84件)
  const label = concept.where === "left" && concept.start <= f.clause.start + 1 && BARE_COLON.test(text.slice(concept.end, q.start));
  // (a table cell's column header says its act: 调解成功（件） over 2088)
  const evs = f.columnEvents.length ? f.columnEvents : eachVerb ? [eachVerb] : inClause.length || after.length || carried.length || (concept.where !== "heading" && !label) ? inClause.concat(after, carried) : f.headingEvents;
  if (eachVerb) t.add("each_verb");
  let nearestEv = f.columnEvents[f.columnEvents.length - 1] ?? eachVerb;
  if (!nearestEv) for (let k = inClause.length - 1; k >= 0 && !nearestEv; k--) if (!attributive(text, inClause[k]!)) nearestEv = inClause[k];
  if (!nearestEv) for (let k = 0; k < after.length && !nearestEv; k++) if (!attributive(text, after[k]!)) nearestEv = after[k];
  if (!nearestEv) for (let k = carried.length - 1; k >= 0 && !nearestEv; k--) if (!attributive(text, carried[k]!)) nearestEv = carried[k];
  // (a verb that hands the figure to a body, then that body's verb: 交由县政府系统办理 says what the body did, 办理)
  const then = nearestEv && handedOn(f, nearestEv, d);
  const handed = then ? nearestEv : undefined;
  if (then) nearestEv = then;
  if (nearestEv?.ids.includes("other_act")) t.add("event_other");
  // 收到委员提案520件,经审查立案486件: the narrower act is the set handled (tiers settles the rivals by it)
  // (…and so is a verb that only describes the noun, where the clause has no other: 收到的复议申请3宗 / 已受理的…案件2宗)
  const actEv = nearestEv ?? inClause[inClause.length - 1];
  if (actEv && d.preferEvents.length && namesAny(actEv, d.preferEvents)) t.add("preferred_event");
  // 共N件 says the figure exists where a code accepts a bare count
  const primary = d.events[0];
  let good = false;
  let goodPrimary = false;
  for (const w of evs)
    if (namesAny(w, d.events)) {
      good = true;
      if (w.ids.includes(primary!)) goodPrimary = true;
    }
  if (d.events.includes("exist"))
    for (const w of x.totals) {
      good = true;
      if (w.ids.includes(primary!)) goodPrimary = true;
    }
  // 行政复议案件56件、行政诉讼案件43件: the code's noun right before its figure, no verb in the clause, says the count exists
  // (for codes a bare count serves: 共有, 发生)
  // (not a part named after 其中: 接待来访230人次,其中咨询行政复议案件12件; and only in a list of such pairs, 分别 or 、:
  // a lone noun and figure with no verb is as often a part or another body's figure, unless the whole jurisdiction is
  // named right before the noun: 2023年,全县行政复议案件56件 is the county's count)
  // (…or the noun opens its sentence, after its time at most: 行政应诉案件3件,目前已审结2件 is the report's own count)
  // (…or the clause before is such a pair of another code's noun, opening the sentence: 全年行政复议案件56件,行政诉讼案件43件)
  const bareNoun =
    concept.where === "left" &&
    concept.gap <= 1 &&
    (listed(text, concept.start, q.end) || wholeRightBefore(f, concept.start, text) || SENTENCE_LEAD.test(text.slice(f.sentence.start, concept.start)) || pairedBefore(f, d, concept.start, text));
  // (…and Q·N right after the whole, the subject of its clause's verb: 全市3126个人民调解组织共排查化解矛盾纠纷4.7万件 counts
  // the organisations; the verb after them is their act, not the figure's)
  const stockSubject = d.events.includes("exist") && concept.where === "right" && concept.gap === 0 && wholeRightBefore(f, q.start, text);
  // (a level clause restates its noun's figure, 旁听庭审180人次,2023年增至260人次: read as if the noun stood right before it)
  const level = concept.where === "clause" && x.levelClause;
  if (!good && !evs.length && d.events.includes("exist") && (bareNoun || concept.where === "each" || level) && !f.inClause.some((w) => has(w, "modifier", "part")))
    good = true;
  if (!good && stockSubject) good = true;
  // (a figureless clause after it says the code's act, where the sentence has no verb before: 代表提出的建议42件,已全部办结)
  if (!good && x.trailing && namesAny(x.trailing, d.events)) good = true;
  // (a stock set up, right after the whole it stands in: 全县建成人民调解组织216个; 新建 and 今年…建成 are the year's new ones)
  if (!good && d.events.includes("exist") && concept.where === "left" && concept.gap <= 1 && evs.length === 1 && has(evs[0]!, "event", "stock") && evs[0]!.end === concept.start && wholeRightBefore(f, evs[0]!.start, text) && !f.inClause.some((w) => has(w, "period", "this")))
    good = true;
  // (an event counted in people right after its noun, 任前法律知识考试12人次, 旁听庭审430人: the people who attended it)
  if (!good && !evs.length && d.events.includes("attend") && ((concept.where === "left" && concept.gap === 0) || level) && q.unitClasses.some((u) => u === "people" || u === "person_time")) good = true;
  // 行政诉讼案件数:43件, 人民调解组织数:186个, 诉求量6.5万件: a label and its figure, as a form's row writes them (no verb)
  if (!good && !d.eventRequired && concept.where === "left" && LABEL_COLON.test(text.slice(concept.end, q.start))) good = true;
  // 全县人民调解案件1200件: the noun says the act (调解案件 are cases mediated)
  if (!good && (concept.where === "left" || concept.where === "right" || concept.where === "each" || level)) {
    const carried = carriedEvent(concept.word, d);
    if (carried) {
      good = true;
      if (carried === primary) goodPrimary = true;
    }
  }
  // (…its act the noun's own, whatever the level verb: 增至 says how many, not what was done)
  if (good && level) goodPrimary = true;
  if (x.negated) t.add("negated");
  if (!d.events.includes("outcome") && evs.some((w) => w.ids.includes("outcome"))) t.add("outcome");
  // 微博、微信分别发布信息337条、757条: one figure per subject, each a part of the whole
  const split = concept.where !== "each" && !x.eachNoun && !x.eachVerb && x.eachEnd <= concept.start;
  if (split) t.add("part");
  // (…and so is the act over the code's nouns listed and closed by 等: 对重大合同、行政规范性文件、重大行政决策等合法性审核98件)
  else if (concept.word.startsWith("各类") || x.totalBefore || kindsClosed(f, d, concept, text)) {
    t.add("total_marker");
    if (concept.where === "clause" && x.totalClause) t.add("total_clause");
  }
  if (good) {
    t.add("event_match");
    if (goodPrimary) t.add("event_primary");
    // a table row whose label is the code's own act (本年审结 | 189 in a table under 行政复议案件统计): a field of the
    // table the heading or the lines above name, as a row naming its noun is
    if (q.table && concept.where !== "left" && concept.where !== "right" && f.inClause.some((w) => w.kind === "event" && namesAny(w, d.events))) t.add("table_label");
    // 受理矛盾纠纷1876件,成功化解1850件: a clause that is only the code's defining verb and the figure, its noun the
    // clause before's: the verb alone says which figure it is
    // (参加人数320余人: a bare count word between the verb and the figure)
    if (concept.where === "clause" && (d.eventRequired || d.events.length > 0)) {
      // (其中 too, a lead of its own: 其中调解成功1021件)
      // (…and the people counted, right before the figure: 参与干部职工210人次)
      const own = f.inClause.filter((w) => w.end <= q.start && w.kind !== "stop" && !has(w, "modifier", "total") && !has(w, "modifier", "part") && !has(w, "event", "copula") && !(has(w, "modifier", "staff") && w.end === q.start));
      const lead = own.length === 1 && own[0]!.kind === "event" && own[0]!.ids.some((id) => (d.eventRequired ? d.events.includes(id) : id === d.events[0])) ? own[0]! : undefined;
      // (…or the figure and then the verb: 开展…考试,共有856人参加)
      const next = after[0];
      // (…after 其中 too: 其中1279名考试合格)
      const trailing =
        !lead && next !== undefined && QV_GAPS.has(text.slice(q.end, next.start).trim()) && own.every((w) => w.ids.includes("exist") || has(w, "modifier", "part")) && next.ids.some((id) => (d.eventRequired ? d.events.includes(id) : id === d.events[0])) && QV_LEADS.has(text.slice(f.clause.start, q.start).trim());
      // (…or who, the figure, its people and the verb: 县直单位和乡镇负责人共计185人次参加, 170余名领导干部参加)
      const who =
        !lead &&
        !trailing &&
        next !== undefined &&
        q.unitClasses.some((u) => u === "people" || u === "person_time") &&
        next.ids.some((id) => d.events.includes(id)) &&
        next.start - q.end <= 8 &&
        !/[\d,，;；:：]/u.test(text.slice(q.end, next.start)) &&
        f.inClause.every((w) => w.end > q.start || w.kind === "body" || w.kind === "stop" || has(w, "modifier", "total"));
      if ((lead && VERB_CLAUSE_LEADS.has(undated(text.slice(f.clause.start, lead.start).trim())) && VERB_CLAUSE_COUNTS.has(text.slice(lead.end, q.start).trim())) || trailing || who || x.levelClause) t.add("verb_clause");
    }
  } else if (q.table) t.add("table_row");
  else if (d.eventRequired) t.add("event_missing_required");
  else if (d.events.length) t.add("event_missing");
  // (a stock that is its clause's subject, 全市3126个人民调解组织共排查化解…: the verb after it is its act, not the figure's)
  if (!stockSubject) {
    // V·N·Q with another code's verb (调撤行政诉讼案件102件): the verb says what was counted
    if (nearestEv && isBadVerb(nearestEv, d)) t.add(concept.where === "left" && nearestEv.start >= f.clause.start && nearestEv.end <= concept.start ? "event_bad_direct" : "event_bad_nearest");
    // …and so does another code's party describing the noun, wherever the noun stands (以县政府为被申请人的行政复议案件,
    // 全年共12件: the respondent's cases, not all received)
    // (not where the party is the sub-units, 以县政府部门、乡镇政府为被申请人的: those are the cases the government received)
    else if (f.before.some((w) => w.end + 1 === concept.start && attributive(text, w) && isPartyVerb(w) && isBadVerb(w, d) && !partyIsSub(f, w))) t.add("event_bad_direct");
    else if (evs.some((w) => w !== handed && !attributive(text, w) && isBadVerb(w, d))) t.add("event_bad_other");
  }
  // ellipsis: the figure's own verb governs it (撤回申请1件 after 受理依申请公开59件)
  if (concept.where !== "left" && concept.where !== "right" && concept.where !== "each") {
    const own = x.ownVerb;
    // (an existence verb, 共有856人参加, says the count is: the verb after the figure says of what)
    const existsThenOwn = own !== undefined && own.ids.includes("exist") && after.some((w) => namesAny(w, d.events));
    if (own && !namesAny(own, d.events) && !own.ids.includes("copula") && !existsThenOwn) t.add("event_bad_nearest");
  }
  if (x.causeEnd <= concept.start) t.add("cause");
}

const WHERE_FEATURE: Record<Attached["where"], WeightName> = {
  left: "where_left",
  right: "where_right",
  verb: "where_verb",
  clause: "where_clause",
  paragraph: "where_paragraph",
  heading: "where_heading",
  each: "where_each",
};

/** A concept that some count code other than `code` counts. */
function servesOther(id: string, code: string): boolean {
  const codes = CODES_OF.get(id);
  if (codes) for (const c of codes) if (c !== code) return true;
  return false;
}

/** Before `end`: a noun of the code's joined by 、和及与 to a noun that serves another code (建议、提案共计212件). */
function jointWhole(text: string, before: readonly WordToken[], end: number, d: Def, from = 0): boolean {
  const nouns = before.filter((w) => w.kind === "concept" && w.start >= from && w.end <= end);
  for (let k = 1; k < nouns.length; k++) {
    const [a, b] = [nouns[k - 1]!, nouns[k]!];
    const ours = (w: WordToken) => w.ids.some((id) => d.concepts.includes(id));
    const other = (w: WordToken) => w.ids.some((id) => servesOther(id, d.code) && !d.concepts.includes(id));
    const gap = text.slice(a.end, b.start);
    if (!JOINED.test(gap) && !modifiedItem(text, before, a, b)) continue;
    if ((ours(a) && other(b)) || (other(a) && ours(b))) return true;
  }
  return false;
}
const JOINED = /^[、和及与]?$/u;

/** Where the nouns of the whole before a part word start: after the figure before the sentence's figure that precedes the word. */
function wholeFrom(f: Frame, text: string, partAt: number): number {
  if (f.prevInSentence < 0 || f.prevInSentence > partAt) return f.sentence.start;
  for (let i = f.prevInSentence - 1; i >= f.sentence.start; i--) if (isDigitCp(text.charCodeAt(i))) return i + 1;
  return f.sentence.start;
}

/** A verb of the code's own. */
function isOwnVerb(w: WordToken, d: Def): boolean {
  return w.kind === "event" && namesAny(w, d.events);
}

export function scoreCount(f: Frame, d: Def, ctx: ScoreContext): Scored | null {
  const q = f.q;
  if (q.percent || !q.unitClasses.some((u) => d.units.includes(u))) return null;
  const chosen = chooseConcept(f, d, ctx.text);
  if (!chosen) return null;
  const { concept } = chosen;
  const t = new Tally();
  t.add(WHERE_FEATURE[concept.where]);
  // a verb says its object only where the text around speaks of it (人民调解工作扎实开展。全年共调解1200件)
  if (concept.where === "verb" && !talksOf(f, d, concept.id, ctx.text)) t.add("verb_alone");
  if ((chosen.nearer && concept.where !== "each") || ownNounAfter(f, ctx.text, concept)) t.add("nearer_noun");
  // 二、行政复议工作 / 全年收到申请46件: the section's own noun, with no other counted noun between heading and figure
  // (the verb's object is at most two characters: 收到申请46件, 审结43件; 办理群众来信46件 counts something else)
  else if (concept.where === "heading" && !f.concepts.some((a) => a.where !== "heading" && !NOT_COUNTED.has(a.id) && !d.topics.includes(a.id) && !(a.where === "clause" && namesWhole(a, d))) && (shortObject(f) || bareUnderHeading(f, d))) t.add("heading_clean");
  // 在行政应诉方面,共应诉43件: a clause that only names the topic (…方面, 在…工作中) heads the clauses after it as a heading does
  else if (concept.where === "clause" && topicClause(ctx.text, concept.end) && !f.concepts.some((a) => a.where !== "clause" && a.where !== "paragraph" && a.where !== "heading" && !NOT_COUNTED.has(a.id)) && shortObject(f)) t.add("topic_clause");
  // 以县政府为被申请人的案件5件 under a reconsideration paragraph: the code's own party verb describing the bare noun right
  // before the figure says what the cases are, as the noun would
  if ((concept.where === "paragraph" || concept.where === "heading" || concept.where === "clause") && partyCase(f, d, ctx.text)) t.add("party_case");
  // (…unless it is listed after one of the code's own nouns: 规范性文件、重大行政决策事项及拟签订的合同共计106件 counts them
  // together; 热线接听来电 is no list)
  // (listed with it, not counted before it: 审核规范性文件4件、合同62份 counts the contracts alone)
  const strongBefore = (ids: readonly string[], end: number) =>
    end <= concept.start &&
    end >= concept.start - LIST_REACH &&
    ids.some((id) => id !== concept.id && d.concepts.includes(id) && !d.weakConcepts.includes(id)) &&
    hasAny(ctx.text, end, concept.start, NOUN_JOIN) &&
    !/\d/u.test(ctx.text.slice(end, concept.start));
  const ownStrongBefore = () =>
    f.inClause.some((w) => w.kind === "concept" && strongBefore(w.ids, w.end)) ||
    // (…in the clause before too, where the noun is: 人大代表建议(议案)办理:全年承办41件)
    (concept.where === "clause" && f.concepts.some((a) => a.where === "clause" && strongBefore([a.id], a.end))) ||
    // (…or a clause that sums the sentence's figures before it, 规范性文件4件、合同62份,合计66件: one combined figure)
    (concept.where === "clause" && eventFacts(f, ctx.text).totalClause && f.before.some((w) => w.kind === "concept" && w.start >= f.sentence.start && w.ids.some((id) => d.concepts.includes(id) && !d.weakConcepts.includes(id))));
  // (a noun that is the act itself, 合法性审查 of 重大合同合法性审查3次, counts what stands right before it: the contracts)
  const actOf = () => {
    if (!f.inClause.some((w) => w.kind === "event" && w.start === concept.start && w.end === concept.end)) return undefined;
    const prev = f.inClause.filter((w) => w.kind === "concept" && w.end <= concept.start && concept.start - w.end <= 1).pop();
    return prev?.ids.find((id) => d.weakConcepts.includes(id));
  };
  if ((d.weakConcepts.includes(concept.id) && !ownStrongBefore()) || (d.weakConcepts.length && actOf() !== undefined)) {
    // 学习 counts as 学法 where the sentence is about law; 培训 as a lecture where it is for leaders
    // (…or under a heading whose noun says it: 二、行政复议工作 / 全年收到申请46件)
    const sentence = ctx.text.slice(f.sentence.start, f.sentence.end).replace(/《[^《》\n]{0,60}》/gu, "");
    const headed = f.concepts.some((a) => a.where === "heading" && d.weakUnless.some((w) => a.word.includes(w)));
    // (…and a broad noun whose 其中 part after it is the code's own is broad whatever the sentence says:
    // 常务会议开展集体学习20次,其中会前学法12次)
    if ((!d.weakUnless.some((w) => sentence.includes(w)) && !headed) || ownPartAfter(f, d, ctx.text)) t.add("weak_concept");
  }
  // a list naming another code's noun: the figure is their sum (代表建议和政协提案541件)
  // …and so is a list of examples closed by a generic head (法治培训、专题讲座等活动26场: the figure counts the 活动)
  if (chosen.list.some((a) => !d.concepts.includes(a.id) && servesOther(a.id, d.code)) || (concept.where === "left" && GENERIC_AFTER.test(ctx.text.slice(concept.end, q.start)))) t.add("combined");
  // (in a table row the gap between the first cell and the value is layout, not language)
  if ((concept.where === "left" || concept.where === "right") && !q.table) {
    // (Q·N·V·O: the figure's people do the code's act to the noun, 5名拟提拔任用科职领导干部参加任前法律法规知识考试: the
    // distance that counts is the verb's to its object)
    const verb = concept.where === "right" ? f.after.find((w) => w.kind === "event" && w.end <= concept.start && namesAny(w, d.events)) : undefined;
    const over = Math.max(0, (verb ? concept.start - verb.end : concept.gap) - 6);
    if (over > 0) {
      const g = Math.max(WEIGHTS.gap_cap, WEIGHTS.gap_per_char * over);
      t.score += g;
      t.gapChars = over;
      if (g <= WEIGHTS.gap_cap / 2) t.features.push("gap_cap");
    }
  }
  // a count of sessions glued to a count of people (旁听庭审6批次412人次) is one measure of the same act, not another figure between
  // (…and so is the change before a level in brackets: 建议数量同比增长12.0%(达到93件))
  // (…and so is the figure before in a list whose items each have their verb, the noun shared: 调解矛盾纠纷1200件、调解成功1190件)
  const between = concept.between - (concept.between > 0 && (gluedSessions(ctx.text, q) || bracketLevel(ctx.text, f) || (concept.where === "left" && (labelledBase(ctx.text, concept.end, q.start) || ownVerbItem(f, d, ctx.text)))) ? 1 : 0);
  // figures listed after 分别 stand between their noun and each other by construction (so do a table row's cells of other columns)
  if (!f.each.length && !q.table && concept.where !== "each" && concept.where !== "paragraph" && concept.where !== "heading" && between > 0) t.add("quantity_between", Math.min(2, between));
  events(t, f, d, concept, ctx);
  // a department's meetings: its people attending the government's or the party committee's (局主要负责人参加县政府常务会议
  // 会前学法12次) are no meeting of its own (in the government's report they are its own: 区长参加区委中心组学习)
  if (ctx.department && d.ownActs && d.topics.length && f.inClause.some((w) => w.kind === "event" && ATTENDING.has(w.word) && w.end <= concept.start)) t.add("attends_other");
  topic(t, f, d, ctx.text);
  // 20个县直部门: the figure counts bodies, not the noun
  const next = f.after[0];
  const ownShare = concept.where === "clause" && eventFacts(f, ctx.text).ownShare;
  if (next && next.kind === "body" && next.ids.includes("sub") && next.start - q.end <= 3) t.add("counts_bodies");
  // (…and so does a body named right before it, its noun only in the clause before: 加强人民调解组织建设,建立联合调解中心266个;
  // not the report's own body after 其中, its share of a higher whole)
  else if (concept.where !== "left" && concept.where !== "right" && concept.where !== "each" && !ownShare) {
    const prev = f.before[f.before.length - 1];
    if (prev && prev.kind === "body" && q.start - prev.end <= 1 && prev.start >= f.clause.start) t.add("counts_bodies");
  }
  // 其中: a part after its whole (after the noun, or after an earlier figure of the sentence)
  const partFrom = concept.where === "left" || concept.where === "clause" ? concept.end : f.clause.start;
  const afterWhole = f.prevInSentence >= 0 ? f.prevInSentence : partFrom;
  // …a part of the code's own noun: 会议32次,其中学法的15次 counts 学法 whole, the 32 were meetings
  // (a sentence that opens with 其中 names a part of the sentence before's whole: …纠纷2140件。其中,城关镇调解纠纷512件)
  // (…after a list's bullet at most: ● 其中,桐溪街道调解纠纷406件)
  const leadPart = f.before.find((w) => has(w, "modifier", "part") && ctx.text.startsWith("其中", w.start) && BULLET_LEAD.test(ctx.text.slice(f.sentence.start, w.start)));
  const partTok = leadPart ?? f.before.find((w) => w.start >= Math.min(partFrom, afterWhole) && has(w, "modifier", "part")) ?? listPart(f, ctx.text, concept.start);
  // (a whole counted by a broad noun of the code's is no whole of a part named by its own: 中心组开展集体学习32次,其中集体学法8次)
  const strongPart = !d.weakConcepts.includes(concept.id);
  const wholeIsOurs =
    !partTok ||
    partTok === leadPart ||
    concept.start < partTok.start ||
    f.before.some((w) => w.kind === "concept" && w.end <= partTok.start && w.ids.some((id) => d.concepts.includes(id) && !(strongPart && d.weakConcepts.includes(id))));
  // …and a part named by the code's own verb is the code's figure (受理95件,其中审结90件; 其中以县政府为被申请人的7件)
  // (a verb the whole had too names no subset: 公开信息3540条,其中门户网站发布980条 is a part)
  // (after a sentence-initial 其中, only a code that is itself a part: 受理95件。其中,审结90件 is closed; 其中,某镇调解纠纷512件 is a part)
  // (…before the figure, or right after it: 其中1279名考试合格)
  const ownVerbAfter =
    partTok !== undefined &&
    d.eventRequired &&
    (partTok !== leadPart || indicatorDef(d.code).partOf !== undefined) &&
    (f.before.some((w) => w.start > partTok.start && isOwnVerb(w, d)) || (f.after[0] !== undefined && f.after[0].start - q.end <= 1 && isOwnVerb(f.after[0], d))) &&
    !f.before.some((w) => w.end <= partTok.start && w.start >= f.sentence.start && isOwnVerb(w, d));
  // …and a part of a sum of several codes' nouns is the code's whole (建议、提案共计212件,其中建议97件)
  // (the other codes' nouns joined with ours by 、和及与 or written together, 建议提案: the subject that did it, 人民调解组织受理矛盾纠纷…, is no part of the sum)
  // (the whole is the figure right before the part word, its nouns those after the figure before it: …建议共29件,其中…建议17件
  // (含议案转为建议1件) makes the 1 a part of the 17, no share of the 29)
  const wholeIsSum = partTok !== undefined && concept.start > partTok.start && jointWhole(ctx.text, f.before, partTok.start, d, wholeFrom(f, ctx.text, partTok.start));
  // (…and a part that is the report's year of a whole of several years is the year's figure: 近三年来共186件,其中2023年办理71件)
  const yearPart = partTok !== undefined && ownYearNamed(f, ctx, partTok.start);
  if (partTok && wholeIsOurs && !ownVerbAfter && !wholeIsSum && !ownShare && !yearPart) t.add("part");
  else {
    // (…the second share of such a list too: 其中复议案件52件、应诉案件73件)
    const sumTok = partTok ?? f.before.find((w) => w.start >= f.sentence.start && w.end <= concept.start && has(w, "modifier", "part"));
    if (sumTok && concept.start > sumTok.start && (sumTok === partTok ? wholeIsSum : jointWhole(ctx.text, f.before, sumTok.start, d))) t.add("sum_part");
  }
  // (交办的代表建议 that the sentence's own verb handles, 承办…交办的代表建议56件, are handled, not newly assigned)
  const handledBefore = (w: WordToken) => f.before.some((v) => v.end <= w.start && v.kind === "event" && namesAny(v, d.events) && !attributive(ctx.text, v));
  // (…nor are those handed to a body to handle, 交由我县办理的代表建议)
  // (…nor is a figure whose own verb, after the assignment, handles them: 县人大交办代表建议45件,县政府系统承办41件)
  const handledAfter = (w: WordToken) => f.before.some((v) => v.start >= w.end && v.kind === "event" && namesAny(v, d.events) && !has(v, "event", "assign") && !attributive(ctx.text, v));
  if (f.before.some((w) => has(w, "event", "assign") && !(attributive(ctx.text, w) && handledBefore(w)) && !handedOn(f, w, d) && !handledAfter(w)) && d.code.startsWith("proposals.")) t.add("assigned");
  // (…and so are this year's in a news item about the meeting that hands them out: 交办会…今年…收到代表建议132件)
  else if (ctx.assignMeeting && d.code.startsWith("proposals.") && f.before.some((w) => w.kind === "period" && w.word.startsWith(THIS_YEAR))) t.add("assigned");
  const otherPeriod = periodAndScope(t, f, ctx, d, concept.where === "left" ? concept.start : q.start);
  return t.result(d.code, f, `count:${concept.where}:${concept.word}`, otherPeriod);
}

/** Characters between two offsets that are not spaces (the count stops once it passes RATE_GAP_MAX). */
function nonSpaceBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n <= RATE_GAP_MAX; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}
const RATE_GAP_MAX = 10;

export function scoreRate(f: Frame, d: Def, ctx: ScoreContext): Scored | null {
  const q = f.q;
  if (!q.percent) return null;
  const t = new Tally();
  let how: string;
  const nearest = f.rates[0];
  const mine = f.rates.find((r) => r.id === d.code);
  let handled: WordToken | undefined;
  if (mine) {
    // (a table row's blanked cells are layout, not distance: 直接纠错率 | 13.6% | 15.2% read for the second year)
    // (…but for another year's level it rose from, 出庭应诉率从2022年的85%提升至100%)
    const fromLevel = mine.where === "left" && comparedLevel(ctx.text.slice(mine.end, q.start).trim());
    if (mine === nearest && mine.where === "left" && mine.gap > RATE_GAP_MAX && nonSpaceBetween(ctx.text, mine.end, q.start) > RATE_GAP_MAX && !fromLevel) return null;
    t.add("rate_base");
    // (a clause that only says where the rate came to, 纠错率同比下降3.2个百分点,降至6.7%, is the rate's own)
    // (…its date first, 2022年为97.2%,2023年提升至98.5%)
    const levelClause = mine.where === "clause" && LEVEL_CLAUSE.test(ctx.text.slice(f.clause.start, q.start).trim().replace(CLAUSE_DATE, ""));
    if (mine.where === "clause" && !levelClause) t.add("rate_clause");
    // right before its percent, or listed with the noun that is (办结率、满意率均为100%), or given it by 分别
    // (or its level's own clause: 办结率较上年提高2个百分点,提升至99.2%)
    // (a table row's label is its cells' rate noun, whatever the other years' cells between: 办结率 | 98.9% | 99.5%)
    if (levelClause || fromLevel || mine.where === "each" || (mine.where === "left" && (mine.gap <= 4 || q.table || (nearest!.where === "left" && nearest!.gap <= 4)))) t.add("rate_adjacent");
    if (d.strongNouns.includes(mine.word)) t.add("rate_strong");
    if (d.weakNouns.includes(mine.word) && !d.topics.some((id) => f.topicSentence.has(id)) && !verbTopic(f, d)) t.add("weak_noun");
    how = `rate:${mine.word}`;
    if (d.strongNouns.includes(mine.word)) {
      if (d.topics.some((id) => f.topicSentence.has(id))) t.add("topic_sentence");
      // 三、行政复议工作 / …审结51件,纠错率10.3%: the section's heading names what it measures
      else if (f.concepts.some((a) => a.where === "heading" && d.topics.includes(a.id))) t.add("topic_heading");
      const otherPeriod = periodAndScope(t, f, ctx, d, q.start);
      return t.result(d.code, f, how, otherPeriod);
    }
  } else if (!nearest && d.afterEvents.length && (handled = f.after.find((w) => w.kind === "event" && namesAny(w, d.afterEvents) && w.start - q.end <= 3)) !== undefined) {
    t.add("rate_after");
    // (in time, 100%按时回复, 100%按期答复: the on-time rate itself, as its own noun would say; 实现100%办复: the verb is the rate's own)
    if (TIMELY.some((w) => ctx.text.slice(q.end, handled!.start).includes(w)) || (d.afterWords.includes(handled.word) && handled.start === q.end)) t.add("rate_strong"), t.add("rate_adjacent");
    how = "rate:after";
  } else if (!nearest && d.afterEvents.length && (handled = f.before.findLast((w) => w.kind === "event" && namesAny(w, d.afterEvents) && nonSpaceBetween(ctx.text, w.end, q.start) === 0)) !== undefined) {
    // (the verb right before its percent, 按时办复100%, says the rate as 100%办复 does)
    t.add("rate_after");
    if (TIMELY.some((w) => ctx.text.slice(f.clause.start, handled!.start).endsWith(w)) || d.afterWords.includes(handled.word)) t.add("rate_strong"), t.add("rate_adjacent");
    how = "rate:before";
  } else return null;
  topic(t, f, d, ctx.text);
  const otherPeriod = periodAndScope(t, f, ctx, d, q.start);
  return t.result(d.code, f, how, otherPeriod);
}
