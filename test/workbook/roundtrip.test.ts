/**
 * fill → hand-edit 报送 → fill again: what the user typed survives, 差异 shows
 * it, and a report already in the book is replaced only with --replace.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { unitColumn } from "../../src/workbook/layout";
import { brokenReport, goodReport, roundingReport } from "./fixtures";
import { captureIO, colOf, evaluateWithLibreOffice, itWithSoffice, tempDir, writeExtractJson } from "./helpers";

jest.setTimeout(240_000);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe("fill round trip", () => {
  const dir = tempDir();
  const a = writeExtractJson(dir, "chengqu.json", [goodReport()]);
  const b = writeExtractJson(dir, "haojiang.json", [brokenReport()]);
  const book1 = join(dir, "book1.xlsx");
  const edited = join(dir, "edited.xlsx");
  const book2 = join(dir, "book2.xlsx");

  test("fill, hand-edit 报送, fill again with --submitted: the typed values survive", async () => {
    const c1 = captureIO();
    expect(await runFill([a, b, "--out", book1], c1.io)).toBe(0);
    expect(c1.err.join("")).toBe("");
    expect(c1.out.join("")).toMatch(/2 report/);

    // a colleague types into 报送 (rows: 4 = chengqu, 5 = haojiang)
    const wb = await load(book1);
    const ws = wb.getWorksheet("报送")!;
    const codes = (ws.getRow(3).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    const col = (code: string) => codes.indexOf(code);
    ws.getRow(5).getCell(col("mediation.cases")).value = 850;
    ws.getRow(4).getCell(col("mediation.success_rate")).value = 0.997;
    ws.getRow(4).getCell(col("recon.received")).value = 44;
    ws.getRow(4).getCell(unitColumn("note")).value = "已核实";
    writeFileSync(edited, new Uint8Array(await wb.xlsx.writeBuffer()));

    const c2 = captureIO();
    expect(await runFill([a, b, "--out", book2, "--submitted", edited], c2.io)).toBe(0);
    const back = await readWorkbook(new Uint8Array(readFileSync(book2)));
    const hao = back.submitted.find((r) => r.region === "汕头市濠江区")!;
    const cheng = back.submitted.find((r) => r.region === "晋城市城区")!;
    expect(hao.values).toEqual({ "mediation.cases": 850 });
    expect(cheng.values).toEqual({ "mediation.success_rate": 0.997, "recon.received": 44 });
    expect(cheng.note).toBe("已核实");
  });

  itWithSoffice("差异 of the refilled book shows the hand-entered values", () => {
    const s = evaluateWithLibreOffice(book2)["差异"]!;
    expect(s[4]![colOf(s, "mediation.cases")]).toBe("报送 850 ≠ 提取 848");
    expect(s[3]![colOf(s, "mediation.success_rate")]).toBe("报送 99.7% ≠ 提取 99.8%");
    expect(s[3]![colOf(s, "recon.received")]).toBe("");
  });

  test("refilling the same report into --out needs --replace; 报送 is kept either way", async () => {
    const before = readFileSync(book2);
    const c = captureIO();
    expect(await runFill([b, "--out", book2], c.io)).toBe(1);
    expect(c.err.join("")).toMatch(/already has 汕头市濠江区 2023.*--replace/s);
    expect(readFileSync(book2).equals(before)).toBe(true); // nothing written

    // same region and year under another file name also counts as the same report
    const renamed = { ...brokenReport(), source: "haojiang-2023-v2.txt" };
    renamed.indicators = renamed.indicators.map((v) => (v.code === "mediation.cases" ? { ...v, value: 849 } : v));
    const b2 = writeExtractJson(dir, "haojiang-v2.json", [renamed]);
    expect(await runFill([b2, "--out", book2], captureIO().io)).toBe(1);

    const c2 = captureIO();
    expect(await runFill([b2, "--out", book2, "--replace"], c2.io)).toBe(0);
    expect(c2.out.join("")).toContain("1 replaced");
    const back = await readWorkbook(new Uint8Array(readFileSync(book2)), { reports: true });
    expect(back.reports.map((r) => r.source)).toEqual(["chengqu-2023.txt", "haojiang-2023-v2.txt"]);
    expect(back.indicators.find((r) => r.source === "haojiang-2023-v2.txt")!.values["mediation.cases"]).toBe(849);
    expect(back.submitted.find((r) => r.region === "汕头市濠江区")!.values).toEqual({ "mediation.cases": 850 });
    expect(back.submitted.find((r) => r.region === "晋城市城区")!.values["mediation.success_rate"]).toBe(0.997);
  });

  test("adding a report to an existing book keeps its rows, evidence and flags", async () => {
    const c = tempDir();
    const out = join(c, "book.xlsx");
    expect(await runFill([a, b, "--out", out], captureIO().io)).toBe(0);
    const r3 = writeExtractJson(c, "mouxian.json", [roundingReport()]);
    expect(await runFill([r3, "--out", out], captureIO().io)).toBe(0);
    const back = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
    expect(back.reports.map((r) => r.source)).toEqual(["chengqu-2023.txt", "haojiang-2023.txt", "mouxian-2023.txt"]);
    const good = goodReport();
    const g = back.reports[0]!;
    expect(g.meta).toEqual(good.meta); // the issuer is kept too (hidden column: it is part of the identity)
    expect(g.indicators.map((v) => [v.code, v.value, v.approx, v.evidence.text]).sort()).toEqual(
      good.indicators.map((v) => [v.code, v.value, v.approx, v.evidence.text]).sort(),
    );
    // flags are recomputed from the values (core/checks), the conflict from 出处's mark
    const flags = back.reports[1]!.flags;
    expect(flags.filter((f) => f.check === "conflict").map((f) => f.codes)).toEqual([["mediation.cases"]]);
    expect(flags.filter((f) => f.check === "part_le_whole").map((f) => f.codes)).toEqual([["mediation.succeeded", "mediation.cases"]]);
    expect(flags.some((f) => f.check === "rate_range" && f.codes[0] === "hotline.completion_rate")).toBe(true);
    // every input of both fills, once (the .json documents and the report files they name)
    const names = back.inputs.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["chengqu.json", "haojiang.json", "mouxian.json"]));
    expect(new Set(names).size).toBe(names.length);
  });

  test("year_over_year: a previous year in --submitted flags a value that moved more than ×3", async () => {
    const c = tempDir();
    const prevReport = { ...goodReport(), source: "chengqu-2022.txt", meta: { ...goodReport().meta, year: 2022 } };
    prevReport.indicators = prevReport.indicators.map((v) => (v.code === "hotline.tickets" ? { ...v, value: 1000 } : v));
    const prevBook = join(c, "2022.xlsx");
    expect(await runFill([writeExtractJson(c, "p.json", [prevReport]), "--out", prevBook], captureIO().io)).toBe(0);
    const out = join(c, "2023.xlsx");
    expect(await runFill([a, "--out", out, "--submitted", prevBook], captureIO().io)).toBe(0);
    const back = await readWorkbook(new Uint8Array(readFileSync(out)), { reports: true });
    const wb = await load(out);
    const checks = wb.getWorksheet("核对")!;
    const header = (checks.getRow(3).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    const warn = String(checks.getRow(4).getCell(header.indexOf("flags:warning")).value ?? "");
    expect(warn).toContain("year_over_year [hotline.tickets]");
    expect(warn).toContain("5187");
    expect(warn).not.toContain("mediation.cases"); // unchanged values are not flagged
    expect(back.reports[0]!.flags.some((f) => f.check === "year_over_year")).toBe(false); // recomputed, not carried
  });
});
