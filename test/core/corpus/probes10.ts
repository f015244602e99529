/** probes 10: constructions found by session 10's probes. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes10: CorpusCase[] = [
  // ───────── a figure, then 已(经)/均/全部 and the code's verb, its noun the clause before's ─────────
  {
    text: "全年受理行政复议申请30件，28件案件已经办结。",
    year: 2023,
    expect: { "recon.received": 30, "recon.closed": 28 },
    note: "已经办结 is 已经 + 办结, not 经办 (handle); the figure and its verb make a clause of their own",
  },
  {
    text: "县政府全年收到复议申请45件，41件均已审结，其余4件正在审理中。",
    year: 2023,
    expect: { "recon.received": 45, "recon.closed": 41 },
  },
  {
    text: "全年共受理复议案件40件，已审结的36件案件中，维持28件。",
    year: 2023,
    expect: { "recon.received": 40, "recon.closed": 36 },
    note: "审结的36件…中: the verb, 的, the figure",
  },
  {
    text: "受理行政复议申请30件，目前28件已全部审结。",
    year: 2023,
    expect: { "recon.received": 30 },
    absent: ["recon.closed"],
    note: "目前 is a snapshot at the time of writing: a suggestion, not a value",
  },
  // ───────── the court is the forum where 以…为被告 names the party ─────────
  {
    text: "县人民法院全年受理以县政府为被告的行政诉讼案件18件，县政府负责人出庭应诉6次。",
    year: 2023,
    expect: { "litig.cases": 18, "litig.appearances": 6 },
  },
  {
    text: "全县法院共受理以我县行政机关为被告的一审行政案件52件。",
    year: 2023,
    expect: { "litig.cases": 52 },
  },
  {
    text: "2023年，县法院新收行政诉讼案件264件，审结250件。",
    year: 2023,
    expect: {},
    absent: ["litig.cases", "recon.closed"],
    note: "the court's own caseload, no party named: not the government's",
  },
  {
    text: "全年共办理行政复议案件56件，其中以县政府部门为被申请人的49件。",
    year: 2023,
    expect: { "recon.received": 56 },
    absent: ["recon.as_respondent"],
    note: "县政府部门 are the government's parts, not the government as respondent",
  },
  // ───────── a span of years adds up several years ─────────
  {
    text: "2021年至2023年累计发生行政诉讼案件156件。",
    year: 2023,
    expect: {},
    absent: ["litig.cases"],
  },
  {
    text: "2021—2023年，全县共调解矛盾纠纷5600件。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
  },
  {
    text: "2019年以来累计办理人大代表建议412件。",
    year: 2023,
    expect: {},
    absent: ["proposals.npc"],
    note: "the wording rule's own multi-year words miss 2019年以来: the frames' doubt holds it",
  },
  {
    text: "2023年以来，共办理人大代表建议58件，政协提案61件。",
    year: 2023,
    expect: { "proposals.npc": 58, "proposals.cppcc": 61 },
    note: "since the report's own year is that year",
  },
  // ───────── a list item's own words, not the items before it ─────────
  {
    text: "全年共办理政协委员提案57件、人大代表建议43件，办复率均为100%。",
    year: 2023,
    expect: { "proposals.cppcc": 57, "proposals.npc": 43, "proposals.reply_rate": 100 },
    note: "the proposals listed first are no sum the deputies' suggestions belong to",
  },
  {
    text: "全年共办理建议提案175件（人大代表建议80件、政协提案95件），办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 80, "proposals.cppcc": 95, "proposals.reply_rate": 100 },
    note: "the whole before the bracket is both codes' sum; the parts in it are each code's",
  },
  // ───────── honours: 培育, 荣获, 枫桥式 (lexicon), and only in the figure's own clause ─────────
  {
    text: "培育“枫桥式”司法所8个、人民调解组织12个。",
    year: 2023,
    expect: {},
    absent: ["mediation.organizations"],
  },
  {
    text: "全县共有人民调解组织186个，其中荣获省级“枫桥式”人民调解委员会称号3个。",
    year: 2023,
    expect: { "mediation.organizations": 186 },
    note: "the honour is the part's after 其中, not the whole's",
  },
  // ───────── a department named as the subject in the county's report ─────────
  {
    text: "县市场监管局党组会学法6次。",
    year: 2023,
    expect: {},
    absent: ["study.party_sessions"],
    note: "a department's own meetings are not the county's",
  },
  {
    text: "县司法局局务会议学法8次。",
    year: 2023,
    expect: {},
    absent: ["study.gov_sessions"],
    note: "the justice bureau is the government's organ for reconsideration, but its meetings are its own",
  },
  {
    text: "县司法局2023年法治政府建设情况报告\n一、学法情况\n局党组会议学法6次，局务会议学法8次。",
    expect: { "study.party_sessions": 6, "study.gov_sessions": 8 },
    note: "in the bureau's own report they are the reporting body's meetings",
  },
  {
    text: "县人社局党组理论学习中心组开展集体学法4次。",
    year: 2023,
    expect: {},
    absent: ["study.party_sessions"],
  },
  {
    text: "“有事找12345，已经成了群众的习惯。”县数据资源局负责人介绍，全年12345热线受理群众诉求2.3万件，群众满意率96.5%。",
    year: 2023,
    expect: { "hotline.tickets": 23000, "hotline.satisfaction_rate": 96.5 },
    as: { "hotline.tickets": "2.3万" },
    note: "a department that speaks is not the subject of the figures",
  },
  // ───────── a year-labelled pair, and a clause that only dates and states a level ─────────
  {
    text: "2022年旁听庭审180人次，2023年增至260人次。",
    year: 2023,
    expect: { "study.court_observation": 260 },
    note: "the earlier year's figure gives way to the report year's in its sentence; 增至 states the level",
  },
  {
    text: "行政应诉案件数量较上年减少10件，全年为38件。",
    year: 2023,
    expect: { "litig.cases": 38 },
  },
  {
    text: "2022年全县调解矛盾纠纷1200件，2023年达到1350件。",
    year: 2023,
    expect: { "mediation.cases": 1350 },
  },
  {
    text: "全县调解矛盾纠纷1350件，2022年为1200件。",
    year: 2023,
    expect: { "mediation.cases": 1350 },
    note: "the level clause of another year is that year's",
  },
  // ───────── sessions glued to people; a date before the verb clause; lecture halls; a list of nouns, not of verbs ─────────
  {
    text: "组织领导干部和公职人员旁听庭审6批次412人次。",
    year: 2023,
    expect: { "study.court_observation": 412 },
    note: "6批次 measures the same act: no other figure between the noun and 412",
  },
  {
    text: "全年开展领导干部法治讲座5期600人次。",
    year: 2023,
    expect: { "study.lectures": 5 },
    absent: ["study.court_observation"],
  },
  {
    text: "严格落实政府常务会议会前学法制度，2023年度累计学法15次。",
    year: 2023,
    expect: { "study.gov_sessions": 15 },
  },
  {
    text: "开展“领导干部学法讲堂”4期，邀请律师、法官授课。",
    year: 2023,
    expect: { "study.lectures": 4 },
    absent: ["study.party_sessions", "study.gov_sessions"],
  },
  {
    text: "落实集体学法制度，县委常委会、县政府常务会全年分别学法6次和16次。",
    year: 2023,
    expect: { "study.party_sessions": 6, "study.gov_sessions": 16 },
    note: "落实 and 学法 are two verbs, no list of them: 分别 shares out the bodies only",
  },
  // ───────── 其中我县: the own share of a higher body's whole ─────────
  {
    text: "全市12345热线共受理诉求86.5万件，其中我县2.1万件。",
    year: 2023,
    expect: { "hotline.tickets": 21000 },
    as: { "hotline.tickets": "2.1万" },
  },
  {
    text: "全市行政复议机关共收到申请820件，其中本县42件。",
    year: 2023,
    expect: { "recon.received": 42 },
  },
  // ───────── a generic head as the object of a clause whose subject is the code's noun ─────────
  {
    text: "群众来电诉求办理方面，“12345”热线全年交办我区事项17650件，群众满意率95%以上。",
    year: 2023,
    expect: { "hotline.tickets": 17650, "hotline.satisfaction_rate": 95 },
    approx: { "hotline.satisfaction_rate": "at_least" },
    absent: ["legality.reviewed"],
  },
  // ───────── whose cases: a named respondent that is a department; lost suits; the courts' suggestions ─────────
  {
    text: "以县政府部门为被申请人的行政复议案件47件，以县政府为被申请人的行政复议案件5件。",
    year: 2023,
    expect: { "recon.as_respondent": 5 },
  },
  {
    text: "县人民法院受理以县直部门和乡镇为被告的行政诉讼案件47件。",
    year: 2023,
    expect: { "litig.cases": 47 },
    note: "suits against the departments are the jurisdiction's litigation: the party matters only for the government as respondent",
  },
  {
    text: "全年共办理行政诉讼案件45件，败诉3件，败诉率6.7%。",
    year: 2023,
    expect: { "litig.cases": 45 },
  },
  {
    text: "市人民检察院发出行政检察建议27件，采纳率100%。",
    year: 2023,
    expect: {},
    absent: ["proposals.npc", "proposals.reply_rate"],
    note: "a procuratorate's suggestions are no deputies'",
  },
  // ───────── a year that labels another figure dates that figure only ─────────
  {
    text: "县政府收到行政复议申请由2022年的52件下降至41件，受理38件，审结36件。",
    year: 2023,
    expect: { "recon.received": 41, "recon.closed": 36 },
    note: "由2022年的52件下降至41件: 41 is the year's, the 52 between is the base it fell from",
  },
  {
    text: "负责人出庭应诉率从2022年的85%提升至100%，全年出庭应诉57次。",
    year: 2023,
    expect: { "litig.appearance_rate": 100, "litig.appearances": 57 },
  },
  {
    text: "2022年全县行政应诉案件88件；2023年为76件，负责人出庭71人次。",
    year: 2023,
    expect: { "litig.cases": 76, "litig.appearances": 71 },
    note: "a year-labelled pair across a semicolon",
  },
  // ───────── tables: a rate row whose label says (%), a field row under its noun's row, a row that opens with digits ─────────
  {
    text: "主要指标如下表：\n项目 | 2022年 | 2023年\n行政诉讼案件（件） | 73 | 64\n负责人出庭应诉率（%） | 92.5 | 100\n二、存在的不足",
    year: 2023,
    expect: { "litig.cases": 64, "litig.appearance_rate": 100 },
  },
  {
    text: "二、主要指标完成情况\n指标 2022年 2023年 增减\n行政复议收案数（件） 84 97 +13\n审结数（件） 80 93 +13\n直接纠错率（%） 9.5 11.8 +2.3",
    year: 2023,
    expect: { "recon.received": 97, "recon.closed": 93, "recon.correction_rate": 11.8 },
    note: "审结数 is a field of the reconsideration rows above it",
  },
  {
    text: "一、主要指标完成情况\n项目 | 2023年 | 2022年\n主动公开政府信息（条） | 3620 | 3104\n12345热线工单（件） | 48620 | 41570",
    year: 2023,
    expect: { "disclosure.proactive": 3620, "hotline.tickets": 48620 },
    note: "a row that ends in a digit does not run on into the next row that opens with one",
  },
  // ───────── the whole jurisdiction's figure beside one person's; a rule's weak figure beside a clear one ─────────
  {
    text: "全县行政机关负责人出庭应诉96次，县长出庭应诉3次。",
    year: 2023,
    expect: { "litig.appearances": 96 },
    note: "全县 makes the first the whole, not one of two kinds listed",
  },
  {
    text: "县委常委会会议专题学习习近平法治思想2次，全年集体学法共计7次。",
    year: 2023,
    expect: { "study.party_sessions": 7 },
    note: "theory study is no 学法: the rule's 2 gives way to the clear 7 of its sentence",
  },
  // ───────── under a heading that names the noun: the verb and its figure, a bare 申请 ─────────
  {
    text: "（一）行政复议\n1. 案件办理。受理56件，审结50件，审限内结案率100%。",
    year: 2023,
    expect: { "recon.received": 56, "recon.closed": 50, "recon.ontime_rate": 100 },
    note: "the heading names the topic the wording rule looked for in the lines above",
  },
  {
    text: "（五）政府信息公开\n全年主动公开2318条；受理申请46件，按期答复率100%。",
    year: 2023,
    expect: { "disclosure.proactive": 2318, "disclosure.requests": 46, "disclosure.response_rate": 100 },
  },
  {
    text: "二、行政复议工作\n全年收到申请46件，审结43件。",
    year: 2023,
    expect: { "recon.received": 46, "recon.closed": 43 },
    absent: ["disclosure.requests"],
  },
  {
    text: "申请人对处理结果不服的，可依法申请行政复议。全年办理群众来信38件。",
    year: 2023,
    expect: {},
    absent: ["recon.received", "disclosure.requests"],
  },
  // ───────── a subject whose noun names a kind of body ─────────
  {
    text: "另外，县级行业性专业性调解组织全年调解纠纷324件。全县全年共化解矛盾纠纷1170件，调解成功率97.9%。",
    year: 2023,
    expect: { "mediation.cases": 1170, "mediation.success_rate": 97.9 },
  },
  // ───────── study: a broad whole and the code's own part; a department's people at the government's meeting ─────────
  {
    text: "全年县委理论学习中心组、县委常委会开展集体学习32次，其中集体学法8次。",
    year: 2023,
    expect: { "study.party_sessions": 8 },
    note: "the 32 count study of every kind; the part after 其中 is the code's own noun",
  },
  {
    text: "县政府常务会议开展集体学习20次，其中会前学法12次。",
    year: 2023,
    expect: { "study.gov_sessions": 12 },
  },
  {
    text: "全年区委理论学习中心组开展学习18次，其中法治专题学习4次；区政府常务会议学法11次。",
    year: 2023,
    expect: { "study.party_sessions": 4, "study.gov_sessions": 11 },
  },
  {
    text: "某某县交通运输局2023年法治政府建设情况报告\n一、学法情况\n局主要负责人参加县政府常务会议会前学法12次。局党组会集体学法8次。",
    expect: { "study.party_sessions": 8 },
    absent: ["study.gov_sessions"],
    note: "in a department's report the government's meetings its head attends are not its own",
  },
  {
    text: "区长和区政府班子成员参加区委理论学习中心组集体学法26次。",
    year: 2023,
    expect: { "study.party_sessions": 26 },
    note: "in the government's own report the party committee's study group it attends counts",
  },
  // ───────── a town or street as the subject ─────────
  {
    text: `${"深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。".repeat(14)}\n东城街道共排查化解各类矛盾纠纷412件。`,
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
    note: "街道 that ends a place's name is that street's office, not the streets together",
  },
  // ───────── a rate whose sentence's subject is a justice office or a mediation centre is theirs ─────────
  {
    text: `${"深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。".repeat(14)}\n城关镇司法所联合镇人民调解委员会调解纠纷186件，调解成功率100%。`,
    year: 2023,
    expect: {},
    absent: ["mediation.cases", "mediation.success_rate"],
  },
  {
    text: "县司法局指导各级人民调解组织调解矛盾纠纷2100件，调解成功率99%。",
    year: 2023,
    expect: { "mediation.cases": 2100, "mediation.success_rate": 99 },
    note: "the bureau guides; the organisations at every level mediate",
  },
  // ───────── 各: one figure each item listed before it has ─────────
  {
    text: "县委常委会、县政府常务会议各开展会前学法12次。",
    year: 2023,
    expect: { "study.party_sessions": 12, "study.gov_sessions": 12 },
  },
  {
    text: "县委常委会、县政府常务会议共开展会前学法20次。",
    year: 2023,
    expect: {},
    absent: ["study.party_sessions", "study.gov_sessions"],
    note: "共 is their sum, no body's",
  },
];
