/** review family: 行政复议, 行政诉讼, 合法性审查. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const review: CorpusCase[] = [
  // ───────── recon.received / recon.closed ─────────
  {
    text: "青溪县2024年法治政府建设情况报告\n2024年，县人民政府共收到行政复议申请86件，依法受理79件，审结71件，行政复议化解行政争议主渠道作用进一步发挥。",
    expect: { "recon.received": 86, "recon.closed": 71 },
  },
  {
    text: "全年新收行政复议案件143件，同比上升12.6%，案件主要集中在自然资源、市场监管、人力社保等领域。",
    expect: { "recon.received": 143 },
    absent: ["recon.correction_rate", "recon.ontime_rate"],
  },
  {
    text: "区行政复议局坚持应收尽收，全年接收复议申请六十二件，其中当场受理四十件。",
    expect: { "recon.received": 62 },
    as: { "recon.received": "六十二" },
  },
  {
    text: "行政复议案件办理数量持续增长，本年度共办理行政复议案件二百余件，办理质效稳步提升。",
    expect: { "recon.received": 200 },
    approx: { "recon.received": "at_least" },
    as: { "recon.received": "二百" },
  },
  {
    text: "全县受理行政复议申请112件（含上年结转9件），已审结104件，其余案件正在审理中。",
    expect: { "recon.received": 112, "recon.closed": 104 },
  },
  {
    text: "全年共收到行政復議申請58件，審結52件，復議決定均在法定期限內作出。",
    expect: { "recon.received": 58, "recon.closed": 52 },
    note: "traditional characters",
  },
  {
    text: "行政复议申请全年收到47件，较上年增加9件，申请人主要为个体工商户和企业。",
    expect: { "recon.received": 47 },
    absent: ["recon.closed"],
    note: "N·V·Q; the delta is no count",
  },
  {
    text: "全年审结行政复议案件98件，通过撤销、变更、确认违法等方式纠正违法或不当行政行为11件。",
    expect: { "recon.closed": 98 },
  },
  {
    text: "在已受理的复议案件中，已办结64件，其余12件正在审理中。",
    expect: { "recon.closed": 64 },
  },
  {
    text: "截至12月底，依法作出复议决定并结案的案件共计103件，结案后未出现申请人到上级机关反映的情况。",
    expect: { "recon.closed": 103 },
  },
  {
    text: "受理的121件复议案件中，已结案115件，审限内结案率100%。",
    expect: { "recon.received": 121, "recon.closed": 115, "recon.ontime_rate": 100 },
    note: "Q·N for the whole, then V·Q",
  },
  // ───────── recon.ontime_rate ─────────
  {
    text: "严格落实行政复议案件审理期限规定，全部案件均在法定期限内审结，审限内结案率100%。",
    expect: { "recon.ontime_rate": 100 },
  },
  {
    text: "行政复议案件审限内结案率达到98.5%，较上年提高2个百分点。",
    expect: { "recon.ontime_rate": 98.5 },
  },
  {
    text: "全年收到行政复议申请40件，办结38件，法定期限内结案率为100%。",
    expect: { "recon.received": 40, "recon.closed": 38, "recon.ontime_rate": 100 },
  },
  {
    text: "行政复议案件全部在审限内办结，审限内办结率99.2%，平均审理周期缩短至42天。",
    expect: { "recon.ontime_rate": 99.2 },
  },
  {
    text: "复议案件按期结案率达100%，未发生超审限情形。",
    expect: { "recon.ontime_rate": 100 },
  },
  // ───────── recon.correction_rate ─────────
  {
    text: "全年通过撤销、变更、确认违法等方式直接纠错14件，行政复议直接纠错率为11.3%。",
    expect: { "recon.correction_rate": 11.3 },
  },
  {
    text: "行政复议纠错率12.5%，倒逼行政机关依法行政的作用明显。",
    expect: { "recon.correction_rate": 12.5 },
  },
  {
    text: "复议纠错率同比下降3.2个百分点，降至6.7%。",
    expect: { "recon.correction_rate": 6.7 },
  },
  {
    text: "对违法或者不当的行政行为坚决予以纠正，直接纠错率达9.6%，有力维护了群众合法权益。",
    expect: { "recon.correction_rate": 9.6 },
  },
  {
    text: "行政复议案件综合纠错率为15%，发挥了层级监督作用。",
    expect: { "recon.correction_rate": 15 },
  },
  // ───────── recon.settlement_rate ─────────
  {
    text: "坚持把调解和解贯穿行政复议全过程，调解和解率升至35.1%。",
    expect: { "recon.settlement_rate": 35.1 },
  },
  {
    text: "全年通过调解、和解方式结案27件，行政复议调解和解率达32.9%。",
    expect: { "recon.settlement_rate": 32.9 },
  },
  {
    text: "复议调解和解率28.6%，同比提升5个百分点，实现案结事了。",
    expect: { "recon.settlement_rate": 28.6 },
  },
  {
    text: "行政复议案件调解和解结案率为22.4%，一批行政争议在复议环节实质性化解。",
    expect: { "recon.settlement_rate": 22.4 },
  },
  {
    text: "推行“复议+调解”工作模式，四成以上案件通过调解和解方式化解，行政复议调解和解率达到41.2%。",
    expect: { "recon.settlement_rate": 41.2 },
  },
  // ───────── recon.as_respondent ─────────
  {
    text: "以县政府为被申请人的行政复议案件17件，均由市政府依法审结。",
    expect: { "recon.as_respondent": 17 },
  },
  {
    text: "县政府作为被申请人的复议案件共6件，已全部审结，无被撤销情形。",
    expect: { "recon.as_respondent": 6 },
    absent: ["recon.received"],
  },
  {
    text: "全年区政府被申请行政复议案件9件，较上年减少3件。",
    expect: { "recon.as_respondent": 9 },
  },
  {
    text: "市政府作为被申请人的行政复议案件数为十二件，维持率较高。",
    expect: { "recon.as_respondent": 12 },
    as: { "recon.as_respondent": "十二" },
  },
  {
    text: "涉及区政府为被申请人的复议案件4件，已全部由上级复议机关审结。",
    expect: { "recon.as_respondent": 4 },
  },
  // ───────── litig.cases ─────────
  {
    text: "以区政府为被告的行政诉讼案件共13件，区政府均依法出庭应诉。",
    expect: { "litig.cases": 13 },
  },
  {
    text: "全年办理行政诉讼案件55件，其中一审案件41件，二审案件14件。",
    expect: { "litig.cases": 55 },
  },
  {
    text: "全县各级行政机关共发生行政应诉案件72件，行政机关负责人出庭应诉率100%。",
    expect: { "litig.cases": 72, "litig.appearance_rate": 100 },
  },
  {
    text: "县政府本级新收行政诉讼案件二十八件，同比下降15%。",
    expect: { "litig.cases": 28 },
    as: { "litig.cases": "二十八" },
  },
  {
    text: "行政诉讼案件全年应诉94件，涉及征地拆迁、劳动保障等领域。",
    expect: { "litig.cases": 94 },
  },
  {
    text: "县政府及其部门作为被告的一审行政诉讼案件130余件，较上年有所下降。",
    expect: { "litig.cases": 130 },
    approx: { "litig.cases": "at_least" },
  },
  // ───────── litig.appearances / litig.appearance_rate ─────────
  {
    text: "严格落实行政机关负责人出庭应诉制度，全年行政机关负责人出庭应诉13次。",
    expect: { "litig.appearances": 13 },
  },
  {
    text: "全年负责人出庭应诉47人次，出庭应诉率达到98.6%。",
    expect: { "litig.appearances": 47, "litig.appearance_rate": 98.6 },
  },
  {
    text: "行政机关主要负责人出庭应诉案件21件，做到出庭出声。",
    expect: { "litig.appearances": 21 },
  },
  {
    text: "行政机关负责人出庭应诉率100%，负责人出庭应诉共计26次。",
    expect: { "litig.appearance_rate": 100, "litig.appearances": 26 },
  },
  {
    text: "全年行政机关负责人共出庭应诉三十二次，实现“告官见官”。",
    expect: { "litig.appearances": 32 },
    as: { "litig.appearances": "三十二" },
  },
  {
    text: "行政机关负责人出庭率为100%，同比提高6个百分点。",
    expect: { "litig.appearance_rate": 100 },
  },
  {
    text: "全县行政机关负责人出庭应诉率连续三年保持100%。",
    expect: { "litig.appearance_rate": 100 },
  },
  {
    text: "行政机关负责人出庭应诉率达95%以上，出庭应诉工作走在全市前列。",
    expect: { "litig.appearance_rate": 95 },
    approx: { "litig.appearance_rate": "at_least" },
  },
  // ───────── legality.reviewed ─────────
  {
    text: "审核政府重要文件及重大议题事项74件，提出法律意见建议130余条。",
    expect: { "legality.reviewed": 74 },
  },
  {
    text: "全年对县政府规范性文件、重大行政决策等开展合法性审查126件，确保决策于法有据。",
    expect: { "legality.reviewed": 126 },
  },
  {
    text: "经合法性审核的县政府文件共计212份，未经审核的一律不提交常务会议讨论。",
    expect: { "legality.reviewed": 212 },
  },
  {
    text: "区司法局共审查以区政府名义出台的规范性文件和政府合同88件。",
    expect: { "legality.reviewed": 88 },
    note: "one combined figure with contracts counts",
  },
  {
    text: "合法性审查工作扎实开展，全年审查各类文件四百余件，提出修改意见一千余条。",
    expect: { "legality.reviewed": 400 },
    approx: { "legality.reviewed": "at_least" },
    as: { "legality.reviewed": "四百" },
  },
  {
    text: "全年合法性審查政府文件及重大決策事項63件。",
    expect: { "legality.reviewed": 63 },
    note: "traditional characters",
  },
  // ───────── negatives ─────────
  {
    text: "河东区2023年法治政府建设情况报告\n2023年，区政府共收到行政复议申请56件，审结50件。2022年，区政府共收到行政复议申请41件，当年审结39件。",
    expect: { "recon.received": 56, "recon.closed": 50 },
    note: "another year inside a 2023 report is no rival of the year's figure",
  },
  {
    text: "区行政复议局成立以来，近三年累计受理行政复议案件300余件，审结290件。",
    expect: {},
    absent: ["recon.received", "recon.closed"],
    note: "a three-year total",
  },
  {
    text: "全年未收到行政复议申请，未发生以县政府为被告的行政诉讼案件。",
    expect: {},
    absent: ["recon.received", "litig.cases", "recon.as_respondent"],
    note: "'none' in words",
  },
  {
    text: "各乡镇司法所全年接待行政复议咨询86件，引导群众依法申请复议。",
    known: "wrong",
    expect: {},
    absent: ["recon.received"],
    note: "sub-unit, and consultations",
  },
  {
    text: "全年审结行政复议案件58件，比上年增加了12件，上年同期审结46件。",
    expect: { "recon.closed": 58 },
    note: "a delta and the previous year's figure",
  },
  {
    text: "下一步，力争行政复议案件审限内结案率保持100%，纠错率控制在合理区间。",
    expect: {},
    absent: ["recon.ontime_rate", "recon.correction_rate"],
    note: "a plan",
  },
  {
    text: "全县行政诉讼案件败诉率为3.5%，同比下降1.2个百分点。",
    expect: {},
    absent: ["recon.correction_rate", "litig.appearance_rate", "litig.cases"],
    note: "败诉率 is no catalog rate",
  },
  {
    text: "县人民法院全年审结行政诉讼案件调撤率为27%，行政争议实质性化解成效明显。",
    expect: {},
    absent: ["recon.settlement_rate"],
    note: "调撤率 is no catalog rate",
  },
  {
    text: "2023年度，县人民法院共审结各类行政案件312件，其中非诉执行审查案件96件。",
    expect: {},
    absent: ["litig.cases"],
    note: "the court's own figure in a county report",
  },
  {
    text: "县政府作为行政复议机关共受理案件42件，依法审结40件。",
    expect: { "recon.received": 42, "recon.closed": 40 },
    absent: ["recon.as_respondent"],
    note: "the government as reviewing body, not respondent",
  },
  {
    text: "各单位每年至少安排1名负责人出庭应诉1次，工作人员出庭应诉率100%。",
    expect: {},
    absent: ["litig.appearances", "litig.appearance_rate"],
    note: "a per-body norm and another subject's rate",
  },
  {
    text: "2023年新收以区政府为被告的行政诉讼案件29件，负责人出庭应诉22次。2021年至2023年，区政府作为被告的行政诉讼案件共计87件，负责人出庭应诉累计61次。",
    year: 2023,
    expect: { "litig.cases": 29, "litig.appearances": 22 },
    note: "a multi-year total",
  },
  {
    text: "村（社区）法律顾问全年审核村规民约、合同等36件，为村级组织提供法律意见。",
    expect: {},
    absent: ["legality.reviewed"],
    note: "sub-unit",
  },
  {
    text: "下一步，力争重大行政决策合法性审查覆盖率达到100%，审核文件不少于200件。",
    expect: {},
    absent: ["legality.reviewed"],
    note: "a plan and a coverage rate",
  },
  {
    text: "乡镇合法性审查机制实现全覆盖，各乡镇每年审核文件均不少于10件。",
    expect: {},
    absent: ["legality.reviewed"],
    note: "per-body norm",
  },
  {
    text: "全年行政复议维持率为76.4%，驳回率为8.1%。",
    expect: {},
    absent: ["recon.correction_rate", "recon.settlement_rate", "recon.ontime_rate"],
    note: "维持率/驳回率 are no catalog rates",
  },
  // ───────── more negatives ─────────
  {
    text: "行政复议调解和解率较上年提高6.2个百分点，调解和解工作经验在全市推广。",
    expect: {},
    absent: ["recon.settlement_rate"],
    note: "a delta in points",
  },
  {
    text: "下一步，力争行政复议调解和解率达到30%以上，行政复议直接纠错率保持合理水平。",
    expect: {},
    absent: ["recon.settlement_rate", "recon.correction_rate"],
    note: "a plan",
  },
  {
    text: "以各乡镇人民政府为被申请人的复议案件11件，县政府对其中3件予以纠正。",
    expect: {},
    absent: ["recon.as_respondent"],
    note: "the towns as respondents, not the county government",
  },
  {
    text: "县政府作为被申请人的行政复议案件较上年减少了5件，降幅明显。",
    expect: {},
    absent: ["recon.as_respondent"],
    note: "a delta",
  },
  {
    text: "县市场监管局负责人出庭应诉4次，县自然资源局负责人出庭应诉3次。",
    expect: {},
    absent: ["litig.appearances"],
    note: "one department's figures",
  },
  {
    text: "行政机关负责人出庭应诉次数同比增加了8次，出庭应诉率同比提高12个百分点。",
    expect: {},
    absent: ["litig.appearances", "litig.appearance_rate"],
    note: "deltas",
  },
  {
    text: "全年一审行政诉讼案件败诉率6.1%，司法建议回复率100%。",
    expect: {},
    absent: ["litig.appearance_rate", "recon.correction_rate", "proposals.reply_rate"],
    note: "non-catalog rates",
  },
  {
    text: "全年未发生需行政机关负责人出庭应诉的案件，未收到司法建议。",
    expect: {},
    absent: ["litig.appearances", "litig.appearance_rate", "litig.cases"],
    note: "'none' in words",
  },
  // ───────── more positives ─────────
  {
    text: "县司法局作为县政府行政复议机构，全年共接待行政复议申请人来访120余人次，收到复议申请68件。",
    expect: { "recon.received": 68 },
    note: "visits in 人次 are no applications",
  },
  {
    text: "区政府作为被申请人的行政复议案件有3件，其中维持2件、终止1件。",
    expect: { "recon.as_respondent": 3 },
  },
  {
    text: "全年以县人民政府为被告的一审行政诉讼案件为十七件，县长出庭应诉2次。",
    expect: { "litig.cases": 17 },
    as: { "litig.cases": "十七" },
  },
  {
    text: "行政诉讼案件办理方面，全年共应诉行政诉讼案件246件，行政机关负责人出庭应诉231件次，出庭应诉率93.9%。",
    expect: { "litig.cases": 246, "litig.appearances": 231, "litig.appearance_rate": 93.9 },
    note: "件次 as the unit of appearances",
  },
  {
    text: "县行政复议局每名办案人员每年至少办结复议案件20件，结案数较上年增加了15件。",
    expect: {},
    absent: ["recon.closed"],
    note: "a per-person norm and a delta",
  },
  {
    text: "市行政复议局审结以县政府为被申请人的复议案件5件，均维持原行政行为。",
    expect: {},
    absent: ["recon.closed", "recon.received"],
    note: "the higher body's closures of cases against the county are not the county's own caseload",
  },
  // ───────── a lone figure of another period: absent, or flagged other_period ─────────
  {
    text: "某某县2023年法治政府建设情况报告\n2022年，县政府共收到行政复议申请41件，当年审结39件。",
    expect: {},
    otherPeriod: ["recon.received", "recon.closed"],
  },
  {
    text: "某某区2024年法治政府建设情况报告\n上年同期，以区政府为被告的行政诉讼案件为23件，负责人出庭应诉率为92%。",
    expect: {},
    otherPeriod: ["litig.cases", "litig.appearance_rate"],
  },
  {
    text: "某某县2024年法治政府建设情况报告\n近三年来，县司法局累计审核县政府规范性文件和重大决策事项360余件。",
    expect: {},
    otherPeriod: ["legality.reviewed"],
  },
  // ───────── more positives ─────────
  {
    text: "2024年度，区行政复议中心共接收行政复议申请1100余件，同比增长近三成。",
    expect: { "recon.received": 1100 },
    approx: { "recon.received": "at_least" },
  },
  {
    text: "全年经区司法局合法性审查的区政府行政规范性文件、重大行政决策和政府合同合计九十六件，均出具书面审查意见。",
    expect: { "legality.reviewed": 96 },
    as: { "legality.reviewed": "九十六" },
  },
  // ───────── longer passages with distractors ─────────
  {
    text: "依据《某某县行政规范性文件管理办法》（某政发〔2023〕12号），全年审核以县政府及县政府办公室名义制发的规范性文件37件，备案审查率100%。",
    expect: { "legality.reviewed": 37 },
    note: "a document number before the count",
  },
  {
    text: "全年行政诉讼案件47件，同比下降9.6%，败诉案件2件，败诉率4.3%；行政机关负责人出庭应诉47次，出庭应诉率100%。",
    expect: { "litig.cases": 47, "litig.appearances": 47, "litig.appearance_rate": 100 },
    absent: ["recon.correction_rate"],
  },
  {
    text: "截至2024年11月30日，县行政复议局共收到复议申请93件，已审结81件，其余正在办理中。",
    year: 2024,
    expect: { "recon.received": 93, "recon.closed": 81 },
    note: "a cut-off date within the year",
  },
  {
    text: "三、依法化解社会矛盾纠纷\n（一）行政复议。全年共收到行政复议申请52件，受理48件，已审结45件；直接纠错率7.8%。（二）行政应诉。全年发生行政诉讼案件31件，行政机关负责人出庭应诉31次。",
    expect: { "recon.received": 52, "recon.closed": 45, "recon.correction_rate": 7.8, "litig.cases": 31, "litig.appearances": 31 },
  },
  {
    text: "以区政府名义作出的行政行为被申请行政复议的案件9件，被提起行政诉讼的案件11件。",
    expect: { "recon.as_respondent": 9, "litig.cases": 11 },
  },
  {
    text: "全年审查各类行政合同213件，涉及金额12.6亿元，提出法律意见建议400余条。",
    expect: {},
    absent: ["legality.reviewed"],
    note: "contracts alone are no legality review of documents",
  },
  {
    text: "1月18日，县政府第35次常务会议专题学习新修订的《中华人民共和国行政复议法》。",
    expect: {},
    absent: ["study.gov_sessions", "recon.received"],
    note: "an ordinal meeting number is no count",
  },
  {
    text: "全年调撤一审行政诉讼案件35件，调撤率41.2%。",
    expect: {},
    absent: ["litig.cases"],
    note: "V·N·Q with another figure's verb: 调撤 counts cases withdrawn, not cases received",
  },
  {
    text: "全县行政机关负责人出庭应诉案件数46件，出庭应诉率达到100%。",
    expect: { "litig.appearances": 46, "litig.appearance_rate": 100 },
    note: "出庭应诉案件 names the appearance and its verb at once, as 学法 does",
  },
  {
    text: "行政复议方面：收到申请86件，受理79件，审结75件。",
    expect: { "recon.received": 86, "recon.closed": 75 },
    note: "收到 is the headline where 受理 follows it in the sentence (the catalog: 受理 is also right, 收到 first)",
  },
  {
    text: "全年共收到行政复议申请120件，依法受理108件，审结102件。",
    expect: { "recon.received": 120, "recon.closed": 102 },
    note: "the headline 收到 before its 受理",
  },
  {
    text: "全年收到行政复议申请和行政诉讼案件共计156件，其中行政复议申请98件，行政诉讼案件58件。",
    expect: { "recon.received": 98, "litig.cases": 58 },
    note: "a sum of reconsideration and litigation is neither's: the parts after 其中 are",
  },
  {
    text: "全年共发生行政复议和行政诉讼案件156件。",
    expect: {},
    absent: ["recon.received", "litig.cases"],
    note: "a sum with no parts",
  },
  {
    text: "2023年，全县行政机关被起诉案件56件，行政机关负责人出庭应诉率100%。",
    expect: { "litig.cases": 56, "litig.appearance_rate": 100 },
    note: "被起诉案件 names lawsuits against the government as 行政诉讼案件 does",
  },
  {
    text: "全年受理行政复议申请56件，按期办结率100%。",
    expect: { "recon.received": 56, "recon.ontime_rate": 100 },
    note: "按期办结率 of reconsideration cases is its on-time rate (the hotline's and the proposals' by their own topics)",
  },
  {
    text: "全年开展合法性审查56件次。",
    expect: { "legality.reviewed": 56 },
    note: "the code's own noun and verb right before the figure outweigh a rule's doubt that no topic is near",
  },
  {
    text: "全年收到行政复议申请73件，审结68件，审限内审结率100%。",
    expect: { "recon.received": 73, "recon.closed": 68, "recon.ontime_rate": 100 },
    note: "审限内审结率 is the on-time rate (the lexicon had 审限内结案率 and 按期审结率, not it)",
  },
  {
    text: "全年办理行政复议案件58件，直接纠错比例为10.3%，调解和解结案比例为27.6%。",
    expect: { "recon.received": 58, "recon.correction_rate": 10.3, "recon.settlement_rate": 27.6 },
    note: "a rate written as 比例 (纠错比例, 调解和解结案比例) is the rate: every rate noun in 率 has its 比例 and 比率 forms",
  },
  {
    text: "全年应诉行政诉讼案件39件，行政机关负责人出庭应诉比率为97.4%。",
    expect: { "litig.cases": 39, "litig.appearance_rate": 97.4 },
    note: "比率 for 率",
  },
  {
    text: "三、行政复议工作\n全年收到行政复议申请41件。区政府全年被申请复议案件7件，均维持原行政行为。",
    expect: { "recon.received": 41, "recon.as_respondent": 7 },
    note: "被申请复议 says its object (the verb has eaten 复议 of 复议案件): the government as respondent",
  },
];
