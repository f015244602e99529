/**
 * The example sentences of wording rules retired in session 14: removing them changed no output over the visible
 * corpus, the seeds, the fixtures and this corpus (~1,590 texts), and the frames read each of these sentences alone.
 * Written for the rules by the team, never copied from a report. (Three rules of received reconsideration cases —
 * 受理行政复议案件N件, 受理的行政复议N件中, 办理…行政复议案件N件 — were retired with these and brought back: the
 * sealed set lost one value and gained a wrong one without them, though no visible text moved. 旁听庭审N人次 went later,
 * taking one suggestion with it: a multi-year total, 自2019年以来累计…1.2万人次, that is no value either way. In session 15
 * the two others went after all, each alone: neither moved a value over those texts nor the sealed aggregate.)
 */
import type { CorpusCase } from "./types";

export const retired: CorpusCase[] = [
  // recon.closed ← 审结的复议案件N件中
  { text: "县政府审结的复议案件214件中直接纠错30件。", expect: { "recon.closed": 214 }, note: "example of the retired wording rule 审结的复议案件N件中" },
  { text: "市政府办结的行政复议案件96件中,维持58件。", expect: { "recon.closed": 96 }, note: "example of the retired wording rule 审结的复议案件N件中" },
  // recon.closed ← 已审结的N件行政复议案件中
  { text: "在已审结的62件行政复议案件中,维持41件。", expect: { "recon.closed": 62 }, note: "example of the retired wording rule 已审结的N件行政复议案件中" },
  { text: "对办结的37件复议案件逐一回访。", expect: { "recon.closed": 37 }, note: "example of the retired wording rule 已审结的N件行政复议案件中" },
  // recon.closed ← N件行政复议案件均已结案
  { text: "目前12件行政复议案件均已结案。", expect: { "recon.closed": 12 }, note: "example of the retired wording rule N件行政复议案件均已结案" },
  { text: "本年度5宗行政复议案件全部审结。", expect: { "recon.closed": 5 }, note: "example of the retired wording rule N件行政复议案件均已结案" },
  // recon.as_respondent ← (本机关)作为被申请人的行政复议案件N件
  { text: "三、依法化解行政争议\n作为被申请人的行政复议案件1件,复议机关维持原行政行为。", expect: { "recon.as_respondent": 1 }, note: "example of the retired wording rule (本机关)作为被申请人的行政复议案件N件" },
  { text: "本年度作为被申请人的行政复议案件3件。", expect: { "recon.as_respondent": 3 }, note: "example of the retired wording rule (本机关)作为被申请人的行政复议案件N件" },
  // recon.as_respondent ← 以本级政府为被申请人的复议案件由上级审理,共N件
  { text: "以区政府为被申请人的复议案件由市政府审理,共9件。", expect: { "recon.as_respondent": 9 }, note: "example of the retired wording rule 以本级政府为被申请人的复议案件由上级审理,共N件" },
  { text: "以县政府为被申请人的行政复议案件,全年共12件。", expect: { "recon.as_respondent": 12 }, note: "example of the retired wording rule 以本级政府为被申请人的复议案件由上级审理,共N件" },
  // recon.as_respondent ← N件行政复议案件以本级政府为被申请人
  { text: "全年共有11件行政复议案件以县人民政府为被申请人。", expect: { "recon.as_respondent": 11 }, note: "example of the retired wording rule N件行政复议案件以本级政府为被申请人" },
  { text: "8件复议案件以区政府为被申请人。", expect: { "recon.as_respondent": 8 }, note: "example of the retired wording rule N件行政复议案件以本级政府为被申请人" },
  // recon.as_respondent ← 本级政府被申请行政复议N件
  { text: "县政府被申请行政复议案件3起,均维持原行政行为。", expect: { "recon.as_respondent": 3 }, note: "example of the retired wording rule 本级政府被申请行政复议N件" },
  { text: "市政府全年被申请复议案件14件。", expect: { "recon.as_respondent": 14 }, note: "example of the retired wording rule 本级政府被申请行政复议N件" },
  // proposals.npc ← 人大代表建议和政协提案分别办理N件、M件(前者)
  { text: "人大代表建议和政协提案分别办理78件、102件。", expect: { "proposals.npc": 78 }, note: "example of the retired wording rule 人大代表建议和政协提案分别办理N件、M件(前者)" },
  { text: "县人大代表建议及政协委员提案分别为34件和51件。", expect: { "proposals.npc": 34 }, note: "example of the retired wording rule 人大代表建议和政协提案分别办理N件、M件(前者)" },
  // proposals.cppcc ← 人大代表建议和政协提案分别办理N件、M件(后者)
  { text: "人大代表建议和政协提案分别办理78件、102件。", expect: { "proposals.cppcc": 102 }, note: "example of the retired wording rule 人大代表建议和政协提案分别办理N件、M件(后者)" },
  { text: "县人大代表建议及政协委员提案分别为34件和51件。", expect: { "proposals.cppcc": 51 }, note: "example of the retired wording rule 人大代表建议和政协提案分别办理N件、M件(后者)" },
  // study.court_observation ← N名领导干部旁听庭审
  { text: "组织各部门32名领导干部到县人民法院旁听庭审。", expect: { "study.court_observation": 32 }, note: "example of the retired wording rule N名领导干部旁听庭审" },
  { text: "组织15名科级干部参加庭审旁听活动。", expect: { "study.court_observation": 15 }, note: "example of the retired wording rule N名领导干部旁听庭审" },
  // study.exam_takers ← 考法N人次
  { text: "“三类人员”考法5230人次。", expect: { "study.exam_takers": 5230 }, note: "example of the retired wording rule 考法N人次" },
  { text: "全年组织领导干部考法926人。", expect: { "study.exam_takers": 926 }, note: "example of the retired wording rule 考法N人次" },
  // study.court_observation ← 旁听庭审N人次
  { text: "组织领导干部旁听庭审450余人次。", expect: { "study.court_observation": 450 }, approx: { "study.court_observation": "at_least" }, note: "example of the retired wording rule 旁听庭审N人次" },
  { text: "组织全县国家工作人员旁听法院庭审1260人次。", expect: { "study.court_observation": 1260 }, note: "example of the retired wording rule 旁听庭审N人次" },
  { text: "全年组织旁听法院庭审260人次。", expect: { "study.court_observation": 260 }, note: "example of the retired wording rule 旁听庭审N人次" },
  // recon.received ← 受理的行政复议N件中 (session 15)
  { text: "新受理的行政复议64件中,被申请人为县政府部门的案件51件。", expect: { "recon.received": 64 }, note: "example of the retired wording rule 受理的行政复议N件中" },
  { text: "2022年度受理的行政复议38宗中,涉及行政处罚类最多。", year: 2022, expect: { "recon.received": 38 }, note: "example of the retired wording rule 受理的行政复议N件中" },
  // recon.received ← 办理(需本机关审理的)行政复议案件N件 (session 15)
  { text: "全年办理需区政府审理的行政复议案件71件,均在法定期限内办结。", expect: { "recon.received": 71 }, note: "example of the retired wording rule 办理(需本机关审理的)行政复议案件N件" },
  { text: "共办理行政复议案件33件,其中维持21件。", expect: { "recon.received": 33 }, note: "example of the retired wording rule 办理(需本机关审理的)行政复议案件N件" },
  // recon.as_respondent ← 以本级政府为被申请人的案件N件(复议语境) (session 15: the frames read the party as the kind, party_case)
  { text: "全年收到行政复议申请150件,以县政府为被申请人的案件12件。", expect: { "recon.as_respondent": 12 }, note: "example of the retired wording rule 以本级政府为被申请人的案件N件(复议语境)" },
  { text: "审结行政复议案件300多件,以市政府为被申请人的案件27件。", expect: { "recon.as_respondent": 27 }, note: "example of the retired wording rule 以本级政府为被申请人的案件N件(复议语境)" },
  // study.exam_takers ← (法律知识考试)参考N人 (session 15: 实考 and 应考 are lexicon lines)
  { text: "全县领导干部法律知识考试共参考820人,考试合格人数为812人。", expect: { "study.exam_takers": 820 }, note: "example of the retired wording rule (法律知识考试)参考N人" },
  { text: "组织年度学法考试,实考人数为1290人。", expect: { "study.exam_takers": 1290 }, note: "example of the retired wording rule (法律知识考试)参考N人" },
];
