/** probes 14: constructions found in session 14, each with its lexicon line or frame change. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes14: CorpusCase[] = [
  {
    text: "区委理论学习中心组集体学习法律法规7次，区政府常务会议会前学法11次。",
    year: 2024,
    expect: { "study.party_sessions": 7, "study.gov_sessions": 11 },
    note: "集体学习法律法规 is one study word: the longest match no longer splits off 集体学习, a broad noun",
  },
  {
    text: "全年共摸排矛盾纠纷1860件，调处化解1822件，调解成功率98%。",
    year: 2024,
    expect: { "mediation.cases": 1822, "mediation.success_rate": 98 },
    note: "调处化解 is one verb of mediation; the clause of it and its figure takes the noun of the clause before",
  },
  {
    text: "本年度新收行政复议案件58件，审结案件55件，审限内结案率100%。",
    year: 2024,
    expect: { "recon.received": 58, "recon.closed": 55, "recon.ontime_rate": 100 },
    note: "a verb, the bare 案件 and its figure is a verb clause",
  },
  {
    text: "某某市2024年法治政府建设情况报告\n全市12345热线全年受理诉求41.2万件，办结率99.5%，满意率96.3%；其中西城片区受理5.6万件，满意率97.1%。",
    expect: { "hotline.tickets": 412000, "hotline.satisfaction_rate": 96.3 },
    as: { "hotline.tickets": "41.2万" },
    note: "a 片区 is a part of the city: its rate is no rival of the whole's",
  },
  {
    text: "某某市2024年法治政府建设情况报告\n各县（市、区）政府常务会议累计学法126次，市政府常务会议学法10次。",
    expect: { "study.gov_sessions": 10 },
    note: "each county's government is a sub-unit: their sessions are not the city government's",
  },
  {
    text: "二、行政复议工作\n全年收到申请64件，审结59件。",
    year: 2024,
    expect: { "recon.received": 64, "recon.closed": 59 },
    note: "under the section's own heading, 申请 is the noun of the whole the closed count is part of",
  },
  {
    text: "全年共办理人大代表意见建议43件、政协委员提案61件，按时办复率100%。",
    year: 2024,
    expect: { "proposals.npc": 43, "proposals.cppcc": 61, "proposals.reply_rate": 100 },
    note: "人大代表意见建议 is the deputies' noun; 意见建议 alone stays no noun (征求意见建议)",
  },
  {
    text: "全年新受理行政复议案件71件，加上年结转9件，共办理行政复议案件80件，已审结74件。",
    year: 2024,
    expect: { "recon.received": 71, "recon.closed": 74 },
    note: "a total after cases carried over from the year before (上年结转) is no year's intake",
  },
  {
    text: "行政复议情况：收到申请63件；受理58件；审结55件。",
    year: 2024,
    expect: { "recon.received": 63, "recon.closed": 55 },
    note: "the preferred act (收到) outranks a wording rule's 受理 across the statement's semicolons, as it does across its commas",
  },
];
