/**
 * 审核 and the refill: decisions written, read back whole by the book reader with the other
 * sheets (a bad row reported and kept), and re-applied by `fill` into the book that has the
 * report — never a decision or a hand correction lost, for random decision sets. A hostile
 * 审核 part is refused or read at once.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { CATALOG, indicatorDef } from "../../src/core/catalog";
import { applyDecisions, RECHECK, targetKey, type Decision } from "../../src/core/decisions";
import type { IndicatorValue, ReportResult } from "../../src/core/types";
import { fromCellValue } from "../../src/workbook/cells";
import { describeWorkbook } from "../../src/workbook/describe";
import { codeColumn, reviewColumn, REVIEW_FIRST_ROW } from "../../src/workbook/layout";
import { peekXlsx } from "../../src/workbook/peekXlsx";
import { WorkbookLayoutError } from "../../src/workbook/readWorkbook";
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
/** 审核 as fill reads it: with the book's other sheets (readXlsx), its rows that are not decisions kept. */
const reviewOf = async (bytes: Uint8Array) => {
  const book = await readWorkbook(bytes);
  return { decisions: book.decisions, unread: book.reviewUnread };
};

describe("审核 round trip", () => {
  test("every decision comes back whole from the written book (rates, notes with = at the start, a flag on the whole report)", async () => {
    await fc.assert(
      fc.asyncProperty(decidedBatchArb(fc.constant([report(), report({ source: "b.txt", meta: { region: "泽州县", divisionCode: "140525", level: "县", year: 2023, published: null, issuer: null } })])), async ({ reports, decisions }) => {
        const bytes = await writeXlsx(describeWorkbook(reports, { ...OPTIONS, decisions }));
        const back = await reviewOf(bytes);
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
    const back = await reviewOf(new Uint8Array(readFileSync(file)));
    expect(back.decisions.map((x) => x.code)).toEqual(["recon.received"]);
    expect(back.unread).toHaveLength(1);
    expect(back.unread[0]!.problem).toMatch(/第 3 行不是有效的审核决定/);
    // a refill keeps the bad row (its cells and why), and says so
    const json = writeExtractJson(dir, "r.json", [r]);
    const io = captureIO();
    expect(await runFill([json, "--out", file, "--replace"], io.io)).toBe(0);
    expect(io.err.join("")).toMatch(/第 3 行不是有效的审核决定/);
    const again = await reviewOf(new Uint8Array(readFileSync(file)));
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
        const back = await reviewOf(bytes);
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
    const review = (await reviewOf(new Uint8Array(readFileSync(file)))).decisions;
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
    expect((await reviewOf(new Uint8Array(readFileSync(fresh)))).decisions).toEqual(review);
  });
});

describe("审核 read with the other sheets", () => {
  const ratePool = CATALOG.filter((d) => d.kind === "rate");

  async function decided(): Promise<{ bytes: Uint8Array; decisions: Decision[] }> {
    const r = report();
    const d: Decision = {
      report: "r:140502|2023|", code: "recon.closed", kind: "flag", check: "part_le_whole", valueExtracted: 48, valueDecided: 35, decision: "更正",
      note: "原文表格", time: "2026-12-04T18:30:00+08:00", evidence: S1, evidenceHash: "0000000000000000",
    };
    const decisions = [d, { ...d, code: "recon.received", decision: "核实" as const, valueDecided: 44, valueExtracted: 44, note: "" }];
    return { bytes: await writeXlsx(describeWorkbook([applyDecisions(r, []).result], { ...OPTIONS, decisions })), decisions };
  }
  async function edit(bytes: Uint8Array, f: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    f(wb.getWorksheet("审核")!);
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  test("as people leave it: rich text, a long evidence text, numbers stored as text (grouped, a rate with its % sign); an error value and a date kept in a row not read", async () => {
    const { bytes, decisions } = await decided();
    const at = (k: Parameters<typeof reviewColumn>[0], row = REVIEW_FIRST_ROW) => (ws: ExcelJS.Worksheet) => ws.getRow(row).getCell(reviewColumn(k));
    const long = `${S1}${"其中".repeat(15_000)}`;
    const book = await edit(bytes, (ws) => {
      at("note")(ws).value = { richText: [{ text: "原文" }, { font: { bold: true }, text: "表格" }] };
      at("evidence")(ws).value = long;
      at("decided")(ws).value = "35";
      at("extracted")(ws).value = " 48 ";
      at("decided", REVIEW_FIRST_ROW + 1)(ws).value = "44";
    });
    const back = await reviewOf(book);
    expect(back.unread).toEqual([]);
    expect(back.decisions).toEqual([{ ...decisions[0]!, evidence: long }, decisions[1]]);

    // a rate decided as text, with its sign or as a fraction; a count grouped by thousands
    const rate = ratePool[0]!;
    const asText = await edit(bytes, (ws) => {
      at("code")(ws).value = rate.code;
      at("extracted")(ws).value = "96.5%";
      at("decided")(ws).value = "0.875";
      at("extracted", REVIEW_FIRST_ROW + 1)(ws).value = "1,044";
      at("decided", REVIEW_FIRST_ROW + 1)(ws).value = "1,044";
    });
    const typed = await reviewOf(asText);
    expect(typed.unread).toEqual([]);
    expect(typed.decisions.map((x) => [x.code, x.valueExtracted, x.valueDecided])).toEqual([
      [rate.code, 96.5, 87.5],
      ["recon.received", 1044, 1044],
    ]);

    // what cannot be a decision is kept as it was: an error value as its text, a date with its time of day
    const odd = await edit(bytes, (ws) => {
      at("time")(ws).value = new Date(Date.UTC(2026, 11, 4, 18, 30));
      at("note")(ws).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    });
    const kept = await reviewOf(odd);
    expect(kept.decisions.map((x) => x.code)).toEqual(["recon.received"]);
    expect(kept.unread).toHaveLength(1);
    expect(kept.unread[0]!.cells).toContain("#N/A");
    expect(kept.unread[0]!.cells).toContain("2026-12-04T18:30:00");
  });

  test("a book without 审核 is read as one with no decisions, and fill --replace fills it", async () => {
    const { bytes } = await decided();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet("审核")!.id);
    const without = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await reviewOf(without)).toEqual({ decisions: [], unread: [] });
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    writeFileSync(file, without);
    expect(await runFill([writeExtractJson(dir, "r.json", [report()]), "--out", file, "--replace"], captureIO().io)).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(file)), { reports: true })).reports).toHaveLength(1);
  });

  /** The book with 审核's part replaced by `xml`. */
  async function withReviewPart(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
    const { peek, zip } = await peekXlsx(bytes);
    const path = peek.read.find((s) => s.name === "审核")!.path;
    zip.file(path, xml);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  test("a hostile 审核 part (2 MB of <c r=\"A1\" with no </c>, in its header or after it) is refused or read within a second", async () => {
    const { bytes } = await decided();
    const hostile = '<c r="A1"'.repeat(Math.ceil((2 << 20) / 9));
    const header = `<row r="1"><c r="A1" t="inlineStr"><is><t>地区</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>region</t></is></c></row>`;
    const cases = [
      ["in the header", `<worksheet><sheetData><row r="1">${hostile}</row></sheetData></worksheet>`],
      ["after the header", `<worksheet><sheetData>${header}<row r="3">${hostile}</row></sheetData></worksheet>`],
      ["unclosed to the end", `<worksheet><sheetData>${header}<row r="3">${hostile}`],
    ] as const;
    for (const [what, xml] of cases) {
      const book = await withReviewPart(bytes, xml);
      const t0 = Date.now();
      const outcome = await readWorkbook(book).then(
        (b) => `read (${b.decisions.length} decisions)`,
        (e: unknown) => (e instanceof WorkbookLayoutError ? "refused" : `failed: ${String(e)}`),
      );
      const ms = Date.now() - t0;
      expect([what, outcome]).toEqual([what, expect.stringMatching(/^(read|refused)/)]);
      expect([what, ms < 1_000]).toEqual([what, true]);
    }
  });
});
