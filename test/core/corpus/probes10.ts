/** probes 10: constructions found by session 10's probes. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes10: CorpusCase[] = [
  // ───────── a figure, then 已(经)/均/全部 and the code's verb, its noun the clause before's ─────────
  {
    text: "全年受理行政复议申请30件，28件案件已经办结。",
    year: 2023,
    expect: { "recon.received": 30, "recon.closed": 28 },
    note: "已经办结 is 已经 + 办结, not 经办 (handle); the figure and its verb make a clause of their own",
  },
  {
    text: "县政府全年收到复议申请45件，41件均已审结，其余4件正在审理中。",
    year: 2023,
    expect: { "recon.received": 45, "recon.closed": 41 },
  },
  {
    text: "全年共受理复议案件40件，已审结的36件案件中，维持28件。",
    year: 2023,
    expect: { "recon.received": 40, "recon.closed": 36 },
    note: "审结的36件…中: the verb, 的, the figure",
  },
  {
    text: "受理行政复议申请30件，目前28件已全部审结。",
    year: 2023,
    expect: { "recon.received": 30 },
    absent: ["recon.closed"],
    note: "目前 is a snapshot at the time of writing: a suggestion, not a value",
  },
  // ───────── the court is the forum where 以…为被告 names the party ─────────
  {
    text: "县人民法院全年受理以县政府为被告的行政诉讼案件18件，县政府负责人出庭应诉6次。",
    year: 2023,
    expect: { "litig.cases": 18, "litig.appearances": 6 },
  },
  {
    text: "全县法院共受理以我县行政机关为被告的一审行政案件52件。",
    year: 2023,
    expect: { "litig.cases": 52 },
  },
  {
    text: "2023年，县法院新收行政诉讼案件264件，审结250件。",
    year: 2023,
    expect: {},
    absent: ["litig.cases", "recon.closed"],
    note: "the court's own caseload, no party named: not the government's",
  },
  {
    text: "全年共办理行政复议案件56件，其中以县政府部门为被申请人的49件。",
    year: 2023,
    expect: { "recon.received": 56 },
    absent: ["recon.as_respondent"],
    note: "县政府部门 are the government's parts, not the government as respondent",
  },
  // ───────── a span of years adds up several years ─────────
  {
    text: "2021年至2023年累计发生行政诉讼案件156件。",
    year: 2023,
    expect: {},
    absent: ["litig.cases"],
  },
  {
    text: "2021—2023年，全县共调解矛盾纠纷5600件。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
  },
  {
    text: "2019年以来累计办理人大代表建议412件。",
    year: 2023,
    expect: {},
    absent: ["proposals.npc"],
    note: "the wording rule's own multi-year words miss 2019年以来: the frames' doubt holds it",
  },
  {
    text: "2023年以来，共办理人大代表建议58件，政协提案61件。",
    year: 2023,
    expect: { "proposals.npc": 58, "proposals.cppcc": 61 },
    note: "since the report's own year is that year",
  },
];
