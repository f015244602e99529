/**
 * fill reads --out and --submitted in a worker thread with a time limit: a book that takes too
 * long stops with a message, the reader's answers cross the thread checked by its schema.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BookReadTimeout, readBookLimited } from "../../src/cli/readBook";
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
