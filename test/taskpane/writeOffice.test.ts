import type { ReportResult } from "../../src/core/types";
import { SHEET_NAMES, a1 } from "../../src/workbook/description";
import { applyDecisions } from "../../src/core/decisions";
import { FIRST_CODE_COL, INDICATOR_UNIT, REVIEW_FIRST_ROW, checkColumn, codeColumn, reviewColumn, unitColumn } from "../../src/workbook/layout";
import { writeOffice, type FillRequest } from "../../src/workbook/writeOffice";
import { previousFor } from "../../src/workbook/yearOverYear";
import { FakeWorkbook } from "./fakeExcel";
import { decide, now, raw } from "./decisionsFixture";

function report(i: number, over: Partial<ReportResult> = {}): ReportResult {
  const text = `2023年，全年办理“12345”各类诉求工单${5000 + i}件，办结率100%。=SUM(A1:A9)`;
  const at = text.indexOf(String(5000 + i));
  return {
    source: `report-${i}.txt`,
    meta: { region: `测试区${i}`, year: 2023, published: "2024-02-26", issuer: null },
    indicators: [
      { code: "hotline.tickets", value: 5000 + i, unit: "件", approx: null, evidence: { start: at, end: at + 5, text: text.slice(at, at + 5) } },
      { code: "hotline.completion_rate", value: 100, unit: "%", approx: null, evidence: { start: 34, end: 38, text: "100%" } },
      { code: "mediation.cases", value: 1200, unit: "件", approx: "at_least", evidence: { start: 0, end: 3, text: "=SUM(A1:A9)" } },
    ],
    flags: [{ check: "approximate", severity: "info", codes: ["mediation.cases"], message: "=HYPERLINK(\"http://x\") 1200余件" }],
    ...over,
  };
}
const desc = (rs: ReportResult[]): FillRequest => ({ reports: rs, options: { generatedAt: "2024-03-01T00:00:00Z" } });
const all = () => true;

