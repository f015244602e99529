/**
 * `npm run explain -- "句子"` (issue 9, item 8) is registered in package.json
 * and prints tokens → frames → features → score: for the plainest sentence of
 * the domain it names the code, the tier and the figure.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

test("npm run explain names recon.received as a VALUE of 126", () => {
  const out = execFileSync(NPM, ["run", "--silent", "explain", "--", "2023年,区政府共收到行政复议申请126件。"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(out).toMatch(/126/);
  const line = out.split("\n").find((l) => l.includes("recon.received"));
  expect(line).toBeDefined();
  expect(line).toMatch(/VALUE/);
  expect(out).toMatch(/「126件」 126/);
});
