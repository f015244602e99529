/** The command line's plumbing: stdin, folders, table output, text, fill wiring. */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEEDS, buildDocx, parseDoc, runCli, seedFiles, tmp, write } from "./helpers";
import { ExtractDocumentSchema } from "../../src/core/types";

const seeds = seedFiles();
const seedPath = (i: number) => join(SEEDS, seeds[i]!);

test("`-` reads standard input; the JSON validates against the contract's schema", () => {
  const r = runCli(["extract", "--json", "-"], { input: readFileSync(seedPath(0)) });
  expect(r.status).toBe(0);
  const doc = ExtractDocumentSchema.parse(JSON.parse(r.stdout));
  expect(doc.reports).toHaveLength(1);
  expect(doc.reports[0]!.source).toBe("stdin");
  expect(r.stderr).toBe("");
});

test("folders are read recursively by extension, sorted, skipping other files, hidden files and Office lock files", () => {
  const dir = tmp("folders");
  mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
  copyFileSync(seedPath(0), join(dir, "a.txt"));
  copyFileSync(seedPath(1), join(dir, "b-sub", "deeper", "c.txt"));
  write(dir, "d.docx", buildDocx(["共调解各类矛盾纠纷848件。"]));
  write(dir, "notes.md", "# not a report");
  write(dir, "image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  write(dir, ".hidden.txt", "x");
  write(dir, "~$d.docx", Buffer.from([0, 1, 2]));
  const r = runCli(["extract", "--json", dir, seedPath(2)]);
  expect(r.status).toBe(0);
  expect(parseDoc(r.stdout).reports.map((x) => x.source)).toEqual(["a.txt", "c.txt", "d.docx", seeds[2]]);
});

test("without --json: a readable table with code, 名称, value, qualifier and evidence, then flags", () => {
  const r = runCli(["extract", seedPath(0)]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain(`== ${seeds[0]}`);
  expect(r.stdout).toMatch(/code\s+名称\s+value\s+qualifier\s+evidence/);
  const doc = parseDoc(runCli(["extract", "--json", seedPath(0)]).stdout);
  for (const i of doc.reports[0]!.indicators ?? []) expect(r.stdout).toContain(i.code);
});

test("`text` prints what the extractor sees", () => {
  const dir = tmp("text");
  const p = write(dir, "page.html", "<p>收到行政复议申请<b>44</b>件</p><script>x</script>");
  const r = runCli(["text", p]);
  expect(r.status).toBe(0);
  expect(r.stdout).toBe("收到行政复议申请44件\n");
});

test("help and unknown commands", () => {
  expect(runCli(["--help"]).status).toBe(0);
  const r = runCli(["frobnicate"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/unknown command frobnicate/);
});

test("fill is wired to src/cli/fill.ts and reads inputs through the intake (a .docx)", () => {
  const dir = tmp("fill");
  const docx = write(dir, "报告.docx", buildDocx(["2023年,共收到行政复议申请44件,结案35件。"]));
  const r = runCli(["fill", docx, "--out", join(dir, "book.xlsx")]);
  expect(r.stderr).not.toMatch(/not yet available/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.status).toBe(0);
});
