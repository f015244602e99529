/** probes 13: constructions found in session 13. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes13: CorpusCase[] = [
  // ───────── one day's event: a news item's figure is that day's, not the year's ─────────
  {
    text: "某某区司法局关于组织领导干部旁听庭审的信息\n5月12日上午，区司法局组织开展领导干部旁听庭审活动，各街道、区直部门领导干部约40人到区人民法院旁听一起行政案件的庭审。",
    expect: {},
    absent: ["study.court_observation"],
    note: "a dated story with no year named: its 40 people are that day's, a suggestion at most",
  },
  {
    text: "12月28日，县政府召开第25次常务会议，全年县政府常务会议会前学法12次，各级领导干部旁听庭审1800余人次。",
    year: 2023,
    expect: { "study.gov_sessions": 12, "study.court_observation": 1800 },
    approx: { "study.court_observation": "at_least" },
    note: "a meeting's date, then the whole year named: the figures are the year's",
  },
  {
    text: "截至12月31日，全县共有人民调解组织236个，人民调解员1420名。",
    year: 2023,
    expect: { "mediation.organizations": 236 },
    note: "截至 a date is a cutoff, not one day's event",
  },
  // ───────── a number in words inside a quoted slogan names a campaign ─────────
  {
    text: "深入开展“一月一讲、一季一考”活动，全年举办领导干部法治讲座6场。",
    year: 2023,
    expect: { "study.lectures": 6 },
    note: "一讲 inside the slogan is no lecture count",
  },
  {
    text: "以“听一次庭审、上一堂法治课”为抓手，组织机关干部旁听庭审。",
    year: 2023,
    expect: {},
    absent: ["study.lectures", "study.court_observation"],
    note: "一堂 and 一次 inside the slogan are no counts",
  },
  // ───────── 旁听庭审 says its act ─────────
  {
    text: "全县各级政府常务会议累计学法930次，各级领导干部旁听庭审2.1万人次。",
    year: 2023,
    expect: { "study.court_observation": 21000 },
    as: { "study.court_observation": "2.1万" },
    note: "the noun that is an act counts its people; the clause before's 学法 is not its verb",
  },
  {
    text: "组织县直各部门、各乡镇46名领导干部到县人民法院旁听庭审，现场接受法治教育。",
    year: 2023,
    expect: { "study.court_observation": 46 },
  },
  // ───────── another code's party describing the noun ─────────
  {
    text: "某某县市场监督管理局2023年法治政府建设情况报告\n本局作为被申请人的行政复议案件17件，已审结15件，其中维持13件、撤销2件。",
    expect: { "recon.as_respondent": 17 },
    absent: ["recon.received", "recon.closed"],
    note: "cases against the bureau, reviewed by others: neither received nor closed by it",
  },
  {
    text: "以县政府为被申请人的行政复议案件，全年共9件。",
    year: 2023,
    expect: { "recon.as_respondent": 9 },
    absent: ["recon.received"],
  },
  {
    text: "全年收到以县政府部门、乡镇政府为被申请人的行政复议申请118件，审结109件，其中直接纠错12件。",
    year: 2023,
    expect: { "recon.received": 118, "recon.closed": 109 },
    note: "the sub-units named as respondents: the government received these cases (no sub-unit's figure)",
  },
];
