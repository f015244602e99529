/**
 * Held-out paragraph suite: 24 realistic report sections (3–8 sentences each),
 * written independently of the rules and of the other core tests. Each case
 * mixes headline figures with realistic traps (sub-units, sub-activities,
 * per-body norms, other periods, plans, meetings hearing work, combined
 * bodies, non-catalog rates, outreach lectures, hotline numbers, document
 * numbers, ordinals).
 *
 * `expect` is EXACTLY the set of catalog codes that must be found; any other
 * catalog code found is a false positive (unless listed in `skip`).
 * The final test logs micro precision / recall over all cases (a value counts
 * as a true positive only when both value and qualifier are right; a wrong
 * value is one fp and one fn, as a scorer counts it).
 */
import { extract } from "../../src/core/extract";

type Approx = "at_least" | "about" | null;
type Exp = number | { value: number; approx?: Approx; accept?: number[]; written?: string };
interface Case {
  name: string;
  year: number;
  text: string;
  expect: Record<string, Exp>;
  absent?: string[];
  skip?: string[];
}

const CODES = [
  "recon.received", "recon.closed", "recon.ontime_rate", "recon.correction_rate", "recon.settlement_rate",
  "recon.as_respondent", "litig.cases", "litig.appearances", "litig.appearance_rate", "legality.reviewed",
  "mediation.cases", "mediation.succeeded", "mediation.success_rate", "mediation.organizations",
  "hotline.tickets", "hotline.completion_rate", "hotline.satisfaction_rate",
  "disclosure.proactive", "disclosure.requests", "disclosure.response_rate",
  "proposals.npc", "proposals.cppcc", "proposals.reply_rate",
  "study.party_sessions", "study.gov_sessions", "study.lectures", "study.court_observation",
  "study.exam_takers", "study.exam_passed", "study.exam_pass_rate",
];

