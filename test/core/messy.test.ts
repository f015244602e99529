import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";
heldOutSuite("messy text forms", join(__dirname, "..", "fixtures", "messy"));
