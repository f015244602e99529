/** probes 12: constructions found in session 12. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes12: CorpusCase[] = [
  // ───────── a count of percentages shares one percentage out to the rates listed before it ─────────
  {
    text: "全年共承办县人大代表建议36件，截至年底全部办理完毕，办复率、满意率实现“两个100%”。",
    year: 2023,
    expect: { "proposals.npc": 36, "proposals.reply_rate": 100 },
    note: "两个100%: two rates, one percentage; 两个 is no count",
  },
  {
    text: "今年承办的人大建议和政协提案均已办结，实现了办复率、见面率、满意率“三个百分百”。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
    as: { "proposals.reply_rate": "百分百" },
    note: "百分百 in words is 100%",
  },
  {
    text: "全年受理政府信息公开申请48件，按期答复率达到百分百。",
    year: 2023,
    expect: { "disclosure.requests": 48, "disclosure.response_rate": 100 },
    as: { "disclosure.response_rate": "百分百" },
  },
  {
    text: "全县开展行政执法培训两个批次，参训人员百分百持证上岗。",
    year: 2023,
    expect: {},
    absent: ["proposals.reply_rate", "disclosure.response_rate", "hotline.satisfaction_rate"],
    note: "百分百 with no rate noun before it is no indicator's figure",
  },
  {
    text: "12345热线全年受理群众诉求8650件，办结率、回访率“双百分百”。",
    year: 2023,
    expect: { "hotline.tickets": 8650, "hotline.completion_rate": 100 },
    as: { "hotline.completion_rate": "百分百" },
  },
  // ───────── digits a space cut apart are no figure: their value is unknown ─────────
  {
    text: "全年承办人大代表建议45件，办复率1 0 0%。",
    year: 2023,
    expect: { "proposals.npc": 45 },
    absent: ["proposals.reply_rate"],
    note: "1 0 0%: the 0% at its end is no reply rate of 0",
  },
];
