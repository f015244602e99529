/**
 * scripts/fit-weights.ts runs as the README shows, on a set that ships with the
 * project, and prints the frames' figures before and after refitting.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

it("fit-weights prints figures before and after on a set with gold, and writes nothing", () => {
  const dir = join(ROOT, "test", "fixtures", "excerpts");
  const out = execFileSync("node", ["--import", "tsx", "scripts/fit-weights.ts", dir, dir], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
  expect(out).toMatch(/^\d+ reports; frames alone, weights as in weights\.ts: P [\d.]+ R [\d.]+ F0\.5 [\d.]+$/mu);
  expect(out).toMatch(/^after coordinate search: P [\d.]+ R [\d.]+ F0\.5 [\d.]+$/mu);
  const [before, after] = [...out.matchAll(/F0\.5 ([\d.]+)/gu)].map((m) => Number(m[1]));
  expect(after).toBeGreaterThanOrEqual(before!);
}, 300_000);
