/** probes 11: constructions found by session 11's probes. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes11: CorpusCase[] = [
  // ───────── the verb right before its percent says the rate, as 100%办复 does ─────────
  {
    text: "全年共承办人大代表建议45件、政协委员提案38件，均按时办复100%。",
    year: 2023,
    expect: { "proposals.npc": 45, "proposals.cppcc": 38, "proposals.reply_rate": 100 },
    note: "按时办复100%: the verb, then its percent",
  },
  {
    text: "今年县政府承办的建议提案全部按期答复100%，代表委员对办理结果表示满意。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
  },
  {
    text: "全年受理政府信息公开申请56件，均按时答复100%。",
    year: 2023,
    expect: { "disclosure.requests": 56, "disclosure.response_rate": 100 },
  },
  {
    text: "全县12345热线转办工单按时办结100%，群众满意率97.5%。",
    year: 2023,
    expect: { "hotline.completion_rate": 100, "hotline.satisfaction_rate": 97.5 },
    note: "办结 before its percent is the hotline's completion rate",
  },
  {
    text: "市政府按期答复100%。全年收到县人大代表建议12件。",
    year: 2023,
    expect: { "proposals.npc": 12 },
    absent: ["disclosure.response_rate", "proposals.reply_rate"],
    note: "the percent's clause names no request and no proposal: no topic, no value",
  },
  {
    text: "全年受理行政复议申请30件，按时办结100%。",
    year: 2023,
    expect: { "recon.received": 30 },
    absent: ["hotline.completion_rate", "proposals.reply_rate", "disclosure.response_rate"],
    note: "办结100% of review cases is none of the after-verb rates",
  },
  // ───────── setting up a standing body says how many there are ─────────
  {
    text: "全县共设立调解组织264个，调解员1352人；全年调解民间纠纷1586件，调解成功1571件。",
    year: 2023,
    expect: { "mediation.organizations": 264, "mediation.cases": 1586, "mediation.succeeded": 1571 },
    note: "设立 is the organizations' own verb (establish); 1352 are people, no organizations",
  },
  {
    text: "全县建成各级人民调解组织189个，实现县、乡、村三级全覆盖。",
    year: 2023,
    expect: { "mediation.organizations": 189 },
  },
  {
    text: "推进“人民调解+”工作，在派出所、信访局分别设立人民调解工作室，全县人民调解组织总数达到247个。",
    year: 2023,
    expect: { "mediation.organizations": 247 },
  },
  // ───────── parts listed, then their sum said as one ─────────
  {
    text: "全县现有乡镇人民调解委员会12个、村（社区）人民调解委员会165个、行业性专业性人民调解组织8个，合计185个。",
    year: 2023,
    expect: { "mediation.organizations": 185 },
    note: "合计185个 is 12+165+8: the three before it are its parts, no rivals of it",
  },
  {
    text: "全县现有乡镇人民调解委员会12个、村（社区）人民调解委员会165个、行业性专业性人民调解组织8个。",
    year: 2023,
    expect: {},
    absent: ["mediation.organizations"],
    note: "three kinds and no sum: none of them is the number of organizations",
  },
  // ───────── a level that rose from last year's base ─────────
  {
    text: "全县行政机关负责人出庭应诉率由上年的82.4%提高到100%。",
    year: 2023,
    expect: { "litig.appearance_rate": 100 },
    note: "上年的82.4% is the base: 上年 dates it, not the level",
  },
  {
    text: "全县受理行政复议案件由去年的52件下降至41件。",
    year: 2023,
    expect: { "recon.received": 41 },
  },
  {
    text: "去年全县受理行政复议案件52件。",
    year: 2023,
    expect: {},
    absent: ["recon.received"],
    note: "去年 dates the figure itself",
  },
  {
    text: "2022年全县调解成功率为97.2%，2023年提升至98.5%。",
    year: 2023,
    expect: { "mediation.success_rate": 98.5 },
    note: "a level clause may open with its date",
  },
  {
    text: "全县调解成功率为97.2%，2024年力争提升至98.5%。",
    year: 2023,
    expect: { "mediation.success_rate": 97.2 },
    note: "a later year's level is a plan",
  },
  // ───────── 分别 gives its figures to its list, not to the next clause's ─────────
  {
    text: "县委常委会会议、县政府常务会议会前学法分别为10次、16次，组织旁听庭审1次、参加领导干部97人。",
    year: 2023,
    expect: { "study.party_sessions": 10, "study.gov_sessions": 16 },
    note: "组织旁听庭审1次 names its own noun: it is no third item of 分别",
  },
  // ───────── rates listed before one figure: 均, 双, 两个 ─────────
  {
    text: "县政府办理人大代表建议64件、政协委员提案88件，实现办复率、满意率“双100%”。",
    year: 2023,
    expect: { "proposals.npc": 64, "proposals.cppcc": 88, "proposals.reply_rate": 100 },
    note: "“双100%”: each rate listed before it is 100",
  },
  {
    text: "全年办理市、县人大代表建议和政协提案共计137件，办结率、满意率实现双100%。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
    absent: ["hotline.satisfaction_rate", "hotline.completion_rate"],
  },
  // ───────── the proposals' on-time rates by every name ─────────
  {
    text: "全年共办理了49件人大代表建议和66件政协委员提案，做到件件有回音、事事有着落，按期答复率100%。",
    year: 2023,
    expect: { "proposals.npc": 49, "proposals.cppcc": 66, "proposals.reply_rate": 100 },
    absent: ["disclosure.response_rate"],
    note: "按期答复率 is the proposals' where they are the sentence's topic",
  },
  {
    text: "县人大代表建议、县政协委员提案按时办理率100%，全年共办理建议52件、提案81件。",
    year: 2023,
    expect: { "proposals.npc": 52, "proposals.cppcc": 81, "proposals.reply_rate": 100 },
    absent: ["hotline.completion_rate"],
  },
  {
    text: "全年受理依申请公开62件，按期答复率100%。",
    year: 2023,
    expect: { "disclosure.requests": 62, "disclosure.response_rate": 100 },
    absent: ["proposals.reply_rate"],
  },
  // ───────── handed to others is not handled ─────────
  {
    text: "县人大常委会将代表在大会期间提出的132件建议分别交由“一府一委两院”及有关单位办理。",
    year: 2023,
    expect: {},
    absent: ["proposals.npc"],
    note: "交由…办理: the standing committee assigns them (assign), the government has not handled 132",
  },
  {
    text: "更新12345热线知识库信息1260条，提升一次性答复能力。",
    year: 2023,
    expect: {},
    absent: ["disclosure.proactive"],
    note: "a knowledge base's entries are no published government information",
  },
  // ───────── a noun that says its own act keeps it in an enumeration ─────────
  {
    text: "全年县政府被申请行政复议案件10件，被诉行政案件26件，县政府负责人出庭应诉26人次。",
    year: 2023,
    expect: { "recon.as_respondent": 10, "litig.cases": 26, "litig.appearances": 26 },
    note: "被诉行政案件 says 被诉 itself: the enumeration's 被申请 is not its verb",
  },
  // ───────── a broad study whose 其中 part is the law ─────────
  {
    text: "县委常委会会议全年传达学习习近平总书记重要讲话和重要指示批示精神56次，其中专题学习习近平法治思想和法律法规9次。",
    year: 2023,
    expect: {},
    absent: ["study.party_sessions"],
    note: "56 are all studies, the 9 after 其中 the law's: no value is sure (both are the reviewer's)",
  },
  // ───────── verbs listed after 分别 ─────────
  {
    text: "全年分别受理、办结行政复议案件74件、70件，审限内结案率100%。",
    year: 2023,
    expect: { "recon.received": 74, "recon.closed": 70, "recon.ontime_rate": 100 },
    note: "the k-th verb after 分别 is the k-th figure's (not 74 closed)",
  },
  {
    text: "2023年，县政府分别收到和审结行政复议案件52件、49件。",
    year: 2023,
    expect: { "recon.received": 52, "recon.closed": 49 },
  },
  // ───────── a list a clause earlier names two codes' nouns ─────────
  {
    text: "认真办理人大代表建议和政协委员提案，全年共承办162件，其中人大代表建议71件、政协委员提案91件，按期办复率100%。",
    year: 2023,
    expect: { "proposals.npc": 71, "proposals.cppcc": 91, "proposals.reply_rate": 100 },
    note: "162 is both codes' sum: their parts after 其中 are the values",
  },
  {
    text: "认真办理人大代表建议和政协委员提案，全年共承办162件。",
    year: 2023,
    expect: {},
    absent: ["proposals.npc", "proposals.cppcc"],
  },
  // ───────── contracts counted alone, and a sum said after its parts ─────────
  {
    text: "局法规科全年审核行政规范性文件4件、合同62份，合计66件，均在规定时限内出具审查意见。",
    year: 2023,
    expect: { "legality.reviewed": 66 },
    note: "62 contracts alone are no legality figure; 合计66件 is the one combined figure",
  },
  {
    text: "全年审核县政府规范性文件12件、重大行政决策事项8件、县政府合同协议96件，合计116件。",
    year: 2023,
    expect: { "legality.reviewed": 116 },
    note: "12 is one of the parts 合计116件 adds up",
  },
  // ───────── whose figure ─────────
  {
    text: "县政府及所属部门全年应诉行政案件52件，同比下降8.8%，行政机关负责人出庭应诉52人次。",
    year: 2023,
    expect: { "litig.cases": 52, "litig.appearances": 52 },
    note: "县政府及所属部门: the government with its parts is the whole",
  },
  {
    text: "全年12345热线共受理各类诉求工单8.3万件，办结率99.4%，满意率95.6%。其中，县住建局受理涉房地产类诉求1.1万件，满意率89.2%。",
    year: 2023,
    expect: { "hotline.tickets": 83000, "hotline.completion_rate": 99.4, "hotline.satisfaction_rate": 95.6 },
    as: { "hotline.tickets": "8.3万" },
    note: "其中, then a department: its rate is the department's",
  },
  {
    text: "全县行政诉讼一审案件213件，行政机关负责人出庭应诉率100%。",
    year: 2023,
    expect: { "litig.cases": 213, "litig.appearance_rate": 100 },
  },
  // ───────── cadres attending lectures count the lectures ─────────
  {
    text: "县委常委会会议学法7次，县政府常务会议学法12次，全县各级领导干部参加法治专题讲座3次。",
    year: 2023,
    expect: { "study.party_sessions": 7, "study.gov_sessions": 12, "study.lectures": 3 },
    note: "参加 (attend) says the lectures as 举办 does, counted in sessions",
  },
  {
    text: "全县领导干部参加法治讲座1200人次。",
    year: 2023,
    expect: {},
    absent: ["study.lectures"],
    note: "people who attended are no number of lectures",
  },
  // ───────── 我县 compares itself with the city; an aside's year dates the aside ─────────
  {
    text: "2023年，全市各级行政复议机关共收到行政复议申请1236件。我县作为全市行政复议规范化建设试点县，县政府收到行政复议申请74件，审结70件，审限内结案率100%，纠错率10%。",
    year: 2023,
    expect: { "recon.received": 74, "recon.closed": 70, "recon.ontime_rate": 100, "recon.correction_rate": 10 },
    note: "我县作为全市…: the sentence is the county's own; 全市 is what it is compared with",
  },
  {
    text: "2023年，县政府收到行政复议申请112件，同比增长12%（2022年为100件），审结112件，法定期限内办结率100%。",
    year: 2023,
    expect: { "recon.received": 112, "recon.closed": 112, "recon.ontime_rate": 100 },
    note: "(2022年为100件) dates the aside, not the figures after it",
  },
  // ───────── the proposals closed on time, said with the verb ─────────
  {
    text: "全年共办理人大代表建议45件、政协委员提案38件，100%按时办结。",
    year: 2023,
    expect: { "proposals.npc": 45, "proposals.cppcc": 38, "proposals.reply_rate": 100 },
    note: "办结 (close) after the percent says the proposals' rate as 办复 does",
  },
  {
    text: "县政府承办的人大代表建议、政协委员提案按期办结100%。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
  },
  {
    text: "全年受理行政复议案件45件，100%按时办结。",
    year: 2023,
    expect: { "recon.received": 45 },
    absent: ["proposals.reply_rate", "hotline.completion_rate"],
  },
  // ───────── people who observed trials: sessions and people in one measure, and who did it ─────────
  {
    text: "组织机关干部到县人民法院旁听庭审3次共75人次。",
    year: 2023,
    expect: { "study.court_observation": 75 },
    note: "3次共75人次: the sessions and the people are one measure, no figure between noun and count",
  },
  {
    text: "全年组织旁听庭审活动2次，县直单位和乡镇负责人共计185人次参加。",
    year: 2023,
    expect: { "study.court_observation": 185 },
    note: "who, 共计, the figure, 参加: the clause is the act's own",
  },
  {
    text: "组织领导干部旁听庭审2批次，170余名领导干部参加，旁听庭审后召开座谈会交流心得体会。",
    year: 2023,
    expect: { "study.court_observation": 170 },
    approx: { "study.court_observation": "at_least" },
  },
  // ───────── two bodies' counts side by side are no kinds; a level that names its own year ─────────
  {
    text: "全年党组理论学习中心组集体学法5次、局务会会前学法13次。",
    year: 2023,
    expect: { "study.party_sessions": 5, "study.gov_sessions": 13 },
  },
  {
    text: "委党委理论学习中心组集体学法4次，委务会会前学法12次。",
    year: 2023,
    expect: { "study.party_sessions": 4, "study.gov_sessions": 12 },
    note: "委务会 is a commission's executive meeting",
  },
  {
    text: "县政府常务会议会前学法次数由2022年的12次增加到2023年的16次。",
    year: 2023,
    expect: { "study.gov_sessions": 16 },
  },
  // ───────── a threshold passed, then the figure; a level clause with 达到 ─────────
  {
    text: "12345热线全年受理量突破10万件，达10.36万件，按时办结率99.81%。",
    year: 2023,
    expect: { "hotline.tickets": 103600, "hotline.completion_rate": 99.81 },
    as: { "hotline.tickets": "10.36万" },
    note: "突破10万件 is the threshold passed (at least), 达10.36万件 the figure",
  },
  {
    text: "全年12345热线“接诉即办”共受理群众诉求4.27万件，群众满意率较上年提升1.8个百分点，达到95.6%。",
    year: 2023,
    expect: { "hotline.tickets": 42700, "hotline.satisfaction_rate": 95.6 },
    as: { "hotline.tickets": "4.27万" },
    note: "a clause that is only 达到 and the rate is the rate's own level",
  },
  // ───────── parts of the tickets: the dissatisfied, the supervised ─────────
  {
    text: "12345热线转办我县的不满意工单213件，全部进行了二次办理。",
    year: 2023,
    expect: {},
    absent: ["hotline.tickets"],
  },
  {
    text: "全年督办12345热线重点、难点工单346件，督办件办结率100%。",
    year: 2023,
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
  },
  // ───────── all levels together; a partner is no subject ─────────
  {
    text: "县、乡、村三级人民调解组织共计196个，全年受理调解各类矛盾纠纷1842件，调解成功1819件，成功率98.75%。",
    year: 2023,
    expect: { "mediation.organizations": 196, "mediation.cases": 1842, "mediation.succeeded": 1819, "mediation.success_rate": 98.75 },
    note: "县、乡、村三级 is every level together, the whole",
  },
  {
    text: "与县人民法院联合制定《领导干部旁听庭审实施方案》，全年组织旁听庭审活动7次，参加旁听的领导干部和公务员共计534人次。",
    year: 2023,
    expect: { "study.court_observation": 534 },
    note: "与县人民法院联合…: the court is a partner, not the subject",
  },
  // ───────── an exam held for the people counted ─────────
  {
    text: "推进领导干部任前考法，全年对37名拟任科级领导干部开展任前法律知识考试，考试成绩作为任职的重要依据。",
    year: 2023,
    expect: { "study.exam_takers": 37 },
    note: "对37名…开展…考试: the exam held for them counts those who sat it",
  },
  {
    text: "全年组织开展法律知识考试3场。",
    year: 2023,
    expect: {},
    absent: ["study.exam_takers"],
    note: "sessions are no people",
  },
  // ───────── 审理终结 closes a case; 涉诉行政案件 are lawsuits, 涉诉信访 petitions ─────────
  {
    text: "全年受理行政复议案件50件，已审理终结45件。",
    year: 2023,
    expect: { "recon.received": 50, "recon.closed": 45 },
  },
  {
    text: "全年涉诉信访案件12件。",
    year: 2023,
    expect: {},
    absent: ["litig.cases"],
    note: "petitions about lawsuits are no lawsuits",
  },
];
