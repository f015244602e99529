/**
 * Held-out sets: reports and gold written from the catalog spec and the
 * register of real reports by authors who had not read the rules. Each set
 * was scored before the rules were changed for it (README: Measured); here
 * they stand as regression checks of the bar for unseen reports.
 */
import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";

const FIXTURES = join(__dirname, "..", "fixtures");

heldOutSuite("whole reports (heldout)", join(FIXTURES, "heldout"));
heldOutSuite("corpus-like excerpts (heldout2)", join(FIXTURES, "heldout2"));
heldOutSuite("departments, towns and tables (heldout3)", join(FIXTURES, "heldout3"));
heldOutSuite("final round 1", join(FIXTURES, "final"));
heldOutSuite("final round 2", join(FIXTURES, "final2"));
heldOutSuite("long complete reports", join(FIXTURES, "long"));
heldOutSuite("short excerpts like the corpus", join(FIXTURES, "excerpts"));
heldOutSuite("trap-dense excerpts", join(FIXTURES, "traps"));
heldOutSuite("trap-dense excerpts, second author", join(FIXTURES, "traps2"));
heldOutSuite("mixed regions and units", join(FIXTURES, "mixed"));
heldOutSuite("whose figure", join(FIXTURES, "whose"));
heldOutSuite("messy text forms", join(FIXTURES, "messy"));
heldOutSuite("final measurement", join(FIXTURES, "final3"));
