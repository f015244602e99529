/**
 * Formula injection: text from reports that starts with =, +, - or @ must be
 * stored as text, never as a formula, anywhere in the file.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describeWorkbook } from "../../src/workbook/describe";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { a1 } from "../../src/workbook/description";
import { FIRST_CODE_COL } from "../../src/workbook/layout";
import { injectionReport } from "./fixtures";

const PAYLOADS = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-1+2", "@A1", "=1+1"];
/** Pieces of the payloads that none of the workbook's own formulas contain. */
const MARKERS = ["HYPERLINK", "http://x", "SUM(1,2)", "1+2", "@A1", "1+1"];

async function book(): Promise<Uint8Array> {
  const r = injectionReport();
  return writeXlsx(
    describeWorkbook([r], {
      generatedAt: "2024-05-01T00:00:00Z",
      inputs: [{ name: "+SUM(1,2).txt", sha256: "c".repeat(64) }],
      errors: [{ source: "-1+2.pdf", error: "=HYPERLINK(\"http://x\",\"y\")" }],
      submitted: [{ region: r.meta.region, year: 2022, source: r.source, note: "@A1", values: { "recon.received": "=1+1" } }],
    }),
  );
}

describe("formula injection", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await book();
  });

  test("ExcelJS sees the payloads as string values and no formula built from them", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const strings: string[] = [];
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (typeof v === "string") strings.push(v);
          if (cell.type === ExcelJS.ValueType.Formula || (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))) {
            formulas++;
            const f = cell.formula ?? "";
            for (const m of MARKERS) if (f.includes(m)) throw new Error(`${ws.name}!${cell.address} formula contains ${m}: ${f}`);
          }
        }),
      ),
    );
    expect(formulas).toBeGreaterThan(10); // the workbook's own checks are there
    for (const p of PAYLOADS) expect(strings.some((s) => s.startsWith(p))).toBe(true);
    // the region cell of 指标 is the literal text
    expect(wb.getWorksheet("指标")!.getCell("A4").value).toBe('=HYPERLINK("http://x","y")');
    expect(wb.getWorksheet("报送")!.getCell(a1(4, FIRST_CODE_COL)).value).toBe("=1+1");
  });

  test("the sheet XML has no <f> made from the payloads, and the payloads are shared strings", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetFiles = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheetFiles.length).toBe(9); // the nine sheets of the layout (审核 included)
    let fCount = 0;
    for (const p of sheetFiles) {
      const xml = await zip.file(p)!.async("string");
      for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/g)) {
        fCount++;
        const f = m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
        for (const k of MARKERS) if (f.includes(k)) throw new Error(`${p}: <f> contains ${k}: ${f}`);
      }
      // no inline or formula-string cells: text goes through the shared strings
      expect(xml).not.toMatch(/t="(str|inlineStr)"/);
    }
    expect(fCount).toBeGreaterThan(10);
    const shared = (await zip.file("xl/sharedStrings.xml")!.async("string")).replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    for (const p of PAYLOADS) expect(shared).toContain(p);
  });
});
