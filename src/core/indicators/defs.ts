/**
 * Each catalog code as data: which concepts it counts, by which events, in
 * which unit classes, and what it must not be. A code is one line here plus its
 * sentences in test/core/corpus (five positive, three negative at least).
 */
import { z } from "zod";
import { CODES } from "../catalog";
import { withRatioForms } from "../lexicon/rates";

export const DefSchema = z.object({
  code: z.string().refine((c) => CODES.includes(c), "a catalog code"),
  kind: z.enum(["count", "percent"]),
  /** Concept ids the counted noun must be (count). */
  concepts: z.array(z.string()).default([]),
  /** Events that say the figure is this code's (count); absent means any but the bad ones. */
  events: z.array(z.string()).default([]),
  /** An event from `events` must be present. */
  eventRequired: z.boolean().default(false),
  /** Events that make it another code's figure. */
  badEvents: z.array(z.string()).default([]),
  units: z.array(z.string()).default([]),
  /** Concepts one of which must be in the sentence or its context (a topic), e.g. the hotline for 工单. */
  topics: z.array(z.string()).default([]),
  /** Concepts one of which must be named in the sentence or the text above, beside `topics` (the hotline, where a platform's 诉求 are the topic). */
  needs: z.array(z.string()).default([]),
  /** Concepts that, in the same clause, make it another code's or nobody's figure. */
  badConcepts: z.array(z.string()).default([]),
  /** Percent codes: the rate noun must be this code's and, where `topics` is set, the topic present. */
  weakNouns: z.array(z.string()).default([]).transform(withRatioForms),
  /** Where `badConcepts` are looked for: the clause (default) or the whole sentence. */
  badScope: z.enum(["clause", "sentence", "nearest"]).default("clause"),
  /** The year's new intake (received cases): a total after cases carried over from the year before (新收52件,上年结转8件,共办理60件) adds those. */
  newIntake: z.boolean().default(false),
  /** Sub-unit figures add up to this code's (people sitting an exam, disputes mediated): no sub-unit doubt. */
  sumsAreWhole: z.boolean().default(false),
  /** The report's own body's acts (its meetings, its lectures): bodies at every level together (各级党委中心组学法520场) are many bodies', not its own. */
  ownActs: z.boolean().default(false),
  /** Concept ids that are this code's in a weaker sense (议案 for 代表建议, 学习 for 学法). */
  weakConcepts: z.array(z.string()).default([]),
  /** A weak concept is this code's without doubt where the sentence has one of these words. */
  weakUnless: z.array(z.string()).default([]),
  /** Modifier ids that, before the figure in its sentence, make it nobody's (宣传 for 讲座). */
  badModifiers: z.array(z.string()).default([]),
  /** Events whose figure is the code's where the same sentence also counts it by another verb: the set the return asks for
   * (立案 of proposals received: the narrower set handled; 收到 of reconsideration applications: the headline, 受理 its part). */
  preferEvents: z.array(z.string()).default([]),
  /** Percent codes: rate nouns specific enough to need no topic (纠错率, 办复率); nouns of four characters or more always are. */
  strongNouns: z.array(z.string()).default([]).transform(withRatioForms),
  /** Percent codes: events that, right after the percent, say the rate with no rate noun (100%按时答复 for 答复率). */
  afterEvents: z.array(z.string()).default([]),
  /** …and verbs that say this code's rate alone, as its strong noun would (实现100%办复). */
  afterWords: z.array(z.string()).default([]),
});
export type Def = z.infer<typeof DefSchema>;

const RECON = ["recon_app", "recon_case"];
const CASE = ["case"];
const DOCS = ["case", "item"];

