/**
 * The workbook read cold, as someone who receives it by email would: the seeds' book
 * written by `fill`, checked for what makes it readable (wrapped headers wide enough
 * for their 名称, wrapped 说明, 核对 in Chinese, print settings on every sheet, Chinese
 * qualifiers, local time with its offset), then printed by LibreOffice to PDF and PNG.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runFill } from "../../src/cli/fill";
import { CATALOG } from "../../src/core/catalog";
import { CHECK_NAMES } from "../../src/workbook/layout";
import { captureIO, itWithSoffice, requireSoffice, requireTool, tempDir } from "./helpers";

jest.setTimeout(240_000);

const SEEDS = join(__dirname, "../../seeds");
const dir = tempDir("zhibiao-picture-");
const book = join(dir, "seeds.xlsx");
let wb: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  const c = captureIO();
  expect(await runFill([SEEDS, "--out", book, "--quiet"], c.io)).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(book) as unknown as ArrayBuffer);
  zip = await JSZip.loadAsync(readFileSync(book));
});

/** Display width in character units (a CJK character about 1.8). */
const displayWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.codePointAt(0)! > 0x2e7f ? 1.8 : 1), 0);

describe("the seeds' workbook, read cold", () => {
  test("指标: headers wrap, and every indicator column is wide enough for its 名称 on three lines", () => {
    const ws = wb.getWorksheet("指标")!;
    const names = ws.getRow(2);
    const keys = ws.getRow(3);
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(45); // three lines
    for (const d of CATALOG) {
      const c = (keys.values as unknown[]).indexOf(d.code);
      const cell = names.getCell(c);
      expect(cell.alignment?.wrapText).toBe(true);
      const width = ws.getColumn(c).width!;
      expect(Math.ceil(displayWidth(String(cell.value)) / (width - 1))).toBeLessThanOrEqual(3);
    }
  });

  test("说明: the guidance wraps in a wide column and its rows are tall enough; the time is local with its offset", () => {
    const ws = wb.getWorksheet("说明")!;
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(80);
    const at = (label: string) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row) => {
        if (row.getCell(1).value === label) found = row;
      });
      return found!;
    };
    const guide = at("核对");
    expect(guide.getCell(2).alignment?.wrapText).toBe(true);
    expect(guide.height).toBeGreaterThanOrEqual(30);
    expect(String(at("生成时间").getCell(2).value)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  test("核对 speaks Chinese, one column per kind of check, the code only as a detail", () => {
    const ws = wb.getWorksheet("核对")!;
    const names = (ws.getRow(2).values as unknown[]).filter((v) => typeof v === "string");
    for (const n of [CHECK_NAMES.part_le_whole, CHECK_NAMES.rate_range, CHECK_NAMES.rate_consistency]) expect(names).toContain(n);
    expect(names.join(" ")).not.toMatch(/[a-z]_[a-z]/);
    expect(ws.getRow(3).cellCount).toBeLessThanOrEqual(12); // one column per kind of check, and 审核决定
    const info = (ws.getRow(3).values as unknown[]).indexOf("flags:info");
    const lines: string[] = [];
    ws.eachRow((row, r) => {
      if (r > 3) lines.push(...String(row.getCell(info).value ?? "").split("\n").filter(Boolean));
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(new RegExp(`^(${Object.values(CHECK_NAMES).join("|")}):`));
  });

  test("出处 shows qualifiers in Chinese (余, 约, 以上)", () => {
    const ws = wb.getWorksheet("出处")!;
    const col = (ws.getRow(2).values as unknown[]).indexOf("approx");
    const seen = new Set<string>();
    ws.eachRow((row, r) => {
      if (r > 2) seen.add(String(row.getCell(col).value ?? ""));
    });
    for (const q of seen) expect(["", "余", "约", "以上"]).toContain(q);
    expect([...seen].some((q) => q !== "")).toBe(true);
  });

  test("every sheet prints landscape, one page wide, with its title and its header rows on every page", async () => {
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    for (const [i, ws] of wb.worksheets.entries()) {
      expect({ sheet: ws.name, orientation: ws.pageSetup.orientation, fitToWidth: ws.pageSetup.fitToWidth, fitToHeight: ws.pageSetup.fitToHeight }).toEqual({
        sheet: ws.name,
        orientation: "landscape",
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.headerFooter.oddHeader).toContain(ws.name === "指标" ? "指标(提取值)" : ws.name.slice(0, 2));
      if (ws.name !== "说明") expect(workbookXml).toMatch(new RegExp(`name="_xlnm.Print_Titles" localSheetId="${i}"`));
    }
  });

  itWithSoffice("LibreOffice prints it in a few landscape pages and renders them as pictures", () => {
    const soffice = requireSoffice();
    for (const tool of ["pdfinfo", "pdftotext", "pdftoppm"]) requireTool(tool, "poppler-utils");
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, book], { stdio: "pipe", timeout: 180_000 });
    const pdf = join(dir, "seeds.pdf");
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeLessThanOrEqual(24); // (three reports once took 45 portrait pages)
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) as [number, number];
    expect(w).toBeGreaterThan(h); // landscape
    // the four report sheets print one page each for five reports: 指标, 核对, 报送, 差异 on pages 1–4
    const firstLine = (page: number) =>
      execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
    expect([1, 2, 3, 4].map((p) => firstLine(p).slice(0, 2))).toEqual(["指标", "核对", "报送", "差异"]);
    const text = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain(CHECK_NAMES.part_le_whole);
    expect(text).toContain(CHECK_NAMES.missing);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "2", pdf, join(dir, "page")]);
    const pngs = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    expect(pngs.length).toBe(2);
    for (const p of pngs) expect(statSync(join(dir, p)).size).toBeGreaterThan(5_000);
  });
});
