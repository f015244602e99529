import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";
heldOutSuite("final measurement", join(__dirname, "..", "fixtures", "final3"));
