/**
 * probes 15: wordings a helper wrote blind for session 15 (from the catalog's definitions, without reading the shared
 * corpus), each with the frame change it led to, or marked known where the extractor still gets it wrong.
 */
import type { CorpusCase } from "./types";

export const probes15: CorpusCase[] = [
  {
    text: "全年承办县人大十八届三次会议代表建议、县政协十一届三次会议委员提案共156件，其中代表建议71件、委员提案85件，均按期办结。",
    year: 2024,
    expect: { "proposals.npc": 71, "proposals.cppcc": 85 },
    note: "two codes' nouns listed each with its session's name are one list: the 其中 parts split their sum, each its code's whole",
  },
  {
    text: "镇人民调解委员会及各村调委会共调处矛盾纠纷318件，调解成功311件。",
    year: 2024,
    expect: { "mediation.cases": 318, "mediation.succeeded": 311 },
    note: "a subject's nouns with a verb between them and the object are no list of the object's kinds",
  },
];
