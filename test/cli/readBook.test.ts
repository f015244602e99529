/**
 * fill reads --out and --submitted in a worker thread with a time limit: a book that takes too
 * long stops with a message, the reader's answers cross the thread checked by its schema.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BookReadTimeout, readBookLimited, type BookReadMeasure } from "../../src/cli/readBook";
import { peekXlsx } from "../../src/workbook/peekXlsx";
import { WorkbookLayoutError } from "../../src/workbook/readWorkbook";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { runCli, SEEDS, seedFiles, tmp } from "./helpers";

const dir = tmp("readbook");
const book = join(dir, "book.xlsx");

beforeAll(() => {
  const report = join(dir, "a.txt");
  copyFileSync(join(SEEDS, seedFiles()[0]!), report);
  expect(runCli(["fill", report, "--out", book]).status).toBe(0);
}, 120_000);

test("the worker reads what the reader reads in-process", async () => {
  const bytes = new Uint8Array(readFileSync(book));
  const viaWorker = await readBookLimited(bytes, true, 60_000);
  expect(viaWorker).toEqual(await readWorkbook(bytes, { reports: true }));
  expect(viaWorker.reports.length).toBe(1);
}, 120_000);

test("a book of another layout crosses the thread as a WorkbookLayoutError", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "not the standard workbook";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  await expect(readBookLimited(bytes, false, 60_000)).rejects.toBeInstanceOf(WorkbookLayoutError);
}, 120_000);

test("a read that never ends is stopped at its limit", async () => {
  const hang = join(dir, "hang.ts");
  writeFileSync(hang, 'import { parentPort } from "node:worker_threads";\nparentPort!.once("message", () => { setInterval(() => undefined, 1000); });\n');
  const t0 = Date.now();
  await expect(readBookLimited(new Uint8Array(readFileSync(book)), false, 1500, hang)).rejects.toBeInstanceOf(BookReadTimeout);
  expect(Date.now() - t0).toBeLessThan(15_000);
}, 60_000);

/** The book with 指标 declaring 900,000 rows in its <dimension> (as Excel writes one, before the data). */
async function declaredHuge(): Promise<Uint8Array> {
  const bytes = new Uint8Array(readFileSync(book));
  const { peek } = await peekXlsx(bytes);
  const part = peek.read.find((s) => s.name === "指标")!.path;
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace("<sheetData>", '<dimension ref="A1:AL900000"/><sheetData>'));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("a book too large to read is refused before it is loaded, in the locale's words, with what the worker spent", async () => {
  const measures: BookReadMeasure[] = [];
  const e = await readBookLimited(await declaredHuge(), true, 60_000, undefined, (m) => measures.push(m)).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(WorkbookLayoutError);
  expect((e as Error).message).toMatch(/900000/);
  expect((e as Error).message).toMatch(/too large for this tool to read|过大,本工具无法读取/);
  expect(measures).toHaveLength(1);
  expect(measures[0]!.peakHeapMB).toBeLessThan(200);
}, 120_000);

test("fill refuses such a book as --out with the file named and what to do; the book is left as it was", () => {
  const big = join(dir, "big.xlsx");
  return declaredHuge().then((bytes) => {
    writeFileSync(big, bytes);
    const report = join(dir, "b.txt");
    copyFileSync(join(SEEDS, seedFiles()[1] ?? seedFiles()[0]!), report);
    const r = runCli(["fill", report, "--out", big], { lang: "en" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(big);
    expect(r.stderr).toMatch(/sheet "指标" has 900000 rows \(at most \d+ are read\); it was not read and nothing was written/);
    expect(r.stderr).toContain("start a new --out book");
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(new Uint8Array(readFileSync(big))).toEqual(bytes);
    const zh = runCli(["fill", report, "--out", big], { lang: "zh_CN.UTF-8" });
    expect(zh.stderr).toContain("这个工作簿过大,本工具无法读取");
  });
}, 240_000);
