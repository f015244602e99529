/**
 * probes 15: wordings a helper wrote blind for session 15 (from the catalog's definitions, without reading the shared
 * corpus), each with the frame change it led to, or marked known where the extractor still gets it wrong.
 */
import type { CorpusCase } from "./types";

export const probes15: CorpusCase[] = [
  {
    text: "全年承办县人大十八届三次会议代表建议、县政协十一届三次会议委员提案共156件，其中代表建议71件、委员提案85件，均按期办结。",
    year: 2024,
    expect: { "proposals.npc": 71, "proposals.cppcc": 85 },
    note: "two codes' nouns listed each with its session's name are one list: the 其中 parts split their sum, each its code's whole",
  },
  {
    text: "镇人民调解委员会及各村调委会共调处矛盾纠纷318件，调解成功311件。",
    year: 2024,
    expect: { "mediation.cases": 318, "mediation.succeeded": 311 },
    note: "a subject's nouns with a verb between them and the object are no list of the object's kinds",
  },
  {
    text: "全年调解矛盾纠纷数量较上年同期的1860件减少至1724件，调解成功率99.1%。",
    year: 2024,
    expect: { "mediation.cases": 1724, "mediation.success_rate": 99.1 },
    note: "较 and last year's figure are the base of the level the figure after 减少至 is: neither a comparison nor last year's",
  },
  {
    text: "全年共办理行政诉讼案件36件，较去年同期的41件减少5件。",
    year: 2024,
    expect: { "litig.cases": 36 },
    note: "guard: last year's base before a change (减少5件) is still no value",
  },
  {
    text: "全县行政复议案件受理数量持续增长，达到132件，审结128件。",
    year: 2024,
    expect: { "recon.received": 132, "recon.closed": 128 },
    note: "a clause that is only a level word right after one saying how the act's measure went (受理数量持续增长) takes that measure",
  },
  {
    text: "12345热线受理工单总量较上年明显上升，达到4.6万件，按期办结率99.2%。",
    year: 2024,
    expect: { "hotline.tickets": 46000, "hotline.completion_rate": 99.2 },
    as: { "hotline.tickets": "4.6万" },
    note: "the same with 总量 and a comparison in the clause before",
  },
  {
    text: "人大代表建议（议案）办理：全年承办53件，已全部办复。",
    year: 2024,
    expect: { "proposals.npc": 53 },
    note: "a label before a colon (the noun, another name in brackets, 办理) heads the clause after it as …方面 does; the bracket's 议案 is the label's own noun's other name, no weak noun of its own",
  },
  {
    text: "行政应诉工作：全年应诉行政诉讼案件27件，负责人出庭应诉21次。",
    year: 2024,
    expect: { "litig.cases": 27, "litig.appearances": 21 },
    note: "guard: a label whose clause after it names its own noun",
  },
  {
    text: "全年共有58件人大代表建议、73件政协提案交由区政府系统办理，办复率100%。",
    year: 2024,
    expect: { "proposals.npc": 58, "proposals.cppcc": 73, "proposals.reply_rate": 100 },
    note: "交由 a body 办理: the body's verb is the act, the handing no other code's verb",
  },
  {
    text: "市人大常委会交由我区办理的代表建议29件已全部办结。",
    year: 2024,
    expect: { "proposals.npc": 29 },
    note: "the same before the noun: handed to the report's own body to handle, not newly assigned",
  },
  {
    text: "全年共有1580件矛盾纠纷、42件信访积案得到化解。",
    year: 2024,
    expect: { "mediation.cases": 1580 },
    only: true,
    note: "a figure in a list of figures each before its own noun counts that noun (信访积案), not the earlier figure's",
  },
  {
    text: "全年调解成功各类矛盾纠纷3316件，调解总数3342件，调解成功率99.2%。",
    year: 2024,
    expect: { "mediation.cases": 3342, "mediation.succeeded": 3316, "mediation.success_rate": 99.2 },
    note: "a verb and 总数 before the figure is a verb clause, as 数量 is: the noun is the clause before's",
  },
  {
    text: "全区行政机关负责人共出庭应诉行政诉讼案件46件次，出庭应诉率100%。",
    year: 2024,
    expect: { "litig.appearances": 46, "litig.appearance_rate": 100 },
    absent: ["litig.cases"],
    note: "an act-noun (出庭应诉) and its object (行政诉讼案件) are no list of two codes' nouns: the figure counts the acts",
  },
  {
    text: "市人大常委会交办代表建议52件，区政府系统承办47件，办复率100%。",
    year: 2024,
    expect: { "proposals.npc": 47, "proposals.reply_rate": 100 },
    note: "an assignment in the clause before is not the figure's: its own verb after it (承办) handles them",
  },
  {
    text: "全县行政复议案件受理量为87件，同比增长12%，审结81件。",
    year: 2024,
    expect: { "recon.received": 87, "recon.closed": 81 },
    note: "受理量 after a noun is the head of one compound (as 事项 is) and says its act: the count received, not the hotline's",
  },
  {
    text: "邀请市委党校教授为区政府领导班子成员和各部门主要负责人举办法治专题讲座3次。",
    year: 2024,
    expect: { "study.lectures": 3 },
    note: "the departments after 为 are the audience, not the sub-units that held the lectures",
  },
  {
    text: "全年承办各级人大代表建议和政协委员提案196件，其中人大代表建议84件（省级3件、市级12件、县级69件），政协委员提案112件。",
    year: 2024,
    expect: { "proposals.npc": 84, "proposals.cppcc": 112 },
    note: "levels inside a bracket that breaks down an earlier figure are no subject of the figures after it",
  },
  {
    text: "组织旁听庭审活动4场，参与干部职工260人次。",
    year: 2024,
    expect: { "study.court_observation": 260 },
    note: "the people counted right before the figure (干部职工) leave the clause a verb clause: 参与 and its figure",
  },
  {
    text: "我县12345热线2024年受理群众诉求9.3万件\n发布时间：2025-01-16 来源：县融媒体中心\n日前，记者从县政务服务数据管理局获悉，2024年，我县12345热线共受理群众诉求工单93418件，办结率99.5%。",
    expect: { "hotline.tickets": 93418, "hotline.completion_rate": 99.5 },
    note: "of one score, the figure written exactly comes before the headline's rounding of it (9.3万), and they are no conflict",
  },
  {
    text: "组织全县行政执法人员参加年度法律知识考试，应考356人，实考351人，参考率98.6%，合格率100%。",
    year: 2024,
    expect: { "study.exam_takers": 351, "study.exam_pass_rate": 100 },
    note: "实考 (实际参考) is who sat, a taker noun and the act; 应考 (应参考) who should have: what was due, no taker",
  },
  {
    text: "全年区政府常务会议“第一议题”学习习近平法治思想和法律法规11次。",
    year: 2024,
    expect: { "study.gov_sessions": 11 },
    note: "第一议题 is the meeting's standing study item, no agenda of other business (议题 alone is: 审议议题56项)",
  },
];
