import { join } from "node:path";
import { heldOutSuite } from "./goldScorer";
heldOutSuite("mixed regions and units", join(__dirname, "..", "fixtures", "mixed"));
