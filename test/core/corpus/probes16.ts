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
  {
    text: "自2023年1月以来，全县各级人民调解组织共调解矛盾纠纷1820件，调解成功率99.2%。",
    year: 2023,
    expect: { "mediation.cases": 1820, "mediation.success_rate": 99.2 },
    note: "以来 after a month of the report's own year (自2023年1月以来) is this year so far, not several years",
  },
  {
    text: "自2021年1月以来，全县各级人民调解组织共调解矛盾纠纷5620件。",
    year: 2023,
    expect: {},
    absent: ["mediation.cases"],
    note: "guard: since a month of an earlier year is several years",
  },
  {
    text: "确保行政机关负责人出庭应诉率达到100%，全年负责人出庭应诉38次。",
    year: 2023,
    expect: { "litig.appearances": 38 },
    absent: ["litig.appearance_rate"],
    note: "力争, 确保: a target (lexicon modifiers norm), the frames' own doubt now that a rule's norm guard no longer caps them",
  },
];
