/** A --submitted or --out workbook of the wrong layout gets a clear message, never a crash. */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { WorkbookLayoutError } from "../../src/workbook/readWorkbook";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { a1 } from "../../src/workbook/description";
import { FIRST_CODE_COL, unitColumn } from "../../src/workbook/layout";
import { goodReport } from "./fixtures";
import { captureIO, tempDir, writeExtractJson } from "./helpers";

describe("wrong layout", () => {
  const dir = tempDir();
  const input = writeExtractJson(dir, "r.json", [goodReport()]);
  const good = join(dir, "good.xlsx");

  beforeAll(async () => {
    expect(await runFill([input, "--out", good], captureIO().io)).toBe(0);
  });

  async function variant(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(good) as unknown as ArrayBuffer);
    edit(wb);
    const p = join(dir, name);
    writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
    return p;
  }

  async function fillWith(submitted: string): Promise<{ code: number; err: string }> {
    const c = captureIO();
    const code = await runFill([input, "--out", join(dir, `out-${Math.random()}.xlsx`), "--submitted", submitted], c.io);
    return { code, err: c.err.join("") };
  }

  test("a workbook without 报送 names the missing sheet", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const p = join(dir, "other.xlsx");
    writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { code, err } = await fillWith(p);
    expect(code).toBe(1);
    expect(err).toContain("other.xlsx");
    expect(err).toContain("缺少工作表“报送”");
    expect(err).toContain('sheet "报送" is missing');
    expect(err).toContain("Sheet1");
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("a wrong 报送 header names the sheet and the cell", async () => {
    const p = await variant("bad-header.xlsx", (wb) => {
      wb.getWorksheet("报送")!.getCell(a1(3, unitColumn("published"))).value = "date";
    });
    const { code, err } = await fillWith(p);
    expect(code).toBe(1);
    expect(err).toContain(`sheet "报送", header ${a1(3, unitColumn("published"))}: expected "published", found "date"`);
  });

  test("an unknown indicator code in the 指标 header is named", async () => {
    const p = await variant("bad-code.xlsx", (wb) => {
      wb.getWorksheet("指标")!.getCell(a1(3, FIRST_CODE_COL + 1)).value = "recon.closd";
    });
    const { code, err } = await fillWith(p);
    expect(code).toBe(1);
    expect(err).toContain(`sheet "指标", header ${a1(3, FIRST_CODE_COL + 1)}: "recon.closd" is not a catalog code`);
  });

  test("bytes that are no .xlsx at all", async () => {
    const p = join(dir, "junk.xlsx");
    writeFileSync(p, "not a zip");
    const { code, err } = await fillWith(p);
    expect(code).toBe(1);
    expect(err).toContain("not an .xlsx workbook");
    await expect(readWorkbook(new TextEncoder().encode("x"))).rejects.toBeInstanceOf(WorkbookLayoutError);
  });

  test("an --out file of another layout is not overwritten", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("预算");
    const p = join(dir, "budget.xlsx");
    writeFileSync(p, new Uint8Array(await wb.xlsx.writeBuffer()));
    const before = readFileSync(p);
    const c = captureIO();
    expect(await runFill([input, "--out", p], c.io)).toBe(1);
    expect(c.err.join("")).toContain("缺少工作表“报送”");
    expect(readFileSync(p).equals(before)).toBe(true);
  });

  test("usage errors", async () => {
    const c = captureIO();
    expect(await runFill([input], c.io)).toBe(1);
    expect(c.err.join("")).toContain("--out BOOK.xlsx is required");
    const c2 = captureIO();
    expect(await runFill(["--out", join(dir, "x.xlsx")], c2.io)).toBe(1);
    expect(c2.err.join("")).toMatch(/no input file/i);
  });
});
