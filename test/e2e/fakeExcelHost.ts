/**
 * Office.js stand-in for the review end-to-end test, bundled for the page (esbuild): Excel.run
 * hands the pane's writer the project's fake Excel (test/taskpane/fakeExcel.ts), a workbook that
 * keeps its cells. The test reads the cells (window.__cell), types into them as a user would
 * (window.__type), and carries the book over a reload (window.__saveBook → window.__savedBook).
 */
import { FakeSheet, FakeWorkbook, type FakeCell } from "../taskpane/fakeExcel";

type Saved = [string, [string, FakeCell][]][];
interface HostWindow {
  __savedBook?: Saved;
  __book: FakeWorkbook;
  __saveBook(): Saved;
  __cell(sheet: string, a1: string): unknown;
  __type(sheet: string, row: number, col: number, value: unknown): void;
  __syncs(): number;
  Excel: unknown;
  Office: unknown;
}
const w = window as unknown as HostWindow;
const wb = new FakeWorkbook();
for (const [name, cells] of w.__savedBook ?? []) {
  const s = new FakeSheet(name);
  for (const [a, c] of cells) s.cells.set(a, c);
  wb.sheets.set(name, s);
}
w.__book = wb;
w.__saveBook = () => [...wb.sheets].map(([n, s]) => [n, [...s.cells]]);
w.__cell = (sheet, a1) => wb.sheets.get(sheet)?.get(a1)?.value;
w.__type = (sheet, row, col, value) => {
  wb.sheets.get(sheet)!.cell(row, col).value = value;
};
w.__syncs = () => wb.syncs;
w.Excel = { run: (cb: (ctx: unknown) => unknown) => Promise.resolve(cb(wb.context())) };
w.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => true } },
  onReady: (cb?: (info: unknown) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
};
