/**
 * One case (at least) per construction the frame engine names: V·N·Q, N·V·Q,
 * Q·N, Q·N·V, N·Q, R·P, 均为, 分别, 其中, ellipsis from the clause, the
 * sentence and the heading before, and table rows. Sentences written for this corpus.
 */
import type { CorpusCase } from "./types";

/** Six sentences of a report's opening: what follows stands past the opening a report names itself in (400 characters). */
const OPENING_PARAGRAPH = "深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。".repeat(14);

export const constructions: CorpusCase[] = [
  {
    text: "全年共办理行政复议案件67件。",
    expect: { "recon.received": 67 },
    note: "V·N·Q",
  },
  {
    text: "行政诉讼案件全年共发生39件。",
    expect: { "litig.cases": 39 },
    note: "N·V·Q",
  },
  {
    text: "全年共有318件矛盾纠纷经人民调解组织调解化解。",
    expect: { "mediation.cases": 318 },
    note: "Q·N·V",
  },
  {
    text: "对全年审结的52件行政复议案件开展案件评查，评查合格率100%。",
    expect: { "recon.closed": 52 },
    absent: ["recon.ontime_rate"],
    note: "Q·N: the count before its noun; 评查合格率 is no catalog rate",
  },
  {
    text: "全县依申请公开政府信息件数为44件，全部按时答复。",
    expect: { "disclosure.requests": 44 },
    note: "N·Q with 件数为",
  },
  {
    text: "主动公开政府信息：2156条。",
    expect: { "disclosure.proactive": 2156 },
    note: "N·Q with a colon",
  },
  {
    text: "12345热线工单办结率、满意率分别为99.8%、97.3%。",
    expect: { "hotline.completion_rate": 99.8, "hotline.satisfaction_rate": 97.3 },
    note: "R·P with 分别",
  },
  {
    text: "调解成功率达99.5%。",
    expect: { "mediation.success_rate": 99.5 },
    note: "R·P, bare",
  },
  {
    text: "热线诉求办结率、群众满意率均为100%。",
    expect: { "hotline.completion_rate": 100, "hotline.satisfaction_rate": 100 },
    note: "enumerated rates with 均为",
  },
  {
    text: "行政机关负责人出庭应诉率、行政复议审限内结案率均达到100%。",
    expect: { "litig.appearance_rate": 100, "recon.ontime_rate": 100 },
    note: "均 across two families",
  },
  {
    text: "全年收到和审结行政复议案件分别为74件、69件。",
    expect: { "recon.received": 74, "recon.closed": 69 },
    note: "分别 with two verbs",
  },
  {
    text: "区委理论学习中心组、区政府常务会议分别集体学法6次、11次。",
    expect: { "study.party_sessions": 6, "study.gov_sessions": 11 },
    note: "分别 with two bodies",
  },
  {
    text: "全年调解矛盾纠纷1034件，其中调解成功1021件。",
    expect: { "mediation.cases": 1034, "mediation.succeeded": 1021 },
    note: "其中 part",
  },
  {
    text: "全年行政复议申请95件，其中以县政府为被申请人的7件。",
    expect: { "recon.received": 95, "recon.as_respondent": 7 },
    note: "其中 with the noun before the count",
  },
  {
    text: "全年受理行政复议申请83件，依法审结78件，审限内结案率100%。",
    expect: { "recon.received": 83, "recon.closed": 78, "recon.ontime_rate": 100 },
    note: "ellipsis from the previous clause",
  },
  {
    text: "严格执行12345热线诉求办理“首接负责制”。全年共受理群众诉求6420件，办结率99.7%。",
    expect: { "hotline.tickets": 6420, "hotline.completion_rate": 99.7 },
    note: "ellipsis from the previous sentence",
  },
  {
    text: "二、行政复议工作\n全年收到申请46件，审结43件。",
    expect: { "recon.received": 46, "recon.closed": 43 },
    note: "ellipsis from a heading line",
  },
  {
    text: "（三）政府信息公开\n全年主动公开信息2860条，受理申请39件，按时答复率100%。",
    expect: { "disclosure.proactive": 2860, "disclosure.requests": 39, "disclosure.response_rate": 100 },
    note: "ellipsis from a bracketed heading",
  },
  {
    text: "四、人民调解工作\n全年调解纠纷1275件，调解成功1262件，成功率98.98%。",
    expect: { "mediation.cases": 1275, "mediation.succeeded": 1262, "mediation.success_rate": 98.98 },
    note: "heading, then bare 成功率",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n项目 | 2023年 | 2024年\n行政复议申请收到数（件） | 41 | 56\n行政诉讼案件数（件） | 22 | 19",
    expect: { "recon.received": 56, "litig.cases": 19 },
    note: "a table row: the report's year column",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n指标 | 2024年 | 2023年\n人民调解组织数（个） | 97 | 95\n调解矛盾纠纷数（件） | 1408 | 1350",
    expect: { "mediation.organizations": 97, "mediation.cases": 1408 },
    note: "a table with the report's year first",
  },
  {
    text: "全年共收到行政复议申请三十七件，办结三十五件。",
    expect: { "recon.received": 37, "recon.closed": 35 },
    as: { "recon.received": "三十七", "recon.closed": "三十五" },
    note: "Chinese numerals, ellipsis",
  },
  {
    text: "全年调解各类矛盾纠纷１２８６件，调解成功率９９．１％。",
    expect: { "mediation.cases": 1286, "mediation.success_rate": 99.1 },
    as: { "mediation.cases": "１２８６", "mediation.success_rate": "９９．１" },
    note: "full-width digits",
  },
  {
    text: "全年主动公开政府信息逾5000条，依申请公开办理近百件。",
    expect: { "disclosure.proactive": 5000, "disclosure.requests": 100 },
    approx: { "disclosure.proactive": "at_least", "disclosure.requests": "about" },
    as: { "disclosure.requests": "百" },
    note: "逾 and 近 qualifiers",
  },
  {
    text: "全年负责人出庭应诉超过60次，出庭应诉率100%。",
    expect: { "litig.appearances": 60, "litig.appearance_rate": 100 },
    approx: { "litig.appearances": "at_least" },
    note: "超过 qualifier",
  },
  {
    text: "组织领导干部旁听庭审约800人次。",
    expect: { "study.court_observation": 800 },
    approx: { "study.court_observation": "about" },
    note: "约 qualifier",
  },
  {
    text: "审核县政府规范性文件、行政合同及其他政府文件合计150件左右。",
    expect: { "legality.reviewed": 150 },
    approx: { "legality.reviewed": "about" },
    note: "左右 qualifier after the unit",
  },
  {
    text: "办理人大代表建议85件，政协委员提案92件，分别占总数的100%。",
    expect: { "proposals.npc": 85, "proposals.cppcc": 92 },
    absent: ["proposals.reply_rate"],
    note: "占比 is no reply rate",
  },
  {
    text: "全年主动公开政府信息、受理依申请公开分别为4126条、58件。",
    expect: { "disclosure.proactive": 4126, "disclosure.requests": 58 },
    note: "分别 with two nouns and two units",
  },
  {
    text: "全县人民调解组织全年共调解矛盾纠纷，调解成功率为99.6%，调解纠纷总数达到2.3万件。",
    expect: { "mediation.success_rate": 99.6, "mediation.cases": 23000 },
    as: { "mediation.cases": "2.3万" },
    note: "N·V·Q with 总数达到 and 万",
  },
  {
    text: "行政复议方面。全年依法受理各类复议案件，共计五十四件，已全部审结。",
    expect: { "recon.received": 54 },
    as: { "recon.received": "五十四" },
    note: "the count in its own clause after the noun",
  },
  {
    text: "12345热线：受理诉求11,208件；办结率99.9%；满意率96.5%。",
    expect: { "hotline.tickets": 11208, "hotline.completion_rate": 99.9, "hotline.satisfaction_rate": 96.5 },
    note: "a colon label, then semicolon clauses",
  },
  {
    text: "（二）学法用法\n县政府常务会议全年学法9次，县委理论学习中心组学法5次，举办领导干部法治专题讲座3次。",
    expect: { "study.gov_sessions": 9, "study.party_sessions": 5, "study.lectures": 3 },
    note: "three bodies in one sentence",
  },
  {
    text: "行政复议案件审限内结案率、调解和解率、直接纠错率分别为100%、31.5%、9.8%。",
    expect: { "recon.ontime_rate": 100, "recon.settlement_rate": 31.5, "recon.correction_rate": 9.8 },
    note: "three rates with 分别",
  },
  {
    text: "全年共有1,285名领导干部参加法律知识考试，其中1,279名考试合格。",
    expect: { "study.exam_takers": 1285, "study.exam_passed": 1279 },
    note: "Q·N·V with 其中",
  },
  {
    text: "办理政府信息公开申请：依申请公开办理数26件（上年19件）。",
    year: 2024,
    expect: { "disclosure.requests": 26 },
    note: "the previous year's figure in brackets",
  },
  {
    text: "某某区2024年法治政府建设情况报告\n项目 | 数量\n主动公开政府信息（条） | 3815\n依申请公开办理（件） | 47\n人大代表建议（件） | 63",
    expect: { "disclosure.proactive": 3815, "disclosure.requests": 47, "proposals.npc": 63 },
    note: "a two-column table",
  },
  {
    text: "人民调解组织82个，人民调解员693名，全年调解纠纷1540件。",
    expect: { "mediation.organizations": 82, "mediation.cases": 1540 },
    note: "N·Q list",
  },
  {
    text: "本年度主动公开政府信息总数1536条。依托政务微博发布政策解读信息46条。",
    expect: { "disclosure.proactive": 1536 },
    note: "a headline figure (总数) outranks a detail of the same code",
  },
  {
    text: "全年通过政府门户网站公开各类信息2210条。依托微博、抖音号分别发布信息210条、580条。",
    expect: { "disclosure.proactive": 2210 },
    note: "分别 over channels: each figure is a part",
  },
  {
    text: "全年主动公开政府信息2310条，其余通过村务公开栏公开信息85条。",
    expect: { "disclosure.proactive": 2310 },
    note: "其余: a remainder is a part",
  },
  {
    text: "全年召开区政府常务会议28次，其中专题学法的11次。",
    expect: { "study.gov_sessions": 11 },
    absent: ["study.party_sessions"],
    note: "其中 after a whole of another noun: the part is the code's whole",
  },
  {
    text: "县12345政务服务热线全年受理群众来电2.1万件，办结率98.7%。",
    expect: { "hotline.tickets": 21000, "hotline.completion_rate": 98.7 },
    as: { "hotline.tickets": "2.1万" },
    note: "a generic rate noun right before its percent, the hotline in its sentence",
  },
  {
    text: "全年依法受理行政复议申请，共计三十六件，已全部审结。",
    expect: { "recon.received": 36 },
    as: { "recon.received": "三十六" },
    note: "a clause of only 共计 continues the noun before",
  },
  {
    text: "社区综合服务平台受理居民诉求410件，平台办结率97%，满意率95%。",
    expect: {},
    absent: ["hotline.completion_rate", "hotline.satisfaction_rate"],
    note: "a platform's rates without the hotline named are not the hotline's",
  },
  {
    text: "全县政务服务事项网办率、群众满意率均达到99%。",
    expect: {},
    absent: ["hotline.satisfaction_rate", "hotline.completion_rate"],
    note: "均 over rate nouns: a generic noun still needs its topic (no hotline here)",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n三、行政复议工作\n全年办理群众来信46件，接待来访群众120人次。",
    expect: {},
    absent: ["recon.received"],
    note: "the heading's noun does not reach a figure whose verb has an object of its own (群众来信)",
  },
  {
    text: "全县主动公开政府信息2,860条，其中县政府办公室通过门户网站发布720条。",
    expect: { "disclosure.proactive": 2860 },
    as: { "disclosure.proactive": "2,860" },
    note: "其中 with the whole's own verb again (公开…发布): the figure after it is a part",
  },
  {
    text: "全年调解各类矛盾纠纷1,326件，其中调解成功1,298件。",
    expect: { "mediation.cases": 1326, "mediation.succeeded": 1298 },
    as: { "mediation.cases": "1,326", "mediation.succeeded": "1,298" },
    note: "其中 with the code's own verb (调解成功): the part is that code's figure",
  },
  {
    text: "全年通过政府网站发布信息1,920条，政策文件信息更新量420条，工作动态信息更新量1,100条，公示公告信息更新量400条。",
    expect: { "disclosure.proactive": 1920 },
    as: { "disclosure.proactive": "1,920" },
    note: "a figure that is the sum of those listed after it is their whole",
  },
  {
    text: "深化领导干部学法用法，县委常委会、县政府常务会议分别开展会前学法9次、16次。",
    expect: { "study.party_sessions": 9, "study.gov_sessions": 16 },
    note: "分别: the list is the items nearest it, as many as its figures; 学法 of the clause before is no item",
  },
  {
    text: "推进依法办理信访事项，人民调解、行政复议分别化解矛盾纠纷1,460件、复议案件38件。",
    expect: { "mediation.cases": 1460 },
    as: { "mediation.cases": "1,460" },
    note: "分别 with a concept before the list in the clause before (信访事项)",
  },
  {
    text: "全年以县政府为被申请人的行政复议案件14件，县政府被起诉的行政诉讼案件22件。",
    expect: { "recon.as_respondent": 14, "litig.cases": 22 },
    note: "被起诉: the passive says the government is the defendant",
  },
  {
    text: "县政府被申请行政复议6件，均依法按期答复。",
    expect: { "recon.as_respondent": 6 },
    absent: ["recon.received"],
    note: "被申请: the government as respondent, not applications received",
  },
  {
    text: "2023年全县行政诉讼案件数为76件，行政机关败诉6件。",
    expect: { "litig.cases": 76 },
    note: "N·数为·Q: the copula after the count word says the count exists",
  },
  {
    text: "行政复议申请量达331件，是上年的1.6倍。",
    expect: { "recon.received": 331 },
    note: "N·量达·Q",
  },
  {
    text: "承办的32件人大代表建议和48件政协提案全部按期办结。",
    expect: { "proposals.npc": 32, "proposals.cppcc": 48 },
    note: "Q·N with nothing between the measure word and its noun binds tighter than the noun before the figure",
  },
  // ───────── ellipsis from a numbered lead, a topic clause, a verb that says its object ─────────
  {
    text: "（三）行政应诉工作。全年共办理43件，负责人出庭应诉率100%。",
    expect: { "litig.cases": 43, "litig.appearance_rate": 100 },
    note: "a paragraph's numbered lead is its heading: its noun heads the figure after it",
  },
  {
    text: "二、行政复议工作\n全年共收到申请56件，审结51件，纠错率10.3%。",
    expect: { "recon.received": 56, "recon.closed": 51, "recon.correction_rate": 10.3 },
    note: "a rate's own noun under a heading that names its topic",
  },
  {
    text: "在行政应诉方面，共应诉43件，出庭率100%。",
    expect: { "litig.cases": 43, "litig.appearance_rate": 100 },
    note: "a clause that only names the topic (…方面) heads the clause after it",
  },
  {
    text: "12345热线方面，全年受理65000件，办结率99.8%，满意率98.2%。",
    expect: { "hotline.tickets": 65000, "hotline.completion_rate": 99.8, "hotline.satisfaction_rate": 98.2 },
    note: "topic clause …方面",
  },
  {
    text: "在人民调解工作中，全年调解纠纷980件。",
    expect: { "mediation.cases": 980 },
    note: "topic clause 在…工作中",
  },
  {
    text: "人民调解工作扎实开展。全年共调解1200件，调解成功率99.2%。",
    expect: { "mediation.cases": 1200 },
    note: "V·Q: 调解 says its object (disputes) where the text above is about mediation",
  },
  {
    text: "政务公开工作扎实推进。全年通过政府网站主动公开2100条。",
    expect: { "disclosure.proactive": 2100 },
    note: "V·Q: 主动公开 says its object",
  },
  {
    text: "（二）政务公开\n全年主动公开2100条，受理依申请公开38件，按时答复率100%。",
    expect: { "disclosure.proactive": 2100, "disclosure.requests": 38, "disclosure.response_rate": 100 },
    note: "V·Q under a heading that says what it is about",
  },
  {
    text: "行政应诉工作规范有序。全年共应诉43件，其中败诉2件。",
    expect: { "litig.cases": 43 },
    note: "V·Q: 应诉 says its object",
  },
  {
    text: "全年共调解1200件。",
    expect: {},
    absent: ["mediation.cases"],
    note: "V·Q with nothing around about mediation: at most a suggestion",
  },
  {
    text: "人民调解工作扎实开展。全年共化解信访积案12件。",
    expect: {},
    absent: ["mediation.cases"],
    note: "the verb's object is written (信访积案): no dispute is implied",
  },
  {
    text: "劳动人事争议仲裁院全年调解1200件。",
    expect: {},
    absent: ["mediation.cases"],
    note: "an arbitration body's mediation, nothing about people's mediation near",
  },
  {
    text: "人民调解工作扎实开展。力争全年调解1500件。",
    expect: {},
    absent: ["mediation.cases"],
    note: "V·Q of a target",
  },
  {
    text: "（六）12345热线\n全年受理65000件，办结率99.8%，群众满意率98.2%。",
    expect: { "hotline.tickets": 65000, "hotline.completion_rate": 99.8, "hotline.satisfaction_rate": 98.2 },
    note: "a heading that names the topic holds for the count and the generic rates under it",
  },
  {
    text: "（六）12345热线\n全年受理65000件，其中行政复议申请12件，办结率99.8%。",
    expect: { "hotline.tickets": 65000 },
    absent: ["hotline.completion_rate"],
    note: "…unless the sentence names another counted thing: the rate may be of that",
  },
  {
    text: "行政复议和行政诉讼案件分别为56件和43件。",
    expect: { "recon.received": 56, "litig.cases": 43 },
    note: "N·Q with no verb: for codes a bare count serves, the noun before its figure says the count exists (分别)",
  },
  {
    text: "2023年，全县行政复议案件56件、行政诉讼案件43件。",
    expect: { "recon.received": 56, "litig.cases": 43 },
    note: "N·Q with no verb, listed",
  },
  {
    text: "县司法局全年接待群众来访230人次，其中咨询行政复议案件12件。",
    expect: {},
    absent: ["recon.received"],
    note: "…but not a part named after 其中 of something else",
  },
  {
    text: "行政诉讼案件数：43件，负责人出庭应诉率：100%。",
    expect: { "litig.cases": 43, "litig.appearance_rate": 100 },
    note: "a form's label and its figure (…数：N): no verb is written",
  },
  {
    text: "人民调解组织数：186个；旁听庭审人次：320人次。",
    expect: { "mediation.organizations": 186, "study.court_observation": 320 },
    note: "labels with a count word and a colon",
  },
  {
    text: "全年共收到行政复议申请（含网上申请）113件，审结行政复议案件（含上年结转）98件。",
    expect: { "recon.received": 113, "recon.closed": 98 },
    note: "a gloss in brackets between noun and figure says what it includes: 含 is no part, 上年 no period of it",
  },
  {
    text: "我局主动公开工作动态、政策解读等各类政府信息（含政务新媒体）656条。",
    expect: { "disclosure.proactive": 656 },
    note: "…and the kind words before the gloss (各类) are read past it",
  },
  {
    text: "全县共化解矛盾纠纷（含信访积案）1320件，调解成功率98.2%。",
    expect: { "mediation.cases": 1320, "mediation.success_rate": 98.2 },
    note: "a gloss before a mediation count",
  },
  {
    text: "全年收到行政复议申请（以县政府为被申请人）7件。",
    expect: {},
    absent: ["recon.received"],
    note: "…but brackets that name the respondent say what the figure counts: no gloss",
  },
  {
    text: "开展全县领导干部法治理论知识考试，共有856人参加，通过率100%。",
    expect: { "study.exam_takers": 856, "study.exam_pass_rate": 100 },
    note: "Q·V in a clause of its own (共有856人参加): 共有 says the count is, the verb after the figure says of what",
  },
  {
    text: "组织开展学法用法考试，1260人参加，合格1248人。",
    expect: { "study.exam_takers": 1260, "study.exam_passed": 1248 },
    note: "Q·V with no lead word",
  },
  {
    text: "全年开展行政执法人员业务培训，共有320人参加。",
    expect: {},
    absent: ["study.exam_takers"],
    note: "…but a training's attendance is no exam's takers",
  },
  {
    text: "行政复议案件收案数为156件，结案数为148件。",
    expect: { "recon.received": 156, "recon.closed": 148 },
    note: "a clause that is only the code's verb, a count word and a copula (结案数为148件), its noun the clause before's",
  },
  {
    text: "（一）常务会议学法。全年12次，学习法律法规30余部。\n（二）中心组学法。全年4次。",
    expect: { "study.gov_sessions": 12, "study.party_sessions": 4 },
    note: "a figure alone in its clause takes its heading's noun and verb; a figure another code reads better under its own heading is no rival",
  },
  {
    text: "全年办理县人大代表涉及教育、医疗等方面建议56件，政协委员提案48件。",
    expect: { "proposals.npc": 56, "proposals.cppcc": 48 },
    note: "topics given as examples (涉及…等方面) are no cause or subset of the figure",
  },
  {
    text: "12345热线全年受理群众诉求5.6万件，群众满意率99·59%。",
    expect: { "hotline.tickets": 56000, "hotline.satisfaction_rate": 99.59 },
    as: { "hotline.tickets": "5.6万", "hotline.satisfaction_rate": "99·59" },
    note: "a middle dot between digits is a decimal point (it had read 59)",
  },
  {
    text: "共承办建议提案188件，其中人大代表建议86件，政协委员提案102件。",
    expect: { "proposals.npc": 86, "proposals.cppcc": 102 },
    absent: [],
    note: "a whole of two codes' nouns written together (建议提案) is their sum: its 其中 parts are each code's",
  },
  {
    text: "全区办理行政复议和行政应诉案件共计131件，其中行政复议案件47件、行政应诉案件84件。",
    expect: { "recon.received": 47, "litig.cases": 84 },
    note: "each share of a sum of two codes' nouns is that code's whole, the second too; a rule's doubt that it is a part does not hold",
  },
  {
    text: "一年来全县办理行政复议、行政应诉案件共96件，其中行政诉讼案件58件。",
    expect: { "litig.cases": 58 },
    absent: ["recon.received"],
    note: "the share named after 其中 of a sum; the sum is no code's",
  },
  {
    text: "区政府及各部门全年参与行政诉讼案件共64件，区政府负责人出庭应诉9次。",
    expect: { "litig.cases": 64, "litig.appearances": 9 },
    note: "a government and its departments joined are the jurisdiction's whole, not its sub-units",
  },
  {
    text: "县政府和各单位通过门户网站主动公开政府信息2860条。",
    expect: { "disclosure.proactive": 2860 },
    note: "县政府和各单位: the whole, not a sum of sub-units",
  },
  {
    text: "全年承办省、市人大代表建议9件，县人大代表建议74件，县政协委员提案83件，均按期办复。",
    expect: { "proposals.cppcc": 83 },
    absent: ["proposals.npc"],
    note: "kinds of one code's noun listed side by side, each with its level, their whole not written: neither fills the cell (both are suggestions)",
  },
  {
    text: "区政府系统承办市人大代表建议6件、区人大代表建议58件。",
    expect: {},
    absent: ["proposals.npc"],
    note: "the same, joined by 、",
  },
  {
    text: "全年主动公开政府信息2380条，政策解读信息120条。",
    expect: { "disclosure.proactive": 2380 },
    note: "a bare noun right after its verb is the whole; the qualified noun after it is a kind of it, no breakdown",
  },
  {
    text: "全年收到行政复议申请61件，受理行政复议申请55件。",
    expect: { "recon.received": 61 },
    note: "the second noun has a verb of its own: another act's figure, no breakdown",
  },
  // ───────── a department of the jurisdiction as the subject, past the report's opening ─────────
  {
    text: `${OPENING_PARAGRAPH}\n县住建局全年承办人大代表建议21件、政协提案17件。`,
    year: 2023,
    expect: {},
    absent: ["proposals.npc", "proposals.cppcc"],
    note: "one department's share of the proposals is a part (in a department's own report its opening names it: the whole)",
  },
  {
    text: `${OPENING_PARAGRAPH}\n县市场监管局调解消费纠纷320件。`,
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
    note: "a department's mediation is no count of the jurisdiction's",
  },
  {
    text: `${OPENING_PARAGRAPH}\n县行政复议局全年收到行政复议申请64件，审结57件。`,
    year: 2023,
    expect: { "recon.received": 64, "recon.closed": 57 },
    note: "the reconsideration bureau is the government's own organ for it",
  },
  {
    text: `${OPENING_PARAGRAPH}\n全县人民调解组织共调解纠纷1260件，其中县市场监管局联合调解消费纠纷320件。`,
    year: 2023,
    expect: { "mediation.cases": 1260 },
    note: "the whole stands; the department's part after it does not displace it",
  },
];
