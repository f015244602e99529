/** probes 12: constructions found in session 12. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

/** An opening of a county's report, long enough that a town named after it is no longer the report's own name. */
const OPENING =
  "2023年，县政府在县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和党的二十大精神，" +
  "认真落实党政主要负责人履行推进法治建设第一责任人职责规定，围绕全县经济社会发展大局，统筹推进严格规范公正文明执法、" +
  "行政权力制约监督、矛盾纠纷多元化解和基层法治建设，法治政府建设各项工作取得新的成效，为全县高质量发展提供了有力的法治保障。" +
  "全县上下把法治政府建设摆在全局工作的重要位置，与经济社会发展同部署、同推进、同督促、同考核、同奖惩，形成了党委领导、" +
  "政府主导、部门协同、社会参与的工作格局。县政府常务会议定期研究法治政府建设重大问题，及时解决工作中遇到的困难和问题，" +
  "各乡镇、各部门主要负责人切实履行第一责任人职责，层层压实工作责任，推动各项任务落地见效。全年未发生因行政不作为、乱作为引发的重大群体性事件，" +
  "群众对法治政府建设的满意度持续提升，全县法治化营商环境不断优化。现将有关情况报告如下。\n";

export const probes12: CorpusCase[] = [
  // ───────── a count of percentages shares one percentage out to the rates listed before it ─────────
  {
    text: "全年共承办县人大代表建议36件，截至年底全部办理完毕，办复率、满意率实现“两个100%”。",
    year: 2023,
    expect: { "proposals.npc": 36, "proposals.reply_rate": 100 },
    note: "两个100%: two rates, one percentage; 两个 is no count",
  },
  {
    text: "今年承办的人大建议和政协提案均已办结，实现了办复率、见面率、满意率“三个百分百”。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
    as: { "proposals.reply_rate": "百分百" },
    note: "百分百 in words is 100%",
  },
  {
    text: "全年受理政府信息公开申请48件，按期答复率达到百分百。",
    year: 2023,
    expect: { "disclosure.requests": 48, "disclosure.response_rate": 100 },
    as: { "disclosure.response_rate": "百分百" },
  },
  {
    text: "全县开展行政执法培训两个批次，参训人员百分百持证上岗。",
    year: 2023,
    expect: {},
    absent: ["proposals.reply_rate", "disclosure.response_rate", "hotline.satisfaction_rate"],
    note: "百分百 with no rate noun before it is no indicator's figure",
  },
  {
    text: "12345热线全年受理群众诉求8650件，办结率、回访率“双百分百”。",
    year: 2023,
    expect: { "hotline.tickets": 8650, "hotline.completion_rate": 100 },
    as: { "hotline.completion_rate": "百分百" },
  },
  {
    text: "共承办人大代表建议58件、政协提案43件，实现办复率、满意率“双百”。",
    year: 2023,
    expect: { "proposals.npc": 58, "proposals.cppcc": 43, "proposals.reply_rate": 100 },
    as: { "proposals.reply_rate": "双百" },
    note: "双百 alone: both rates a hundred percent",
  },
  {
    text: "深入开展“双百”行动，全年共承办人大代表建议58件，满意率“双百”工程持续推进。",
    year: 2023,
    expect: { "proposals.npc": 58 },
    absent: ["proposals.reply_rate", "hotline.satisfaction_rate"],
    note: "双百 that starts a word (双百行动, 双百工程) is no percentage",
  },
  // ───────── digits a space cut apart are no figure: their value is unknown ─────────
  {
    text: "全年承办人大代表建议45件，办复率1 0 0%。",
    year: 2023,
    expect: { "proposals.npc": 45 },
    absent: ["proposals.reply_rate"],
    note: "1 0 0%: the 0% at its end is no reply rate of 0",
  },
  // ───────── a town named after 其中 is the subject of the clauses after it ─────────
  {
    text: OPENING + "全县各级调解组织共调解纠纷2460件，调解成功2431件；其中，城关镇人民调解委员会调解纠纷286件，调解成功率100%。",
    year: 2023,
    expect: { "mediation.cases": 2460, "mediation.succeeded": 2431 },
    absent: ["mediation.success_rate"],
    note: "the 100% is 城关镇's: the clause before names the town, with no body word",
  },
  {
    text: OPENING + "全县共调解矛盾纠纷1830件，其中，新城街道调解312件，调解成功率99.1%。",
    year: 2023,
    expect: { "mediation.cases": 1830 },
    absent: ["mediation.success_rate"],
  },
  {
    text: OPENING + "全县共调解矛盾纠纷1830件，其中调解成功1812件，调解成功率99.0%。",
    year: 2023,
    expect: { "mediation.cases": 1830, "mediation.succeeded": 1812, "mediation.success_rate": 99 },
    as: { "mediation.success_rate": "99.0" },
    note: "其中 with no place: the rate is the whole's",
  },
  // ───────── staff at court are not its heads: a rate the catalog does not keep, whatever its last words ─────────
  {
    text: "全年应诉案件18件，行政机关工作人员出庭应诉率100%，答辩举证率100%。",
    year: 2023,
    expect: { "litig.cases": 18 },
    absent: ["litig.appearance_rate"],
  },
  {
    text: "全年行政诉讼案件42件，行政机关负责人出庭应诉42次，出庭应诉率100%，工作人员出庭率95.2%。",
    year: 2023,
    expect: { "litig.cases": 42, "litig.appearances": 42, "litig.appearance_rate": 100 },
    note: "the heads' rate stays; the staff's 95.2 is no value",
  },
  {
    text: "全县各级调解组织共调解矛盾纠纷1260件，一次性化解成功率96.5%。",
    year: 2023,
    expect: { "mediation.cases": 1260 },
    absent: ["mediation.success_rate"],
  },
  // ───────── a 其中 part after a clean whole of its code is the whole's part, whatever a wording rule reads ─────────
  {
    text: "（二）行政机关负责人出庭应诉\n坚持把出庭应诉作为检验依法行政能力的重要抓手，全年出庭应诉46人次，出庭率100%，其中主要负责人出庭12人次。",
    year: 2023,
    expect: { "litig.appearances": 46, "litig.appearance_rate": 100 },
    note: "12 is the principal heads' share of the 46",
  },
  {
    text: "全年全县行政机关负责人出庭应诉131次，其中县政府负责人出庭应诉5次，出庭应诉率100%。",
    year: 2023,
    expect: { "litig.appearances": 131, "litig.appearance_rate": 100 },
  },
  // ───────── a part of the year gives way to the year's own figure of the code ─────────
  {
    text: OPENING + "新修订的行政复议法实施后第一季度，我县收到行政复议申请46件，同比增长130%。全年共收到行政复议申请171件，审结158件。",
    year: 2023,
    expect: { "recon.received": 171, "recon.closed": 158 },
  },
  {
    text: OPENING + "1-6月，全县12345热线受理群众诉求8620件，办结率99.1%；全年受理群众诉求17350件，办结率99.4%，群众满意率97.8%。",
    year: 2023,
    expect: { "hotline.tickets": 17350, "hotline.completion_rate": 99.4, "hotline.satisfaction_rate": 97.8 },
  },
  {
    text: OPENING + "上半年，全县各级人民调解组织共调解矛盾纠纷1320件，调解成功1305件。",
    year: 2023,
    expect: { "mediation.cases": 1320, "mediation.succeeded": 1305 },
    note: "a lone year-to-date figure stays the code's value",
  },
  {
    text: "某县12345政务服务便民热线2023年第三季度运行情况\n第三季度共受理热线事项2860件，办结2701件，办结率94.4%。",
    expect: { "hotline.tickets": 2860, "hotline.completion_rate": 94.4 },
    note: "a quarterly report's own quarter is its period",
  },
  // ───────── the report's own body, the nearest subject before a figure, outweighs a higher level named earlier ─────────
  {
    text: OPENING + "全市12345热线全年受理量突破200万件，我县受理工单6.8万件，办结率99.7%，满意率96.5%。",
    year: 2023,
    expect: { "hotline.tickets": 68000, "hotline.completion_rate": 99.7, "hotline.satisfaction_rate": 96.5 },
    as: { "hotline.tickets": "6.8万" },
  },
  {
    text: OPENING + "我县积极配合全市工作。全市12345热线全年受理诉求215万件，办结率99.2%。",
    year: 2023,
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
    note: "the city's figures: the nearest subject is 全市",
  },
  // ───────── towns the figure's own clause names are its subject; their rates are never the whole's ─────────
  {
    text: OPENING + "全年承办人大代表建议和政协提案158件，全部按期办结；12345热线转办工单5302件，满意率97.1%，其中城关镇、开发区工单办结率分别为99.8%、99.6%。",
    year: 2023,
    expect: { "hotline.tickets": 5302, "hotline.satisfaction_rate": 97.1 },
    absent: ["hotline.completion_rate", "proposals.reply_rate"],
  },
  {
    text: OPENING + "全县共承办人大代表建议86件、政协委员提案74件，其中新城街道承办建议提案办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 86, "proposals.cppcc": 74 },
    absent: ["proposals.reply_rate"],
  },
  // ───────── 共有 heads the kinds listed before it ─────────
  {
    text: "全县有乡镇（街道）人民调解委员会14个、村（社区）人民调解委员会186个、行业性专业性人民调解委员会11个，共有人民调解组织211个。",
    year: 2023,
    expect: { "mediation.organizations": 211 },
  },
  // ───────── two wording rules' figures of one code: the one the frames do not doubt comes first ─────────
  {
    text: "县矛盾纠纷多元化解中心（联合调解中心）全年接待群众来访1860人次，调处纠纷436件。全县共有人民调解组织196家，全年调解纠纷2789件，调解成功率99.2%。",
    year: 2023,
    expect: { "mediation.cases": 2789, "mediation.organizations": 196, "mediation.success_rate": 99.2 },
    note: "436 are the mediation centre's",
  },
  // ───────── lawyers at court are not its heads ─────────
  {
    text: "全年行政应诉案件中，由政府法律顾问代理出庭52次，撰写答辩状60余份。",
    year: 2023,
    expect: {},
    absent: ["litig.appearances"],
  },
  {
    text: "全年行政诉讼案件38件，行政机关负责人出庭应诉38次，律师代理出庭30次。",
    year: 2023,
    expect: { "litig.cases": 38, "litig.appearances": 38 },
  },
  // ───────── a place after 在 is no subject; a subset word in a rate's own noun says whose rate it is ─────────
  {
    text: OPENING + "全区12345热线全年共受理诉求工单41256件，按时办结率98.9%。新华街道在全区率先建成社会治理综合指挥平台，自主受理并办结群众诉求3420件，办结率99.5%，满意率97.8%。",
    year: 2023,
    expect: { "hotline.tickets": 41256, "hotline.completion_rate": 98.9 },
    absent: ["hotline.satisfaction_rate"],
    note: "在全区 is where the street led, not who did it: the street's rates are its own",
  },
  {
    text: OPENING + "城关镇全年在乡镇专栏主动公开信息386条，群众查阅量同比增长20%。",
    year: 2023,
    expect: {},
    absent: ["disclosure.proactive"],
  },
  {
    text: "全年受理12345热线诉求16532件，其中涉企诉求1286件，占比7.8%，涉企诉求办结率100%。",
    year: 2023,
    expect: { "hotline.tickets": 16532 },
    absent: ["hotline.completion_rate"],
  },
  {
    text: "全年受理12345热线诉求16532件，办结率99.2%，其中涉企诉求1286件，全部按时办结。",
    year: 2023,
    expect: { "hotline.tickets": 16532, "hotline.completion_rate": 99.2 },
  },
  // ───────── a generic 单位 after named departments is those departments ─────────
  {
    text: OPENING + "聚焦群众反映集中的物业管理、市政设施等问题，县住建局、县城管局等重点单位全年承办12345工单3215件，满意率提升至93.2%。",
    year: 2023,
    expect: {},
    absent: ["hotline.tickets", "hotline.satisfaction_rate"],
  },
  // ───────── a rate that must be reached is a norm ─────────
  {
    text: "印发加强行政机关负责人出庭应诉工作的通知，明确被诉行政机关负责人出庭应诉率须达到100%，并将出庭应诉情况纳入法治建设考核。",
    year: 2023,
    expect: {},
    absent: ["litig.appearance_rate"],
  },
  {
    text: "全年行政诉讼案件40件，行政机关负责人出庭应诉率达到100%。",
    year: 2023,
    expect: { "litig.cases": 40, "litig.appearance_rate": 100 },
  },
  // ───────── a table's 合计 row under a header of labels: each value is its column's headline ─────────
  {
    text: "全县各类人民调解组织受理及调处纠纷情况如下：\n| 类别 | 受理纠纷（件） | 调解成功（件） | 调解成功率 |\n|---|---|---|---|\n| 乡镇（街道）调委会 | 512 | 506 | 98.8% |\n| 村（社区）调委会 | 1,163 | 1,151 | 99.0% |\n| 合计 | 1,675 | 1,657 | 98.9% |\n",
    year: 2023,
    expect: { "mediation.cases": 1675, "mediation.succeeded": 1657, "mediation.success_rate": 98.9 },
    as: { "mediation.cases": "1,675", "mediation.succeeded": "1,657" },
    note: "markdown pipes at the row's ends bound no cells",
  },
  // ───────── a sum's parts in brackets are never clearer than it; 现有 counts what exists ─────────
  {
    text: "全镇现有人民调解组织19个（镇调委会1个、村（社区）调委会16个、专业调解工作室2个），人民调解员126名。",
    year: 2023,
    expect: { "mediation.organizations": 19 },
  },
  {
    text: "全镇有人民调解组织23个（镇调委会1个、村（社区）调委会20个、专业调解工作室2个）。",
    year: 2023,
    expect: { "mediation.organizations": 23 },
  },
  // ───────── a rate after a subset body's count is that body's ─────────
  {
    text: "全年调解纠纷2318件，调解成功2290件。县交通事故纠纷人民调解委员会调解纠纷364件，调解成功率99.1%。",
    year: 2023,
    expect: { "mediation.cases": 2318, "mediation.succeeded": 2290 },
    absent: ["mediation.success_rate"],
  },
  // ───────── a table whose header names a unit for several value columns: each value with its column's unit ─────────
  {
    text: "全县领导干部学法用法情况统计如下：\n| 项目 | 次数 | 参加人数（人次） | 备注 |\n| 县委常委会会议会前学法 | 6 | 84 | 学习法律法规15部 |\n| 县政府常务会议会前学法 | 11 | 152 | 学习法律法规26部 |\n| 旁听庭审 | 7 | 512 | 县级领导带头 |\n| 年度学法考试 | 1 | 3,126 | 合格率99.8% |\n",
    year: 2023,
    expect: { "study.party_sessions": 6, "study.gov_sessions": 11, "study.court_observation": 512, "study.exam_takers": 3126, "study.exam_pass_rate": 99.8 },
    as: { "study.exam_takers": "3,126" },
    note: "旁听庭审 | 7 | 512: 7 sessions, 512 attendances; the code takes the one its unit counts",
  },
  // ───────── a quarterly table's 全年 row; a heading line of text with no column stands alone ─────────
  {
    text: "（三）畅通12345热线诉求渠道，提升为民服务水平\n坚持接诉即办，实行工单签收、办理、回复、回访全流程闭环管理。各季度运行情况如下：\n季度 | 受理工单（件） | 按期办结率 | 满意率\n第一季度 | 7,812 | 98.9% | 94.1%\n第二季度 | 9,406 | 99.2% | 95.0%\n第三季度 | 11,237 | 99.5% | 95.8%\n第四季度 | 8,265 | 99.6% | 96.9%\n全年 | 36,720 | 99.3% | 95.5%\n",
    year: 2023,
    expect: { "hotline.tickets": 36720, "hotline.completion_rate": 99.3, "hotline.satisfaction_rate": 95.5 },
    as: { "hotline.tickets": "36,720" },
    note: "the heading names the hotline; 第一季度 | … rows are no headings",
  },
  // ───────── 及其他 ends a list, no part; a helper's 参与调解 is no mediation count ─────────
  {
    text: OPENING + "全年县司法局会同县政府法律顾问室共审查县政府规范性文件、重大行政决策事项、行政合同协议及其他涉法事务215件（上年为176件），提出法律意见建议430余条。第一季度，县政府集中出台稳经济政策措施，县司法局在5个工作日内完成审查文件18件。",
    year: 2023,
    expect: { "legality.reviewed": 215 },
  },
  {
    text: "全县各级调解组织共调解矛盾纠纷2318件，调解成功2290件。村（居）法律顾问全年参与调解矛盾纠纷330余件。",
    year: 2023,
    expect: { "mediation.cases": 2318, "mediation.succeeded": 2290 },
  },
  {
    text: "村居法律顾问全年参与化解矛盾纠纷126件，提供法律咨询860余人次。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
  },
  // ───────── a figure read through a weak noun gives way to a clean figure of the code anywhere in the text ─────────
  {
    text: "县长每月开展“热线接听日”活动，全年接听群众来电186个，现场交办问题54件。2023年，全县12345热线共派发工单37845件，同比增长6.2%，群众满意率96.9%。",
    year: 2023,
    expect: { "hotline.tickets": 37845, "hotline.satisfaction_rate": 96.9 },
  },
  // ───────── 分别 before its verb and nouns: each figure its noun ─────────
  {
    text: "扎实做好建议提案办理工作，全年县政府系统分别承办县人大代表建议、县政协委员提案108件、131件，按期办复率均为100%。",
    year: 2023,
    expect: { "proposals.npc": 108, "proposals.cppcc": 131, "proposals.reply_rate": 100 },
  },
  {
    text: "全年分别收到和审结行政复议申请92件、87件。",
    year: 2023,
    expect: { "recon.received": 92, "recon.closed": 87 },
  },
  // ───────── 全年共 names the whole year after a half year's figure ─────────
  {
    text: OPENING + "上半年，全县各级调委会调解矛盾纠纷1483件，调解成功1462件；全年共调解矛盾纠纷3027件，调解成功2994件，调解件数同比增长8.2%。",
    year: 2023,
    expect: { "mediation.cases": 3027, "mediation.succeeded": 2994 },
    known: "wrong",
    note: "succeeded: the wording rule's 1462 (上半年) stays; letting a rule's undated figure outrank it cost a sealed mediation value",
  },
  // ───────── P·的·R: a percentage, 的 and its rate noun ─────────
  {
    text: "全年县政府系统以100%的办复率、98.1%的满意率完成县人大代表建议和县政协委员提案办理工作。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
    absent: ["hotline.satisfaction_rate"],
    note: "98.1 is the 满意率's, not the 办复率 before it",
  },
  {
    text: "全年行政诉讼案件46件，全县行政机关以100%的行政机关负责人出庭应诉率，连续两年位居全市前列。",
    year: 2023,
    expect: { "litig.cases": 46, "litig.appearance_rate": 100 },
  },
  {
    text: "全年12345热线受理群众诉求26000件，以99.6%的按期办结率和97.2%的群众满意率位居全市第一。",
    year: 2023,
    expect: { "hotline.tickets": 26000, "hotline.completion_rate": 99.6, "hotline.satisfaction_rate": 97.2 },
  },
  {
    text: "全县领导干部学法情况统计如下：\n学法形式\t次数（场）\t参加人次\n县委理论学习中心组集体学法\t6\t96\n县政府常务会议会前学法\t14\t238\n旁听庭审\t4\t312\n注：参加人次为累计数。\n",
    year: 2023,
    expect: { "study.party_sessions": 6, "study.gov_sessions": 14, "study.court_observation": 312 },
    note: "a tab-separated table; 参加人次 names its column's unit",
  },
  // ───────── a level in brackets after a change is the figure itself ─────────
  {
    text: "全年承办县人大代表建议数量同比增长12.0%（达到93件），承办县政协委员提案数量与上年持平（仍为117件），按期办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 93, "proposals.cppcc": 117, "proposals.reply_rate": 100 },
  },
  {
    text: "全年受理行政复议申请112件，同比增长12%（2022年为100件）。",
    year: 2023,
    expect: { "recon.received": 112 },
  },
  // ───────── a rate row of a table of years: its label is its cells' rate noun ─────────
  {
    text: "（六）提升热线服务质效\n县12345热线运行质效稳步提升，主要指标见下表。\n表5  12345热线运行情况\n指标               2022年       2023年       同比\n受理工单（件）       35120        41287       +17.6%\n办结率              98.9%        99.5%       +0.6个百分点\n满意率              93.1%        95.4%       +2.3个百分点\n",
    year: 2023,
    expect: { "hotline.tickets": 41287, "hotline.completion_rate": 99.5, "hotline.satisfaction_rate": 95.4 },
  },
  // ───────── a line of a page's controls inside a sentence of the body ─────────
  {
    text: "全年共发生行政诉讼案件27件，县政府及各部门负责人出庭应诉27次，行政机关负责人出庭应\n发布时间：2024-01-28 10:15  来源：某某县司法局  浏览次数：2316  【字体：大 中 小】\n诉率100%。全年未发生行政机关败诉后不履行生效判决的情形。",
    year: 2023,
    expect: { "litig.cases": 27, "litig.appearances": 27, "litig.appearance_rate": 100 },
  },
  {
    text: "全年共办理县人大代表建议64件、县政协\n[ 打印本页 ] [ 关闭窗口 ] [ 收藏 ] 【字号：大 中 小】\n委员提案88件，办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 64, "proposals.cppcc": 88, "proposals.reply_rate": 100 },
  },
  // ───────── a news item about a 交办会: this year's figures are newly assigned ─────────
  {
    text: "3月28日，全县人大代表建议和政协委员提案交办会召开。今年县“两会”期间，县政府共收到人大代表建议126件、政协委员提案141件，已全部交办。2023年，县政府共办理人大代表建议118件、政协委员提案133件，按期办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 118, "proposals.cppcc": 133, "proposals.reply_rate": 100 },
  },
];
