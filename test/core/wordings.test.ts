/**
 * Independent wording suite: realistic sentences in the register of
 * 法治政府建设情况报告, written from the catalog (indicators.md) alone, without
 * reading the rule files. Each case names the values it must yield (exact
 * value and qualifier) and the codes it must NOT yield (near misses: ordinals,
 * document numbers, hotline names, per-body norms, sub-units, other periods,
 * meetings that hear work, combined figures, non-catalog rates, outreach
 * lectures, deltas).
 */
import { extract } from "../../src/core/extract";

type Approx = "at_least" | "about" | null;
interface Want {
  value: number;
  approx?: Approx;
  /** other values that are also right (收到 vs 受理) */
  accept?: number[];
  /** the number as written in the text (default: String(value)) */
  as?: string;
}
interface Case {
  text: string;
  expect: Record<string, number | Want>;
  absent?: string[];
  /** codes that must be absent OR carry an other_period flag (the only figure is for another period) */
  absentOrOtherPeriod?: string[];
  note?: string;
}

const REVIEW = [
  "recon.received", "recon.closed", "recon.ontime_rate", "recon.correction_rate", "recon.settlement_rate",
  "recon.as_respondent", "litig.cases", "litig.appearances", "litig.appearance_rate", "legality.reviewed",
];
const MEDIATION = ["mediation.cases", "mediation.succeeded", "mediation.success_rate", "mediation.organizations"];
const RESPONSE = [
  "hotline.tickets", "hotline.completion_rate", "hotline.satisfaction_rate", "disclosure.proactive",
  "disclosure.requests", "disclosure.response_rate", "proposals.npc", "proposals.cppcc", "proposals.reply_rate",
];
const STUDY = [
  "study.party_sessions", "study.gov_sessions", "study.lectures", "study.court_observation",
  "study.exam_takers", "study.exam_passed", "study.exam_pass_rate",
];

