/**
 * Statistics tables: a row "标签 | 值" (a pasted or converted table keeps its
 * cells apart with |). One line a label, in the words a statistics officer
 * puts in a table's first column. Only the first value cell is read; when the
 * table's header names years (| 指标 | 2023年 | 2022年 |), that first column
 * must be the report's year (checked by the engine for every table rule).
 */
import { rule, type Rule, type RuleOptions, type Topic } from "./rule";
import { BODY } from "./review";

/** A row whose first cell is `label` (an optional unit in brackets), then the value. */
function row(code: string, name: string, label: string, kind: "count" | "percent", opts: Partial<RuleOptions> & { examples: string[] }): Rule {
  const value = kind === "count" ? "{n}" : "{P}";
  return rule(code, `表格: ${name}`, `(?:^|\\n)[ \\t|]*(?:${label})(?:\\([^)|\\n]{1,6}\\))?{T}${value}`, { table: true, ...opts });
}

const count = (code: string, name: string, label: string, examples: string[], more: Partial<RuleOptions> = {}) =>
  row(code, name, label, "count", { examples, ...more });
const rate = (code: string, name: string, label: string, examples: string[], more: Partial<RuleOptions> = {}) =>
  row(code, name, label, "percent", { examples, ...more });
const under = (topic: Topic): Partial<RuleOptions> => ({ topic, topicWindow: 600 });

