/**
 * The sentences the retired wording rules were written for (their examples), kept as cases: each rule was
 * removed once the frames and the remaining rules read every text the project has exactly as they read it with
 * it (669 texts: the visible corpus, seeds, fixtures and this corpus; session 6), so its wording is now the
 * constructions' and the lexicon's. Written by the team in the reports' register; never copied from ../shared.
 */
import type { CorpusCase } from "./types";

export const wordings: CorpusCase[] = [
  {
    text: "全年共办理行政诉讼案件78件,负责人出庭应诉率100%。",
    expect: { "litig.cases": 78 },
    note: "was the wording rule 「办理行政诉讼案件N件」",
  },
  {
    text: "我局新收行政诉讼应诉案件4宗,均已审结。",
    expect: { "litig.cases": 4 },
    note: "was the wording rule 「办理行政诉讼案件N件」",
  },
  {
    text: "严格落实行政机关负责人出庭应诉制度,全年共出庭45次。",
    expect: { "litig.appearances": 45 },
    note: "was the wording rule 「(负责人出庭应诉制度,)出庭N次」",
  },
  {
    text: "推动行政机关负责人出庭应诉,全年出庭应诉31人次。",
    expect: { "litig.appearances": 31 },
    note: "was the wording rule 「(负责人出庭应诉制度,)出庭N次」",
  },
  {
    text: "今年完成重大行政决策合法性审查17件。",
    expect: { "legality.reviewed": 17 },
    note: "was the wording rule 「合法性审查N件」",
  },
  {
    text: "全年组织各类文件合法性审核56次。",
    expect: { "legality.reviewed": 56 },
    note: "was the wording rule 「合法性审查N件」",
  },
  {
    text: "全年对42件规范性文件进行合法性审查。",
    expect: { "legality.reviewed": 42 },
    note: "was the wording rule 「对N件文件进行合法性审查」",
  },
  {
    text: "对县政府拟出台的18件重大决策事项进行了合法性审核。",
    expect: { "legality.reviewed": 18 },
    note: "was the wording rule 「对N件文件进行合法性审查」",
  },
  {
    text: "全年共受理人民调解案件604件,调解成功598件。",
    expect: { "mediation.cases": 604 },
    note: "was the wording rule 「受理人民调解案件N件」",
  },
  {
    text: "全镇办理人民调解案件83宗。",
    expect: { "mediation.cases": 83 },
    note: "was the wording rule 「受理人民调解案件N件」",
  },
  {
    text: "全年调处矛盾纠纷316件,成功率99.1%。",
    expect: { "mediation.success_rate": 99.1 },
    note: "was the wording rule 「(调解)成功率N%」",
  },
  {
    text: "共调解纠纷58件,调解成功57件,成功率为98.3%。",
    expect: { "mediation.success_rate": 98.3 },
    note: "was the wording rule 「(调解)成功率N%」",
  },
  {
    text: "12345热线诉求办结率100%。",
    expect: { "hotline.completion_rate": 100 },
    note: "was the wording rule 「12345热线办结率N%」",
  },
  {
    text: "全市12345政务服务便民热线按期办结率达到99.2%。",
    expect: { "hotline.completion_rate": 99.2 },
    note: "was the wording rule 「12345热线办结率N%」",
  },
  {
    text: "受理12345热线诉求2.4万件,按期办结率99.1%。",
    expect: { "hotline.completion_rate": 99.1 },
    note: "was the wording rule 「(热线诉求N件,)按期办结率N%」",
  },
  {
    text: "热线受理群众诉求1.3万件,按时办结率98.5%,满意率97%。",
    expect: { "hotline.completion_rate": 98.5 },
    note: "was the wording rule 「(热线诉求N件,)按期办结率N%」",
  },
  {
    text: "12345热线群众满意率达到96.5%。",
    expect: { "hotline.satisfaction_rate": 96.5 },
    note: "was the wording rule 「12345热线满意率N%」",
  },
  {
    text: "12345政务服务热线诉求办理满意度为98.1%。",
    expect: { "hotline.satisfaction_rate": 98.1 },
    note: "was the wording rule 「12345热线满意率N%」",
  },
  {
    text: "全年共有2100余条政府信息通过门户网站主动公开。",
    expect: { "disclosure.proactive": 2100 },
    approx: { "disclosure.proactive": "at_least" },
    note: "was the wording rule 「N条政府信息通过门户网站主动公开」",
  },
  {
    text: "3480条政府信息在政务公开专栏主动公开。",
    expect: { "disclosure.proactive": 3480 },
    note: "was the wording rule 「N条政府信息通过门户网站主动公开」",
  },
  {
    text: "全年公开政府信息2875条,政务公开标准化水平持续提升。",
    expect: { "disclosure.proactive": 2875 },
    note: "was the wording rule 「全年公开政府信息N条」",
  },
  {
    text: "累计公开各类政府信息1.6万条。",
    expect: { "disclosure.proactive": 16000 },
    as: { "disclosure.proactive": "1.6万" },
    note: "was the wording rule 「全年公开政府信息N条」",
  },
  {
    text: "全年依申请公开办理28件,按期答复率为98.2%。",
    expect: { "disclosure.requests": 28 },
    note: "was the wording rule 「依申请公开办理N件」",
  },
  {
    text: "依申请公开政府信息受理46件,均依法答复。",
    expect: { "disclosure.requests": 46 },
    note: "was the wording rule 「依申请公开办理N件」",
  },
  {
    text: "受理依申请公开142件,按时答复率100%。",
    expect: { "disclosure.response_rate": 100 },
    note: "was the wording rule 「(依申请公开N件,)答复率N%」",
  },
  {
    text: "收到政府信息公开申请38件,依法答复率为100%。",
    expect: { "disclosure.response_rate": 100 },
    note: "was the wording rule 「(依申请公开N件,)答复率N%」",
  },
  {
    text: "依申请公开按时答复率达100%。",
    expect: { "disclosure.response_rate": 100 },
    note: "was the wording rule 「依申请公开答复率N%」",
  },
  {
    text: "依申请公开事项依法答复率为99.1%。",
    expect: { "disclosure.response_rate": 99.1 },
    note: "was the wording rule 「依申请公开答复率N%」",
  },
  {
    text: "县人大代表建议办理86件,办复率100%。",
    expect: { "proposals.npc": 86 },
    note: "was the wording rule 「人大代表建议办理N件」",
  },
  {
    text: "市人大代表议案建议承办共45件。",
    expect: { "proposals.npc": 45 },
    note: "was the wording rule 「人大代表建议办理N件」",
  },
  {
    text: "县十八届人大三次会议期间代表提出的58件建议全部按时办复。",
    expect: { "proposals.npc": 58 },
    note: "was the wording rule 「人大代表提出的N件建议」",
  },
  {
    text: "区人大代表所提的42件建议均已办结。",
    expect: { "proposals.npc": 42 },
    note: "was the wording rule 「人大代表提出的N件建议」",
  },
  {
    text: "政协委员提案办理65件,办复率100%。",
    expect: { "proposals.cppcc": 65 },
    note: "was the wording rule 「政协委员提案办理N件」",
  },
  {
    text: "县政协提案承办共72件。",
    expect: { "proposals.cppcc": 72 },
    note: "was the wording rule 「政协委员提案办理N件」",
  },
  {
    text: "办理人大代表建议72件、政协提案95件,办复率100%。",
    expect: { "proposals.cppcc": 95 },
    note: "was the wording rule 「(人大代表建议N件、)政协提案N件」",
  },
  {
    text: "承办省人大代表建议12件、政协委员提案30件。",
    expect: { "proposals.cppcc": 30 },
    note: "was the wording rule 「(人大代表建议N件、)政协提案N件」",
  },
  {
    text: "人大代表建议和政协委员提案办复率100%。",
    expect: { "proposals.reply_rate": 100 },
    note: "was the wording rule 「建议提案办复率N%(点名)」",
  },
  {
    text: "建议提案按期办复率达到100%。",
    expect: { "proposals.reply_rate": 100 },
    note: "was the wording rule 「建议提案办复率N%(点名)」",
  },
  {
    text: "邀请省委党校教授为全体县级领导干部作宪法专题辅导讲座两次。",
    expect: { "study.lectures": 2 },
    as: { "study.lectures": "两" },
    note: "was the wording rule 「为领导干部作法治专题讲座N次」",
  },
  {
    text: "邀请律师为镇村干部开展民法典讲座3场。",
    expect: { "study.lectures": 3 },
    note: "was the wording rule 「为领导干部作法治专题讲座N次」",
  },
  {
    text: "组织全区干部参加宪法法律知识考试3460人次。",
    expect: { "study.exam_takers": 3460 },
    note: "was the wording rule 「参加法律知识考试N人」",
  },
  {
    text: "全体执法人员参加法律知识考试共计412人。",
    expect: { "study.exam_takers": 412 },
    note: "was the wording rule 「参加法律知识考试N人」",
  },
  {
    text: "参加考试305人,考试合格298人。",
    expect: { "study.exam_passed": 298 },
    note: "was the wording rule 「考试合格N人」",
  },
  {
    text: "组织法律知识测试,考试通过人数为77人。",
    expect: { "study.exam_passed": 77 },
    note: "was the wording rule 「考试合格N人」",
  },
  {
    text: "全年区委理论学习中心组组织5次专题学法。",
    expect: { "study.party_sessions": 5 },
    note: "was the wording rule 「党委理论中心组组织N次学法」 (retired in session 7)",
  },
  {
    text: "镇党委会议开展3次集体学法活动。",
    expect: { "study.party_sessions": 3 },
    note: "was the wording rule 「党委理论中心组组织N次学法」 (retired in session 7)",
  },
  {
    text: "举办领导干部法治讲座3期。",
    expect: { "study.lectures": 3 },
    note: "was the wording rule 「举办领导干部法治讲座N期」 (retired in session 7)",
  },
  {
    text: "全年组织县级领导干部学法讲座4场。",
    expect: { "study.lectures": 4 },
    note: "was the wording rule 「举办领导干部法治讲座N期」 (retired in session 7)",
  },
  {
    text: "参加年度学法考试的国家工作人员达3.6万人。",
    expect: { "study.exam_takers": 36000 },
    as: { "study.exam_takers": "3.6万" },
    note: "was the wording rule 「参加考试的工作人员达N人」 (retired in session 7)",
  },
  {
    text: "参加任前法律知识考试的领导干部共计57人。",
    expect: { "study.exam_takers": 57 },
    note: "was the wording rule 「参加考试的工作人员达N人」 (retired in session 7)",
  },
];
