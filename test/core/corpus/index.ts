/** Every family of the corpus, by name. */
import { constructions } from "./constructions";
import { mediation } from "./mediation";
import { response } from "./response";
import { review } from "./review";
import { study } from "./study";
import type { CorpusCase } from "./types";
import { probes } from "./probes";
import { probes8a } from "./probes8a";
import { probes8b } from "./probes8b";
import { probes10 } from "./probes10";
import { probes11 } from "./probes11";
import { probes12 } from "./probes12";
import { probes13 } from "./probes13";
import { probes14 } from "./probes14";
import { probes15 } from "./probes15";
import { probes16 } from "./probes16";
import { retired } from "./retired";
import { wordings } from "./wordings";

export const families: Record<string, CorpusCase[]> = { review, mediation, response, study, constructions, wordings, probes, probes8a, probes8b, probes10, probes11, probes12, probes13, probes14, probes15, probes16, retired };
