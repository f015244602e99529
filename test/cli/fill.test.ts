/**
 * `fill` goes through the same pipeline as `extract`: folders, `-`, the worker
 * pool with its per-file time limit, one parser with --help; 说明 names the
 * report files and their SHA-256 whichever way they came in. The reviewer's decisions (审核)
 * of --out and --submitted come back with the rest of each book and are re-applied.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { indicatorDef } from "../../src/core/catalog";
import { makeDecision, targetKey } from "../../src/core/decisions";
import { fromCellValue } from "../../src/workbook/cells";
import { describeWorkbook } from "../../src/workbook/describe";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { SEEDS, runCli, seedFiles, tmp, workbookText } from "./helpers";

const seeds = seedFiles();
const seedPath = (i: number) => join(SEEDS, seeds[i]!);
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

test("fill on a folder reads it recursively; 说明 names every report with its SHA-256", async () => {
  const dir = tmp("fill-folder");
  mkdirSync(join(dir, "reports", "sub"), { recursive: true });
  copyFileSync(seedPath(0), join(dir, "reports", seeds[0]!));
  copyFileSync(seedPath(1), join(dir, "reports", "sub", seeds[1]!));
  const out = join(dir, "指标.xlsx");
  const r = runCli(["fill", join(dir, "reports"), "--out", out]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/written, 2 reports \(2 new\)/);
  const text = await workbookText(out);
  for (const i of [0, 1]) {
    expect(text).toContain(seeds[i]!);
    expect(text).toContain(sha(seedPath(i)));
  }
}, 60_000);

test("fill - reads standard input", async () => {
  const dir = tmp("fill-stdin");
  const out = join(dir, "book.xlsx");
  const r = runCli(["fill", "-", "--out", out], { input: readFileSync(seedPath(2)) });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const text = await workbookText(out);
  expect(text).toContain("stdin");
  expect(text).toContain(sha(seedPath(2)));
}, 60_000);

test("--help of each command prints its usage with every option, on stdout, exit 0", () => {
  const fill = runCli(["fill", "--help"]);
  expect(fill.status).toBe(0);
  for (const o of ["--out", "--submitted", "--replace", "--jobs", "--timeout", "--quiet", "--no-progress", "--help", "FOLDER", "- is standard input"]) {
    expect(fill.stdout).toContain(o);
  }
  const extract = runCli(["extract", "-h"]);
  expect(extract.status).toBe(0);
  for (const o of ["--json", "--jobs", "--timeout", "--save-text", "--quiet", "--no-progress", "--help"]) expect(extract.stdout).toContain(o);
  expect(extract.stdout).toContain("- is standard input");
  expect(extract.stdout).not.toContain("--replace");
  expect(runCli(["text", "--help"]).stdout).toMatch(/^usage: text/);
});

test("unknown options and misplaced ones: a clear line and the usage, exit 1", () => {
  const r = runCli(["fill", "x.txt", "--out", "b.xlsx", "--frobnicate"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/unknown option --frobnicate/);
  expect(r.stderr).toContain("usage: fill");
  const e = runCli(["extract", "--replace", "x.txt"]);
  expect(e.status).toBe(1);
  expect(e.stderr).toMatch(/--replace is not an option of extract/);
  expect(runCli(["fill", "x.txt"]).stderr).toMatch(/--out BOOK\.xlsx is required/);
  expect(runCli(["fill", "x.txt", "--out"]).stderr).toMatch(/--out needs a value/);
  expect(runCli(["fill", "x.txt", "--out", "b.csv"]).stderr).toMatch(/--out must name an \.xlsx file/);
  expect(runCli(["extract", "--json=yes", "x.txt"]).stderr).toMatch(/--json takes no value/);
  expect(runCli(["fill", "x.txt", "--out", "b.xlsx", "--timeout", "0"]).stderr).toMatch(/--timeout takes a number of seconds above 0/);
});

/** A sentence listing twenty kinds of documents, about 414 bytes: once made fill hang. */
const ENUMERATION =
  "全年审核规范性文件、合同、协议、重大行政决策事项、行政处罚决定书、行政许可决定、招商引资合同、政府采购合同、土地出让合同、征收补偿协议、" +
  "会议纪要、信访答复意见、执法案卷、复议决定书、应诉答辩状、信息公开答复书、建议提案答复、调解协议书、仲裁文书、其他涉法文件等各类文件。";

test("a slow file is stopped by --timeout; the good report is written and the slow one is listed, saying extraction was slow", async () => {
  const dir = tmp("fill-timeout");
  const good = join(dir, "good.txt");
  copyFileSync(seedPath(0), good);
  const enumeration = join(dir, "enumeration.txt");
  writeFileSync(enumeration, ENUMERATION);
  // a long run of Chinese numerals: once quadratic for the extractor (the pool test covers a stuck extraction for sure)
  const numerals = join(dir, "numerals.txt");
  writeFileSync(numerals, "一二三四五六七八九十百千万".repeat(1500));
  const out = join(dir, "book.xlsx");
  const r = runCli(["fill", "--jobs", "2", "--timeout", "2", enumeration, numerals, good, "--out", out], { timeoutMs: 60_000 });
  expect(r.status === 0 || r.status === 2).toBe(true);
  expect(r.ms).toBeLessThan(25_000);
  const text = await workbookText(out);
  expect(text).toContain("good.txt");
  expect(text).toContain(sha(good));
  for (const slow of ["enumeration.txt", "numerals.txt"]) {
    const line = r.stderr.split("\n").find((l) => l.includes(`${slow}: `));
    if (line) {
      // failed: by the time limit, naming extraction (the file was read fine)
      expect(line).toMatch(/was read, but extracting its figures took longer than 2 s and was stopped/);
      expect(line).not.toMatch(/to read/);
      expect(text).toContain(slow); // listed in 说明
      expect(r.status).toBe(2);
    }
  }
}, 90_000);