export const tableRules: Rule[] = [
  // first cells too short to name their subject alone (本年审结): under a reconsideration heading
  count("recon.received", "收到/新收申请", "(?:本年|全年)?(?:[区市县]政府)?(?:收到|新收|收案)(?:行政复议)?(?:申请|案件)?(?:数|件数)?", ["行政复议案件统计\n项目  | 数量(件)  |\n新收申请  | 214  |", "行政复议收案情况\n本年收案  | 86件  |"], { ...under("recon"), priority: 1 }),
  count("recon.closed", "本年审结", "(?:本年|全年)?(?:审结|结案|办结)(?:数|件数|案件)?", ["行政复议案件统计\n项目  | 数量(件)  |\n本年审结  | 189  |", "行政复议办案情况\n结案数  | 77件  |"], { ...under("recon"), priority: 1 }),
  rate("recon.ontime_rate", "审限内审结率", "(?:审限内|法定期限内|按期)(?:审结|结案)率", ["行政复议案件统计\n审限内审结率  | 100%  |", "行政复议办案情况\n按期结案率  | 98.7%  |"], under("recon")),
  rate("recon.correction_rate", "直接纠错率", "(?:直接)?纠错率", ["行政复议案件统计\n直接纠错率  | 12.7%  |", "行政复议办案情况\n纠错率  | 9.1%  |"], under("recon")),
  rate("recon.settlement_rate", "调解和解率", "(?:调解和解|调解、和解)(?:结案)?率", ["行政复议案件统计\n调解和解率  | 21.7%  |", "行政复议办案情况\n调解和解结案率  | 30%  |"], under("recon")),
  // first cells that name their subject
  count("recon.received", "行政复议申请收到数", "行政复议(?:申请)?(?:收到|受理|新收|收案)(?:数|件数|量)|(?:收到|新收|受理)行政复议申请(?:数|件数)?", ["指标 | 数值\n行政复议申请收到数 | 203件", "| 收到行政复议申请(件) | 164 |"]),
  count("recon.closed", "行政复议结案数", "行政复议(?:结案|审结|办结)(?:数|件数)?", ["指标 | 数值\n行政复议结案数 | 188件", "| 行政复议审结(件) | 151 |"]),
  rate("recon.ontime_rate", "审限内结案率", "(?:行政复议)?(?:审限内|法定期限内|按期)(?:结案|审结)率", ["指标 | 数值\n审限内结案率 | 100%", "| 行政复议按期结案率 | 99.2% |"]),
  rate("recon.correction_rate", "行政复议纠错率", "行政复议(?:直接)?纠错率", ["指标 | 数值\n行政复议纠错率 | 12.2%", "| 行政复议直接纠错率 | 9.8% |"]),
  rate("recon.settlement_rate", "行政复议调解和解率", "行政复议调解和解(?:结案)?率", ["指标 | 数值\n行政复议调解和解率 | 21.7%", "| 行政复议调解和解结案率 | 30% |"]),
  count("litig.cases", "行政诉讼案件数", "行政(?:诉讼|应诉)(?:应诉)?案件(?:数|件数)?", ["指标 | 数值\n行政诉讼案件数 | 64件", "| 行政应诉案件数(件) | 37 |"]),
  count("litig.appearances", "负责人出庭应诉次数", "(?:行政机关)?负责人出庭(?:应诉)?(?:次数|人次|数)", ["指标 | 数值\n负责人出庭应诉次数 | 58次", "| 行政机关负责人出庭应诉人次 | 22 |"], { units: "次|人次|件" }),
  rate("litig.appearance_rate", "负责人出庭应诉率", "(?:行政机关)?负责人出庭(?:应诉)?率", ["指标 | 数值\n负责人出庭应诉率 | 90.6%", "| 行政机关负责人出庭应诉率 | 100% |"]),
  count("legality.reviewed", "合法性审查数", "合法性(?:审查|审核)(?:文件)?(?:数|件数)|合法性(?:审查|审核)[^|\\n]{0,16}?(?:文件|事项|决策)[^|\\n]{0,8}?", ["指标 | 数值\n合法性审查文件数 | 96件", "| 合法性审核件数 | 41 |"]),
  count("litig.cases", "以本级政府为被告的行政诉讼案件", `以${BODY}(?:及其(?:工作)?部门)?为被告的(?:行政诉讼|行政应诉)?案件`, ["| 指标 | 2023年 |\n| 以区政府为被告的行政诉讼案件(件) | 58 |", "以县政府为被告的行政诉讼案件  | 17  |"], { selfBody: true }),
  count("mediation.organizations", "人民调解组织(个)", "(?:[全各]?[区市县镇乡]?)?人民调解(?:组织|委员会)(?:总数|数)?", ["| 指标 | 2023年 |\n| 人民调解组织(个) | 318 |", "人民调解委员会数  | 96  |"], { units: "个|家" }),
  count("mediation.cases", "调解纠纷数", "(?:人民)?调解(?:矛盾)?纠纷(?:数|件数|总数)?|人民调解案件(?:数|件数)?", ["指标 | 数值\n调解矛盾纠纷数 | 5214件", "| 人民调解案件数 | 812 |"], { units: "件|起|宗" }),
  count("mediation.succeeded", "调解成功数", "调解成功(?:数|件数)", ["指标 | 数值\n调解成功数 | 5120件", "| 调解成功件数 | 800 |"], { units: "件|起|宗" }),
  rate("mediation.success_rate", "调解成功率", "(?:人民)?调解成功率", ["指标 | 数值\n调解成功率 | 98.7%", "| 人民调解成功率 | 99% |"]),
  count("hotline.tickets", "12345热线工单办理数", "12345(?:热线)?(?:工单|诉求)(?:办理|受理)?(?:数|量|件数)|12345(?:热线)?(?:办理|受理)(?:工单|诉求)?(?:数|量)", ["指标 | 数值\n12345热线工单办理数 | 58410件", "| 12345受理量(件) | 9800 |"], { units: "件|条|个|单" }),
  rate("hotline.completion_rate", "热线办结率", "(?:12345)?热线(?:工单|诉求)?办结率", ["指标 | 数值\n热线办结率 | 99.6%", "| 12345热线工单办结率 | 100% |"]),
  rate("hotline.satisfaction_rate", "热线满意率", "(?:12345)?热线(?:工单|诉求)?满意率", ["指标 | 数值\n热线满意率 | 97.35%", "| 12345热线满意率 | 96% |"]),
  count("disclosure.proactive", "主动公开政府信息数", "主动公开(?:政府)?信息(?:数|条数)?", ["指标 | 数值\n主动公开政府信息 | 2106条", "| 主动公开政府信息数(条) | 930 |"], { units: "条|件|份" }),
  count("disclosure.requests", "依申请公开办理数", "依申请公开(?:申请)?(?:办理|受理|收到)?(?:数|件数)", ["指标 | 数值\n依申请公开办理数 | 143件", "| 依申请公开受理数 | 38 |"]),
  rate("disclosure.response_rate", "依申请公开答复率", "依申请公开(?:按时|按期|依法)?答复率", ["指标 | 数值\n依申请公开按时答复率 | 100%", "| 依申请公开答复率 | 99% |"]),
  count("proposals.npc", "人大代表建议办理数", "人大代表建议(?:办理)?(?:数|件数)", ["指标 | 数值\n人大代表建议办理数 | 166件", "| 人大代表建议数(件) | 72 |"]),
  count("proposals.cppcc", "政协委员提案办理数", "政协(?:委员)?提案(?:办理)?(?:数|件数)", ["指标 | 数值\n政协委员提案办理数 | 157件", "| 政协提案数(件) | 88 |"]),
  rate("proposals.reply_rate", "建议提案办复率", "(?:建议提案|人大代表建议和政协委员提案)?办复率", ["人大代表建议和政协提案办理\n建议提案办复率 | 100%", "政协提案办理情况\n| 办复率 | 100% |"], under("proposals")),
  count("study.gov_sessions", "政府常务会议学法次数", "[区市县镇乡]?政府常务会议(?:会前)?学法(?:次数)?", ["指标 | 数值\n政府常务会议学法次数 | 12次", "| 区政府常务会议学法(次) | 10 |"], { units: "次|场|期" }),
  count("study.court_observation", "旁听庭审人次", "(?:领导干部)?旁听庭审(?:人次|人数)", ["指标 | 数值\n旁听庭审人次 | 420人次", "| 领导干部旁听庭审人次 | 96 |"], { units: "人次|人|名" }),
  rate("study.exam_pass_rate", "考试合格率", "(?:法律知识)?考试(?:合格|通过)率", ["指标 | 数值\n考试合格率 | 98%", "| 法律知识考试通过率 | 99.5% |"]),
];