// ───────────────────────── positives ─────────────────────────
const positives: Case[] = [
  // recon.received / recon.closed
  {
    text: "2023年,县政府共收到行政复议申请127件,经审查依法受理112件,审结105件。",
    expect: { "recon.received": { value: 127, accept: [112] }, "recon.closed": 105 },
  },
  {
    text: "全年受理行政复议案件58件(含上年结转6件),办结54件,均在法定期限内作出决定。",
    expect: { "recon.received": 58, "recon.closed": 54 },
  },
  {
    text: "全省各级行政复议机关全年共收到行政复议申请1.2万余件,行政复议化解行政争议主渠道作用进一步彰显。",
    expect: { "recon.received": { value: 12000, approx: "at_least", as: "1.2万" } },
  },
  {
    text: "行政复议方面,区行政复议局全年接到复议申请52起,其中涉及市场监管领域的18起。",
    expect: { "recon.received": 52 },
  },
  {
    text: "区行政复议局全年新受理行政复议案件近200件,案件数量创历史新高。",
    expect: { "recon.received": { value: 200, approx: "about" } },
  },
  {
    text: "行政复议工作平稳有序,全年依法办结复议案件140余件,审限内结案率100%。",
    expect: { "recon.closed": { value: 140, approx: "at_least" }, "recon.ontime_rate": 100 },
  },
  {
    text: "在已审结的62件行政复议案件中,直接纠错7件,直接纠错率11.3%。",
    expect: { "recon.closed": 62, "recon.correction_rate": 11.3 },
  },
  {
    text: "市政府行政复议机构已办结复议案件76宗,其中维持54宗、撤销9宗、确认违法3宗。",
    expect: { "recon.closed": 76 },
  },
  // recon.ontime_rate
  {
    text: "复议案件全部在法定期限内审结,按期结案率达100%。",
    expect: { "recon.ontime_rate": 100 },
  },
  {
    text: "全年行政复议案件法定期限内结案率为98.5%,未发生超期案件。",
    expect: { "recon.ontime_rate": 98.5 },
  },
  {
    text: "全年審結行政復議案件93件,審限內結案率達到100%。",
    expect: { "recon.closed": 93, "recon.ontime_rate": 100 },
  },
  // recon.correction_rate
  {
    text: "行政复议直接纠错率为15.6%,较上年提高3个百分点,监督纠错功能充分发挥。",
    expect: { "recon.correction_rate": 15.6 },
  },
  {
    text: "通过行政复议依法纠正违法或不当行政行为21件,纠错率约为12%。",
    expect: { "recon.correction_rate": { value: 12, approx: "about" } },
  },
  {
    text: "县政府全年行政复议纠错率7.9%,有力倒逼依法行政。",
    expect: { "recon.correction_rate": 7.9 },
  },
  // recon.settlement_rate
  {
    text: "坚持调解优先,通过调解、和解方式化解复议案件43件,调解和解率达到28.7%。",
    expect: { "recon.settlement_rate": 28.7 },
  },
  {
    text: "全年行政复议调解和解率为41%,实质性化解行政争议成效明显。",
    expect: { "recon.settlement_rate": 41 },
  },
  {
    text: "行政复议案件调解和解结案率达32.5%,案结事了比例稳步提升。",
    expect: { "recon.settlement_rate": 32.5 },
  },
  // recon.as_respondent
  {
    text: "市政府作为被申请人的行政复议案件共6宗,均已依法审结。",
    expect: { "recon.as_respondent": 6 },
  },
  {
    text: "全年共有11件行政复议案件以县人民政府为被申请人,均按时提交答复书。",
    expect: { "recon.as_respondent": 11 },
  },
  {
    text: "县政府被申请行政复议案件3起,经复议全部维持。",
    expect: { "recon.as_respondent": 3 },
  },
  // litig.cases
  {
    text: "全年新发生以市政府为被告的一审行政诉讼案件47件,同比下降9.6%。",
    expect: { "litig.cases": 47 },
  },
  {
    text: "全县各级行政机关共应诉行政诉讼案件132宗,败诉率为2.3%。",
    expect: { "litig.cases": 132 },
    absent: ["litig.appearance_rate"],
  },
  {
    text: "区政府及其部门作为被告的行政应诉案件共计38起。",
    expect: { "litig.cases": 38 },
  },
  {
    text: "全年办理行政应诉案件200余件,未发生因不出庭被通报的情况。",
    expect: { "litig.cases": { value: 200, approx: "at_least" } },
  },
  // litig.appearances / litig.appearance_rate
  {
    text: "县长带头出庭应诉,全年行政机关负责人出庭应诉达26次,出庭应诉率为100%。",
    expect: { "litig.appearances": 26, "litig.appearance_rate": 100 },
  },
  {
    text: "各级行政机关负责人共出庭应诉57人次,出庭并出声比例显著提高。",
    expect: { "litig.appearances": 57 },
  },
  {
    text: "严格落实行政机关负责人出庭应诉制度,全年共出庭45次,出庭应诉率达98.3%。",
    expect: { "litig.appearances": 45, "litig.appearance_rate": 98.3 },
  },
  {
    text: "行政機關負責人出庭應訴率100%。",
    expect: { "litig.appearance_rate": 100 },
  },
  {
    text: "全县行政机关负责人出庭应诉率保持在95%以上。",
    expect: { "litig.appearance_rate": { value: 95, approx: "at_least" } },
  },
  // legality.reviewed
  {
    text: "全年共审查规范性文件、政府合同及重大行政决策事项213件,提出法律意见400余条。",
    expect: { "legality.reviewed": 213 },
  },
  {
    text: "经县司法局合法性审核的政府文件达87件,未出现因违法被撤销的情形。",
    expect: { "legality.reviewed": 87 },
  },
  {
    text: "全年合法性审查县政府常务会议议题及各类文件160余份。",
    expect: { "legality.reviewed": { value: 160, approx: "at_least" } },
  },
  {
    text: "司法局共对62件行政规范性文件开展合法性审核,提出修改意见140条。",
    expect: { "legality.reviewed": 62 },
  },

  // mediation
  {
    text: "全县各级人民调解组织共受理矛盾纠纷2346件,调解成功2311件,调解成功率98.5%。",
    expect: { "mediation.cases": 2346, "mediation.succeeded": 2311, "mediation.success_rate": 98.5 },
  },
  {
    text: "坚持和发展新时代“枫桥经验”,全年排查调处各类矛盾纠纷1.5万余件。",
    expect: { "mediation.cases": { value: 15000, approx: "at_least", as: "1.5万" } },
  },
  {
    text: "全区人民调解组织全年调处纠纷近900起,有效防止矛盾激化。",
    expect: { "mediation.cases": { value: 900, approx: "about" } },
  },
  {
    text: "全年共调解民间纠纷2010件,其中成功调解1932件,成功率96.1%。",
    expect: { "mediation.cases": 2010, "mediation.succeeded": 1932, "mediation.success_rate": 96.1 },
  },
  {
    text: "全區共調解各類矛盾糾紛1,286件,調解成功率達99.2%。",
    expect: { "mediation.cases": { value: 1286, as: "1,286" }, "mediation.success_rate": 99.2 },
  },
  {
    text: "全市调解成功的矛盾纠纷达3800余件,涉及金额1.2亿元。",
    expect: { "mediation.succeeded": { value: 3800, approx: "at_least" } },
  },
  {
    text: "人民调解工作扎实开展,调解成功率保持在98%以上。",
    expect: { "mediation.success_rate": { value: 98, approx: "at_least" } },
  },
  {
    text: "全县共建立人民调解组织312个,实现村(社区)全覆盖。",
    expect: { "mediation.organizations": 312 },
  },
  {
    text: "全区现有村(居)、企事业单位人民调解委员会共186个。",
    expect: { "mediation.organizations": 186 },
  },
  {
    text: "全市300余个人民调解组织、2100余名人民调解员扎根基层化解纠纷。",
    expect: { "mediation.organizations": { value: 300, approx: "at_least" } },
  },

  // hotline
  {
    text: "12345政务服务便民热线全年受理群众诉求8.6万件。",
    expect: { "hotline.tickets": { value: 86000, as: "8.6万" } },
  },
  {
    text: "通过“12345”热线共接办各类工单23108件,办结率99.6%,满意率97.2%。",
    expect: { "hotline.tickets": 23108, "hotline.completion_rate": 99.6, "hotline.satisfaction_rate": 97.2 },
  },
  {
    text: "8890便民服务热线(12345)全年处置市民来电诉求4.2万余件,群众满意率95.8%。",
    expect: {
      "hotline.tickets": { value: 42000, approx: "at_least", as: "4.2万" },
      "hotline.satisfaction_rate": 95.8,
    },
  },
  {
    text: "全年办理12345热线转办诉求件6542件,诉求办结率100%。",
    expect: { "hotline.tickets": 6542, "hotline.completion_rate": 100 },
  },
  {
    text: "12345热线诉求办结率保持在99%以上,回访满意率为96.35%。",
    expect: { "hotline.completion_rate": { value: 99, approx: "at_least" }, "hotline.satisfaction_rate": 96.35 },
  },

  // disclosure
  {
    text: "通过政府门户网站主动公开各类政府信息5,412条。",
    expect: { "disclosure.proactive": { value: 5412, as: "5,412" } },
  },
  {
    text: "全年主动公开信息共计1.3万余条,重点领域信息公开专栏持续更新。",
    expect: { "disclosure.proactive": { value: 13000, approx: "at_least", as: "1.3万" } },
  },
  {
    text: "全年共有2100余条政府信息通过门户网站主动公开。",
    expect: { "disclosure.proactive": { value: 2100, approx: "at_least" } },
  },
  {
    text: "全年共收到政府信息公开申请64件,均在法定期限内答复,按时答复率100%。",
    expect: { "disclosure.requests": 64, "disclosure.response_rate": 100 },
  },
  {
    text: "办理依申请公开政府信息事项115件,未发生因答复不规范被纠错的情况。",
    expect: { "disclosure.requests": 115 },
  },
  {
    text: "受理群众依申请公开诉求37宗,依申请公开答复率达100%。",
    expect: { "disclosure.requests": 37, "disclosure.response_rate": 100 },
  },
  {
    text: "全年依申請公開辦理28件,按期答復率為98.2%。",
    expect: { "disclosure.requests": 28, "disclosure.response_rate": 98.2 },
  },

  // proposals
  {
    text: "承办市人大代表建议142件、市政协委员提案187件,办复率均为100%。",
    expect: { "proposals.npc": 142, "proposals.cppcc": 187, "proposals.reply_rate": 100 },
  },
  {
    text: "全年共办理县人大代表议案建议96件,代表满意和基本满意率100%。",
    expect: { "proposals.npc": 96 },
  },
  {
    text: "人大代表建议和政协提案分别办理78件、102件,按期办复率100%。",
    expect: { "proposals.npc": 78, "proposals.cppcc": 102, "proposals.reply_rate": 100 },
  },
  {
    text: "县十八届人大三次会议期间代表提出的58件建议全部按时办复。",
    expect: { "proposals.npc": 58 },
  },
  {
    text: "全年办理政协提案210余件,提案所提问题大部分得到解决。",
    expect: { "proposals.cppcc": { value: 210, approx: "at_least" } },
  },
  {
    text: "政協委員提案辦理65件,辦復率100%。",
    expect: { "proposals.cppcc": 65, "proposals.reply_rate": 100 },
  },

  // study.party_sessions
  {
    text: "县委常委会会议专题学法6次,县委理论学习中心组集体学习研讨习近平法治思想。",
    expect: { "study.party_sessions": 6 },
  },
  {
    text: "县委理论学习中心组全年开展集体学法4次。",
    expect: { "study.party_sessions": 4 },
  },
  {
    text: "区委常委会全年安排会前学法12次,内容涵盖宪法、民法典等。",
    expect: { "study.party_sessions": 12 },
  },
  {
    text: "縣委常委會會議學法8次。",
    expect: { "study.party_sessions": 8 },
  },
  {
    text: "县委常委会会议集体学法十余次。",
    expect: { "study.party_sessions": { value: 10, approx: "at_least", as: "十" } },
  },
  // study.gov_sessions
  {
    text: "县政府常务会议会前学法15次,县政府领导班子成员带头讲法。",
    expect: { "study.gov_sessions": 15 },
  },
  {
    text: "坚持政府常务会议“逢会必学”,全年累计学习法律法规18次。",
    expect: { "study.gov_sessions": 18 },
  },
  {
    text: "区政府常务会议开展集体学法两次,专题学习新修订的《行政复议法》。",
    expect: { "study.gov_sessions": { value: 2, as: "两" } },
  },
  {
    text: "管委会主任办公会议会前学法9次。",
    expect: { "study.gov_sessions": 9 },
  },
  // study.lectures
  {
    text: "举办领导干部法治专题讲座3场,县级领导干部全员参加。",
    expect: { "study.lectures": 3 },
  },
  {
    text: "邀请法学专家为全体县级领导干部作《行政复议法》专题辅导讲座两次。",
    expect: { "study.lectures": { value: 2, as: "两" } },
  },
  {
    text: "全年组织领导干部法治专题讲座十余场。",
    expect: { "study.lectures": { value: 10, approx: "at_least", as: "十" } },
  },
  {
    text: "面向全县副科级以上领导干部举办习近平法治思想专题讲座4期。",
    expect: { "study.lectures": 4 },
  },
  // study.court_observation
  {
    text: "组织领导干部到县人民法院旁听庭审,累计参加216人次。",
    expect: { "study.court_observation": 216 },
  },
  {
    text: "全县共有450余名领导干部参加旁听庭审活动。",
    expect: { "study.court_observation": { value: 450, approx: "at_least" } },
  },
  {
    text: "全年組織領導幹部旁聽庭審180人次。",
    expect: { "study.court_observation": 180 },
  },
  {
    text: "组织开展庭审旁听活动6场,参与干部300人次。",
    expect: { "study.court_observation": 300 },
    absent: ["study.lectures"],
  },
  // study.exam_*
  {
    text: "组织1200名行政执法人员参加法律知识考试,合格1188名,合格率99%。",
    expect: { "study.exam_takers": 1200, "study.exam_passed": 1188, "study.exam_pass_rate": 99 },
  },
  {
    text: "参加年度学法考试的国家工作人员达3.6万人。",
    expect: { "study.exam_takers": { value: 36000, as: "3.6万" } },
  },
  {
    text: "新提任的45名领导干部全部参加任前法律知识考试。",
    expect: { "study.exam_takers": 45 },
  },
  {
    text: "全县2500余名干部参加网上学法考试,参考率98.6%。",
    expect: { "study.exam_takers": { value: 2500, approx: "at_least" } },
    absent: ["study.exam_pass_rate"],
  },
  {
    text: "全县领导干部法律知识考试共参考820人,考试合格人数为812人。",
    expect: { "study.exam_takers": 820, "study.exam_passed": 812 },
  },
  {
    text: "组织310名执法人员参加行政执法资格考试,其中考试合格的有298名。",
    expect: { "study.exam_takers": 310, "study.exam_passed": 298 },
  },
  {
    text: "全县领导干部法律知识考试通过率达到97.5%。",
    expect: { "study.exam_pass_rate": 97.5 },
  },
  {
    text: "法律知識考試合格率100%。",
    expect: { "study.exam_pass_rate": 100 },
  },

  // more qualifiers, number before the noun, body named in an earlier clause, full-width digits
  {
    text: "全年共组织6次县政府常务会议专题学法,学习内容涵盖《行政许可法》《优化营商环境条例》。",
    expect: { "study.gov_sessions": 6 },
  },
  {
    text: "健全县委常委会会前学法制度,全年共学法9次。",
    expect: { "study.party_sessions": 9 },
  },
  {
    text: "充分发挥人民调解“第一道防线”作用,全县人民调解组织全年共化解纠纷3120宗。",
    expect: { "mediation.cases": 3120 },
  },
  {
    text: "全年组织领导干部旁听庭审约150人次。",
    expect: { "study.court_observation": { value: 150, approx: "about" } },
  },
  {
    text: "全县人民调解成功率在97%左右。",
    expect: { "mediation.success_rate": { value: 97, approx: "about" } },
  },
  {
    text: "全年在政府门户网站主动公开政府信息逾3000条。",
    expect: { "disclosure.proactive": { value: 3000, approx: "at_least" } },
  },
  {
    text: "全年办理12345热线工单超过5万件,按时办结率98.9%。",
    expect: {
      "hotline.tickets": { value: 50000, approx: "at_least", as: "5万" },
      "hotline.completion_rate": 98.9,
    },
  },
  {
    text: "全年受理行政復議申請１２件,依法審結１０件。",
    expect: { "recon.received": { value: 12, as: "１２" }, "recon.closed": { value: 10, as: "１０" } },
  },
  {
    text: "全年共审结行政复议案件300多件,以县政府为被申请人的案件21件。",
    expect: { "recon.closed": { value: 300, approx: "at_least" }, "recon.as_respondent": 21 },
  },

  // headline next to a distractor of another period / a sub-unit / a delta
  {
    text: "2023年,全县调解矛盾纠纷1920件。2022年全县调解矛盾纠纷1680件。",
    expect: { "mediation.cases": 1920 },
  },
  {
    text: "2023年,全县共调解矛盾纠纷1560件,较上年增加126件,其中村居法律顾问参与调解63件。",
    expect: { "mediation.cases": 1560 },
  },
  {
    text: "2023年,全市共收到行政复议申请340件。近三年来累计收到复议申请860余件。",
    expect: { "recon.received": 340 },
  },
  {
    text: "2023年,县政府常务会议会前学法11次,县委常委会会议学法7次。",
    expect: { "study.gov_sessions": 11, "study.party_sessions": 7 },
  },
];

