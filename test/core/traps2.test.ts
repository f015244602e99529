import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";
heldOutSuite("trap-dense excerpts, second author", join(__dirname, "..", "fixtures", "traps2"));
