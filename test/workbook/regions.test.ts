/**
 * Who reported, in the workbook: 区划代码 and 层级 on 指标, a fresh book sorted by code, 汇总 by
 * year with province / prefecture / county subtotals evaluated by LibreOffice and equal to the
 * sums of the rows, approximate parts shown in their totals, books of the previous layout still
 * read, and the flag of a report whose region cannot be named.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runFill } from "../../src/cli/fill";
import { extract } from "../../src/core/extract";
import type { Approx, ReportResult } from "../../src/core/types";
import { describeWorkbook } from "../../src/workbook/describe";
import { CHECK_NAMES, FIRST_CODE_COL, INDICATOR_UNIT, SUMMARY_COLUMNS, summaryColumn, unitColumn, type SummaryKey } from "../../src/workbook/layout";
import { readWorkbook } from "../../src/workbook/readXlsx";
import { gridOfValues, readOpenBook } from "../../src/workbook/readWorkbook";
import { writeOffice } from "../../src/workbook/writeOffice";
import { CATALOG } from "../../src/core/catalog";
import { FakeWorkbook } from "../taskpane/fakeExcel";
import { summaryGroups } from "../../src/workbook/sheets/summary";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { iv } from "./fixtures";
import { captureIO, colOf, ERROR_VALUE, evaluateWithLibreOffice, itWithSoffice, tempDir, writeExtractJson } from "./helpers";

jest.setTimeout(240_000);

type Values = Record<string, [number, Approx?]>;
function unit(source: string, region: string | null, divisionCode: string | null, year: number, values: Values): ReportResult {
  const indicators = Object.entries(values).map(([code, [v, approx]], k) => iv(code, v, `${code} ${v}`, approx ?? null, k * 30));
  const level = divisionCode === null ? null : divisionCode.length === 9 ? ("乡镇街道" as const) : ("县" as const);
  return { source, meta: { region, divisionCode, level, year, published: null, issuer: null }, indicators, flags: [] };
}

/** Two prefectures of 广东 (汕尾 4415, 深圳 4403), two years, a street of 城区 in 2024, one report without a code. */
const REPORTS: ReportResult[] = [
  unit("shenzhen-futian-2024.txt", "福田区", "440304", 2024, { "mediation.cases": [310], "mediation.succeeded": [300], "study.court_observation": [80] }),
  unit("shanwei-chengqu-2023.txt", "城区", "441502", 2023, { "mediation.cases": [100], "mediation.succeeded": [90], "study.court_observation": [50, "at_least"] }),
  unit("unknown-2023.txt", null, null, 2023, { "mediation.cases": [7], "study.court_observation": [3] }),
  unit("shenzhen-futian-2023.txt", "福田区", "440304", 2023, { "mediation.cases": [300], "mediation.succeeded": [280], "study.court_observation": [40] }),
  unit("shanwei-chengqu-2024.txt", "城区", "441502", 2024, { "mediation.cases": [120, "about"], "mediation.succeeded": [110] }),
  unit("shanwei-fenghuang-2024.txt", "凤山街道", "441502003", 2024, { "mediation.cases": [5], "mediation.succeeded": [5], "study.court_observation": [9] }),
];

/** The sum the test expects: the values of `code` over the reports of `year` whose code starts with `prefix` (null: all; "": none). */
function expected(code: string, year: number, prefix: string | null): { total: number; reports: number } {
  const rows = REPORTS.filter((r) => r.meta.year === year && (prefix === null || (prefix === "" ? !r.meta.divisionCode : (r.meta.divisionCode ?? "").startsWith(prefix))));
  const values = rows.flatMap((r) => r.indicators.filter((v) => v.code === code).map((v) => v.value));
  return { total: values.reduce((a, b) => a + b, 0), reports: values.length };
}