const CASES: Case[] = [
  {
    name: "01 recon: 收到/受理/审结 with 2022同期, a department as respondent, 占比",
    year: 2023,
    text:
      "青峪县2023年法治政府建设情况报告\n" +
      "(三)发挥行政复议化解行政争议主渠道作用。2023年,青峪县坚持以习近平法治思想为指导,持续深化行政复议体制改革。县政府行政复议机构全年共收到行政复议申请286件,较2022年同期的197件增长45.2%;经审查依法受理261件,不予受理18件,申请人撤回7件。全年审结行政复议案件248件,审限内结案率100%。通过调解、和解方式结案52件,调解和解率21%。从被申请人看,县市场监管局作为被申请人的案件41件,占比15.7%,居各部门首位。",
    expect: {
      "recon.received": { value: 286, accept: [261] },
      "recon.closed": 248,
      "recon.ontime_rate": 100,
      "recon.settlement_rate": 21,
    },
    absent: ["recon.as_respondent"],
  },
  {
    name: "02 litig: 新收/应出庭/出庭 with 其中以区政府为被告, 败诉率, 近三年, 司法建议书",
    year: 2022,
    text:
      "松湾区2022年度法治政府建设工作报告\n" +
      "(六)提升行政应诉能力。2022年,全区新收行政诉讼案件76件,审结63件,其中以区政府为被告的11件。区法院通知行政机关负责人出庭的案件58件,行政机关负责人出庭应诉58次,出庭应诉率100%。全区行政诉讼败诉率4.3%,较上年下降2.1个百分点。近三年来,全区累计办理行政诉讼案件213件,区法院发出司法建议书6份,均已按期反馈整改情况。",
    expect: {
      "litig.cases": 76,
      "litig.appearances": 58,
      "litig.appearance_rate": 100,
    },
  },
  {
    name: "03 legality + disclosure: combined 合法性审核 total, its 其中, contracts, towns; 主动公开/依申请/按时答复率",
    year: 2023,
    text:
      "石岭县2023年法治政府建设情况报告\n" +
      "(二)严格规范性文件和重大决策合法性审核。2023年,县司法局共对县政府及县政府办公室拟出台的规范性文件、政府重要文件和重大行政决策事项开展合法性审核103件,其中规范性文件14件,提出修改意见210条;另审查以县政府名义签订的合同61份。各乡镇(街道)完成合法性审查88件,实现乡镇合法性审查全覆盖。(三)深化政务公开。全年通过县政府门户网站主动公开政府信息2367条,受理依申请公开31件,均在法定期限内作出答复,按时答复率100%,其中县自然资源局受理12件。",
    expect: {
      "legality.reviewed": 103,
      "disclosure.proactive": 2367,
      "disclosure.requests": 31,
      "disclosure.response_rate": 100,
    },
  },
  {
    name: "04 mediation: organisations, cases, succeeded, rate; a town and legal advisers; 调处率",
    year: 2023,
    text:
      "柏川县2023年法治政府建设情况报告\n" +
      "(五)坚持和发展新时代“枫桥经验”。截至2023年底,全县共有人民调解组织231个,人民调解员1380名,县矛盾纠纷调处化解中心实体化运行。2023年,全县各级人民调解组织共排查调解矛盾纠纷3912件,调解成功3886件,调解成功率99.3%。其中,城关镇人民调解委员会调解纠纷512件,村(居)法律顾问参与调解矛盾纠纷126件。县矛盾纠纷调处化解中心全年接待来访群众1045人次,调处率98%。",
    expect: {
      "mediation.organizations": 231,
      "mediation.cases": 3912,
      "mediation.succeeded": 3886,
      "mediation.success_rate": 99.3,
    },
  },
  {
    name: "05 mediation: 1.3万余件, 化解率, a campaign's cases, 联合调解中心, next-year target",
    year: 2021,
    text:
      "云岗市2021年法治政府建设年度报告\n" +
      "一年来,市委政法委、市司法局牵头深化诉源治理,推动矛盾纠纷多元化解。2021年,全市共化解各类矛盾纠纷1.3万余件,化解率97.6%,同比上升1.8个百分点。其中“百日攻坚”专项行动期间化解纠纷2100余件。全市建成市、县两级联合调解中心9个,新设立行业性专业性调解委员会27个。2022年,将力争调解成功率达到98%以上,人民调解组织覆盖率100%。",
    expect: {
      "mediation.cases": { value: 13000, approx: "at_least", written: "1.3万" },
    },
    absent: ["mediation.success_rate", "mediation.organizations"],
  },
  {
    name: "06 hotline: 8890 as 12345, tickets/办结率/满意率; 同比, 疫情相关, 接通率, ranking",
    year: 2022,
    text:
      "枫林市2022年法治政府建设情况报告\n" +
      "(四)畅通群众诉求渠道。持续推进“8890”便民服务平台与12345政务服务热线双号并行,全年“8890”平台共受理群众诉求工单46218件,同比增长18.5%,按时办结率99.6%,群众满意率97.2%。其中疫情防控相关诉求12035件,涉企诉求3307件。热线平均接通率99.1%,在全省12345热线第三方评估中位列第3名。",
    expect: {
      "hotline.tickets": 46218,
      "hotline.completion_rate": 99.6,
      "hotline.satisfaction_rate": 97.2,
    },
  },
  {
    name: "07 proposals: 建议/提案/办复率; 代表委员满意率 is not the hotline's; one department; per-quarter norm",
    year: 2023,
    text:
      "汀水县2023年法治政府建设情况报告\n" +
      "(七)自觉接受人大和政协监督。县政府坚持把建议提案办理作为依法履职的重要内容,全年共承办县人大代表建议86件、县政协委员提案112件,办复率100%,代表委员满意率98.5%。其中,县住建局承办建议提案31件,数量居各部门之首。县政府每季度至少召开1次建议提案办理工作推进会。",
    expect: {
      "proposals.npc": 86,
      "proposals.cppcc": 112,
      "proposals.reply_rate": 100,
    },
    absent: ["hotline.satisfaction_rate"],
  },
  {
    name: "08 study: 中心组/常务会/讲座/旁听庭审余人次; 听取汇报, 每季度至少学法1次",
    year: 2023,
    text:
      "梧桥县2023年法治政府建设情况报告\n" +
      "(一)抓牢领导干部“关键少数”。严格落实党委(党组)理论学习中心组学法和政府常务会议会前学法制度,2023年县委理论学习中心组开展集体学法5次,县政府常务会议会前学法12次,举办领导干部法治专题讲座3场。组织全县科级以上领导干部420余人次旁听庭审。县政府常务会议专题听取法治政府建设工作汇报4次。各乡镇党委、政府每季度至少学法1次。",
    expect: {
      "study.party_sessions": 5,
      "study.gov_sessions": 12,
      "study.lectures": 3,
      "study.court_observation": { value: 420, approx: "at_least" },
    },
  },
  {
    name: "09 study: combined 市委常委会、市政府常务会议, 各县累计, 普法讲座; exam takers 余名, 参考率",
    year: 2023,
    text:
      "岚州市2023年法治政府建设情况报告\n" +
      "2023年,岚州市持续推进领导干部学法用法常态化。市委常委会、市政府常务会议会前学法共计14次,各县(市、区)政府常务会议累计学法96次。全年举办领导干部法治专题讲座2期,组织开展“法律进机关”普法讲座26场。全市6800余名国家工作人员参加年度学法考试,参考率99.2%,考试合格率98.7%。",
    expect: {
      "study.lectures": 2,
      "study.exam_takers": { value: 6800, approx: "at_least" },
      "study.exam_pass_rate": 98.7,
    },
    absent: ["study.party_sessions", "study.gov_sessions"],
  },
  {
    name: "10 study: exam takers/passed/rate with 补考, 宪法宣誓, 平均分, 优秀率",
    year: 2024,
    text:
      "青禾区2024年法治政府建设情况报告\n" +
      "(二)严格领导干部法律知识考试。2024年,区委组织部、区司法局联合组织全区186名科级以上领导干部参加法律知识考试,183名考试合格,考试合格率98.4%,对3名不合格人员进行补考。区人大常委会任命的23名国家工作人员进行了宪法宣誓。全区行政执法人员在线学法平均得分92.6分,优秀率61%。",
    expect: {
      "study.exam_takers": 186,
      "study.exam_passed": 183,
      "study.exam_pass_rate": 98.4,
    },
  },
  {
    name: "11 study: ordinal 第15次常务会议, 较2022年的5次, 2024年工作计划 targets",
    year: 2023,
    text:
      "澄阳区2023年法治政府建设情况报告\n" +
      "二、2023年推进法治政府建设的主要举措\n" +
      "全面落实政府常务会议学法制度,在区政府第15次常务会议上专题学习新修订的《行政复议法》,全年区政府常务会议学法7次,较2022年的5次增加2次。\n" +
      "三、2024年工作计划\n" +
      "(一)持续抓好“关键少数”。计划组织区政府常务会议学法不少于8次,举办领导干部法治专题讲座2次以上,力争12345热线群众满意率达到95%以上,行政复议调解和解率提升至30%。",
    expect: {
      "study.gov_sessions": 7,
    },
    absent: ["study.lectures", "hotline.satisfaction_rate", "recon.settlement_rate"],
  },
  {
    name: "12 traditional characters: 收到/審結/直接糾錯率/被申請人/出庭應訴率",
    year: 2022,
    text:
      "臨江縣2022年法治政府建設情況報告\n" +
      "(四)依法化解行政爭議。2022年,縣政府共收到行政複議申請78件,審結71件,直接糾錯率9.9%,同比下降3.2個百分點。以縣政府為被申請人的行政複議案件5件,均已按時提交答覆材料。全縣行政機關負責人出庭應訴率100%。",
    expect: {
      "recon.received": 78,
      "recon.closed": 71,
      "recon.correction_rate": 9.9,
      "recon.as_respondent": 5,
      "litig.appearance_rate": 100,
    },
  },
  {
    name: "13 disclosure: web debris, 1.2万余条, full-width digits; 信息公开引发的复议/诉讼",
    year: 2021,
    text:
      "安平区2021年政府信息公开和法治政府建设情况\n" +
      "发布时间:2022-02-18 来源:区政府办公室 【字体:大 中 小】 打印\n" +
      "2021年,区政府严格执行《中华人民共和国政府信息公开条例》,全年主动公开政府信息1.2万余条,发布政策解读86篇。受理依申请公开政府信息申请５６件,全部在法定期限内答复。因政府信息公开引发行政复议3件、行政诉讼1件,均未被纠错。\n" +
      "分享到: 微信 微博",
    expect: {
      "disclosure.proactive": { value: 12000, approx: "at_least", written: "1.2万" },
      "disclosure.requests": { value: 56, written: "５６" },
    },
    absent: ["recon.received", "litig.cases"],
  },
  {
    name: "14 town report: N个人民调解组织 before the noun, 成功调解, a village and advisers; 12345 工单 1,208",
    year: 2024,
    text:
      "桐溪镇2024年法治政府建设工作情况报告\n" +
      "2024年,桐溪镇坚持和发展新时代“枫桥经验”,全镇13个人民调解组织共受理各类矛盾纠纷347件,成功调解341件,调解成功率98.3%。其中,驻镇法律顾问参与调解19件,桐溪村调委会调解纠纷58件。镇综治中心全年接待群众来访216人次。全年办理“12345”热线转办工单1,208件,办结率100%。",
    expect: {
      "mediation.organizations": 13,
      "mediation.cases": 347,
      "mediation.succeeded": 341,
      "mediation.success_rate": 98.3,
      "hotline.tickets": { value: 1208, written: "1,208" },
      "hotline.completion_rate": 100,
    },
  },
  {
    name: "15 review: 宗/起 units, body in earlier clause, two 100% rates, case number, 近三年",
    year: 2023,
    text:
      "柳坪区2023年法治政府建设情况报告\n" +
      "(三)规范行政复议应诉工作。区政府作为行政复议机关,全年收到复议申请52宗,已审结49宗,审限内结案率100%。行政诉讼方面,以区政府及区直部门为被告的一审行政诉讼案件共34起,区行政机关负责人出庭应诉29次,出庭应诉率100%。在(2023)浙0782行初15号案件中,区长亲自出庭应诉并发表意见。近三年来行政诉讼案件数年均下降12%。",
    expect: {
      "recon.received": 52,
      "recon.closed": 49,
      "recon.ontime_rate": 100,
      "litig.cases": 34,
      "litig.appearances": 29,
      "litig.appearance_rate": 100,
    },
  },
  {
    name: "16 study: 听取汇报/研究部署, theory study, 会前学法, 1300余名 旁听庭审",
    year: 2022,
    text:
      "荻原县2022年法治政府建设情况报告\n" +
      "县委常委会会议专题听取法治政府建设工作汇报3次,县政府常务会议研究部署法治政府建设工作5次。县委理论学习中心组围绕党的二十大精神开展专题学习9次。县政府坚持会前学法制度,全年县政府常务会议会前学法10次。全县62个单位1300余名干部参加旁听庭审活动。",
    expect: {
      "study.gov_sessions": 10,
      "study.court_observation": { value: 1300, approx: "at_least" },
    },
    absent: ["study.party_sessions"],
  },
  {
    name: "17 近/约: 调处近2000件, 化解率; 约5.6万件 诉求, 涉企诉求, 满意率, 同比",
    year: 2024,
    text:
      "泓川区2024年法治政府建设情况报告\n" +
      "(五)多元化解矛盾纠纷。2024年,全区共调处矛盾纠纷近2000件,化解率96.4%。区12345政务服务便民热线全年受理群众诉求约5.6万件,其中涉企诉求约1.1万件,群众满意率95.13%。热线工单量同比下降8.7%。",
    expect: {
      "mediation.cases": { value: 2000, approx: "about" },
      "hotline.tickets": { value: 56000, approx: "about", written: "5.6万" },
      "hotline.satisfaction_rate": 95.13,
    },
  },
  {
    name: "18 disclosure: document number, 公开规范性文件 is not 主动公开政府信息, 100%按时答复, score and rank",
    year: 2023,
    text:
      "郾东区2023年法治政府建设情况报告\n" +
      "(六)深化政务公开。严格落实《郾东区政府信息公开工作办法》(郾政办发〔2023〕17号),全年公开行政规范性文件27件。全年办理依申请公开143件,100%按时答复。在全市政务公开第三方评估中得分93.5分,排名第2。",
    expect: {
      "disclosure.requests": 143,
      "disclosure.response_rate": 100,
    },
    absent: ["disclosure.proactive", "legality.reviewed"],
  },
  {
    name: "19 proposals: 分别为N件、M件, 办复率均达, 面商率, 满意和基本满意率",
    year: 2023,
    text:
      "宜河市2023年法治政府建设情况报告\n" +
      "市政府坚持把办理人大代表建议和政协提案作为接受监督的重要途径,全年共承办市人大代表建议和市政协委员提案分别为143件、178件,办复率均达100%,面商率100%。其中市住建局承办建议21件。代表委员对办理结果满意和基本满意率100%。",
    expect: {
      "proposals.npc": 143,
      "proposals.cppcc": 178,
      "proposals.reply_rate": 100,
    },
    absent: ["hotline.satisfaction_rate"],
  },
  {
    name: "20 development zone: 主任办公会/党工委中心组, 各部门累计, 宣讲; 管委会审理/被申请人",
    year: 2022,
    text:
      "翠湖经济开发区2022年法治政府建设情况报告\n" +
      "2022年,管委会主任办公会会前学法共计18次,党工委理论学习中心组集体学法4次,各部门、各街道领导班子学法136次。开展“法律进企业”宣讲活动22场。由管委会负责审理的行政复议案件57件,已审结50件;以管委会为被申请人的复议案件6件。",
    expect: {
      "study.gov_sessions": 18,
      "study.party_sessions": 4,
      "recon.received": 57,
      "recon.closed": 50,
      "recon.as_respondent": 6,
    },
  },
  {
    name: "21 Chinese numerals: 学法四次, 讲座两场; norm, 普法讲座三十余场, 与2022年相比",
    year: 2023,
    text:
      "鸣凤县2023年法治政府建设情况报告\n" +
      "2023年,县委常委会会前学法四次,举办领导干部法治专题讲座两场,深入学习宣传贯彻习近平法治思想。各乡镇党委每季度至少学法1次。依托“八五”普法开展普法讲座三十余场。与2022年相比,专题讲座增加一场。",
    expect: {
      "study.party_sessions": { value: 4, written: "四" },
      "study.lectures": { value: 2, written: "两" },
    },
  },
  {
    name: "22 hotline named in the clause before: 受理各类诉求8.3万件, 办结率, 回访满意率; 企业诉求, ranking",
    year: 2021,
    text:
      "渠阳市2021年法治政府建设情况报告\n" +
      "全面整合全市非紧急类政务服务热线,统一归并至12345政务服务便民热线。全年共受理各类诉求8.3万件,办结率98.9%,回访满意率96.4%。其中,企业诉求1205件。热线第一季度在全省考核中排名第1。",
    expect: {
      "hotline.tickets": { value: 83000, written: "8.3万" },
      "hotline.completion_rate": 98.9,
      "hotline.satisfaction_rate": 96.4,
    },
  },
  {
    name: "23 recon city: 1,562件 同比, 办结1,410件, 直接纠错率, 调解和解率约为; 涉企, 意见书; 出庭应诉率",
    year: 2024,
    text:
      "嵩州市2024年法治政府建设情况报告\n" +
      "新修订的《行政复议法》施行后,市政府统一行使行政复议职责。2024年,市政府共收到行政复议申请1,562件,同比增长31.2%,办结1,410件,直接纠错率12.6%,调解和解率约为18%。其中涉企行政复议案件213件,制发行政复议意见书和建议书7份。全市行政机关负责人出庭应诉率达98.7%。",
    expect: {
      "recon.received": { value: 1562, written: "1,562" },
      "recon.closed": { value: 1410, written: "1,410" },
      "recon.correction_rate": 12.6,
      "recon.settlement_rate": { value: 18, approx: "about" },
      "litig.appearance_rate": 98.7,
    },
  },
  {
    name: "24 2020 report with 2021 plan: legality total, 报备, 近五年; mediation 2,614 with 医调委; plan rates",
    year: 2020,
    text:
      "栎阳区2020年法治政府建设情况和2021年工作安排\n" +
      "一、2020年工作情况\n" +
      "全年审查区政府规范性文件及重大行政决策事项57件,向市政府报备规范性文件9件;近五年共清理规范性文件320件。全区各级人民调解组织调解纠纷2,614件,调解成功率98.2%,其中区医调委调解医疗纠纷47件。\n" +
      "二、2021年工作安排\n" +
      "确保重大行政决策合法性审查率100%,力争矛盾纠纷调解成功率保持在98%以上。",
    expect: {
      "legality.reviewed": 57,
      "mediation.cases": { value: 2614, written: "2,614" },
      "mediation.success_rate": 98.2,
    },
  },
];

