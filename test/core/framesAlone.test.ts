/**
 * The frames deciding alone, with no wording rule (rules/ is to be deleted once the frames match it): figures they
 * must settle between themselves, by construction, in sentences written for this test. Each case is a construction a
 * wording rule happened to cover; the frames alone had left both figures to the reviewer.
 */
import { runEngine, type EngineTrace } from "../../src/core/engine";
import { readMeta, ownName } from "../../src/core/meta";
import { normalise } from "../../src/core/text/normalise";
import { otherRatesOf, tiers, withRules } from "../../src/core/tiers";

function framesAlone(input: string): Map<string, number> {
  const { text } = normalise(input);
  const meta = readMeta(text);
  const trace = {} as EngineTrace;
  const engine = runEngine(text, meta.year, trace, meta.published, ownName(text, meta));
  const t = tiers(withRules(engine, [], trace.doc.tailStart, text, otherRatesOf(trace.frames)));
  return new Map([...t.values].map(([code, v]) => [code, v.chosen.value]));
}

const TITLE = "某某县人民政府2023年法治政府建设情况报告\n";
const DEPARTMENT = "某某县自然资源局2023年法治政府建设工作报告\n";
const STREET = "某某街道2023年法治建设工作情况报告\n";
const TOWN = "某某镇2023年法治政府建设工作情况报告\n";