describe("writeOffice into an empty workbook", () => {
  test("creates every sheet with cells, formulas, formats, links, frozen panes, conditional formats", async () => {
    const wb = new FakeWorkbook();
    const r = await writeOffice(wb.context(), desc([report(1)]), { isSetSupported: all });
    expect(r.createdSheets).toEqual(["指标", "核对", "报送", "差异", "汇总", "出处", "审核", "目录", "说明"]);
    expect(r.written).toBe(1);
    const ind = wb.sheets.get("指标")!;
    // header rows and the report's row 4
    expect(ind.get("A3")?.value).toBe("region");
    expect(ind.get("A4")?.value).toBe("测试区1");
    expect(ind.get(a1(4, unitColumn("year")))?.value).toBe(2023);
    expect(ind.get(a1(4, unitColumn("source")))?.value).toBe("report-1.txt");
    expect(ind.get(a1(4, unitColumn("status")))?.formula).toMatch(/^=IF\('?核对'?!D4>0/);
    // the value is a number with its format; rates as fractions; approximate as a format
    const hot = [...ind.cells.entries()].find(([, c]) => c.value === 5001)!;
    expect(hot[1].numberFormat).not.toBe("@");
    expect(hot[1].hyperlink).toMatch(/^'出处'!A\d+$/);
    expect([...ind.cells.values()].some((c) => c.value === 1 && /%/.test(c.numberFormat))).toBe(true);
    expect([...ind.cells.values()].some((c) => c.value === 1200 && /余/.test(c.numberFormat))).toBe(true);
    // text is text: the evidence "=SUM(A1:A9)" is written with "@" and never as a formula
    const ev = wb.sheets.get("出处")!;
    const inj = [...ev.cells.values()].find((c) => c.value === "=SUM(A1:A9)")!;
    expect(inj.numberFormat).toBe("@");
    expect(inj.formula).toBeUndefined();
    const flag = [...wb.sheets.get("核对")!.cells.values()].find((c) => typeof c.value === "string" && c.value.includes("HYPERLINK"));
    expect(flag?.formula).toBeUndefined();
    expect(flag?.numberFormat).toBe("@");
    // formats
    expect(ind.frozen).toEqual({ rows: 3, columns: INDICATOR_UNIT.length });
    expect(ind.tabColor).toBe("#4472C4");
    expect(ind.get("A2")?.bold).toBe(true);
    expect(ind.columnWidths.get(1)).toBe(16 * 7);
    const checks = wb.sheets.get("核对")!;
    expect(checks.conditionalFormats.length).toBeGreaterThan(0);
    expect(checks.conditionalFormats[0]!.fill).toBe("#FFC7CE");
    expect(checks.conditionalFormats[0]!.formula).toBe("=$D4>0");
    // syncs: one read, one write
    expect(r.syncs).toBe(2);
    expect(wb.syncs).toBe(2);
  });

  test("1 report and 50 reports take the same number of context.sync() calls (≤ 3)", async () => {
    const one = new FakeWorkbook();
    const r1 = await writeOffice(one.context(), desc([report(1)]), { isSetSupported: all });
    const fifty = new FakeWorkbook();
    const r50 = await writeOffice(fifty.context(), desc(Array.from({ length: 50 }, (_, i) => report(i))), { isSetSupported: all });
    expect(r1.syncs).toBeLessThanOrEqual(3);
    expect(r50.syncs).toBe(r1.syncs);
    expect(fifty.syncs).toBe(r50.syncs);
    expect(r50.written).toBe(50);
    expect(fifty.sheets.get("指标")!.get("A53")?.value).toBe("测试区49");
  });

  test("a fill over the request limit is chunked, one sync per chunk", async () => {
    const wb = new FakeWorkbook();
    const r = await writeOffice(wb.context(), desc(Array.from({ length: 20 }, (_, i) => report(i))), {
      isSetSupported: all,
      maxRequestBytes: 20_000,
    });
    expect(r.syncs).toBeGreaterThan(3);
    expect(wb.sheets.get("指标")!.get("A23")?.value).toBe("测试区19");
  });
});

describe("writeOffice into a workbook that already has reports", () => {
  async function seeded(): Promise<FakeWorkbook> {
    const wb = new FakeWorkbook();
    await writeOffice(wb.context(), desc([report(1), report(2)]), { isSetSupported: all });
    // the user types into 报送 and corrects a value on 指标
    wb.sheets.get("报送")!.cell(4, FIRST_CODE_COL).value = 42;
    wb.sheets.get("报送")!.cell(9, 1).value = "用户自己的行";
    wb.log = [];
    wb.syncs = 0;
    return wb;
  }

  test("报送 is never touched, new reports are appended below every used row", async () => {
    const wb = await seeded();
    const before = wb.snapshot("报送");
    const r = await writeOffice(wb.context(), desc([report(3)]), { isSetSupported: all });
    expect(wb.snapshot("报送")).toBe(before);
    expect(wb.log.filter((l) => l.sheet === "报送")).toEqual([]);
    expect(r.createdSheets).toEqual([]);
    // 报送 has a user row at 9: the new report goes to row 10 on every report sheet
    const ind = wb.sheets.get("指标")!;
    expect(ind.get("A10")?.value).toBe("测试区3");
    expect(ind.get(a1(10, unitColumn("status")))?.formula).toMatch(/'?核对'?!D10/);
    expect(wb.sheets.get("核对")!.get("A10")?.value).toBe("测试区3");
    const first = a1(10, FIRST_CODE_COL);
    expect(wb.sheets.get("差异")!.get(first)?.formula).toContain(`报送!${first}`);
    // its evidence rows are appended and its values link to them
    const link = [...ind.cells.entries()].find(([k, c]) => k.endsWith("10") && c.hyperlink)![1].hyperlink!;
    const evRow = Number(/A(\d+)$/.exec(link)![1]);
    expect(wb.sheets.get("出处")!.get(`A${evRow}`)?.value).toBe(10);
    expect(wb.sheets.get("出处")!.get(`L${evRow}`)?.value).toBe("report-3.txt");
    // 汇总 ranges stretched over all rows
    const sumF = [...wb.sheets.get("汇总")!.cells.values()].find((c) => /SUMPRODUCT\(.*'?指标'?!/.test(c.formula ?? ""))!;
    expect(sumF.formula).toMatch(/\$4:\$[A-Z]+\$10\)/);
    expect(r.syncs).toBe(3); // read, check what changed since the read, write
  });

  test("an existing report is not overwritten without confirmation", async () => {
    const wb = await seeded();
    const before = wb.snapshot("指标");
    const confirm = jest.fn(async (_e: unknown[]) => false);
    const again = report(2, { indicators: [{ ...report(2).indicators[0]!, value: 9999 }] });
    const r = await writeOffice(wb.context(), desc([again]), { isSetSupported: all, confirmReplace: confirm });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toEqual([expect.objectContaining({ row: 5, region: "测试区2", year: 2023, source: "report-2.txt" })]);
    expect(r.written).toBe(0);
    expect(r.skipped).toHaveLength(1);
    expect(wb.snapshot("指标")).toBe(before);
    // without a confirm callback: skipped too
    const r2 = await writeOffice(wb.context(), desc([again]), { isSetSupported: all });
    expect(r2.written).toBe(0);
    expect(wb.snapshot("指标")).toBe(before);
  });

  test("same region and year from another file also counts as the same report", async () => {
    const wb = await seeded();
    const confirm = jest.fn(async (_e: unknown[]) => false);
    await writeOffice(wb.context(), desc([report(1, { source: "renamed.txt" })]), { isSetSupported: all, confirmReplace: confirm });
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  test("with confirmation the report's row is replaced in place and its old evidence cleared", async () => {
    const wb = await seeded();
    const again = report(2, { indicators: [{ ...report(2).indicators[0]!, value: 9999 }] });
    const r = await writeOffice(wb.context(), desc([again]), { isSetSupported: all, confirmReplace: async () => true });
    expect(r.replaced).toBe(1);
    const ind = wb.sheets.get("指标")!;
    expect([...ind.cells.entries()].filter(([k]) => /^[A-Z]+5$/.test(k)).some(([, c]) => c.value === 9999)).toBe(true);
    expect(ind.get("A6")).toBeUndefined(); // nothing appended
    const ev = wb.sheets.get("出处")!;
    const rowsFor5 = [...ev.cells.entries()].filter(([k, c]) => /^A\d+$/.test(k) && c.value === 5);
    expect(rowsFor5.length).toBe(1); // the old three evidence rows are cleared, the one new row points at row 5
    expect(wb.log.filter((l) => l.sheet === "报送")).toEqual([]);
  });

  test("a foreign sheet called 指标 is refused, not overwritten", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("指标", [["my own table"], ["a", "b"], ["c", "d"], [1, 2]]);
    const before = wb.snapshot("指标");
    await expect(writeOffice(wb.context(), desc([report(1)]), { isSetSupported: all })).rejects.toThrow(/not a standard indicator sheet/);
    expect(wb.snapshot("指标")).toBe(before);
  });
});

describe("requirement sets", () => {
  test("without ExcelApi 1.6/1.7: no conditional formats, links, frozen panes, with a message", async () => {
    const wb = new FakeWorkbook();
    const r = await writeOffice(wb.context(), desc([report(1)]), {
      isSetSupported: (_n, v) => Number(v.split(".")[1]) <= 5,
    });
    expect(r.messages.join("\n")).toMatch(/1\.6/);
    expect(r.messages.join("\n")).toMatch(/1\.7/);
    expect(wb.log.filter((l) => ["conditionalFormat", "hyperlink", "freeze", "tabColor"].includes(l.what))).toEqual([]);
    expect(wb.sheets.get("指标")!.get("A4")?.value).toBe("测试区1");
  });
  test("below ExcelApi 1.4 it refuses with a clear message", async () => {
    const wb = new FakeWorkbook();
    await expect(writeOffice(wb.context(), desc([report(1)]), { isSetSupported: () => false })).rejects.toThrow(/ExcelApi 1\.4/);
    expect(wb.sheets.size).toBe(0);
  });
});

describe("sheet names", () => {
  test("the layout names are the ones writeOffice knows", () => {
    expect(SHEET_NAMES.submitted).toBe("报送");
  });
});

describe("filling a workbook that holds other years (year_over_year) and its conditional formats", () => {
  const yearReport = (region: string, year: number, tickets: number, source: string): ReportResult =>
    report(1, {
      source,
      meta: { region, year, published: null, issuer: null },
      indicators: [{ ...report(1).indicators[0]!, value: tickets }, report(1).indicators[1]!],
      flags: [],
    });
  const sheetText = (wb: FakeWorkbook, name: string) =>
    [...wb.sheets.get(name)!.cells.values()].map((c) => String(c.value)).join("\n");

  test("the 指标 rows of earlier years of the same region are read in the first sync and passed as previous", async () => {
    const wb = new FakeWorkbook();
    await writeOffice(wb.context(), desc([yearReport("测试区", 2022, 500, "2022.txt"), yearReport("别的区", 2022, 500, "other-2022.txt")]), {
      isSetSupported: all,
    });
    wb.syncs = 0;
    const r = await writeOffice(wb.context(), desc([yearReport("测试区", 2023, 5000, "2023.txt"), yearReport("别的区", 2023, 600, "other-2023.txt")]), { isSetSupported: all });
    // the rows read back: both regions' 2022 (rates as fractions, as in the cells)
    const seen = r.previous;
    expect(seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ region: "测试区", year: 2022, source: "2022.txt", values: expect.objectContaining({ "hotline.tickets": 500, "hotline.completion_rate": 1 }) }),
        expect.objectContaining({ region: "别的区", year: 2022 }),
      ]),
    );
    // 5000 against 500 the year before: flagged on 核对; 600 against 500 is not
    const checks = sheetText(wb, "核对");
    expect(checks).toMatch(/year_over_year|与上年/);
    expect(checks.match(/与上年/g)).toHaveLength(1);
    expect(r.written).toBe(2);
    expect(r.syncs).toBe(3); // read, check what changed since the read, write: the describing costs no sync
    expect(wb.syncs).toBe(3);
  });

  test("previousFor keeps the same region's other years only", () => {
    const rows = [
      { region: "测试区", year: 2022, source: null, values: {} },
      { region: "测试区", year: 2023, source: null, values: {} },
      { region: "别的区", year: 2022, source: null, values: {} },
    ];
    expect(previousFor([yearReport("测试区", 2023, 1, "a")], rows)).toEqual([rows[0]]);
  });

  test("filling again and again does not pile up conditional-format rules; they cover every row", async () => {
    const wb = new FakeWorkbook();
    await writeOffice(wb.context(), desc([report(1)]), { isSetSupported: all });
    const count = (name: string) => wb.sheets.get(name)!.conditionalFormats.length;
    const first = { 指标: count("指标"), 核对: count("核对"), 差异: count("差异") };
    expect(first.核对).toBeGreaterThan(0);
    for (let i = 2; i <= 4; i++) {
      wb.syncs = 0;
      const r = await writeOffice(wb.context(), desc([report(i)]), { isSetSupported: all });
      expect(r.syncs).toBeLessThanOrEqual(3);
    }
    expect({ 指标: count("指标"), 核对: count("核对"), 差异: count("差异") }).toEqual(first);
    // a workbook grown past the rows the first rules covered: the rules follow
    wb.sheets.get("报送")!.cell(1500, 1).value = "用户的行";
    await writeOffice(wb.context(), desc([report(9)]), { isSetSupported: all });
    expect(wb.sheets.get("指标")!.get("A1501")?.value).toBe("测试区9");
    expect(count("核对")).toBe(first.核对);
    for (const cf of wb.sheets.get("核对")!.conditionalFormats) expect(Number(/(\d+)$/.exec(cf.address)![1])).toBeGreaterThanOrEqual(1501);
  });
});