interface Norm { value: number; approx: Approx; accept: number[]; written: string }
function norm(e: Exp): Norm {
  if (typeof e === "number") return { value: e, approx: null, accept: [], written: String(e) };
  return { value: e.value, approx: e.approx ?? null, accept: e.accept ?? [], written: e.written ?? String(e.value) };
}

type Result = ReturnType<typeof extract>;
const cache = new Map<string, Result>();
function run(c: Case): Result {
  let r = cache.get(c.name);
  if (!r) {
    r = extract(c.text, { source: c.name });
    cache.set(c.name, r);
  }
  return r;
}

interface Score { tp: number; fp: number; fn: number; problems: string[] }
/** Scores one case like the scorer; problems are human-readable. */
function score(c: Case): Score {
  const r = run(c);
  const got = new Map(r.indicators.map((i) => [i.code, i]));
  const s: Score = { tp: 0, fp: 0, fn: 0, problems: [] };
  if (r.meta.year !== c.year) s.problems.push(`meta.year: expected ${c.year}, got ${r.meta.year}`);
  for (const i of r.indicators) {
    const ev = i.evidence;
    if (c.text.slice(ev.start, ev.end) !== ev.text) s.problems.push(`${i.code}: evidence span does not slice the input`);
  }
  for (const code of CODES) {
    if (c.skip?.includes(code)) continue;
    const e = c.expect[code];
    const g = got.get(code);
    if (e === undefined) {
      if (g) {
        s.fp++;
        s.problems.push(`${code}: unexpected ${g.value}${g.approx ? ` (${g.approx})` : ""} from 「${g.evidence.text}」`);
      }
      continue;
    }
    const n = norm(e);
    if (!g) {
      s.fn++;
      s.problems.push(`${code}: missing, expected ${n.value}${n.approx ? ` (${n.approx})` : ""}`);
      continue;
    }
    const valueOk = g.value === n.value || n.accept.includes(g.value);
    const approxOk = g.approx === n.approx;
    if (valueOk && approxOk) {
      s.tp++;
      if (g.value === n.value && !g.evidence.text.includes(n.written))
        s.problems.push(`${code}: evidence 「${g.evidence.text}」 lacks the number as written (${n.written})`);
    } else {
      s.fp++;
      s.fn++;
      s.problems.push(
        `${code}: expected ${n.value}${n.approx ? ` (${n.approx})` : ""}, got ${g.value}${g.approx ? ` (${g.approx})` : ""} from 「${g.evidence.text}」`,
      );
    }
  }
  for (const code of c.absent ?? []) {
    if (c.expect[code] !== undefined) s.problems.push(`${code}: case lists it both in expect and absent`);
  }
  return s;
}