export const DEFS: readonly Def[] = z.array(DefSchema).parse([
  { code: "recon.received", kind: "count", newIntake: true, concepts: [...RECON, "app"], weakConcepts: ["app"], weakUnless: ["复议"], events: ["receive", "accept", "handle", "exist"], badEvents: ["close", "respondent", "mediate", "adjust", "assign", "succeed", "defendant", "review", "outcome"], units: CASE, preferEvents: ["receive"] },
  { code: "recon.closed", kind: "count", concepts: RECON, events: ["close"], eventRequired: true, badEvents: ["respondent", "outcome", "mediate"], units: CASE },
  { code: "recon.as_respondent", kind: "count", concepts: RECON, events: ["respondent"], eventRequired: true, units: CASE },
  { code: "litig.cases", kind: "count", newIntake: true, concepts: ["litig_case"], events: ["receive", "accept", "handle", "defendant", "exist"], badEvents: ["close", "adjust", "appear_act", "mediate", "succeed", "respondent"], units: CASE, badConcepts: ["appearance"] },
  { code: "litig.appearances", kind: "count", concepts: ["appearance"], events: ["appear_act", "attend"], units: ["session", "person_time", "case", "people"] },
  { code: "legality.reviewed", kind: "count", concepts: ["legal_doc", "contract"], weakConcepts: ["contract"], events: ["review"], eventRequired: true, badEvents: ["publish"], units: [...DOCS, "session"], badConcepts: ["other_review"], badScope: "sentence" },
  { code: "mediation.cases", kind: "count", concepts: ["dispute"], events: ["mediate", "accept", "receive", "handle"], eventRequired: true, badEvents: ["succeed", "adjust", "assign", "screen"], units: CASE, badModifiers: ["court_med"] },
  { code: "mediation.succeeded", kind: "count", concepts: ["dispute"], events: ["succeed"], eventRequired: true, units: CASE, badModifiers: ["court_med"] },
  { code: "mediation.organizations", kind: "count", concepts: ["med_org"], events: ["exist"], badEvents: ["mediate", "accept", "receive", "handle", "hold", "succeed"], units: ["org"] },
  { code: "hotline.tickets", kind: "count", concepts: ["ticket", "hotline", "call"], weakConcepts: ["call"], events: ["receive", "accept", "handle", "serve", "assign"], badEvents: ["close", "publish"], units: ["case", "item", "session", "call", "person_time"], topics: ["hotline"], badConcepts: ["sector_hotline"], badScope: "sentence" },
  { code: "disclosure.proactive", kind: "count", concepts: ["info", "legal_doc", "interp"], weakConcepts: ["legal_doc", "interp"], weakUnless: ["主动公开"], events: ["publish"], eventRequired: true, units: ["item", "case"], preferEvents: ["proactive"], badConcepts: ["disc_req", "npc", "cppcc"], badModifiers: ["outreach"] },
  { code: "disclosure.requests", kind: "count", concepts: ["disc_req", "app"], weakConcepts: ["app"], weakUnless: ["公开"], events: ["receive", "accept", "handle", "exist"], badEvents: ["close"], units: DOCS },
  { code: "proposals.npc", kind: "count", sumsAreWhole: true, concepts: ["npc", "npc_bill"], weakConcepts: ["npc_bill"], events: ["handle", "close", "accept", "receive", "exist"], eventRequired: true, badEvents: ["assign", "publish", "submit"], units: DOCS, preferEvents: ["accept"] },
  { code: "proposals.cppcc", kind: "count", sumsAreWhole: true, concepts: ["cppcc"], events: ["handle", "close", "accept", "receive", "exist"], eventRequired: true, badEvents: ["assign", "publish", "submit"], units: DOCS, preferEvents: ["accept"] },
  { code: "study.party_sessions", kind: "count", ownActs: true, concepts: ["study", "study_weak"], events: ["study", "hold"], weakConcepts: ["study_weak"], weakUnless: ["法"], units: ["session"], topics: ["party_body"], badConcepts: ["gov_body"], badScope: "nearest" },
  { code: "study.gov_sessions", kind: "count", ownActs: true, concepts: ["study", "study_weak"], events: ["study", "hold"], weakConcepts: ["study_weak"], weakUnless: ["法"], units: ["session"], topics: ["gov_body"], badConcepts: ["party_body"], badScope: "nearest" },
  { code: "study.lectures", kind: "count", ownActs: true, concepts: ["lecture", "lecture_weak"], weakConcepts: ["lecture_weak"], weakUnless: ["领导干部", "法治专题"], events: ["hold", "attend"], badEvents: ["watch"], units: ["session"], badModifiers: ["outreach"] },
  { code: "study.court_observation", kind: "count", sumsAreWhole: true, concepts: ["court_obs"], events: ["attend", "hold"], units: ["person_time", "people"] },
  { code: "study.exam_takers", kind: "count", sumsAreWhole: true, concepts: ["exam", "taker"], events: ["attend", "hold"], badEvents: ["pass"], units: ["people", "person_time"] },
  { code: "study.exam_passed", kind: "count", sumsAreWhole: true, concepts: ["exam", "passer"], events: ["pass"], eventRequired: true, units: ["people", "person_time"] },
  // rates: the rate noun says the code (lexicon/rates.ts); generic nouns need their topic
  { code: "recon.ontime_rate", kind: "percent", topics: RECON, strongNouns: ["审限内结案率", "法定期限内结案率", "审限内办结率", "审限内审结率", "法定期限内审结率", "法定期限内办结率"] },
  { code: "recon.correction_rate", kind: "percent", topics: RECON, strongNouns: ["纠错率", "直接纠错率", "综合纠错率"] },
  { code: "recon.settlement_rate", kind: "percent", topics: RECON, strongNouns: ["调解和解率", "调解和解结案率"] },
  { code: "litig.appearance_rate", kind: "percent", topics: ["litig_case", "appearance"], strongNouns: ["出庭应诉率", "出庭率", "负责人出庭应诉率", "负责人出庭率"] },
  { code: "mediation.success_rate", kind: "percent", topics: ["dispute", "med_org"], weakNouns: ["成功率"], strongNouns: ["调解成功率", "调处成功率", "化解成功率"] },
  { code: "hotline.completion_rate", kind: "percent", topics: ["hotline", "ticket", "call"], needs: ["hotline"], afterEvents: ["close"], badConcepts: ["sector_hotline"], badScope: "sentence" },
  { code: "hotline.satisfaction_rate", kind: "percent", topics: ["hotline", "ticket", "call"], needs: ["hotline"], badConcepts: ["sector_hotline"], badScope: "sentence" },
  { code: "disclosure.response_rate", kind: "percent", topics: ["disc_req", "info"], afterEvents: ["handle"] },
  { code: "proposals.reply_rate", kind: "percent", sumsAreWhole: true, topics: ["npc", "cppcc", "npc_bill"], weakNouns: ["办结率", "答复率", "按时答复率", "按期答复率", "回复率", "按时回复率", "按期回复率", "按时办结率", "按期办结率", "办理率", "按时办理率", "按期办理率"], strongNouns: ["办复率", "按期办复率", "按时办复率"], afterEvents: ["handle", "close"], afterWords: ["办复"] },
  { code: "study.exam_pass_rate", kind: "percent", topics: ["exam", "taker"], strongNouns: ["考试合格率", "考试通过率"] },
]);

export const DEF_BY_CODE: ReadonlyMap<string, Def> = new Map(DEFS.map((d) => [d.code, d]));
