/**
 * probes 16: sentences written for session 16's changes, each with the change it led to (a guard marks what a change
 * must not disturb).
 */
import type { CorpusCase } from "./types";

export const probes16: CorpusCase[] = [
  {
    text: "市12345政务服务便民热线区分中心全年受理群众诉求4.6万件，按时办结率99.6%。",
    year: 2024,
    expect: { "hotline.tickets": 46000, "hotline.completion_rate": 99.6 },
    as: { "hotline.tickets": "4.6万" },
    note: "a city hotline's branch at the report's own level (区分中心) is the report's own: no higher level's figure",
  },
  {
    text: "市公安局某某县分局全年办理行政复议答复案件14件。全市12345热线全年受理诉求52万件，办结率99.1%。",
    year: 2024,
    expect: {},
    absent: ["hotline.tickets", "hotline.completion_rate"],
    note: "guard: the city's hotline, without a branch of the report's level, stays the city's",
  },
];