test("extract --json documents as input: 说明 lists the report files and their SHA-256, not only the .json", async () => {
  const dir = tmp("fill-json");
  const json = join(dir, "found.json");
  const ex = runCli(["extract", "--json", seedPath(3), seedPath(4)]);
  expect(ex.status).toBe(0);
  writeFileSync(json, ex.stdout);
  const out = join(dir, "book.xlsx");
  const r = runCli(["fill", json, "--out", out]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const text = await workbookText(out);
  for (const i of [3, 4]) {
    expect(text).toContain(seeds[i]!);
    expect(text).toContain(sha(seedPath(i)));
  }
  expect(text).toContain("found.json");
}, 60_000);

test("the closing line counts: none failed, some failed, all failed (never a success when nothing was read)", () => {
  const dir = tmp("fill-count");
  const out = join(dir, "book.xlsx");
  const missing = join(dir, "missing.txt");
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");

  const none = runCli(["fill", seedPath(0), "--out", out]);
  expect(none.status).toBe(0);
  expect(none.stdout).toMatch(/: written, 1 report \(1 new\)\.\n$/);

  const some = runCli(["fill", seedPath(1), missing, "--out", out]);
  expect(some.status).toBe(2);
  expect(some.stdout).toMatch(/: written, 2 reports \(1 new\); 1 input failed \(listed above and in 说明\)\.\n$/);
  expect(some.stderr).toMatch(/missing\.txt: not found; check the path/);

  const all = runCli(["fill", missing, empty, "--out", out]);
  expect(all.status).toBe(1);
  expect(all.stdout).toBe("");
  expect(all.stderr).toMatch(/no report could be read; .*book\.xlsx was not written\./);
  expect(all.stderr).not.toMatch(/written,/);

  const ex = runCli(["extract", "--json", missing, empty]);
  expect(ex.status).toBe(1);
  expect(ex.stderr.trimEnd().split("\n").pop()).toBe("none of the 2 files could be read; nothing was extracted");
  const exSome = runCli(["extract", "--json", missing, seedPath(0)]);
  expect(exSome.status).toBe(2);
  expect(exSome.stderr.trimEnd().split("\n").pop()).toBe("1 file read, 1 failed (listed above)");
  expect(runCli(["extract", "--json", seedPath(0)]).stderr).toBe("");
}, 90_000);

test("fill --replace keeps 审核's decisions intact and re-applies them; --out's win over --submitted's, whose others are added", async () => {
  const dir = tmp("fill-review");
  const out = join(dir, "book.xlsx");
  expect(runCli(["fill", seedPath(0), "--out", out]).status).toBe(0);
  const read = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
  const [report, key] = [read.reports[0]!, read.keys[0]!];
  const counts = report.indicators.filter((v) => indicatorDef(v.code).kind === "count");
  expect(counts.length).toBeGreaterThanOrEqual(2);
  const [a, b] = [counts[0]!, counts[1]!];
  const now = new Date(2026, 11, 4, 18, 30);
  const decide = (v: typeof a, by: number, note: string) => makeDecision(key, { kind: "value", code: v.code, value: v }, "更正", { now, valueDecided: v.value + by, note });
  const write = async (file: string, decisions: ReturnType<typeof decide>[]) =>
    writeFileSync(file, await writeXlsx(describeWorkbook(read.reports, { generatedAt: "2026-12-04T18:30:00+08:00", decisions })));
  const own = [decide(a, 1, "按原文表格")];
  await write(out, own);
  const submitted = join(dir, "submitted.xlsx");
  const theirs = [decide(a, 2, "另一份"), decide(b, 3, "报送时更正")];
  await write(submitted, theirs);

  const r = runCli(["fill", seedPath(0), "--out", out, "--submitted", submitted, "--replace"], { lang: "en" });
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/审核: 2 decision\(s\) re-applied/);
  const back = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
  expect(back.reviewUnread).toEqual([]);
  expect(back.decisions).toEqual([own[0], theirs[1]]);
  expect(back.decisions.map(targetKey)).toEqual([targetKey(own[0]!), targetKey(theirs[1]!)]);
  const cell = (v: typeof a) => fromCellValue(indicatorDef(v.code), back.indicators[0]!.values[v.code]!);
  expect([cell(a), cell(b)]).toEqual([a.value + 1, b.value + 3]);

  // again, from the book as written: nothing lost, nothing doubled
  expect(runCli(["fill", seedPath(0), "--out", out, "--replace"], { lang: "en" }).status).toBe(0);
  expect((await readWorkbook(new Uint8Array(readFileSync(out)))).decisions).toEqual(back.decisions);
}, 120_000);
