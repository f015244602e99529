/** Every family of the corpus, by name. */
import { constructions } from "./constructions";
import { mediation } from "./mediation";
import { response } from "./response";
import { review } from "./review";
import { study } from "./study";
import type { CorpusCase } from "./types";
import { probes } from "./probes";
import { wordings } from "./wordings";

export const families: Record<string, CorpusCase[]> = { review, mediation, response, study, constructions, wordings, probes };
