/**
 * fill reads --out and --submitted in a worker thread with a time limit: a book that takes too
 * long stops with a message, the reader's answers (审核's decisions with the rest) cross the
 * thread checked by its schema.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BookReadTimeout, readBookLimited, type BookReadMeasure } from "../../src/cli/readBook";
import { makeDecision } from "../../src/core/decisions";
import { describeWorkbook } from "../../src/workbook/describe";
import { peekXlsx } from "../../src/workbook/peekXlsx";
import { WorkbookLayoutError } from "../../src/workbook/readWorkbook";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { writeXlsx } from "../../src/workbook/writeXlsx";
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

/** The seed's book with a reviewer's 更正 on its first value, in 审核. */
async function withDecision(): Promise<Uint8Array> {
  const read = await readWorkbook(new Uint8Array(readFileSync(book)), { reports: true });
  const [report, key] = [read.reports[0]!, read.keys[0]!];
  const value = report.indicators[0]!;
  const decision = makeDecision(key, { kind: "value", code: value.code, value }, "更正", { now: new Date(2026, 11, 4, 18, 30), valueDecided: value.value + 1, note: "按原文表格" });
  return writeXlsx(describeWorkbook(read.reports, { generatedAt: "2026-12-04T18:30:00+08:00", decisions: [decision] }));
}

test("审核's decisions come back from the worker with the rest of the book", async () => {
  const bytes = await withDecision();
  const viaWorker = await readBookLimited(bytes, true, 60_000);
  expect(viaWorker.decisions).toHaveLength(1);
  expect(viaWorker.decisions[0]).toMatchObject({ decision: "更正", note: "按原文表格" });
  expect(viaWorker).toEqual(await readWorkbook(bytes, { reports: true }));
}, 120_000);

test("a decision that is not one, in the worker's answer, is refused by the reader's schema", async () => {
  const bytes = await withDecision();
  const liar = join(dir, "liar.ts");
  writeFileSync(
    liar,
    `import { parentPort } from "node:worker_threads";\nimport { readWorkbook } from ${JSON.stringify(join(__dirname, "../../src/workbook/readXlsx"))};\n` +
      `parentPort!.once("message", async (m: { bytes: Uint8Array }) => {\n  const book = await readWorkbook(m.bytes, { reports: true });\n` +
      `  parentPort!.postMessage({ ok: true, book: { ...book, decisions: book.decisions.map((d) => ({ ...d, decision: "忽略" })) } });\n});\n`,
  );
  // 忽略 decides no value: a 更正 turned into one with its value is not a decision
  await expect(readBookLimited(bytes, true, 60_000, liar)).rejects.toThrow(/unexpected shape/);
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
