/**
 * 审核 and the refill: decisions written, read back whole (a bad row reported and kept), and
 * re-applied by `fill` into the book that has the report — never a decision or a hand
 * correction lost, for random decision sets.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { CATALOG, indicatorDef } from "../../src/core/catalog";
import { applyDecisions, RECHECK, targetKey, type Decision } from "../../src/core/decisions";
import type { IndicatorValue, ReportResult } from "../../src/core/types";
import { fromCellValue } from "../../src/workbook/cells";
import { describeWorkbook } from "../../src/workbook/describe";
import { codeColumn, reviewColumn, REVIEW_FIRST_ROW } from "../../src/workbook/layout";
import { readReviewXlsx } from "../../src/workbook/readReviewXlsx";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { decidedBatchArb } from "./decide";
import { captureIO, tempDir, writeExtractJson } from "./helpers";

jest.setTimeout(240_000);

const OPTIONS = { generatedAt: "2026-12-04T18:00:00+08:00" };

const S1 = "2023年,共收到行政复议申请44件,结案35件";
const S2 = "全区法院共审理行政诉讼案件60件";
/** Two flags (a part over its whole; a conflict) and a suggestion. */
function report(over: Partial<ReportResult> = {}): ReportResult {
  const v = (code: string, value: number, text: string): IndicatorValue => ({ code, value, unit: "件", approx: null, evidence: { start: 0, end: text.length, text } });
  return {
    source: "城区2023.txt",
    meta: { region: "晋城市城区", divisionCode: "140502", level: "县", year: 2023, published: null, issuer: null },
    indicators: [v("recon.received", 44, S1), v("recon.closed", 48, S1), v("mediation.cases", 900, "调解矛盾纠纷900件")],
    suggestions: [{ code: "litig.cases", value: 60, unit: "件", approx: null, evidence: { start: 0, end: S2.length, text: S2 }, score: 0.4, reasons: ["主语可能是法院"] }],
    flags: [
      { check: "part_le_whole", severity: "error", codes: ["recon.closed", "recon.received"], message: "结案数 48 大于 收到数 44" },
      { check: "conflict", severity: "warning", codes: ["mediation.cases"], message: "调解: 报告中有不同数值 900 / 990" },
    ],
    ...over,
  };
}

const sheetValues = async (file: string, name: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(name)!;
};
const cellNumber = (ws: ExcelJS.Worksheet, row: number, col: number): number | null => {
  const v = ws.getRow(row).getCell(col).value;
  return typeof v === "number" ? v : null;
};
const sameDecisions = (a: Decision[], b: Decision[]) => expect(b.map(targetKey).sort()).toEqual(a.map(targetKey).sort());

describe("审核 round trip", () => {
  test("every decision comes back whole from the written book (rates, notes with = at the start, a flag on the whole report)", async () => {
    await fc.assert(
      fc.asyncProperty(decidedBatchArb(fc.constant([report(), report({ source: "b.txt", meta: { region: "泽州县", divisionCode: "140525", level: "县", year: 2023, published: null, issuer: null } })])), async ({ reports, decisions }) => {
        const bytes = await writeXlsx(describeWorkbook(reports, { ...OPTIONS, decisions }));
        const back = await readReviewXlsx(bytes);
        expect(back.unread).toEqual([]);
        expect(back.decisions).toEqual(decisions);
      }),
      { numRuns: 15 },
    );
  });

  test("a row that is not a decision is reported and kept as it was; the others are read", async () => {
    const r = report();
    const { result, all } = applyDecisions(r, []);
    const d: Decision = {
      report: "r:140502|2023|", code: "recon.closed", kind: "flag", check: "part_le_whole", valueExtracted: 48, valueDecided: 35, decision: "更正",
      note: "原文表格", time: "2026-12-04T18:30:00+08:00", evidence: S1, evidenceHash: "0000000000000000",
    };
    expect(all).toEqual([]);
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    writeFileSync(file, await writeXlsx(describeWorkbook([result], { ...OPTIONS, decisions: [d, { ...d, code: "recon.received", decision: "核实", valueDecided: 44, valueExtracted: 44 }] })));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("审核")!.getRow(REVIEW_FIRST_ROW).getCell(reviewColumn("decision")).value = "也许";
    await wb.xlsx.writeFile(file);
    const back = await readReviewXlsx(new Uint8Array(readFileSync(file)));
    expect(back.decisions.map((x) => x.code)).toEqual(["recon.received"]);
    expect(back.unread).toHaveLength(1);
    expect(back.unread[0]!.problem).toMatch(/第 3 行不是有效的审核决定/);
    // a refill keeps the bad row (its cells and why), and says so
    const json = writeExtractJson(dir, "r.json", [r]);
    const io = captureIO();
    expect(await runFill([json, "--out", file, "--replace"], io.io)).toBe(0);
    expect(io.err.join("")).toMatch(/第 3 行不是有效的审核决定/);
    const again = await readReviewXlsx(new Uint8Array(readFileSync(file)));
    expect(again.unread).toHaveLength(1);
    expect(again.unread[0]!.cells).toContain("也许");
    expect(again.decisions.map((x) => x.code)).toEqual(["recon.received"]);
  });
});

