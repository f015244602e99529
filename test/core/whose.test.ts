import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";
heldOutSuite("whose figure", join(__dirname, "..", "fixtures", "whose"));
