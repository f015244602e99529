/**
 * Review family: administrative reconsideration (行政复议), litigation
 * (行政诉讼/应诉), legality review (合法性审查). One line a wording.
 */
import { rule, SELF_BODY, UNITS, type Rule } from "./rule";

const RECON = "(?:行政)?复议";
/** A fair-competition review, named anywhere in the sentence, is not legality review. */
const NOT_LEGALITY_REVIEW = /公平竞争/;
/** Review by the sub-units added up (各县(市、区)政府…) is not the government's own legality review. */
const SUB_UNITS = "各(?:县|市|区|乡|镇|街道|部门|单位)";

/** Bodies that are the jurisdiction itself, not its sub-units. */
/**
 * A body that may be the report's own: the government, or a department or
 * street office when the report is that department's (checked by `selfBody`
 * against the report's title: 以县公安局为被申请人 counts in 县公安局's report,
 * not in the county government's).
 */
export const BODY = "(?<body>[\\u4e00-\\u9fa5]{0,12}?(?:政府|管委会|管理委员会|局|委员会|委|办事处|中心|机关|部门))";

export const reviewRules: Rule[] = [
  // ── recon.received ──
  rule("recon.received", "收到行政复议申请N件", `(?:收到|接收|接到|新收)的?{F}${RECON}申请{F}{N}`, {
    priority: 3,
    examples: ["2023年,县政府共收到行政复议申请126件,依法受理118件。", "全年接收复议申请58宗,较上年有所增加。"],
  }),
  rule("recon.received", "受理行政复议案件N件", `(?:新|依法)?(?:受理|新收)的?{F}${RECON}(?:申请|案件){F}{N}`, {
    examples: ["本年度新受理行政复议案件87件,审结79件。", "全年共依法受理行政复议申请42件。"],
  }),
  rule("recon.received", "受理以本级政府为复议机关的行政复议申请N件", `(?:受理|收到|办理)[^,;。!?|\\n]{1,14}?的${RECON}(?:申请|案件){F}{N}`, {
    clauseGuard: /被申请人|被告|其中|不予/,
    examples: ["作为县政府行政复议机构,全年受理以县政府为复议机关的行政复议申请64件。", "全年收到群众提出的行政复议申请58件。"],
  }),
  rule("recon.received", "(行政复议)受理N件", `受理{N}`, {
    priority: 1,
    topic: "recon",
    clauseGuard: /不予|前|其中|调解/,
    examples: ["区政府共收到行政复议申请210件,受理196件,其中决定维持120件。", "县政府收到复议申请52件。受理47件,不予受理5件。"],
  }),
  // ── recon.closed ──
  rule("recon.closed", "(行政复议)结案N件", `(?:结案|审结|办结|已结){F}(?:${RECON})?(?:申请|案件)?{F}{N}`, {
    topic: "recon",
    topicWindow: 80,
    clauseGuard: /方式|调解|和解|撤回|终止|驳回|维持|撤销|以来|其中.{0,4}(?:维持|撤销)|诉讼|应诉|赔偿/,
    examples: ["全年收到行政复议申请96件,结案88件,审限内结案率100%。", "受理行政复议案件47宗,依法审结45宗。"],
  }),
  // ── rates ──
  rule("recon.ontime_rate", "审限内结案率N%", `(?:审限内|法定期限内|按期|按时)结案率{P}`, {
    examples: ["结案62件,审限内结案率达到100%。", "行政复议案件法定期限内结案率为98.5%。"],
  }),
  rule("recon.correction_rate", "行政复议直接纠错率N%", `(?:行政复议|复议)?直接纠错率{P}`, {
    priority: 3,
    examples: ["2023年全县行政复议直接纠错率为11.6%。", "我市直接纠错率降至7.9%,位列全省前列。"],
  }),
  rule("recon.correction_rate", "(行政复议)纠错率N%", `纠错率{P}`, {
    topic: "recon",
    examples: ["全年收到行政复议申请300件,直接纠错41件,纠错率13.7%。", "行政复议工作扎实推进,直接纠错率降至6.2%。"],
  }),
  rule("recon.settlement_rate", "行政复议调解和解率N%", `(?:行政复议|复议)?(?:调解和解|调解、和解)(?:结案)?率{P}`, {
    priority: 3,
    examples: ["行政复议调解和解率达到31.2%。", "调解和解率升至28.4%,位列全省第三。"],
  }),
  rule("recon.settlement_rate", "(行政复议)调解率N%", `(?:调解|和解)率{P}`, {
    topic: "recon",
    examples: ["行政复议案件以调解、和解方式结案29件,调解和解率升至27.3%。", "县政府收到复议申请80件,调解率18.5%。"],
  }),
  // ── recon.as_respondent ──
  rule("recon.as_respondent", "以本级政府为被申请人的复议案件N件", `(?:(?:以|作为)${BODY}|${SELF_BODY})(?:作为|为)被申请人(?:[^,;。!?|\\n]{0,12}?)?的?${RECON}(?:的)?(?:申请|案件){F}{N}`, {
    selfBody: true,
    examples: ["以县政府为被申请人的行政复议案件共9件。", "全年办理管委会作为被申请人的复议案件6件。", "以区政府为被申请人、向市政府申请复议的案件21件。", "河口县市场监管局2023年法治政府建设情况\n全年发生以县市场监管局为被申请人的行政复议案件8件。"],
  }),
  // ── litig.cases ──
  rule("litig.cases", "行政应诉案件N件", `(?:行政(?:诉讼|应诉)|行政机关应诉)案件(?:一审)?(?:收案|受理|新收)?{F}{N}`, {
    priority: 1,
    // (复议 with no figure of its own before this one: 行政复议、行政诉讼案件共N件 is their sum; 行政复议案件56件、行政诉讼案件43件 is not)
    clauseGuard: /其中|败诉|胜诉|复议[^\d]*$/,
    examples: ["2023年,全区行政诉讼案件共146件。", "全年行政应诉案件31件,同比下降12%。"],
  }),
  // ── litig.appearances / rate ──
  rule("litig.appearances", "负责人出庭应诉N次", `(?:负责人|负责同志|[局委]领导|领导干部|(?:副?[县区市旗镇乡]长)(?:及副?[县区市旗镇乡]长)?){F}出庭(?:应诉)?{F}{N}`, {
    units: "次|件|人次|场",
    examples: ["行政机关负责人出庭应诉47次,出庭应诉率100%。", "全年负责人共出庭应诉12件次。"],
  }),
  rule("litig.appearance_rate", "出庭应诉率N%", `出庭(?:应诉)?率{P}`, {
    examples: ["全年行政机关负责人出庭应诉率达到100%。", "以区政府为被告的案件5件,负责人出庭率为100%。"],
  }),
  // ── legality.reviewed ──
  rule("legality.reviewed", "审核(政府)文件及决策事项N件", `(?:审核|审查)(?:[^,;。!?|\\n]{0,40}?)(?:文件|事项|决策|议题)(?:[^,;。!?|\\n]{0,10}?(?:合同|协议))*{F}{N}`, {
    sentenceGuard: NOT_LEGALITY_REVIEW,
    units: UNITS.items + "|次",
    clauseGuard: new RegExp(`备案|其中|清理|报备|评查|${SUB_UNITS}`),
    examples: ["全年共审核县政府规范性文件和重大行政决策事项132件。", "法律顾问共审查各类行政文件及行政合同215份。"],
  }),
  rule("legality.reviewed", "对文件、决策事项(及合同)共审核N件", `对[^,;。!?|\\n]{0,30}?(?:文件|事项|决策)[^,;。!?|\\n]{0,16}?(?:进行|开展)?(?:了)?(?:合法性)?(?:审核|审查){F}{N}`, {
    sentenceGuard: NOT_LEGALITY_REVIEW,
    units: UNITS.items,
    clauseGuard: new RegExp(`备案|清理|评查|${SUB_UNITS}`),
    examples: ["全年对县政府规范性文件、重大行政决策事项及行政协议共审核64件。", "市政府共对市政府文件、重大决策事项进行合法性审查312件。"],
  }),
];
