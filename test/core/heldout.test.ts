/**
 * Held-out sets: reports and gold written from the catalog spec and the
 * register of real reports by authors who had not read the rules. Each set
 * was scored before the rules were changed for it (README: Measured); here
 * they stand as regression checks of the bar for unseen reports.
 */
import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";

const FIXTURES = join(__dirname, "..", "fixtures");

const SETS: [title: string, folder: string][] = [
  ["whole reports (heldout)", "heldout"],
  ["corpus-like excerpts (heldout2)", "heldout2"],
  ["departments, towns and tables (heldout3)", "heldout3"],
  ["final round 1", "final"],
  ["final round 2", "final2"],
  ["long complete reports", "long"],
  ["short excerpts like the corpus", "excerpts"],
  ["trap-dense excerpts", "traps"],
  ["trap-dense excerpts, second author", "traps2"],
  ["mixed regions and units", "mixed"],
  ["whose figure", "whose"],
  ["messy text forms", "messy"],
  ["final measurement", "final3"],
];

for (const [title, folder] of SETS) heldOutSuite(title, join(FIXTURES, folder));
