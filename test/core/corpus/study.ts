/** study family: 领导干部学法, 讲座, 旁听庭审, 学法考试. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const study: CorpusCase[] = [
  // ───────── study.party_sessions ─────────
  {
    text: "区委常委会会议、区委理论学习中心组学习会议集体学法7次，专题学习习近平法治思想。",
    expect: { "study.party_sessions": 7 },
  },
  {
    text: "县委理论学习中心组全年开展集体学法5次，带动全县各级党组织学法用法。",
    expect: { "study.party_sessions": 5 },
  },
  {
    text: "严格落实党委（党组）中心组学法制度，县委常委会会前学法12次。",
    expect: { "study.party_sessions": 12 },
  },
  {
    text: "全年县委常委会会议专题学法四次，学习宪法、民法典、行政复议法等法律法规。",
    expect: { "study.party_sessions": 4 },
    as: { "study.party_sessions": "四" },
  },
  {
    text: "县委理论学习中心组将法治内容列入年度学习计划，全年集中学法6次。",
    expect: { "study.party_sessions": 6 },
    note: "ellipsis: the body in the clause before",
  },
  {
    text: "市委常委會會議集體學法9次。",
    expect: { "study.party_sessions": 9 },
    note: "traditional characters",
  },
  // ───────── study.gov_sessions ─────────
  {
    text: "区政府常务会议集体学法8次，学习《优化营商环境条例》等法律法规。",
    expect: { "study.gov_sessions": 8 },
  },
  {
    text: "全年组织开展5次区政府常务会议集中学法，领导干部法治意识进一步增强。",
    expect: { "study.gov_sessions": 5 },
    note: "Q·N·V: the count before the meeting",
  },
  {
    text: "全面落实政府常务会议会前学法制度，全年学法12次，学习法律法规20余部。",
    expect: { "study.gov_sessions": 12 },
    note: "ellipsis: the meeting in the clause before",
  },
  {
    text: "县政府常务会议会前学法十八次，做到重大决策前先学法。",
    expect: { "study.gov_sessions": 18 },
    as: { "study.gov_sessions": "十八" },
  },
  {
    text: "管委会主任办公会议坚持会前学法，全年学习法律法规共计26次。",
    expect: { "study.gov_sessions": 26 },
  },
  {
    text: "全年召开县政府常务会议32次，其中安排学法内容的15次。",
    expect: { "study.gov_sessions": 15 },
    absent: ["study.party_sessions"],
    note: "the meeting count is no study count",
  },
  // ───────── study.lectures ─────────
  {
    text: "举办习近平法治思想专题讲座2次，县四套班子领导全部参加。",
    expect: { "study.lectures": 2 },
  },
  {
    text: "邀请省内知名法学专家为全县领导干部作法治专题讲座4场。",
    expect: { "study.lectures": 4 },
  },
  {
    text: "组织领导干部法治专题讲座三期，参训干部达600余人次。",
    expect: { "study.lectures": 3 },
    as: { "study.lectures": "三" },
  },
  {
    text: "全年开展领导干部学法专题讲座6次，县政府领导班子成员带头参加。",
    expect: { "study.lectures": 6 },
  },
  {
    text: "面向领导干部举办民法典、行政复议法等法治专题讲座共计11场（次）。",
    expect: { "study.lectures": 11 },
  },
  // ───────── study.court_observation ─────────
  {
    text: "组织领导干部旁听庭审320余人次，以案释法效果明显。",
    expect: { "study.court_observation": 320 },
    approx: { "study.court_observation": "at_least" },
  },
  {
    text: "组织全县国家工作人员旁听庭审1,024人次。",
    expect: { "study.court_observation": 1024 },
  },
  {
    text: "开展“旁听庭审”活动，全年旁听行政案件庭审达450人次。",
    expect: { "study.court_observation": 450 },
  },
  {
    text: "領導幹部旁聽庭審86人次，接受現場法治教育。",
    expect: { "study.court_observation": 86 },
    note: "traditional characters",
  },
  {
    text: "全年组织旁听庭审活动8场，参加旁听的领导干部和执法人员近五百人次。",
    expect: { "study.court_observation": 500 },
    approx: { "study.court_observation": "about" },
    as: { "study.court_observation": "五百" },
  },
  // ───────── exam ─────────
  {
    text: "组织1460名县级干部参加法律知识考试，考试合格1438人，合格率98.5%。",
    expect: { "study.exam_takers": 1460, "study.exam_passed": 1438, "study.exam_pass_rate": 98.5 },
  },
  {
    text: "全局161名工作人员参加年度学法考试，158名考试合格，考试通过率为98%。",
    expect: { "study.exam_takers": 161, "study.exam_passed": 158, "study.exam_pass_rate": 98 },
  },
  {
    text: "组织全县国家工作人员参加年度学法考试，参考人数2315人，考试合格人数为2298人。",
    expect: { "study.exam_takers": 2315, "study.exam_passed": 2298 },
  },
  {
    text: "参加法律知识考试的领导干部共计870人，通过考试的有八百五十人。",
    expect: { "study.exam_takers": 870, "study.exam_passed": 850 },
    as: { "study.exam_passed": "八百五十" },
  },
  {
    text: "行政执法人员法律知识考试合格率达到99.3%，不合格人员暂停执法资格。",
    expect: { "study.exam_pass_rate": 99.3 },
  },
  {
    text: "新任領導幹部任前法律知識考試參考人數56人，合格率100%。",
    expect: { "study.exam_takers": 56, "study.exam_pass_rate": 100 },
    note: "traditional characters",
  },
  {
    text: "全县3200余名执法人员参加执法资格考试，考试通过3100余人。",
    expect: { "study.exam_takers": 3200, "study.exam_passed": 3100 },
    approx: { "study.exam_takers": "at_least", "study.exam_passed": "at_least" },
  },
  {
    text: "组织领导干部网上学法考试，参考率100%，平均分92分，合格率为百分之百，合格人员共412名。",
    expect: { "study.exam_passed": 412 },
    absent: ["study.exam_takers"],
    note: "参考率 is no count",
  },
  // ───────── negatives ─────────
  {
    text: "市委常委会、市政府常务会会前学法13次，学习法律法规40余部。",
    expect: {},
    absent: ["study.party_sessions", "study.gov_sessions"],
    note: "a combined figure",
  },
  {
    text: "两级政府常务会议累计学法46次，各部门、各乡镇领导班子学法300余次。",
    expect: {},
    absent: ["study.gov_sessions", "study.party_sessions"],
    note: "sums over many bodies",
  },
  {
    text: "要求县政府常务会议每年学法不少于4次，各部门党组每年至少组织2次集体学法。",
    expect: {},
    absent: ["study.gov_sessions", "study.party_sessions"],
    note: "per-body norms",
  },
  {
    text: "县委常委会会议听取法治政府建设工作汇报3次，研究部署法治建设重要事项5次。",
    expect: {},
    absent: ["study.party_sessions"],
    note: "meetings hearing work are no study",
  },
  {
    text: "深入村组开展普法讲座126场，受众群众1.2万人次，发放宣传资料3万余份。",
    expect: {},
    absent: ["study.lectures", "study.court_observation"],
    note: "outreach lectures for villagers",
  },
  {
    text: "组织“法律明白人”骨干开展法治宣讲进乡村活动45场次。",
    expect: {},
    absent: ["study.lectures"],
    note: "outreach",
  },
  {
    text: "要求各单位每年至少组织1次旁听庭审活动，实现领导干部旁听庭审全覆盖。",
    expect: {},
    absent: ["study.court_observation"],
    note: "per-body norm",
  },
  {
    text: "领导干部学法考试参考率100%，优秀率达到65%。",
    expect: {},
    absent: ["study.exam_pass_rate", "study.exam_takers"],
    note: "参考率 and 优秀率 are no catalog rates",
  },
  {
    text: "下一步，力争领导干部学法考试合格率达到100%，每年组织旁听庭审不少于2次。",
    expect: {},
    absent: ["study.exam_pass_rate", "study.court_observation"],
    note: "plans",
  },
  {
    text: "某某县2024年法治政府建设情况报告\n全年县政府常务会议学法10次。2023年县政府常务会议学法8次，近三年累计学法26次。",
    expect: { "study.gov_sessions": 10 },
    note: "other periods beside the year's figure",
  },
  {
    text: "县政府常务会议学法次数较上年增加了3次，县委理论学习中心组学法增加2次。",
    expect: {},
    absent: ["study.gov_sessions", "study.party_sessions"],
    note: "deltas",
  },
  {
    text: "授予15个单位“学法用法示范单位”称号，表彰学法考试优秀个人80名。",
    expect: {},
    absent: ["study.exam_passed", "study.exam_takers"],
    note: "honours",
  },
  // ───────── more ─────────
  {
    text: "全县领导干部年度学法考试合格率100%，较上年持平。",
    expect: { "study.exam_pass_rate": 100 },
  },
  {
    text: "组织执法人员参加执法资格考试，考试通过率达99%以上。",
    expect: { "study.exam_pass_rate": 99 },
    approx: { "study.exam_pass_rate": "at_least" },
  },
  {
    text: "全县国家工作人员学法用法考试参考2860人，合格2841人，合格率99.34%。",
    expect: { "study.exam_takers": 2860, "study.exam_passed": 2841, "study.exam_pass_rate": 99.34 },
    note: "verb before each count",
  },
  {
    text: "考试合格人数较上年增加了120人，优秀人数达到460人。",
    expect: {},
    absent: ["study.exam_passed", "study.exam_takers"],
    note: "a delta and the excellent",
  },
  {
    text: "每季度至少举办1次法治讲座，为中小学生上法治课86节。",
    expect: {},
    absent: ["study.lectures"],
    note: "a norm and school outreach",
  },
  {
    text: "联合县法院开展“法律进乡村”讲座32场，覆盖群众5000余人次。",
    expect: {},
    absent: ["study.lectures", "study.court_observation"],
    note: "outreach",
  },
  {
    text: "组织县管领导干部开展宪法宣誓、法治培训，举办法治专题讲座和研讨活动5次。",
    expect: { "study.lectures": 5 },
  },
  {
    text: "考试不合格的3名干部已安排补考，补考合格率100%。",
    known: "wrong",
    expect: {},
    absent: ["study.exam_passed", "study.exam_pass_rate", "study.exam_takers"],
    note: "the retake",
  },
  {
    text: "某某县2023年法治政府建设情况报告\n2022年全县1300名干部参加学法考试，合格1290人。",
    expect: {},
    otherPeriod: ["study.exam_takers", "study.exam_passed"],
    note: "a lone figure of another period",
  },
  {
    text: "县政府党组理论学习中心组全年开展学法活动7次，县政府常务会议会前学法13次。",
    expect: { "study.gov_sessions": 13 },
    note: "a government's party group is not the county's party committee; the common meeting is",
  },
  {
    text: "组织旁听庭审活动，全县共有620名科级以上领导干部参加旁听。",
    expect: { "study.court_observation": 620 },
    note: "Q·N·V: people counted as 名",
  },
  {
    text: "全年召开县政府常务会议26次，研究涉法事项48项，会前学法14次。",
    expect: { "study.gov_sessions": 14 },
    note: "the meeting count and matters studied are no study count",
  },
  {
    text: "全县共组织3.2万名国家工作人员参加学法考试，参考率99.6%，合格率99.1%。",
    expect: { "study.exam_takers": 32000, "study.exam_pass_rate": 99.1 },
    as: { "study.exam_takers": "3.2万" },
  },
  {
    text: "1月18日，县委常委会第12次会议专题学习习近平法治思想。",
    expect: {},
    absent: ["study.party_sessions"],
    note: "an ordinal meeting number is no count",
  },
  {
    text: "全年共举办“法治大讲堂”8期，县级领导干部及各部门主要负责人1200余人次参加。",
    expect: { "study.lectures": 8 },
    absent: ["study.court_observation"],
  },
  {
    text: "组织开展“百名干部进法庭”活动，旁听庭审21场，参与干部680人次。",
    expect: { "study.court_observation": 680 },
  },
  {
    text: "管委会党工委理论学习中心组集体学法4次，管委会主任办公会议会前学法15次。",
    expect: { "study.party_sessions": 4, "study.gov_sessions": 15 },
    note: "a zone's bodies",
  },
  {
    text: "全年行政机关负责人参加庭审12人次，做到出庭出声。",
    expect: {},
    absent: ["study.court_observation"],
    note: "参加庭审 is appearing in court, not observing a trial",
  },
  {
    text: "组织机关干部集中收看“宪法宣传周”专题讲座录像6场。",
    expect: {},
    absent: ["study.lectures"],
    note: "watching a recording is not holding a lecture",
  },
  {
    text: "县委理论学习中心组专题学法5次，县委常委会听取法治建设情况汇报3次。",
    expect: { "study.party_sessions": 5 },
    note: "a later clause with its own verb and object does not borrow 学法",
  },
  {
    text: "组织全县领导干部旁听庭审活动2场，参加人数320余人。",
    expect: { "study.court_observation": 320 },
    approx: { "study.court_observation": "at_least" },
    note: "a clause that is the code's verb, a bare count word and the figure; the noun the clause before's",
  },
  {
    text: "县委中心组专题学习习近平法治思想2次，县政府常务会议学习法律法规8部。",
    known: "miss",
    expect: { "study.party_sessions": 2 },
    absent: ["study.gov_sessions"],
    note: "专题学习 is general study's word too: as a study verb it took a theory-study count on real reports, so this stays a suggestion; 8部 counts laws",
  },
  {
    text: "局党组会议学法4次，局务会议学法10次。",
    expect: { "study.party_sessions": 4, "study.gov_sessions": 10 },
    note: "a wording rule's code gives way where the frames read the figure cleanly as another code's: 局务会议 is the department's executive meeting",
  },
  {
    text: "镇党委会议学法6次，镇长办公会议学法12次。",
    expect: { "study.party_sessions": 6, "study.gov_sessions": 12 },
  },
  {
    text: "组织全县领导干部旁听庭审活动，参加人数达320人。",
    expect: { "study.court_observation": 320 },
    note: "a copula after the count word (人数达) is no other act: the verb before it says what was counted",
  },
  {
    text: "县委常委会会议和县政府常务会议会前学法分别为6次和12次。",
    expect: { "study.party_sessions": 6, "study.gov_sessions": 12 },
    note: "分别's items are the nouns joined by 和, not the 学法 they share (it gave party 12, gov 6)",
  },
  {
    text: "举办习近平法治思想、宪法等专题讲座3场。",
    year: 2023,
    expect: { "study.lectures": 3 },
    note: "the lecture's topics listed (…、…等专题讲座) are no list of activities",
  },
  {
    text: "开展法治培训、专题讲座等活动26场。",
    year: 2023,
    expect: {},
    absent: ["study.lectures"],
    note: "a lecture among activities closed by 等活动: the figure counts the activities",
  },
  {
    text: "组织开展观摩庭审活动2场次，参加人员86人次。",
    year: 2023,
    expect: { "study.court_observation": 86 },
    note: "观摩庭审 is court observation as 旁听庭审 is: the rule reads the lexicon's words",
  },
  {
    text: "组织领导干部应知应会法律法规测试，参测1180人，合格率100%。",
    year: 2023,
    expect: { "study.exam_takers": 1180, "study.exam_pass_rate": 100 },
    note: "参测 (those sitting a test) as 参考",
  },
  {
    text: "开展“庭审观摩”活动3次，覆盖干部210人。",
    year: 2023,
    expect: { "study.court_observation": 210 },
    note: "覆盖 (reaching) as 参加, and the people counted named between the verb and the figure (覆盖干部210人)",
  },
  {
    text: "开展普法宣传活动32场次，覆盖群众2万余人次。",
    year: 2023,
    expect: {},
    absent: ["study.court_observation", "study.exam_takers", "study.lectures"],
    note: "…but an outreach's reach is no study figure",
  },
  {
    text: "严格落实县委理论学习中心组学法制度。2023年，共开展集体学法4次。",
    expect: { "study.party_sessions": 4 },
    note: "the party body named in the sentence before (its wording rule had been retired on the corpus evidence and is back)",
  },
  {
    text: "全县处级以上领导干部参加年度学法考试412人，考试合格率99.5%。",
    expect: { "study.exam_takers": 412, "study.exam_pass_rate": 99.5 },
    note: "学法考试 is one noun (an exam), not 学法 and 考试 summed",
  },
  {
    text: "全县组织412名行政执法人员参加执法资格考试，405名考试合格，对7名不合格人员组织补考。",
    expect: { "study.exam_takers": 412, "study.exam_passed": 405 },
    note: "不合格 is no pass; the takers are no passed count whose parts are 405 and 7",
  },
  {
    text: "各级党委（党组）理论学习中心组学法230场，县政府常务会议学法12次。",
    year: 2023,
    expect: { "study.gov_sessions": 12 },
    absent: ["study.party_sessions"],
    note: "every level's party groups together are many bodies' meetings, not the county committee's own",
  },
  {
    text: "县委全年集体学法6次，县政府全年集体学法10次。",
    year: 2023,
    expect: { "study.party_sessions": 6, "study.gov_sessions": 10 },
    note: "the body that is the subject says whose meetings they are",
  },
  {
    text: "区政府坚持会前学法，全年学法11次。",
    year: 2023,
    expect: { "study.gov_sessions": 11 },
    note: "the government as the subject of the clause before",
  },
  {
    text: "县政府党组全年集体学法5次。",
    year: 2023,
    expect: {},
    absent: ["study.gov_sessions"],
    note: "a noun right after the body (党组) says whose meeting it is",
  },
  {
    text: "县政府组织执法人员集中学法3次。",
    year: 2023,
    expect: {},
    absent: ["study.gov_sessions", "study.party_sessions"],
    note: "people the government has study are no meeting of its own",
  },
];