describe("the reviewer's decisions through Office.js", () => {
  const cellOf = (wb: FakeWorkbook, sheet: string, row: number, col: number) => wb.sheets.get(sheet)!.get(a1(row, col));
  const reviewRows = (wb: FakeWorkbook) => {
    const s = wb.sheets.get("审核")!;
    const out: string[] = [];
    for (let r = REVIEW_FIRST_ROW; s.get(a1(r, reviewColumn("code"))); r++)
      out.push(`${s.get(a1(r, reviewColumn("code")))!.value}|${s.get(a1(r, reviewColumn("decision")))!.value}|${s.get(a1(r, reviewColumn("status")))!.value}`);
    return out;
  };

  test("审核 is written, corrections and the suggestion taken are on 指标; a later fill replacing the report re-applies the book's decisions; 报送 untouched; ≤ 3 syncs", async () => {
    const wb = new FakeWorkbook();
    const r = raw();
    const decisions = decide(r);
    const applied = applyDecisions(r, decisions);
    const first = await writeOffice(wb.context(), { reports: [applied.result], options: { generatedAt: "2026-12-04T18:31:00+08:00", decisions: applied.all } }, { isSetSupported: all });
    expect(first.syncs).toBe(2);
    expect(cellOf(wb, "指标", 4, codeColumn("recon.closed"))?.value).toBe(35);
    expect(cellOf(wb, "指标", 4, codeColumn("recon.closed"))?.fill).toBe("#E4DFEC");
    expect(cellOf(wb, "指标", 4, codeColumn("litig.cases"))?.value).toBe(60);
    expect(reviewRows(wb)).toEqual(["litig.cases|采用建议|已应用", "recon.closed|更正|已应用", "mediation.cases|忽略|已应用"]);
    // 核对: both flags decided, so neither counts (the status formula reads these counts)
    const checks = wb.sheets.get("核对")!;
    expect(String(checks.get(a1(4, checkColumn("decisions")))?.value)).toMatch(/部分大于整体.*→ 更正 35:原文表格\n.*多个数值冲突.*→ 忽略:990 是上年数/);
    expect(checks.get(a1(4, checkColumn("flags:warning")))?.value ?? "").toBe("");
    expect(checks.get(a1(4, checkColumn("errors")))?.formula).toMatch(/^=MAX\(0,.*-IF\(AND\(ISNUMBER/);
    // the user types a 报送 value
    wb.sheets.get("报送")!.cell(4, codeColumn("recon.closed")).value = 36;
    const submittedBefore = wb.snapshot("报送");

    // a new pane session: the same report read again, no decisions in the pane; replace it
    const again = await writeOffice(wb.context(), { reports: [raw()], options: { generatedAt: "2026-12-04T19:00:00+08:00" } }, { isSetSupported: all, confirmReplace: async () => true });
    expect(again.replaced).toBe(1);
    expect(again.syncs).toBeLessThanOrEqual(3);
    expect(cellOf(wb, "指标", 4, codeColumn("recon.closed"))?.value).toBe(35);
    expect(cellOf(wb, "指标", 4, codeColumn("litig.cases"))?.value).toBe(60);
    expect(reviewRows(wb)).toEqual(["litig.cases|采用建议|已应用", "recon.closed|更正|已应用", "mediation.cases|忽略|已应用"]);
    expect(again.decisions.map((d) => d.status)).toEqual([undefined, undefined, undefined]);
    expect(wb.snapshot("报送")).toBe(submittedBefore);

    // a new version of the report (48 is now 50): the 更正 no longer matches — 需重新核对, still there
    const changed = raw();
    changed.indicators[1] = { ...changed.indicators[1]!, value: 50 };
    await writeOffice(wb.context(), { reports: [changed], options: { generatedAt: "2026-12-04T19:30:00+08:00" } }, { isSetSupported: all, confirmReplace: async () => true });
    expect(reviewRows(wb)).toEqual(["litig.cases|采用建议|已应用", "recon.closed|更正|需重新核对", "mediation.cases|忽略|已应用"]);
    expect(cellOf(wb, "指标", 4, codeColumn("recon.closed"))?.value).toBe(50);
    expect(wb.snapshot("报送")).toBe(submittedBefore);
  });

  test("a cell the user changes between the read and the write is not overwritten, and is named", async () => {
    const wb = new FakeWorkbook();
    await writeOffice(wb.context(), desc([report(1)]), { isSetSupported: all });
    const col = codeColumn("hotline.tickets");
    // while the confirmation is open, the user types 4999 over the value being replaced, and a note into 审核
    wb.syncs = 0;
    wb.beforeSync = (n) => {
      if (n !== 2) return;
      wb.sheets.get("指标")!.cell(4, col).value = 4999;
      wb.sheets.get("审核")!.cell(REVIEW_FIRST_ROW, reviewColumn("note")).value = "待问单位";
    };
    const r = await writeOffice(wb.context(), desc([report(1, { indicators: report(1).indicators.map((v) => ({ ...v, value: v.value + 1 })) })]), {
      isSetSupported: all,
      confirmReplace: async () => true,
    });
    expect(r.syncs).toBe(3);
    expect(wb.sheets.get("指标")!.get(a1(4, col))?.value).toBe(4999);
    expect(r.kept).toEqual([`指标!${a1(4, col)}`]);
    expect(r.messages.join("\n")).toMatch(/读取后被修改的单元格未被覆盖.*指标!/);
    expect(wb.sheets.get("审核")!.get(a1(REVIEW_FIRST_ROW, reviewColumn("note")))?.value).toBe("待问单位");
    // the rest of the row was written: 2.0 → 2.0 + 1 on completion rate, the region stays
    expect(wb.sheets.get("指标")!.get("A4")?.value).toBe("测试区1");
    expect(wb.sheets.get("指标")!.get(a1(4, codeColumn("mediation.cases")))?.value).toBe(1201);
  });
});
