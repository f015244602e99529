/**
 * What a rule is: a named wording (the pattern reads like the sentence it
 * matches), the code it fills, how the number is read, and scope guards.
 *
 * Pattern placeholders:
 *   {N}  a count with qualifiers and a unit (units from `units`, or by the
 *        catalog unit of the code): 1200余件, 十余场, 3.5万件, 1000件以上
 *   {P}  a percentage with an optional verb before it: 达到99.8%, 约为24%,
 *        百分之百, 95%以上
 *   {F}  fillers that never change the meaning: 共, 共计, 各类, 全年 …
 *   {C}  up to 20 characters inside one clause (no , ; 。)
 */
import { COUNT_SRC, PERCENT_SRC } from "../numbers/readNumber";

export type Topic = "recon" | "litig" | "mediation" | "hotline" | "sectorHotline" | "disclosure" | "proposals" | "study" | "exam";

export interface RuleOptions {
  /** Unit alternatives for {N}, e.g. "件|宗|起". */
  units?: string;
  /** Higher wins when candidates of one code disagree (default 2). */
  priority?: number;
  /** The nearest topic word before the number, in the paragraph, must be this. */
  topic?: Topic;
  /** The nearest count found before the number, in the sentence, must be one of these codes. */
  anchors?: string[];
  /** With anchors: when the sentence has no count before the rate at all, this topic may stand in. */
  fallbackTopic?: Topic;
  /** Reject when the clause before the number matches (sub-units, sub-activities). */
  clauseGuard?: RegExp;
  /** Reject when the sentence before the number matches. */
  sentenceGuard?: RegExp;
  /** Require the sentence before the number to match. */
  sentenceNeed?: RegExp;
  /** Require the previous sentence of the paragraph and this one, up to the number, to match (a body named a sentence earlier). */
  contextNeed?: RegExp;
  /** Reject when that window matches. */
  contextGuard?: RegExp;
  /** The named group `body` must be the report's own body (the government, or the department the title names). */
  selfBody?: boolean;
  /** Look for the topic this many characters back, across lines (tables under a heading), instead of in the paragraph. */
  topicWindow?: number;
  /** Two or more sentences this rule must read (the tests use them). */
  examples: string[];
}

export interface Rule extends Required<Pick<RuleOptions, "priority">>, Omit<RuleOptions, "priority"> {
  /** Catalog code, or a pseudo code ending in ".combined"/"._other" that only anchors rates. */
  code: string;
  /** The wording, e.g. "收到行政复议申请N件". */
  name: string;
  kind: "count" | "percent";
  re: RegExp;
}

export const UNITS = {
  cases: "件|宗|起|个",
  sessions: "场次|次|场|期|场\\(次\\)",
  people: "人次|名|人",
  items: "条|件|份|项|个",
  orgs: "个|家",
  tickets: "件|条|个|单|宗|次",
};

/** A bracketed gloss of what a figure includes (申请(含网上申请)113件) is filler too; one naming the respondent is not. */
const GLOSS = "\\((?![^()\\n]{0,20}(?:被申请人|被告))[^()\\d\\n]{1,20}\\)";
const FILLER = `(?:共计|共|合计|累计|总计|全年|各类|各种|一共|已|达到|达|为|有|${GLOSS})*`;
const VERB = "(?:均达到|均达|均为|达到了|达到|达|为|降至|降到|升至|提升至|提升到|提高至|提高到|保持在|保持|是|在)?";

export function rule(code: string, name: string, pattern: string, opts: RuleOptions): Rule {
  const hasN = pattern.includes("{N}");
  const hasP = pattern.includes("{P}");
  if (hasN === hasP) throw new Error(`rule ${name}: needs exactly one of {N} or {P}`);
  const units = opts.units ?? UNITS.cases;
  const src = pattern
    .replaceAll("{F}", FILLER)
    .replaceAll("{C}", "[^,;。!?|\\n]{0,20}?")
    .replace("{N}", `${COUNT_SRC}(?<unit>${units})(?<after>以上|左右)?`)
    .replace("{P}", `${VERB}${PERCENT_SRC}(?<after>以上|左右)?`);
  return {
    code,
    name,
    kind: hasN ? "count" : "percent",
    re: new RegExp(src, "gd"),
    priority: opts.priority ?? 2,
    ...opts,
  };
}

/**
 * 热线 is the 12345 (or a local line serving as it, such as 8890) unless it is
 * named after another sector's 123xx number (12320 卫生, 12315 消费, 12319 城管 …)
 * or another sector's purpose (企业服务热线, 安全生产举报热线 …).
 */
const SECTOR = "(?:12(?!345)3\\d\\d|企业|消费|价格|卫生|健康|城管|环保|生态|安全生产|举报|投诉|劳动|社保|人社|农业|三农|税务|纳税|交通|文旅|旅游|医保|妇女|法律援助|心理|防疫|反诈)";
export const SERVICE_HOTLINE = `(?<!${SECTOR}[^,;。!?|\\n]{0,10})热线`;
/** Another sector's hotline: a topic of its own, so the figures after it are not the 12345's. */
const SECTOR_HOTLINE = `${SECTOR}[^,;。!?|\\n]{0,10}?(?:热线|专线)|服务专线|专线电话`;

/** Bodies that are the jurisdiction itself, not its sub-units: 区政府, 管委会, 本局 … */
export const SELF_BODY = "(?:[区市县州旗镇乡]?(?:人民)?政府|管委会|管理委员会|本机关|本级政府|我局|本局|本部门|我委|本委)";

/** Topic words, by family of meaning; the nearest one before a number says what the text is about. */
export const TOPIC_WORDS: readonly [Topic, string][] = [
  ["recon", "行政复议|复议"],
  ["litig", "行政诉讼|行政应诉|出庭应诉|应诉"],
  ["mediation", "人民调解|矛盾纠纷|民间纠纷|调解组织|调委会|调处"],
  ["hotline", `(?<!\\d)(?:12345|8890)(?!\\d)|${SERVICE_HOTLINE}|接诉即办|工单`],
  ["sectorHotline", SECTOR_HOTLINE],
  ["disclosure", "依申请公开|信息公开|政务公开"],
  ["proposals", "代表建议|政协提案|委员提案|建议提案|议案提案|提案"],
  ["exam", "考试|考法|测试"],
  ["study", "学法|讲座|旁听"],
];
