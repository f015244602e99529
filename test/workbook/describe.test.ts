/** The pure description: values, formats, links, year_over_year, carried-over 报送. */
import JSZip from "jszip";
import { describeWorkbook } from "../../src/workbook/describe";
import { numFmtFor } from "../../src/workbook/cells";
import { rateConsistencyFormula } from "../../src/workbook/sheets/checks";
import { WorkbookDescriptionSchema, type Sheet } from "../../src/workbook/description";
import { a1 } from "../../src/workbook/description";
import { FIRST_CODE_COL, INDICATOR_UNIT } from "../../src/workbook/layout";
import { CATALOG, indicatorDef } from "../../src/core/catalog";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { brokenReport, goodReport } from "./fixtures";

const sheetOf = (d: ReturnType<typeof describeWorkbook>, name: string): Sheet => d.sheets.find((s) => s.name === name)!;
const codeCol = (s: Sheet, code: string) => s.rows[2]!.findIndex((c) => c?.value?.kind === "text" && c.value.text === code);

describe("describeWorkbook", () => {
  const d = describeWorkbook([goodReport(), brokenReport()], { generatedAt: "2024-05-01T00:00:00Z" });

  test("is a valid description with the nine sheets in order; only 报送 is user-owned", () => {
    expect(() => WorkbookDescriptionSchema.parse(d)).not.toThrow();
    expect(d.sheets.map((s) => s.name)).toEqual(["指标", "核对", "报送", "差异", "汇总", "出处", "审核", "目录", "说明"]);
    expect(d.sheets.filter((s) => s.userOwned).map((s) => s.name)).toEqual(["报送"]);
    expect(sheetOf(d, "指标").frozen).toEqual({ rows: 3, columns: INDICATOR_UNIT.length });
  });

  test("rates are fractions with a percentage format; approximate values stay numbers with a marking format", () => {
    const s = sheetOf(d, "指标");
    const rate = s.rows[3]![codeCol(s, "mediation.success_rate")]!;
    expect(rate.value).toEqual({ kind: "number", value: 0.998 });
    expect(rate.numFmt).toBe("0.0%");
    const approx = s.rows[3]![codeCol(s, "study.court_observation")]!;
    expect(approx.value).toEqual({ kind: "number", value: 320 });
    expect(approx.numFmt).toBe('0"余"');
    expect(s.rows[3]![codeCol(s, "disclosure.proactive")]!.numFmt).toBe('"约"0');
    expect(numFmtFor(indicatorDef("hotline.satisfaction_rate"), 96.67, null)).toBe("0.00%");
    expect(numFmtFor(indicatorDef("hotline.completion_rate"), 99, "at_least")).toBe('0%"以上"');
  });

  test("every extracted value cell links to its 出处 row, which holds that code, value and evidence", () => {
    const s = sheetOf(d, "指标");
    const ev = sheetOf(d, "出处");
    let links = 0;
    for (const [r, row] of s.rows.entries()) {
      if (r < 3) continue;
      for (const [c, cell] of row.entries()) {
        if (c < FIRST_CODE_COL - 1 || c >= FIRST_CODE_COL - 1 + CATALOG.length || !cell?.value) continue; // the indicator columns
        expect(cell.link?.sheet).toBe("出处");
        const evRow = ev.rows[Number(cell.link!.cell.slice(1)) - 1]!;
        expect(evRow[0]!.value).toEqual({ kind: "number", value: r + 1 });
        expect(evRow[3]!.value).toEqual({ kind: "text", text: (s.rows[2]![c]!.value as { text: string }).text });
        expect(evRow[5]!.value).toEqual(cell.value);
        links++;
      }
    }
    expect(links).toBe(goodReport().indicators.length + brokenReport().indicators.length);
  });

  test("the written file carries the links as sheet hyperlinks on number cells", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(d));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const first = a1(4, FIRST_CODE_COL);
    expect(xml).toMatch(new RegExp(`<hyperlink ref="${first}" location="&apos;出处&apos;!A3"/>`));
    expect(xml).toMatch(new RegExp(`<c r="${first}"[^>]*><v>44</v></c>`)); // still a number
    expect(xml.indexOf("<hyperlinks>")).toBeLessThan(xml.indexOf("<pageMargins"));
  });

  test("year_over_year flags moves beyond ×3 or ÷3 against the same region's previous year", () => {
    const prev = { region: "晋城市城区", year: 2022, values: { "hotline.tickets": 1000, "mediation.cases": 35000, "recon.received": 200, "mediation.success_rate": 0.99 } };
    const dd = describeWorkbook([goodReport()], { generatedAt: "x", previous: [prev] });
    const checks = sheetOf(dd, "核对");
    const col = codeCol(checks, "flags:warning");
    const text = (checks.rows[3]![col]!.value as { text: string }).text;
    expect(text).toContain("year_over_year [hotline.tickets]"); // 5187 / 1000 > 3
    expect(text).toContain("year_over_year [recon.received]"); // 44 / 200 < 1/3
    expect(text).not.toContain("mediation.cases");
    expect(text).not.toContain("mediation.success_rate");
    const other = describeWorkbook([goodReport()], { generatedAt: "x", previous: [{ ...prev, region: "别处" }] });
    expect(sheetOf(other, "核对").rows[3]![col]).toBeNull();
  });

  test("报送 rows that match no report are kept on a row of their own", () => {
    const dd = describeWorkbook([goodReport()], {
      generatedAt: "x",
      submitted: [{ region: "某镇", year: 2023, source: null, values: { "litig.cases": 7 } }],
    });
    const s = sheetOf(dd, "报送");
    expect(s.rows.length).toBe(5);
    expect(s.rows[4]![0]!.value).toEqual({ kind: "text", text: "某镇" });
    expect(s.rows[4]![codeCol(s, "litig.cases")]!.value).toEqual({ kind: "number", value: 7 });
    expect(sheetOf(dd, "指标").rows.length).toBe(5);
  });

  test("rate_consistency formula names its three cells", () => {
    const f = rateConsistencyFormula("A1", "B1", "C1", "x");
    expect(f).toContain("ROUNDDOWN((B1/C1*100)");
    expect(f).toContain("ROUND((B1/C1*100)");
    expect(f.startsWith("IF(AND(ISNUMBER(A1),ISNUMBER(B1),ISNUMBER(C1))")).toBe(true);
  });
});