describe("who reported, in the workbook", () => {
  const d = describeWorkbook(REPORTS, { generatedAt: "2024-05-01T08:00:00+08:00" });
  const sheet = (name: string) => d.sheets.find((s) => s.name === name)!;
  const cellText = (row: (typeof d.sheets)[number]["rows"][number] | undefined, col: number) => {
    const v = row?.[col - 1]?.value;
    return v?.kind === "text" ? v.text : v?.kind === "number" ? String(v.value) : null;
  };

  test("指标: 区划代码 and 层级 in the unit block; a fresh book sorted by code, then year, then source", () => {
    const ind = sheet("指标");
    expect(INDICATOR_UNIT.map((c) => c.label)).toEqual(["地区", "区划代码", "层级", "年度", "发布日期", "来源文件", "状态"]);
    const order = ind.rows.slice(3).map((r) => cellText(r, unitColumn("source")));
    expect(order).toEqual(["shenzhen-futian-2023.txt", "shenzhen-futian-2024.txt", "shanwei-chengqu-2023.txt", "shanwei-chengqu-2024.txt", "shanwei-fenghuang-2024.txt", "unknown-2023.txt"]);
    const code = ind.rows[3]![unitColumn("division") - 1]!;
    expect(code).toMatchObject({ value: { kind: "text", text: "440304" }, numFmt: "@" });
    expect(cellText(ind.rows[7], unitColumn("level"))).toBe("乡镇街道");
    // 报送 and 差异 have the same unit block, so a row's formulas use one row number across sheets
    for (const name of ["报送", "差异"]) expect(cellText(sheet(name).rows[2], unitColumn("division"))).toBe("division");
  });

  test("汇总's groups: per year, province and prefecture subtotals, county only where a street reports below it, and 未识别区划", () => {
    const label = (g: { year: number | null; prefix: string | null }) => `${g.year}:${g.prefix ?? "*"}`;
    const units = REPORTS.map((r) => ({ year: r.meta.year, divisionCode: r.meta.divisionCode ?? null, region: r.meta.region }));
    // a report of no known year is in a block of its own, never dropped
    expect(summaryGroups([{ year: null, divisionCode: null, region: null }, { year: 2023, divisionCode: null, region: null }]).map(label)).toEqual(["2023:*", "2023:", "null:*", "null:"]);
    expect(summaryGroups(units).map(label)).toEqual(["2023:*", "2023:44", "2023:4403", "2023:4415", "2023:", "2024:*", "2024:44", "2024:4403", "2024:4415", "2024:440304", "2024:441502", "2024:"]);
  });

  describe("evaluated by LibreOffice", () => {
    let sheets: Record<string, string[][]>;
    let file: string;
    const at = (key: SummaryKey) => summaryColumn(key) - 1;
    const line = (year: number, prefix: string | null, code: string) => {
      const group = prefix === null ? "全部" : prefix === "" ? "未识别区划" : undefined;
      const r = sheets["汇总"]!.find(
        (r) => r[at("year")] === String(year) && r[at("code")] === code && (group ? r[at("group")] === group : r[at("division")] === prefix),
      );
      if (!r) throw new Error(`no 汇总 line ${year} ${prefix} ${code}`);
      return r;
    };

    itWithSoffice("evaluates the book with no error value", async () => {
      file = join(tempDir(), "regions.xlsx");
      writeFileSync(file, await writeXlsx(d));
      sheets = evaluateWithLibreOffice(file);
      for (const [name, rows] of Object.entries(sheets)) for (const row of rows) for (const cell of row) if (ERROR_VALUE.test(cell)) throw new Error(`${name}: ${cell}`);
    });

    itWithSoffice("every subtotal is a formula equal to the sum of its rows, with the number of reports stating it", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet("汇总")!;
      let checked = 0;
      for (const year of [2023, 2024]) {
        for (const prefix of [null, "44", "4403", "4415", ...(year === 2024 ? ["441502"] : []), ""]) {
          for (const code of ["mediation.cases", "mediation.succeeded", "study.court_observation"]) {
            const r = line(year, prefix, code);
            const want = expected(code, year, prefix);
            expect([r[at("total")], r[at("reports")]]).toEqual([want.reports ? String(want.total) : "", String(want.reports)]);
            const row = sheets["汇总"]!.indexOf(r) + 1;
            expect(ws.getCell(row, summaryColumn("total")).type).toBe(ExcelJS.ValueType.Formula);
            checked++;
          }
        }
      }
      expect(checked).toBe(33);
      // each report once: the provinces and 未识别区划 add up to the year's total
      for (const year of [2023, 2024]) {
        const sum = ["44", ""].map((p) => Number(line(year, p, "mediation.cases")[at("total")] || 0)).reduce((a, b) => a + b, 0);
        expect(sum).toBe(Number(line(year, null, "mediation.cases")[at("total")]));
      }
      // the rate is recomputed from summed parts: 2023 in 广东 (90 + 280) / (100 + 300)
      expect(line(2023, "44", "mediation.success_rate")[at("rate")]).toBe(`${((370 / 400) * 100).toFixed(2)}%`);
    });

    itWithSoffice("an approximate part shows in its total: ≥ for 余, 约 for 约; exact totals stay unmarked", () => {
      expect(line(2023, "4415", "study.court_observation")[at("approx")]).toBe("≥ 含约数 1 项");
      expect(line(2023, null, "study.court_observation")[at("approx")]).toBe("≥ 含约数 1 项");
      expect(line(2023, "4403", "study.court_observation")[at("approx")]).toBe("");
      expect(line(2024, "4415", "mediation.cases")[at("approx")]).toBe("约 含约数 1 项");
      expect(line(2024, "4415", "mediation.success_rate")[at("approx")]).toBe("约 含约数 1 项");
      expect(line(2024, "4403", "mediation.cases")[at("approx")]).toBe("");
      // each group has a heading with its number of reports
      // (a subtotal names its places from the gazetteer, province down, beside its code)
      expect(sheets["汇总"]!.some((r) => r[0] === "2024年 · 4415 广东省 · 汕尾市 小计 · 2 份报告")).toBe(true);
      expect(sheets["汇总"]!.some((r) => r[0] === "2023年 · 未识别区划 · 1 份报告")).toBe(true);
    });

    itWithSoffice("区划代码 is text and keeps its zeros", async () => {
      const ind = sheets["指标"]!;
      const codes = ind.slice(3).map((r) => r[colOf(ind, "division")]);
      expect(codes).toEqual(["440304", "440304", "441502", "441502", "441502003", ""]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const cell = wb.getWorksheet("指标")!.getCell(4, unitColumn("division"));
      expect([cell.type, cell.value, cell.numFmt]).toEqual([ExcelJS.ValueType.String, "440304", "@"]);
      const back = await readWorkbook(new Uint8Array(readFileSync(file)), { reports: true });
      expect(back.reports.map((r) => r.meta.divisionCode ?? null)).toEqual(["440304", "440304", "441502", "441502", "441502003", null]);
      expect(back.reports.map((r) => r.meta.level ?? null)).toEqual(["县", "县", "县", "县", "乡镇街道", null]);
    });
  });

  test("a book of the previous layout (no 区划代码, no 层级) still reads, and a fill rewrites it in today's layout", async () => {
    const dir = tempDir();
    const old = join(dir, "old.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(d)) as unknown as ArrayBuffer);
    for (const name of ["指标", "报送", "差异"]) wb.getWorksheet(name)!.spliceColumns(unitColumn("division"), 2);
    writeFileSync(old, new Uint8Array(await wb.xlsx.writeBuffer()));
    const back = await readWorkbook(new Uint8Array(readFileSync(old)), { reports: true });
    expect(back.reports.map((r) => [r.meta.region, r.meta.year, r.meta.divisionCode ?? null])).toEqual([
      ["福田区", 2023, null],
      ["福田区", 2024, null],
      ["城区", 2023, null],
      ["城区", 2024, null],
      ["凤山街道", 2024, null],
      [null, 2023, null],
    ]);
    expect(back.reports[0]!.indicators.find((v) => v.code === "mediation.cases")?.value).toBe(300);
    // flags are recomputed from the row: a region without code is a hint, no region a warning
    expect(back.reports.map((r) => r.flags.find((f) => f.check === "region")?.severity)).toEqual(["info", "info", "info", "info", "info", "warning"]);
    // a fill into it keeps its rows and writes today's columns
    const more = writeExtractJson(dir, "more.json", [unit("haifeng-2024.txt", "海丰县", "441521", 2024, { "mediation.cases": [12] })]);
    const c = captureIO();
    expect(await runFill([more, "--out", old], c.io)).toBe(0);
    const again = await readWorkbook(new Uint8Array(readFileSync(old)), { reports: true });
    expect(again.reports.map((r) => r.source)).toContain("haifeng-2024.txt");
    expect(again.reports).toHaveLength(7);
    expect(again.reports.find((r) => r.source === "haifeng-2024.txt")?.meta.divisionCode).toBe("441521");
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(readFileSync(old) as unknown as ArrayBuffer);
    expect(check.getWorksheet("指标")!.getCell(3, unitColumn("division")).value).toBe("division");
    expect(check.getWorksheet("指标")!.getCell(3, FIRST_CODE_COL).value).toBe("recon.received");
  });

  test("汇总 reads cold: its columns have widths, it freezes its header, prints landscape with the header on every page", () => {
    const s = sheet("汇总");
    expect(s.columns).toHaveLength(SUMMARY_COLUMNS.length);
    expect(s.frozen).toEqual({ rows: 1, columns: summaryColumn("code") });
    expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, repeatRows: 1 });
  });
});

