/**
 * One parser for every command; names starting with -; --save-text onto a
 * file; messages in the locale's language.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isHelp, parseCommandArgs, UsageError } from "../../src/cli/args";
import { capJobs, MB, WORKER_HEAP_MB } from "../../src/cli/limits";
import { localeLang, messages } from "../../src/cli/messages";
import { SEEDS, parseDoc, runCli, seedFiles, tmp } from "./helpers";

const seeds = seedFiles();
const seedPath = (i: number) => join(SEEDS, seeds[i]!);
const en = messages("en");

describe("parseCommandArgs", () => {
  test("options before, between and after operands, --x v and --x=v, - and -- ", () => {
    const a = parseCommandArgs("fill", ["a.txt", "--out=b.xlsx", "-", "--jobs", "2", "--timeout=1.5", "--replace", "--", "--c.txt", "-d.txt"], en);
    expect(a).toMatchObject({ command: "fill", out: "b.xlsx", jobs: 2, timeoutMs: 1500, replace: true, submitted: null });
    expect(!isHelp(a) && a.operands).toEqual(["a.txt", "-", "--c.txt", "-d.txt"]);
    const e = parseCommandArgs("extract", ["-j3", "-q", "--json", "--save-text", "out", "x"], en);
    expect(e).toMatchObject({ command: "extract", jobs: 3, quiet: true, json: true, saveText: "out", operands: ["x"] });
    expect(parseCommandArgs("extract", ["x"], en)).toMatchObject({ jobs: null, timeoutMs: 30_000, progress: true });
    expect(parseCommandArgs("extract", ["--no-progress", "x"], en)).toMatchObject({ progress: false });
  });

  test("--help wins over everything else, even missing --out", () => {
    expect(isHelp(parseCommandArgs("fill", ["--help"], en))).toBe(true);
    expect(isHelp(parseCommandArgs("extract", ["x", "-h", "--bogus"], en))).toBe(true);
    expect(isHelp(parseCommandArgs("extract", ["--", "--help"], en))).toBe(false); // a file named --help
  });

  test.each([
    ["extract", ["--bogus", "x"], /^unknown option --bogus$/],
    ["extract", ["-report.txt"], /^unknown option -report\.txt; to give a file whose name starts with -, put -- before it or write \.\/-report\.txt$/],
    ["extract", ["-j.txt"], /put -- before it or write \.\/-j\.txt/],
    ["extract", ["--out", "b.xlsx", "x"], /^--out is not an option of extract$/],
    ["fill", ["x", "--out", "--replace"], /^--out needs a value$/],
    ["fill", ["x", "--out"], /^--out needs a value$/],
    ["fill", ["x"], /^--out BOOK\.xlsx is required$/],
    ["fill", ["--out", "b.xlsx"], /^no input files$/],
    ["fill", ["x", "--out", "b.xls"], /^--out must name an \.xlsx file \(got b\.xls\)$/],
    ["extract", ["--jobs", "0", "x"], /^--jobs takes a whole number from 1 to 64$/],
    ["extract", ["--jobs", "2.5", "x"], /^--jobs takes/],
    ["extract", ["--timeout", "-1", "x"], /^--timeout takes/],
    ["extract", ["--timeout", "1e9", "x"], /^--timeout takes/],
    ["extract", ["--replace=1", "x"], /^--replace is not an option of extract$/],
    ["extract", ["--json=no", "x"], /^--json takes no value$/],
    ["extract", [], /^no input files$/],
  ] as const)("%s %j → %s", (cmd, args, message) => {
    let err: unknown;
    try {
      parseCommandArgs(cmd, [...args], en);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).command).toBe(cmd);
    expect((err as Error).message).toMatch(message);
  });
});

describe("file names starting with -", () => {
  const dir = tmp("dash");
  copyFileSync(seedPath(0), join(dir, "-r.txt"));

  test("given bare: a one-line hint and the usage, exit 1, no stack trace", () => {
    const r = runCli(["extract", "-r.txt"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("unknown option -r.txt; to give a file whose name starts with -, put -- before it or write ./-r.txt");
    expect(r.stderr).not.toMatch(/\n\s+at |ERR_/);
    const f = runCli(["fill", "-r.txt", "--out", "b.xlsx"], { cwd: dir });
    expect(f.status).toBe(1);
    expect(f.stderr).toMatch(/unknown option -r\.txt; .*put -- before it/);
    expect(f.stderr).not.toMatch(/\n\s+at |ERR_/);
  });

  test("after -- or as ./-r.txt: read as a file", () => {
    const a = runCli(["extract", "--json", "--", "-r.txt"], { cwd: dir });
    expect(a.status).toBe(0);
    expect(parseDoc(a.stdout).reports[0]!.source).toBe("-r.txt");
    expect(runCli(["extract", "--json", "./-r.txt"], { cwd: dir }).status).toBe(0);
    const f = runCli(["fill", "--out", "book.xlsx", "--", "-r.txt"], { cwd: dir });
    expect(f.stderr).toBe("");
    expect(f.status).toBe(0);
  }, 60_000);
});

test("--save-text onto an existing file: the results are still printed, one line says the texts were not saved, exit 2", () => {
  const dir = tmp("savetext");
  const file = join(dir, "notes.txt");
  writeFileSync(file, "my notes");
  const r = runCli(["extract", "--json", "--save-text", file, seedPath(0)]);
  expect(r.status).toBe(2);
  expect(parseDoc(r.stdout).reports[0]!.source).toBe(seeds[0]);
  expect(r.stderr).toMatch(/--save-text .*notes\.txt: is a file, not a folder; the texts were not saved \(the results are printed as usual\)/);
  expect(readFileSync(file, "utf8")).toBe("my notes");
  // a folder that exists is fine, and gets one text per file
  const ok = runCli(["extract", "--json", "--save-text", dir, seedPath(0)]);
  expect(ok.status).toBe(0);
  expect(readFileSync(join(dir, `${seeds[0]}.txt`), "utf8")).toBe(readFileSync(seedPath(0), "utf8"));
});

describe("messages in the locale's language", () => {
  test("LC_ALL, then LC_MESSAGES, then LANG; zh* is Chinese", () => {
    expect(localeLang({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(localeLang({ LANG: "zh_TW.Big5" })).toBe("zh");
    expect(localeLang({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(localeLang({})).toBe("en");
    expect(localeLang({ LC_ALL: "C", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(localeLang({ LC_MESSAGES: "zh_CN.UTF-8", LANG: "C" })).toBe("zh");
    expect(localeLang({ LC_ALL: "", LC_MESSAGES: "zh_CN", LANG: "en_US" })).toBe("zh");
  });

  test("every message exists in both languages, and the Chinese ones are Chinese", () => {
    const zh = messages("zh");
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as Array<keyof typeof en>) {
      const z = zh[k];
      const sample = typeof z === "string" ? z : k === "intake" ? zh.intake("empty", "is empty") : (z as (...a: unknown[]) => string)("a", 1, 2, 3, 4, 5);
      if (k !== "fillPrefix") expect(sample).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("the same run speaks Chinese under a Chinese locale and English otherwise", () => {
    const dir = tmp("lang");
    const missing = join(dir, "missing.txt");
    const zh = runCli(["extract", "--json", missing, seedPath(0)], { lang: "zh_CN.UTF-8" });
    expect(zh.status).toBe(2);
    expect(zh.stderr).toContain("missing.txt: 找不到文件;请检查路径");
    expect(zh.stderr).toContain("已读取 1 个文件,1 个失败(见上)");
    const enRun = runCli(["extract", "--json", missing, seedPath(0)], { lang: "en_US.UTF-8" });
    expect(enRun.stderr).toContain("missing.txt: not found; check the path");
    expect(enRun.stderr).toContain("1 file read, 1 failed (listed above)");
    expect(runCli(["fill", "--help"], { lang: "zh_CN.UTF-8" }).stdout).toMatch(/^用法: fill/);
    expect(runCli(["extract", "--bogus", "x"], { lang: "zh_CN.UTF-8" }).stderr).toMatch(/^未知选项 --bogus\n用法: extract/);
  });
});

test("--jobs is capped by the cores and by free memory", () => {
  expect(capJobs(64, 2, 64 * 1024 * MB)).toBe(2);
  expect(capJobs(null, 16, 64 * 1024 * MB)).toBe(4);
  expect(capJobs(8, 16, 3 * WORKER_HEAP_MB * MB)).toBe(3);
  expect(capJobs(8, 16, 0)).toBe(1);
});