describe("refill re-applies decisions", () => {
  test("for random decision sets, fill --replace keeps every decision and every hand correction; a changed report marks its decisions 需重新核对, never drops them", async () => {
    const pool = CATALOG.filter((d) => d.kind === "count").slice(0, 8);
    const batchArb = fc.tuple(fc.subarray(pool, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([defs, doubt]) => [
      report({
        indicators: defs.map((d, k) => ({ code: d.code, value: 100 + k * 7, unit: "件", approx: null, evidence: { start: k * 20, end: k * 20 + 9, text: `全年${d.name}${100 + k * 7}件` } })),
        flags: [{ check: "conflict", severity: "warning", codes: [defs[0]!.code], message: "两个不同数值" }],
        ...(doubt ? {} : { suggestions: [] }),
      }),
    ]);
    await fc.assert(
      fc.asyncProperty(decidedBatchArb(batchArb), fc.boolean(), async ({ raw, reports, decisions }, change) => {
        const dir = tempDir();
        const file = join(dir, "book.xlsx");
        // the pane's download: the values decided, every decision
        writeFileSync(file, await writeXlsx(describeWorkbook(reports, { ...OPTIONS, decisions })));
        // the same report filled again (or a new version of it, its first value changed)
        const again = change ? raw.map((r) => ({ ...r, indicators: r.indicators.map((v, k) => (k === 0 ? { ...v, value: v.value + 1000 } : v)) })) : raw;
        const json = writeExtractJson(dir, "again.json", again);
        expect(await runFill([json, "--out", file, "--replace"], captureIO().io)).toBe(0);
        const bytes = new Uint8Array(readFileSync(file));
        const back = await readReviewXlsx(bytes);
        // never lost
        expect(back.unread).toEqual([]);
        sameDecisions(decisions, back.decisions);
        const expected = applyDecisions(again[0]!, decisions);
        expect(back.decisions).toEqual(expected.all);
        if (!change) expect(back.decisions.filter((d) => d.status === RECHECK)).toEqual(decisions.filter((d) => d.status === RECHECK));
        // the corrections in force are in 指标; those no longer matching are on 审核 with their value
        const book = await readWorkbook(bytes, { reports: true });
        const values = book.indicators[0]!.values;
        for (const v of expected.result.indicators) {
          expect(fromCellValue(indicatorDef(v.code), values[v.code]!)).toBe(v.value);
        }
        for (const d of expected.recheck) expect(back.decisions).toContainEqual(d);
      }),
      { numRuns: 10 },
    );
  });

  test("a value typed over in 指标 survives fill --replace as a 更正 (人工更正 on 出处); a --submitted book's decisions are applied to a new book", async () => {
    const r = report();
    const dir = tempDir();
    const json = writeExtractJson(dir, "r.json", [r]);
    const file = join(dir, "book.xlsx");
    expect(await runFill([json, "--out", file], captureIO().io)).toBe(0);
    // someone types 35 over the 48 extracted
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet("指标")!.getRow(4).getCell(codeColumn("recon.closed")).value = 35;
    await wb.xlsx.writeFile(file);
    expect(await runFill([json, "--out", file, "--replace"], captureIO().io)).toBe(0);
    const ind = await sheetValues(file, "指标");
    expect(cellNumber(ind, 4, codeColumn("recon.closed"))).toBe(35);
    const review = (await readReviewXlsx(new Uint8Array(readFileSync(file)))).decisions;
    expect(review).toEqual([expect.objectContaining({ code: "recon.closed", decision: "更正", valueExtracted: 48, valueDecided: 35, note: "在工作簿中手工修改" })]);
    expect(review[0]!.status).toBeUndefined();
    const ev = await sheetValues(file, "出处");
    const notes: string[] = [];
    ev.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && c.value.startsWith("人工更正") && notes.push(c.value))));
    expect(notes).toEqual(["人工更正:原提取值 48(依据:在工作簿中手工修改)"]);
    // that book as --submitted of a new one: its decisions are applied to the fresh fill
    const fresh = join(dir, "fresh.xlsx");
    expect(await runFill([json, "--out", fresh, "--submitted", file], captureIO().io)).toBe(0);
    expect(cellNumber(await sheetValues(fresh, "指标"), 4, codeColumn("recon.closed"))).toBe(35);
    expect((await readReviewXlsx(new Uint8Array(readFileSync(fresh)))).decisions).toEqual(review);
  });
});
