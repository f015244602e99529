/**
 * Study family: collective law study by the party committee and by the
 * government executive meeting, lectures for officials, court observation,
 * law exams. Meetings that hear or deploy rule-of-law work are not study;
 * a figure that adds up several bodies is no single body's value.
 */
import { lexiconWords } from "../lexicon";
import { rule, UNITS, type Rule } from "./rule";

/** Court observation as the lexicon names it (旁听庭审, 庭审观摩, 观摩庭审…): one list for the rules and the frames. */
const COURT_OBS = new RegExp(
  lexiconWords("concept", "court_obs")
    .filter((w) => w.length >= 4)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .concat("旁听审判")
    .join("|"),
);

const PARTY = "(?:[区市县州旗镇乡]委|党委|党组|党工委)(?:常委会(?:会议)?|理论(?:学习)?中心组(?:学习)?(?:会议)?|会议|会)";
const GOV = "(?:[区市县州旗镇乡]?(?:人民)?政府)?(?:常务会议|常务会|主任办公会(?:议)?|管委会(?:主任)?办公会(?:议)?|[区市县镇乡]长办公会(?:议)?)";
/** The study act: 学法, or studying something legal. */
const STUDY =
  "(?:[^,;。!?|\\n]{0,8}?(?:学法|讲法|(?:法治|法律|宪法|民法典|法规)[^,;。!?|\\n]{0,6}?(?:专题)?学习|学习(?:[^,;。!?|\\n]{0,40}?)(?:法律|法规|法治|宪法|民法典|条例|法》)[^,;。!?|\\n]{0,12}?))";
/** The study act in a clause of its own, the body named in the clause before. */
const LATER_STUDY =
  "(?:开展|组织|举行|召开)?(?:了)?(?:集中|集体|专题|会前)?(?:学法|(?:法治|法律|宪法|民法典)[^,;。!?|\\n]{0,6}?(?:专题)?学习|学习(?:[^,;。!?|\\n]{0,12}?)(?:法律|法规|宪法|民法典))";
/** Hearing or deploying work is not study; several bodies summed is no one body's figure. */
const NOT_STUDY = /听取|研究|审议|部署|汇报|(?<!第一)议题|各(?:级|部门|乡镇|单位|县|市|区|镇|乡|街道)|[\d一二三四五六七八九十]+个(?:乡镇|镇|乡|街道|部门|单位)|两级|乡镇|基层|领导班子|带头落实/;

/**
 * A government meeting standing before the same figure (A、B学法N次): a combined figure, not the party body's.
 * (a count between them, in digits or written 五次, is the other body's own figure: A学法五次、B学法八次)
 */
const NOT_PARTY_ALONE = new RegExp(`${NOT_STUDY.source}|(?:常务会|办公会)[^\\d次场期]*$`);
/** A party body standing before the same figure: a combined figure, not the government's. */
const NOT_GOV_ALONE = new RegExp(`${NOT_STUDY.source}|(?:常委会|中心组|党组|党委|党工委)[^\\d次场期]*$`);

export const studyRules: Rule[] = [
  rule("study.party_sessions", "党委常委会(理论中心组)集体学法N次", `${PARTY}${STUDY}{F}{N}`, {
    units: UNITS.sessions,
    clauseGuard: NOT_PARTY_ALONE,
    examples: ["全年开展县委常委会会议集体学法6次,县政府常务会议学法10次。", "党工委理论学习中心组全年学习宪法和有关法律法规12次。"],
  }),
  rule("study.gov_sessions", "政府常务会议集体学法N次", `${GOV}${STUDY}{F}{N}`, {
    units: UNITS.sessions,
    clauseGuard: NOT_GOV_ALONE,
    examples: ["县政府常务会议全年集体学法11次。", "管委会主任办公会议组织领导干部学法共计15次。", "市政府常务会议开展宪法专题学习5次。"],
  }),
  rule("study.gov_sessions", "落实常务会议学法制度,全年学法N次", `${LATER_STUDY}{F}{N}`, {
    units: UNITS.sessions,
    priority: 1,
    contextNeed: /(?:常务会议|常务会|主任办公会|[区市县镇乡]长办公会)[^,;。]{0,12}(?:学法|逢会必学|会前学)/,
    contextGuard: /常委会|中心组|党组|党委|党工委/,
    clauseGuard: NOT_STUDY,
    examples: ["区政府严格落实常务会议学法制度,全年开展法治专题学习6次。", "坚持政府常务会议“逢会必学”,全年累计学习法律法规18次。"],
  }),
  rule("study.lectures", "举办(习近平法治思想)专题讲座N次", `(?:举办|开展|组织|举行|作)(?:了)?[^,;。!?|\\n]{0,14}?法[^,;。!?|\\n]{0,6}?专题(?:辅导)?讲座{F}{N}`, {
    units: UNITS.sessions,
    sentenceGuard: /普法|群众|居民|师生|学生|青少年|企业|村民|进校园|进社区|进企业|进农村|宣传/,
    // (a lecture listed with other activities, 专题讲座、法治培训等N场, is their sum; the lecture's topics, 习近平法治思想、宪法等专题讲座, are not a list of activities)
    clauseGuard: /讲座[、和及与等]|[、和及与]专题(?:辅导)?讲座|等(?:活动|形式)|报告会/,
    examples: ["举办领导干部学法用法专题讲座4次。", "全年共举办宪法专题讲座3场,提升干部法治素养。", "举办习近平法治思想、宪法等专题讲座3场。"],
  }),
  rule("study.court_observation", "(组织旁听庭审,)参加N人次", `(?:参加|参与)(?:的)?(?:领导干部|干部|人员|工作人员)?{F}{N}`, {
    units: "人次",
    priority: 1,
    sentenceNeed: COURT_OBS,
    sentenceGuard: /^(?:[^,;。]{0,8},)?[^,;。]{0,6}?(?:人民法院|法院|检察院|法庭)/,
    examples: ["组织领导干部到县人民法院旁听庭审,累计参加216人次。", "组织开展庭审旁听活动6场,参与干部300人次。"],
  }),
  rule("study.exam_passed", "(参加考试N人,)合格N名", `(?:考试)?(?:合格|通过|及格)(?:考试)?的?(?:有|人数为?)?{N}`, {
    units: "名|人",
    sentenceNeed: /考试|考法|测试/,
    examples: ["组织1200名执法人员参加法律知识考试,合格1188名,合格率99%。", "组织310名执法人员参加考试,其中考试合格的有298名。"],
  }),
  rule("study.exam_pass_rate", "考试合格率N%", `(?:考试)?(?:合格|通过|及格)率{P}`, {
    sentenceNeed: /考试|考法|测试/,
    clauseGuard: /审批|验收|检验|抽检|培训合格/,
    examples: ["168名干部参加考试,考试合格率为100%。", "组织执法人员法律知识测试,通过率达97.6%。"],
  }),
];