describe("held-out report paragraphs", () => {
  it("has 24 well-formed cases", () => {
    expect(CASES).toHaveLength(24);
    for (const c of CASES) {
      for (const code of [...Object.keys(c.expect), ...(c.absent ?? []), ...(c.skip ?? [])]) expect(CODES).toContain(code);
    }
  });

  for (const c of CASES) {
    it(c.name, () => {
      expect(score(c).problems).toEqual([]);
    });
  }

  it("summary: micro precision and recall (logged, not asserted)", () => {
    let tp = 0, fp = 0, fn = 0;
    const perCode = new Map<string, { tp: number; fp: number; fn: number }>();
    const lines: string[] = [];
    for (const c of CASES) {
      const r = run(c);
      const s = score(c);
      tp += s.tp; fp += s.fp; fn += s.fn;
      const got = new Map(r.indicators.map((i) => [i.code, i]));
      for (const code of CODES) {
        if (c.skip?.includes(code)) continue;
        const e = c.expect[code];
        const g = got.get(code);
        const pc = perCode.get(code) ?? { tp: 0, fp: 0, fn: 0 };
        if (e === undefined) { if (g) pc.fp++; }
        else if (!g) pc.fn++;
        else {
          const n = norm(e);
          if ((g.value === n.value || n.accept.includes(g.value)) && g.approx === n.approx) pc.tp++;
          else { pc.fp++; pc.fn++; }
        }
        perCode.set(code, pc);
      }
      for (const p of s.problems) lines.push(`  [${c.name.slice(0, 2)}] ${p}`);
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const table = [...perCode.entries()]
      .filter(([, v]) => v.tp + v.fp + v.fn > 0)
      .map(([k, v]) => `  ${k.padEnd(26)} tp=${v.tp} fp=${v.fp} fn=${v.fn}`)
      .join("\n");
    console.log(
      `paragraphs: tp=${tp} fp=${fp} fn=${fn} precision=${(precision * 100).toFixed(1)}% recall=${(recall * 100).toFixed(1)}%\n` +
        `${table}\nproblems:\n${lines.join("\n")}`,
    );
    expect(tp + fn).toBeGreaterThan(0);
  });
});
