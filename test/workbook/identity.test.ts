/**
 * A report is what it is, not what its file is called; evidence and 报送 follow
 * a report by the key written in the book, not by its row; 报送 keeps
 * everything the user put there.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { reportIdentity, sameReport } from "../../src/core/identity";
import type { ReportResult } from "../../src/core/types";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { unitColumn } from "../../src/workbook/layout";
import { brokenReport, goodReport, roundingReport } from "./fixtures";
import { captureIO, tempDir, writeExtractJson } from "./helpers";

jest.setTimeout(120_000);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}
async function save(wb: ExcelJS.Workbook, path: string): Promise<void> {
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}
const keyCol = (ws: ExcelJS.Worksheet, key: string) => (ws.getRow(3).values as unknown[]).indexOf(key);
const named = (r: ReportResult, source: string, region: string | null, sha: string): ReportResult => ({ ...r, source, sha256: sha.repeat(64), meta: { ...r.meta, region } });

describe("core/identity", () => {
  test("the same file name from two units is two reports; the same region, year and issuer is one", () => {
    const a = reportIdentity(named(goodReport(), "报告.txt", "甲县", "a"));
    const b = reportIdentity(named(goodReport(), "报告.txt", "乙县", "b"));
    expect(sameReport(a, b)).toBe("different");
    const again = reportIdentity(named(goodReport(), "另一个名字.txt", "甲县", "a"));
    expect(sameReport(a, again)).toBe("resend");
    const revised = reportIdentity(named(goodReport(), "报告-修订.txt", "甲县", "c"));
    expect(sameReport(a, revised)).toBe("revision");
    const otherIssuer = reportIdentity({ ...named(goodReport(), "报告.txt", "甲县", "a"), meta: { ...goodReport().meta, region: "甲县", issuer: "甲县司法局" } });
    expect(sameReport(a, otherIssuer)).toBe("different");
  });

  test("without region or year the content decides, never the file name", () => {
    const x = reportIdentity(named(goodReport(), "报告.txt", null, "a"));
    const y = reportIdentity(named(goodReport(), "报告.txt", null, "b"));
    expect(sameReport(x, y)).toBe("different");
    expect(sameReport(x, reportIdentity(named(goodReport(), "copy.txt", null, "a")))).toBe("resend");
  });

  test("a division code, when meta has one, is the place", () => {
    const withCode = (region: string) => ({ ...goodReport(), meta: { ...goodReport().meta, region, divisionCode: "140502" } });
    expect(reportIdentity(withCode("城区")).key).toBe(reportIdentity(withCode("晋城市城区")).key);
  });
});

describe("fill: two units' 报告.txt", () => {
  test("filled one after the other, with --replace, stay two reports and 报送 stays with its county", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "a"));
    mkdirSync(join(dir, "b"));
    const a = writeExtractJson(join(dir, "a"), "报告.json", [named(goodReport(), "报告.txt", "甲县", "a")]);
    const b = writeExtractJson(join(dir, "b"), "报告.json", [named(brokenReport(), "报告.txt", "乙县", "b")]);
    const out = join(dir, "book.xlsx");
    expect(await runFill([a, "--out", out], captureIO().io)).toBe(0);
    // 甲县's unit types a figure into 报送
    const wb = await load(out);
    const ws = wb.getWorksheet("报送")!;
    ws.getRow(4).getCell(keyCol(ws, "recon.received")).value = 45;
    ws.getRow(4).getCell(unitColumn("note")).value = "甲县已核实";
    await save(wb, out);

    const c = captureIO();
    expect(await runFill([b, "--out", out, "--replace"], c.io)).toBe(0);
    expect(c.out.join("")).not.toMatch(/replaced/);
    const back = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
    expect(back.reports.map((r) => r.meta.region)).toEqual(["甲县", "乙县"]);
    const jia = back.submitted.find((s) => s.region === "甲县")!;
    expect(jia.values).toEqual({ "recon.received": 45 });
    expect(jia.note).toBe("甲县已核实");
    expect(back.submitted.find((s) => s.region === "乙县")?.values ?? {}).toEqual({});
  });
});

describe("a sorted 指标 refilled keeps every evidence link", () => {
  test("sort by 地区 (rows swapped), fill again: every value still has its own evidence", async () => {
    const dir = tempDir();
    const out = join(dir, "book.xlsx");
    const reports = [goodReport(), brokenReport()];
    expect(await runFill([writeExtractJson(dir, "r.json", reports), "--out", out], captureIO().io)).toBe(0);

    // the user sorts 指标 by 地区 descending: rows 4 and 5 change places (values and links)
    const wb = await load(out);
    const ind = wb.getWorksheet("指标")!;
    const width = ind.getRow(3).cellCount;
    const cellsOf = (r: number) => Array.from({ length: width }, (_, i) => ind.getRow(r).getCell(i + 1).value);
    const [r4, r5] = [cellsOf(4), cellsOf(5)];
    r5.forEach((v, i) => (ind.getRow(4).getCell(i + 1).value = v));
    r4.forEach((v, i) => (ind.getRow(5).getCell(i + 1).value = v));
    expect(ind.getRow(4).getCell(1).value).toBe("汕头市濠江区");
    await save(wb, out);

    expect(await runFill([writeExtractJson(dir, "r3.json", [roundingReport()]), "--out", out], captureIO().io)).toBe(0);
    const back = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
    for (const original of reports) {
      const got = back.reports.find((r) => r.source === original.source)!;
      const evidenceOf = (r: ReportResult) => r.indicators.map((v) => `${v.code}=${v.evidence.text}`).sort();
      expect(evidenceOf(got)).toEqual(evidenceOf(original));
    }
    // and every link of the new book lands on a 出处 row of the same report and code
    const book = await load(out);
    const sheet = book.getWorksheet("指标")!;
    const ev = book.getWorksheet("出处")!;
    const idCol = keyCol(sheet, "id");
    const evKey = (ev.getRow(2).values as unknown[]).indexOf("report");
    const evCode = (ev.getRow(2).values as unknown[]).indexOf("code");
    // ExcelJS does not read location-only hyperlinks back: read them from the sheet's XML
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    let links = 0;
    for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+)(\d+)" location="[^"]*!A(\d+)"\/>/g)) {
      const col = sheet.getColumn(m[1]!).number;
      const row = sheet.getRow(Number(m[2]));
      const target = ev.getRow(Number(m[3]));
      expect(target.getCell(evKey).value).toBe(row.getCell(idCol).value);
      expect(target.getCell(evCode).value).toBe(sheet.getRow(3).getCell(col).value);
      links++;
    }
    expect(links).toBe(reports.concat(roundingReport()).reduce((n, r) => n + r.indicators.length, 0));
  });
});

describe("报送 keeps everything the user put there", () => {
  test("values under headers of their own are kept and named; a formula stays a formula", async () => {
    const dir = tempDir();
    const out = join(dir, "book.xlsx");
    expect(await runFill([writeExtractJson(dir, "g.json", [goodReport()]), "--out", out], captureIO().io)).toBe(0);
    const wb = await load(out);
    const ws = wb.getWorksheet("报送")!;
    const free = ws.getRow(3).cellCount + 1;
    ws.getRow(3).getCell(free).value = "联系人";
    ws.getRow(4).getCell(free).value = "张三";
    ws.getRow(4).getCell(free + 2).value = 17; // a value under no header at all
    ws.getRow(4).getCell(keyCol(ws, "litig.cases")).value = { formula: "10+3" } as ExcelJS.CellFormulaValue; // no cached result
    await save(wb, out);

    const c = captureIO();
    expect(await runFill([writeExtractJson(dir, "r.json", [roundingReport()]), "--out", out], c.io)).toBe(0);
    expect(c.err.join("")).toContain("联系人");
    const back = await readWorkbook(new Uint8Array(readFileSync(out)));
    const row = back.submitted.find((s) => s.region === "晋城市城区")!;
    expect(row.values["litig.cases"]).toEqual({ formula: "10+3" });
    expect(Object.values(row.extra)).toEqual(expect.arrayContaining(["张三", 17]));
    expect(row.extra["联系人"]).toBe("张三");
    const again = await load(out);
    const s2 = again.getWorksheet("报送")!;
    expect(s2.getRow(4).getCell(keyCol(s2, "litig.cases")).formula).toBe("10+3");
  });
});