// ───────────────────────── near misses ─────────────────────────
const nearMisses: Case[] = [
  // review family
  { text: "市政府第23次常务会议审议通过了行政复议体制改革实施方案。", expect: {}, absent: [...REVIEW, "study.gov_sessions"] },
  { text: "印发《关于进一步加强行政复议工作的实施意见》(县政办发〔2023〕5号)。", expect: {}, absent: REVIEW },
  { text: "全年行政复议申请量较上年增加12件,增幅明显。", expect: {}, absent: REVIEW },
  { text: "行政诉讼案件败诉率下降至3.2%,同比下降1.5个百分点。", expect: {}, absent: REVIEW },
  { text: "行政处罚类复议案件占比31.5%,居各类案件之首。", expect: {}, absent: REVIEW },
  { text: "要求各部门主要负责人每年至少出庭应诉1次。", expect: {}, absent: REVIEW },
  { text: "制定《重大行政决策合法性审查工作规则》等制度3项。", expect: {}, absent: ["legality.reviewed"] },
  {
    text: "2023年,县司法局扎实推进依法行政。近三年来共办理行政复议案件316件。",
    expect: {},
    absent: ["recon.closed", "recon.as_respondent"],
    absentOrOtherPeriod: ["recon.received"],
  },
  { text: "行政复议申请量同比增长99.5%,行政诉讼案件同比下降20%。", expect: {}, absent: REVIEW },

  // mediation family
  { text: "驻所律师协助人民调解委员会调解纠纷41件。", expect: {}, absent: MEDIATION },
  { text: "村居法律顾问全年参与调解各类矛盾纠纷52件。", expect: {}, absent: MEDIATION },
  { text: "评选命名“枫桥式”人民调解组织9个、金牌调解室5个。", expect: {}, absent: MEDIATION },
  { text: "矛盾纠纷调处率达100%,化解率98.6%。", expect: {}, absent: MEDIATION },
  { text: "要求每个村(居)每月至少开展1次矛盾纠纷排查。", expect: {}, absent: MEDIATION },
  { text: "全年调解纠纷数量较上年增加126件。", expect: {}, absent: MEDIATION },
  { text: "全县共有专兼职人民调解员1260名。", expect: {}, absent: MEDIATION },
  { text: "建成县级矛盾纠纷联合调解中心1个、乡镇调解中心14个。", expect: {}, absent: ["mediation.organizations"] },
  { text: "印发《人民调解工作规范》(县司发〔2023〕7号)。", expect: {}, absent: MEDIATION },
  {
    text: "2023年,我县持续深化人民调解工作。近三年来,累计化解矛盾纠纷4800余件。",
    expect: {},
    absentOrOtherPeriod: ["mediation.cases"],
  },

  // response family
  { text: "整合各类政务服务热线,统一归并至“12345”热线。", expect: {}, absent: RESPONSE },
  { text: "8890便民服务热线与12345热线实现双号并行、一号受理。", expect: {}, absent: RESPONSE },
  { text: "热线诉求件同比增长12.6%,来电接通率达95%。", expect: {}, absent: RESPONSE },
  { text: "依申请公开事项网办率100%,主动公开信息占比达82%。", expect: {}, absent: RESPONSE },
  { text: "按要求编制并公布《2023年政府信息公开工作年度报告》(县政办〔2024〕3号)。", expect: {}, absent: RESPONSE },
  { text: "在市十六届人大二次会议上提出的建议已于8月底前全部办结。", expect: {}, absent: RESPONSE },
  { text: "办理政协提案数较上年增加15件。", expect: {}, absent: RESPONSE },
  { text: "要求各承办单位每季度至少与代表委员沟通1次。", expect: {}, absent: RESPONSE },
  {
    text: "2023年,县政府认真办理代表建议。近三年来累计办理人大代表建议480件。",
    expect: {},
    absentOrOtherPeriod: ["proposals.npc"],
  },

  // study family
  { text: "县委常委会、县政府常务会议会前学法共16次。", expect: {}, absent: STUDY },
  { text: "县政府常务会议听取法治政府建设工作汇报3次。", expect: {}, absent: STUDY },
  { text: "县委常委会研究部署法治建设工作4次。", expect: {}, absent: STUDY },
  { text: "开展“八五”普法讲座130场,受众2万余人。", expect: {}, absent: STUDY },
  { text: "开展法治进校园、进社区讲座46场。", expect: {}, absent: STUDY },
  { text: "各单位领导班子每年至少组织集体学法4次。", expect: {}, absent: STUDY },
  { text: "县政府第25次常务会议集中学习了新修订的《行政复议法》。", expect: {}, absent: STUDY },
  { text: "各乡镇、各部门领导班子开展会前学法320余次。", expect: {}, absent: STUDY },
  { text: "市县两级政府常务会议累计学法54次。", expect: {}, absent: STUDY },
  { text: "学法考试参考率100%,优秀率为63%。", expect: {}, absent: STUDY },
  { text: "县委理论学习中心组开展集中学习18次。", expect: {}, absent: STUDY },
  { text: "旁听庭审人次较上年增加80人次。", expect: {}, absent: STUDY },
  {
    text: "2023年,我县深入推进领导干部学法。近三年来,县政府常务会议累计学法36次。",
    expect: {},
    absentOrOtherPeriod: ["study.gov_sessions"],
  },
];