describe("the pane and a book of the previous layout", () => {
  // as Office.js gives a used range: every row as wide as the widest
  const oldSheet = (): unknown[][] => {
    const rows: unknown[][] = [
      ["指标(提取值)"],
      ["地区", "年度", "发布日期", "来源文件", "状态", ...CATALOG.map((d) => d.name)],
      ["region", "year", "published", "source", "status", ...CATALOG.map((d) => d.code)],
      ["城区", 2023, "", "old.txt", "正常", 44],
    ];
    return rows.map((r) => [...r, ...Array<string>(5 + CATALOG.length - r.length).fill("")]);
  };

  test("the reader reads its rows and says it is of the previous layout", () => {
    const book = readOpenBook(new Map([["指标", gridOfValues("指标", 0, 0, oldSheet())]]));
    expect(book.previousLayout).toBe(true);
    expect(book.indicators.map((r) => [r.region, r.year, r.source, r.divisionCode, r.values["recon.received"]])).toEqual([["城区", 2023, "old.txt", null, 44]]);
  });

  test("writeOffice adds no row that would not line up: it says why and writes nothing", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("指标", oldSheet());
    const before = wb.snapshot("指标");
    await expect(writeOffice(wb.context(), { reports: REPORTS.slice(0, 1), options: { generatedAt: "2024-05-01T08:00:00+08:00" } }, { isSetSupported: () => true })).rejects.toThrow(/旧版布局.*previous|layout before 区划代码/);
    expect(wb.snapshot("指标")).toBe(before);
    expect(wb.sheets.size).toBe(1);
  });
});

describe("a report whose region cannot be named", () => {
  test("gets a region warning, shown on 核对 as 区划未识别", () => {
    const r = extract("全年共受理行政复议申请12件,办结10件。", { source: "no-region.txt" });
    expect(r.meta.region).toBeNull();
    const flag = r.flags.find((f) => f.check === "region");
    expect(flag).toMatchObject({ severity: "warning", codes: [] });
    expect(flag?.message).toBe(r.meta.regionNote);
    const checks = describeWorkbook([r], { generatedAt: "2024-05-01T08:00:00+08:00" }).sheets.find((s) => s.name === "核对")!;
    const texts = checks.rows[3]!.map((c) => (c?.value?.kind === "text" ? c.value.text : ""));
    expect(texts.some((t) => t.includes(CHECK_NAMES.region))).toBe(true);
  });
});
