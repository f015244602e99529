/** probes 11: constructions found by session 11's probes. Sentences written for this corpus. */
import type { CorpusCase } from "./types";

export const probes11: CorpusCase[] = [
  // ───────── the verb right before its percent says the rate, as 100%办复 does ─────────
  {
    text: "全年共承办人大代表建议45件、政协委员提案38件，均按时办复100%。",
    year: 2023,
    expect: { "proposals.npc": 45, "proposals.cppcc": 38, "proposals.reply_rate": 100 },
    note: "按时办复100%: the verb, then its percent",
  },
  {
    text: "今年县政府承办的建议提案全部按期答复100%，代表委员对办理结果表示满意。",
    year: 2023,
    expect: { "proposals.reply_rate": 100 },
  },
  {
    text: "全年受理政府信息公开申请56件，均按时答复100%。",
    year: 2023,
    expect: { "disclosure.requests": 56, "disclosure.response_rate": 100 },
  },
  {
    text: "全县12345热线转办工单按时办结100%，群众满意率97.5%。",
    year: 2023,
    expect: { "hotline.completion_rate": 100, "hotline.satisfaction_rate": 97.5 },
    note: "办结 before its percent is the hotline's completion rate",
  },
  {
    text: "市政府按期答复100%。全年收到县人大代表建议12件。",
    year: 2023,
    expect: { "proposals.npc": 12 },
    absent: ["disclosure.response_rate", "proposals.reply_rate"],
    note: "the percent's clause names no request and no proposal: no topic, no value",
  },
  {
    text: "全年受理行政复议申请30件，按时办结100%。",
    year: 2023,
    expect: { "recon.received": 30 },
    absent: ["hotline.completion_rate", "proposals.reply_rate", "disclosure.response_rate"],
    note: "办结100% of review cases is none of the after-verb rates",
  },
];