describe("the frames alone settle a code's rival figures", () => {
  it("a year's new organisations are no stock (今年全县建成…12个, 全县新建…9个)", () => {
    expect(framesAlone(TITLE + "今年全县建成人民调解组织12个。").get("mediation.organizations")).toBeUndefined();
    expect(framesAlone(TITLE + "全县新建人民调解委员会9个。").get("mediation.organizations")).toBeUndefined();
  });

  it.each([
    // the own body's party verb describing the bare 案件 under a reconsideration paragraph says the kind (session 15)
    ["party describing 案件", TITLE + "县行政复议局全年接收行政复议申请58件，办结55件。以县政府为被申请人的案件6件，均按时提交答复。", "recon.as_respondent", 6],
    // (…not the departments' or the towns' as party: 以县政府部门为被申请人的案件 are no respondent count of the government)
    ["party of the departments", TITLE + "县政府全年收到行政复议申请58件。以县政府为被申请人的行政复议案件3件;以县政府部门为被申请人的案件47件;以乡镇人民政府为被申请人的案件8件。", "recon.as_respondent", 3],
    // who sat (实考) over who should have (应考) (session 15: lexicon lines)
    ["实考 over 应考", TITLE + "组织执法人员网上考试，应考1520人，实考1488人，考试合格率98%。", "study.exam_takers", 1488],
    // an act-noun and its object, with or without 的, count the acts (session 15)
    ["act-noun and its object", TITLE + "全县行政机关负责人共出庭应诉行政诉讼案件46件次，出庭应诉率100%。", "litig.appearances", 46],
    ["act-noun 的 its object", TITLE + "全县共有负责人出庭应诉的行政诉讼案件41件。", "litig.appearances", 41],
    // every item of a 其中 list is a part, not only the first
    ["其中 list, second item", DEPARTMENT + "2023年，我局主动公开政府信息61条，其中公文政府信息12条、非公文政府信息49条，作出行政许可决定8件。", "disclosure.proactive", 61],
    // the code's own act (主动公开) over another way of publishing (公众号发布)
    ["主动公开 over 发布", TITLE + "全年主动公开政府信息1860条。依托政务新媒体平台共发布信息3120条，持续扩大政务信息覆盖面。", "disclosure.proactive", 1860],
    // (…where the preferred act's own figures are several, the headline among them: 政策解读 is a part)
    ["headline among the preferred act's figures", TITLE + "全年通过政府门户网站主动公开各类政府信息1.6万余条，政策解读85篇。", "disclosure.proactive", 16000],
    // a verb before 的 still says the act (收到的 over 受理的)
    ["收到的 over 已受理的", TITLE + "本年度，收到的复议申请14宗，不予受理的3宗。已受理的行政复议案件11宗。", "recon.received", 14],
    // the government's own noun and figure, no verb
    ["县政府 noun figure", TITLE + "三是加强行政应诉工作。县政府行政应诉案件27件，已审结19件，无败诉案件。", "litig.cases", 27],
    // 有 between the whole and its noun (全区有…): the whole's stock
    ["全区有 noun figure", TITLE.replace("县", "区") + "全区有人民调解委员会176个，专兼职人民调解员942名。", "mediation.organizations", 176],
    // a 【】 section label names the topic, not the sentence's act
    ["【】 label", TITLE + "【人民调解】 截至2023年底，全县有人民调解组织209个，其中行业性专业性调解组织14个。", "mediation.organizations", 209],
    // a street's or town's own committee joined with its communities' or villages': the whole
    ["街道…及N个社区", STREET + "街道人民调解委员会及11个社区人民调解委员会共调解矛盾纠纷318件，调解成功314件，调解成功率98.7%。", "mediation.cases", 318],
    ["镇…和N个村", TOWN + "镇人民调解委员会和16个村调委会共调解矛盾纠纷275件，调解成功269件。", "mediation.cases", 275],
    // a noun its party describes (作为被申请人的) takes no verb the clause before carried (办结57件)
    ["作为被申请人的 after 办结", TITLE + "县行政复议局全年收到行政复议申请71件，受理66件，办结63件，县政府作为被申请人的行政复议案件4件，均按期答复。", "recon.as_respondent", 4],
    ["…and 办结 keeps its own figure", TITLE + "县行政复议局全年收到行政复议申请71件，受理66件，办结63件，县政府作为被申请人的行政复议案件4件，均按期答复。", "recon.closed", 63],
    // the party between 以 and 为被申请人, not the forum after 、
    ["以…为被申请人、向…申请", "某某市2023年法治政府建设情况报告\n全年市政府共收到行政复议申请903件，依法受理846件。以市政府为被申请人、向省政府申请复议的案件21件。", "recon.as_respondent", 21],
    ["以…为被告的 after …出庭应诉制度", TITLE.replace("县", "区") + "全面落实行政机关负责人出庭应诉制度，以区政府为被告的行政诉讼案件共29件。", "litig.cases", 29],
    ["作为被告的 after 维持、终止", DEPARTMENT + "全年本局作为被申请人的行政复议案件6件，经复议维持5件、终止1件；本局作为被告的行政诉讼案件4件，局负责人出庭应诉4次。", "litig.cases", 4],
    // a noun and figure that open their sentence: the report's own count
    ["noun and figure open the sentence", DEPARTMENT + "三、依法处理复议诉讼\n行政应诉案件7件，目前已审结5件，均判决驳回原告诉讼请求。", "litig.cases", 7],
    // 旁听庭审 names its act: the people counted before or after it attended
    ["N名…旁听庭审", TITLE + "组织县直各部门、各乡镇46名领导干部到县人民法院旁听庭审，现场接受法治教育。", "study.court_observation", 46],
    ["旁听庭审N人次 after another clause's verb", TITLE + "全县各级政府常务会议累计学法930次，各级领导干部旁听庭审2.1万人次。", "study.court_observation", 21000],
    // another code's verb of a clause with no figure names a topic, not the act of the figure after it
    ["a topic clause's 调解", TITLE + "健全人民调解、行政调解、司法调解联动工作体系，年末全县有人民调解组织312个。", "mediation.organizations", 312],
    // 辖区 is the report's own jurisdiction, not the streets an earlier clause named
    ["辖区现有", TITLE.replace("县", "区") + "在4个街道设立矛盾纠纷调处化解中心，辖区现有人民调解组织57个。", "mediation.organizations", 57],
    ["镇…和N个村(社区)", TOWN + "镇人民调解委员会和14个村(社区)调委会共调解矛盾纠纷198件，调解成功193件。", "mediation.cases", 198],
    ["村(社区)…和镇调委会", TOWN + "全镇14个村(社区)调委会和镇调委会共调解矛盾纠纷198件，调解成功193件。", "mediation.cases", 198],
    ["街道及所辖N个社区", STREET + "街道及所辖7个社区人民调解委员会共调解矛盾纠纷166件，调解成功率100%。", "mediation.cases", 166],
    // a bulleted 其中 is a part of the bullet before's whole
    ["● 其中", TITLE.replace("县", "区") + "▲ 矛盾化解\n● 全区各级调解组织调解矛盾纠纷2240件，化解率99%\n● 其中，城南街道调解纠纷512件\n", "mediation.cases", 2240],
    // a body of the report's own kind at a lower level is a part of it (县级政府 in a city's report)
    ["县级政府 in a city's report", "绍兴市人民政府2023年法治政府建设情况报告\n2023年，全市法治政府建设扎实推进。市政府共收到行政复议申请1380件，依法受理1265件。县级政府收到行政复议申请2210件。", "recon.received", 1380],
    // a verb past a list mark with its own figure after it is the next figure's, not this one's
    ["N 受理Q、审结Q", TITLE + "行政复议案件全年受理62件、审结58件。", "recon.received", 62],
    // another code's party describing the noun (以县政府为被申请人的) makes the figure the party's, wherever the noun stands
    ["以…为被申请人的 N,全年共Q", TITLE + "以县政府为被申请人的行政复议案件,全年共12件。", "recon.as_respondent", 12],
    // …but the sub-units as respondents are whose acts were challenged: the government received those cases
    ["以部门、乡镇为被申请人的 received", TITLE + "全年收到以县政府部门、乡镇政府为被申请人的行政复议申请118件，审结109件。", "recon.received", 118],
    // proposals as they stand (分别为, 共有): the ones the government handles
    ["建议及提案分别为", TITLE + "县人大代表建议及政协委员提案分别为41件和63件，均已按期办复。", "proposals.cppcc", 63],
    // the verb that says its object (被申请复议) says the topic too
    ["被申请复议案件", TITLE + "县政府全年被申请复议案件14件。", "recon.as_respondent", 14],
    // a study noun that names its act (学习法律法规) is the act
    ["学习法律法规N次", TITLE + "坚持政府常务会议“逢会必学”，全年累计学习法律法规16次。", "study.gov_sessions", 16],
    // 各类 and a number of kinds (三类人员) name all the kinds, no one kind
    ["各类…及…", TITLE + "法律顾问共审查各类行政文件及行政合同187份。", "legality.reviewed", 187],
    ["“三类人员”", TITLE + "深化学法考法，“三类人员”考法4120人次。", "study.exam_takers", 4120],
    // a stock set up right after the whole it stands in (not 新建, not 今年…建成: the year's new ones)
    ["全县建立 N Q", TITLE + "全县建立人民调解委员会187个，形成县、乡、村三级调解网络。", "mediation.organizations", 187],
    // Q·N right after the whole, the subject of a verb: the verb is the organisations' act
    ["全市N个组织共调解…", TITLE.replace("县", "市") + "全市2870个人民调解组织共排查化解矛盾纠纷4.1万件，调解成功率98.7%。", "mediation.organizations", 2870],
    // each of the counties is a part (各县(市、区)政府), not the city's own government
    ["各县(市、区)政府 a part", "某某市人民政府2023年法治政府建设情况报告\n市政府全年召开常务会议集体学法10次。各县(市、区)政府常务会议共学法87次。", "study.gov_sessions", 10],
    // every level's meetings together are many bodies' meetings: the own government's part is its own count
    ["两级政府…其中区政府", TITLE.replace("县", "区") + "全区两级政府常务会议共学法64次，其中区政府常务会议学法13次，各街道学法51次。", "study.gov_sessions", 13],
    // under the section's own heading, the closed are the applications a clause earlier (申请 is the whole's noun)
    ["heading / 收到申请, 审结", TITLE + "三、行政复议\n本年度收到申请72件，依法审结68件。", "recon.closed", 68],
    // a higher level's bureau (区司法局 in a street's report) is that level's, however much it reviews
    ["区司法局 in a street's report", STREET + "2023年，我街道扎实推进法治建设。全年对街道拟出台的规范性文件和重大事项进行合法性审查15件。区司法局全年合法性审查区政府文件312件。", "legality.reviewed", 15],
    // four digits opening a sentence right before a word are a year whose 年 was lost in copying
    ["2022总共 (年 lost)", TITLE + "全年新收到行政复议申请88件，同比增长20.5%。2022总共收到行政复议申请73件。", "recon.received", 88],
    // noun-and-figure pairs listed by commas, the first opening the sentence: each is its own noun's count
    ["N·Q；N·Q", TITLE + "2023年，行政复议案件41件；行政诉讼案件17件，均依法出庭应诉。", "litig.cases", 17],
    // 涉及 the own body (涉及县政府的) says whose cases, not a kind of them (涉及征地拆迁的)
    ["涉及县政府的 N", TITLE + "本年度涉及县政府的行政诉讼案件共29件，已全部审结。", "litig.cases", 29],
    // 其中 and then only the code's verb and its figure: the part the code counts
    ["其中调解成功N件", TITLE + "全年共排查调处矛盾纠纷865件，其中调解成功851件。", "mediation.succeeded", 851],
    // list items each with their verb share the first item's noun: the figure between is no other noun's
    ["V N Q、V Q", TITLE + "全年受理行政诉讼案件37件、审结33件，负责人出庭应诉率100%。", "litig.cases", 37],
    ["V N Q、V' Q", TITLE + "全年排查化解矛盾纠纷742件、调解成功735件。", "mediation.succeeded", 735],
    // a 片区 (an area of the city) is a part: its rates are no rival of the whole's
    ["片区 rates", TITLE.replace("县", "市") + "全年12345热线受理群众诉求52.3万件，办结率99.6%，满意率95.1%。其中，东城片区受理工单8.2万件，办结率99.9%，满意率97.3%。", "hotline.satisfaction_rate", 95.1],
    // the act over the code's nouns listed and closed by 等 is all those kinds together, the headline over one kind's count
    ["A、B、C等合法性审查N", TITLE + "2023年对规范性文件、行政协议、重大决策事项等合法性审查135件。深化规范性文件管理，2023年合法性审查规范性文件21件。", "legality.reviewed", 135],
    // a body counted in an earlier clause (司法所9个) is what was built, no subject of the clause after it
    ["counted bodies, then the act", TITLE.replace("县", "市") + "打造星级司法所12个、金牌调解工作室21个，化解矛盾纠纷8.6万余件。", "mediation.cases", 86000],
    // the government's leaders attending the party committee's study group: the meeting is the party's
    ["政府班子参加县委中心组学习", TITLE + "县长和县政府领导班子成员列席县委理论学习中心组学习宪法和法律法规14次。", "study.party_sessions", 14],
    // a clause of the code's verb, the bare 案件 and its figure: the clause before's noun, as 办结109件 would be
    ["V 案件 Q", TITLE + "全年新收行政复议案件126件，办结案件109件，按期办结率100%。", "recon.closed", 109],
    // a compound verb (调处化解) alone with its figure, the noun the clause before's
    ["排查N, 调处化解Q", TITLE + "全年排查矛盾纠纷3500件，调处化解3216件。", "mediation.cases", 3216],
    // 集体学习法律法规 is one study word, not the broad 集体学习 and a bare 法律法规
    ["集体学习法律法规", TITLE + "县委中心组集体学习法律法规6次。", "study.party_sessions", 6],
    // the noun, its count word (数量, 总数) and the figure: a form's label written as prose
    ["N数量Q", TITLE + "政府信息公开申请数量27件，均在法定期限内答复。", "disclosure.requests", 27],
    // a sum of two codes' nouns and then one figure of each: no list of kinds of one code
    ["建议提案N(人大建议Q、政协提案Q)", TITLE + "全年共承办建议提案91件（人大建议37件、政协提案54件）。", "proposals.cppcc", 54],
    // a figureless clause right after the figure says the act, where the sentence has no verb of its own before it
    ["代表提出的建议N件,已全部办结", TITLE + "县人大常委会会议期间代表提出的建议39件，已全部办复。", "proposals.npc", 39],
    // a part word right after a figure (含) names a part of that figure, not a share of the sentence's joint whole
    ["…共N,其中A Q(含…q)", TITLE + "全年共办理人大代表建议和政协委员提案40件，其中人大代表建议22件（含议案转为建议2件），政协委员提案18件。", "proposals.npc", 22],
    // a total after the cases carried over from last year is no year's intake: the new cases are
    ["新收N,旧存M,共计N+M", TITLE + "本年度新收行政复议案件47件，旧存6件，共计53件。", "recon.received", 47],
  ])("%s", (_name, sentence, code, value) => {
    expect(framesAlone(sentence).get(code)).toBe(value);
  });
});
