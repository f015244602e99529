/**
 * Writing the --out book loses nothing: concurrent fills, a save made while a
 * fill runs, a read-only book, a symlinked book, stale and live locks.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, readFileSync, readlinkSync, realpathSync, statSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runFill } from "../../src/cli/fill";
import { Book, BookError } from "../../src/cli/safeWrite";
import { SEEDS, pinEnglish, runCli, runCliAsync, seedFiles, tmp, workbookText } from "./helpers";

const seeds = seedFiles();
pinEnglish();
const seedPath = (i: number) => join(SEEDS, seeds[i]!);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) } };
}

/** A pid that surely does not run any more. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

test("three fills into one book at the same time: each waits its turn and every report ends in the book", async () => {
  const dir = tmp("concurrent");
  const out = join(dir, "book.xlsx");
  const runs = await Promise.all([0, 1, 2].map((i) => runCliAsync(["fill", seedPath(i), "--out", out])));
  const text = await workbookText(out);
  for (const [i, r] of runs.entries()) {
    expect(r.status).toBe(0);
    expect(text).toContain(seeds[i]!);
  }
  expect(runs.map((r) => r.stdout).join("")).toMatch(/written, 3 reports \(1 new\)/); // the last one saw the other two
  expect(existsSync(`${out}.lock`)).toBe(false);
}, 120_000);

test("a 报送 edit saved while fill runs is not overwritten: fill stops with a message and the edit stays", async () => {
  const dir = tmp("edit-during-fill");
  const out = join(dir, "book.xlsx");
  expect(await runFill([seedPath(0), "--out", out], capture().io)).toBe(0);

  // the user saves the book (a 报送 edit) just after fill has read it
  let edited: Buffer | null = null;
  const c = capture();
  const code = await runFill([seedPath(1), "--out", out], {
    ...c.io,
    readFile: async (p: string) => {
      const bytes = new Uint8Array(readFileSync(p));
      if (p === out && edited === null) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
        const ws = wb.getWorksheet("报送") ?? wb.worksheets[0]!;
        ws.getCell("Z40").value = 4242;
        edited = Buffer.from(await wb.xlsx.writeBuffer());
        writeFileSync(out, edited);
      }
      return bytes;
    },
  });
  expect(code).toBe(1);
  expect(c.err.join("")).toMatch(/was changed by someone else while this fill ran .*nothing was written and their change is kept/);
  expect(c.out.join("")).toBe("");
  expect(readFileSync(out).equals(edited!)).toBe(true);
  expect(existsSync(`${out}.lock`)).toBe(false);
}, 60_000);

test("a read-only book is refused before any work, and neither its content nor its mode changes", async () => {
  const dir = tmp("readonly");
  const out = join(dir, "book.xlsx");
  expect(await runFill([seedPath(0), "--out", out], capture().io)).toBe(0);
  chmodSync(out, 0o444);
  const before = readFileSync(out);
  const r = runCli(["fill", seedPath(1), "--out", out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/book\.xlsx is read-only; nothing was written/);
  expect(readFileSync(out).equals(before)).toBe(true);
  expect(statSync(out).mode & 0o777).toBe(0o444);
}, 60_000);

test("a symlinked book is written through: the link stays a link and its target gets the reports", async () => {
  const dir = tmp("symlink");
  mkdirSync(join(dir, "shared"));
  const target = join(dir, "shared", "book.xlsx");
  expect(await runFill([seedPath(0), "--out", target], capture().io)).toBe(0);
  chmodSync(target, 0o640);
  const link = join(dir, "link.xlsx");
  symlinkSync(join("shared", "book.xlsx"), link);
  const r = runCli(["fill", seedPath(1), "--out", link]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(join("shared", "book.xlsx"));
  const text = await workbookText(target);
  expect(text).toContain(seeds[0]!);
  expect(text).toContain(seeds[1]!);
  expect(statSync(target).mode & 0o777).toBe(0o640); // the mode of the book is kept

  // a link to a book that does not exist yet: the book is made where the link points
  const dangling = join(dir, "new-link.xlsx");
  symlinkSync(join(dir, "shared", "new.xlsx"), dangling);
  expect(await runFill([seedPath(2), "--out", dangling], capture().io)).toBe(0);
  expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  expect(realpathSync(dangling)).toBe(join(realpathSync(dir), "shared", "new.xlsx"));
}, 60_000);

describe("the lock beside the book", () => {
  test("a lock of a live fill makes the next one wait, then stop with a message naming it", async () => {
    const dir = tmp("lock-live");
    const out = join(dir, "book.xlsx");
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: "2026-01-01T00:00:00.000Z" }));
    const waited: string[] = [];
    const book = Book.open(out, { waitMs: 400, onWait: (t) => waited.push(t) });
    // (the lock names this very process: taken as held by someone else, never as stale)
    const other = Book.open(out, { waitMs: 400 });
    await expect(other.lock()).rejects.toThrow(BookError);
    await expect(book.lock()).rejects.toThrow(new RegExp(`being written by another fill \\(process ${process.pid}`));
    expect(waited.join("")).toMatch(/waiting for it to finish/);
    expect(existsSync(`${out}.lock`)).toBe(true); // not ours: left alone
  });

  test("a lock left by a process that no longer runs, or older than 10 minutes, is taken over", async () => {
    const dir = tmp("lock-stale");
    const out = join(dir, "book.xlsx");
    writeFileSync(`${out}.lock`, JSON.stringify({ pid: deadPid(), host: hostname(), since: "2026-01-01T00:00:00.000Z" }));
    const book = Book.open(out, { waitMs: 5_000 });
    await book.lock();
    expect(JSON.parse(readFileSync(`${out}.lock`, "utf8")).pid).toBe(process.pid);
    await book.commit(new Uint8Array([1, 2, 3]));
    book.release();
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);

    const old = join(dir, "old.xlsx");
    writeFileSync(`${old}.lock`, JSON.stringify({ pid: process.pid, host: "another-machine", since: "2026-01-01T00:00:00.000Z" }));
    const later = Book.open(old, { waitMs: 1_000, now: () => Date.now() + 11 * 60_000 });
    await later.lock();
    later.release();
    expect(existsSync(`${old}.lock`)).toBe(false);
  });

  test("commit stops when the book changed after lock, and keeps the change", async () => {
    const dir = tmp("lock-changed");
    const out = join(dir, "book.xlsx");
    writeFileSync(out, "v1");
    const book = Book.open(out);
    await book.lock();
    writeFileSync(out, "v2 saved by someone else");
    await expect(book.commit(new Uint8Array([9]))).rejects.toThrow(/was changed by someone else/);
    book.release();
    expect(readFileSync(out, "utf8")).toBe("v2 saved by someone else");
  });

  test("a folder named as --out, or a book in a folder that does not exist, is refused before any work", () => {
    const dir = tmp("lock-folder");
    const out = join(dir, "book.xlsx");
    mkdirSync(out);
    expect(() => Book.open(out)).toThrow(/is not a regular file/);
    expect(() => Book.open(join(dir, "no-such-folder", "b.xlsx"))).toThrow(/no-such-folder does not exist; nothing was written/);
  });
});
