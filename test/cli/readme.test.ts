/**
 * Every command of the README's "Command line" section works as written: each
 * line is run by the shell, in order, in a folder laid out as the examples
 * assume (a copy of the seeds as reports/, .docx of next year's reports in
 * new/, last month's book, PDFs made by hand), with this checkout's package.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractDocumentSchema } from "../../src/core/types";
import { ROOT, SEEDS, buildDocx, buildTextPdf, cliEnv, seedFiles, tmp, workbookText } from "./helpers";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The shell lines of the first code block after "## Command line", without their comments. */
function commandLines(): string[] {
  const section = README.slice(README.indexOf("## Command line"));
  const block = /```sh\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no ```sh block under "## Command line"');
  return block[1]!
    .split("\n")
    .map((l) => l.replace(/\s+#\s.*$/, "").trim())
    .filter((l) => l !== "");
}

const seeds = seedFiles();
const seedText = (i: number) => readFileSync(join(SEEDS, seeds[i]!), "utf8");
/** The same report one year on: a different report (another year) of the same unit. */
const nextYear = (t: string) => t.replace(/20[12][0-9]/g, (y) => String(Number(y) + 1));

function layout(): string {
  const dir = tmp("readme");
  copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
  for (const link of ["src", "node_modules", "tsconfig.json"]) symlinkSync(join(ROOT, link), join(dir, link));
  mkdirSync(join(dir, "seeds"));
  mkdirSync(join(dir, "reports"));
  mkdirSync(join(dir, "new"));
  for (const s of seeds) {
    copyFileSync(join(SEEDS, s), join(dir, "seeds", s));
    copyFileSync(join(SEEDS, s), join(dir, "reports", s));
  }
  seeds.slice(0, 2).forEach((_, i) => writeFileSync(join(dir, "new", `报告${i + 1}.docx`), buildDocx(nextYear(seedText(i)).split("\n"))));
  writeFileSync(join(dir, "报告.txt"), seedText(1));
  writeFileSync(join(dir, "县报告.pdf"), buildTextPdf(seedText(0).split("\n"))); // the same report as reports/<seed 0>
  writeFileSync(join(dir, "报告.pdf"), buildTextPdf(seedText(2).split("\n")));
  // last month's book: the seeds filled once
  execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), "fill", join(dir, "seeds"), "--out", join(dir, "上月.xlsx")], {
    cwd: ROOT,
    env: cliEnv(),
    stdio: "pipe",
  });
  return dir;
}

const lines = commandLines();

test("the README shows the commands this test knows how to lay out for", () => {
  expect(lines.length).toBeGreaterThanOrEqual(8);
  expect(lines.some((l) => l.includes("fill -- reports/"))).toBe(true);
  expect(lines.some((l) => /fill -- --help/.test(l))).toBe(true);
  expect(lines.some((l) => / - < /.test(l))).toBe(true);
});

describe("each README command, in order", () => {
  let dir = "";
  beforeAll(() => {
    dir = layout();
  }, 120_000);

  test.each(lines.map((l) => [l]))("%s", async (line) => {
    const r = spawnSync("sh", ["-c", line], { cwd: dir, env: cliEnv(), encoding: "utf8", timeout: 120_000 });
    expect({ line, status: r.status, stderr: r.stderr }).toEqual({ line, status: 0, stderr: "" });
    if (/extract -- --json/.test(line)) expect(ExtractDocumentSchema.parse(JSON.parse(r.stdout)).reports.length).toBeGreaterThan(0);
    if (/--help/.test(line)) expect(r.stdout).toMatch(/--replace/);
    if (/ text /.test(line)) expect(r.stdout.length).toBeGreaterThan(500);
    const out = /--out (\S+)/.exec(line)?.[1];
    if (out) {
      expect(existsSync(join(dir, out))).toBe(true);
      expect(r.stdout).toMatch(/written/);
      if (/new\//.test(line)) expect(await workbookText(join(dir, out))).toContain("报告1.docx");
      if (/--replace/.test(line)) expect(r.stdout).toMatch(/1 replaced/);
    }
  }, 120_000);
});
