/**
 * Response family: the 12345 hotline (or a local hotline serving as it),
 * government information disclosure, NPC suggestions and CPPCC proposals.
 * A hotline's number (12345, 8890) is its name, never a value.
 */
import { rule, SERVICE_HOTLINE, UNITS, type Rule } from "./rule";

const HOTLINE = `(?:(?<!\\d)(?:12345|8890)(?!\\d)|${SERVICE_HOTLINE}|接诉即办|便民服务平台|政务服务平台)`;
/** A subset of the hotline's work, not its total. */
const HOTLINE_SUBSET = /疫情|涉疫|相关|涉企|其中|联动|部门|各[^,;。]{0,6}分中心|片区|承办单位|[\u4e00-\u9fa5](?<!各)类(?:诉求|工单|来电|问题|事项|警情)/;
const HANDLE = "(?:办理|受理|接收|承办|处理|交办|转办|答复|办结|接听|受理答复|收到|流转|接办|处置|响应|回应)";

export const responseRules: Rule[] = [
  // ── hotline.tickets ──
  rule("hotline.tickets", "办理12345诉求工单N件", `${HANDLE}[^,;。!?|\\n]{0,12}?${HOTLINE}[^,;。!?|\\n]{0,12}?(?:诉求|工单|来电|事项|问题|件)[^,;。!?|\\n]{0,4}?{N}`, {
    units: UNITS.tickets,
    clauseGuard: HOTLINE_SUBSET,
    examples: ["全年共办理“12345”市民热线诉求工单18432件,办结率99.6%。", "受理答复8890便民服务热线群众诉求2.1万件。"],
  }),
  rule("hotline.tickets", "(热线,)受理各类诉求N件", `(?:受理|办理|接收|处置|接听|交办|转办){F}(?:群众|市民|企业)?(?:各类)?(?:群众|市民|企业)?(?:(?:诉求|来电)(?:工单)?|工单){F}{N}`, {
    units: UNITS.tickets,
    priority: 1,
    topic: "hotline",
    clauseGuard: HOTLINE_SUBSET,
    examples: ["全县政务热线统一归并至12345政务服务便民热线。全年共受理各类诉求8.3万件,办结率98.9%。", "12345热线运行平稳,全年接听群众来电3.6万个。"],
  }),
  // ── hotline rates ──
  rule("hotline.completion_rate", "(热线诉求N件,)办结率N%", `(?<!一次性|一次|首次)办结率{P}`, {
    anchors: ["hotline.tickets"],
    fallbackTopic: "hotline",
    topicWindow: 80,
    examples: ["办理12345诉求工单5400件,办结率100%,满意率97.3%。", "热线受理群众诉求1.3万件,按期办结率99.5%。"],
  }),
  rule("hotline.satisfaction_rate", "(热线诉求N件,)满意率N%", `(?:群众|回访)?满意(?:率|度){P}`, {
    anchors: ["hotline.tickets"],
    fallbackTopic: "hotline",
    topicWindow: 80,
    examples: ["全年办理12345诉求工单5400件,办结率100%,满意率97.3%。", "受理12345热线工单3.1万件,群众满意率为95.42%。"],
  }),
  // ── disclosure ──
  rule("disclosure.proactive", "主动公开政府信息N条", `主动公开(?:[^,;。!?|\\n]{0,14}?)(?:信息|文件|解读|公告|事项){F}{N}`, {
    units: UNITS.items,
    examples: ["全年通过政府门户网站主动公开政府信息3652条。", "主动公开政府文件、政策解读等各类信息1279条。"],
  }),
  rule("disclosure.requests", "依申请公开N件", `依申请公开(?:政府信息)?{F}{N}`, {
    priority: 1,
    examples: ["依申请公开43件,依法答复率100%。", "全年依申请公开政府信息17件,均按期答复。"],
  }),
  rule("disclosure.requests", "收到政府信息公开申请N件", `(?:受理|收到|办理|接收|处理)[^,;。!?|\\n]{0,12}?(?:政府)?信息公开申请{F}{N}`, {
    examples: ["全年收到政府信息公开申请156件,已全部办结。", "共受理各类政府信息公开申请41件。"],
  }),
  // ── proposals ──
  rule("proposals.npc", "办理人大代表建议N件", `(?:办理|承办|办复|答复|收到|交办|完成)[^,;。!?|\\n]{0,14}?(?:人大|人民代表大会)(?:[^,;。!?|\\n和及与]{0,10}?)?代表(?:提出的)?(?:建议|议案)(?:[^,;。!?|\\n、和及与]{0,4}?){N}`, {
    clauseGuard: /政协|提案/,
    examples: ["全年共办理县人大代表建议128件、政协委员提案143件,办复率100%。", "承办市十七届人大三次会议代表提出的建议56件。"],
  }),
  rule("proposals.cppcc", "办理政协委员提案N件", `(?:办理|承办|办复|答复|收到|交办|完成)[^,;。!?|\\n]{0,40}?政协(?:[^,;。!?|\\n和及与]{0,10}?)?(?:委员)?(?:提出的)?提案(?:[^,;。!?|\\n、和及与]{0,4}?){N}`, {
    // 人大……和/及/、……政协 with no figure between: one combined figure, not the CPPCC's
    clauseGuard: /(?:人大|代表)[^\d件]*(?:和|及|与|、)[^\d件]*政协|重点提案/,
    examples: ["全年共办理县人大代表建议128件、政协委员提案143件,办复率100%。", "承办区政协委员提案64件,按期办结。"],
  }),
  rule("proposals.combined", "办理人大代表建议和政协提案N件(合计)", `(?:人大)?(?:代表)?(?:建议|议案)(?:和|及|与|、)(?:[^,;。!?|\\n]{0,6}?)提案(?:建议)?{F}{N}`, {
    examples: ["全年承办人大代表建议和政协委员提案共312件,办复率100%。", "办理人大议案建议及政协提案86件。"],
  }),
  rule("proposals.reply_rate", "建议提案办复率N%", `(?:办复|答复|回复|办结)率(?:、[^,;。!?|\\n]{1,6}?率)*{P}`, {
    anchors: ["proposals.npc", "proposals.cppcc", "proposals.combined"],
    // 办复 is the word for suggestions and proposals: on a list line of its own, the topic a line or two up
    fallbackTopic: "proposals",
    topicWindow: 150,
    examples: ["办理人大代表建议98件、政协委员提案110件,办复率100%。", "承办人大代表建议和政协提案共245件,按时答复率100%。"],
  }),
];