const cases = [...positives, ...nearMisses];

function label(c: Case): string {
  const codes = [...Object.keys(c.expect), ...(c.absent && Object.keys(c.expect).length === 0 ? ["none"] : [])];
  return `${codes.join("+") || "none"} | ${c.text}`;
}

describe("wordings: positives and near misses", () => {
  test.each(cases.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const res = extract(c.text, { source: "wordings" });
    const byCode = new Map(res.indicators.map((i) => [i.code, i]));
    const got = Object.fromEntries(
      res.indicators.map((i) => [i.code, { value: i.value, approx: i.approx, evidence: i.evidence.text }]),
    );
    const problems: string[] = [];

    // evidence spans of everything found are exact slices of the input
    for (const ind of res.indicators) {
      const slice = c.text.slice(ind.evidence.start, ind.evidence.end);
      if (slice !== ind.evidence.text) problems.push(`${ind.code}: evidence.text ≠ text.slice(start,end) (${JSON.stringify(slice)})`);
    }

    for (const [code, raw] of Object.entries(c.expect)) {
      const want: Want = typeof raw === "number" ? { value: raw } : raw;
      const wantApprox = want.approx ?? null;
      const ind = byCode.get(code);
      if (!ind) {
        problems.push(`${code}: expected ${want.value}${wantApprox ? ` (${wantApprox})` : ""}, got nothing`);
        continue;
      }
      const accepted = [want.value, ...(want.accept ?? [])];
      if (!accepted.includes(ind.value)) problems.push(`${code}: expected ${accepted.join(" or ")}, got ${ind.value}`);
      if (ind.approx !== wantApprox) problems.push(`${code}: expected approx ${wantApprox}, got ${ind.approx}`);
      const as = want.as ?? String(ind.value);
      if (!ind.evidence.text.includes(as)) problems.push(`${code}: evidence ${JSON.stringify(ind.evidence.text)} lacks the number as written ${JSON.stringify(as)}`);
    }

    for (const code of c.absent ?? []) {
      const ind = byCode.get(code);
      if (ind) problems.push(`${code}: expected nothing, got ${ind.value} from ${JSON.stringify(ind.evidence.text)}`);
    }

    for (const code of c.absentOrOtherPeriod ?? []) {
      const ind = byCode.get(code);
      const flagged = res.flags.some((f) => f.check === "other_period" && f.codes.includes(code));
      if (ind && !flagged) problems.push(`${code}: other-period figure ${ind.value} taken without an other_period flag`);
    }

    expect({ problems, got: problems.length ? got : "-" }).toEqual({ problems: [], got: "-" });
  });
});

describe("wordings: coverage of the catalog", () => {
  test("every code has at least 3 positive sentences, every family at least 3 near misses", () => {
    const all = [...REVIEW, ...MEDIATION, ...RESPONSE, ...STUDY];
    expect(all).toHaveLength(30);
    const count = new Map<string, number>();
    for (const c of positives) for (const code of Object.keys(c.expect)) count.set(code, (count.get(code) ?? 0) + 1);
    const thin = all.filter((code) => (count.get(code) ?? 0) < 3);
    expect(thin).toEqual([]);
    for (const fam of [REVIEW, MEDIATION, RESPONSE, STUDY]) {
      const n = nearMisses.filter((c) => [...(c.absent ?? []), ...(c.absentOrOtherPeriod ?? [])].some((code) => fam.includes(code))).length;
      expect(n).toBeGreaterThanOrEqual(3);
    }
  });
});
