/**
 * Opens the written workbook in a real spreadsheet engine (LibreOffice),
 * which recalculates every formula, and checks what a recipient sees.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeWorkbook } from "../../src/workbook/describe";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { brokenReport, goodReport, roundingReport } from "./fixtures";
import { FIRST_CODE_COL, summaryColumn, type SummaryKey } from "../../src/workbook/layout";
import { ERROR_VALUE, colOf, evaluateWithLibreOffice, itWithSoffice, tempDir } from "./helpers";

jest.setTimeout(240_000);

describe("workbook evaluated by LibreOffice", () => {
  let sheets: Record<string, string[][]>;
  const sheet = (n: string) => {
    const s = sheets[n];
    if (!s) throw new Error(`sheet ${n} not exported; got ${Object.keys(sheets).join(",")}`);
    return s;
  };
  // data rows: 指标/核对/报送/差异 row 4 = good, 5 = broken, 6 = rounding (index 3, 4, 5)
  const GOOD = 3, BROKEN = 4, ROUNDING = 5;

  itWithSoffice("evaluates the workbook (all nine sheets exported)", async () => {
    const d = describeWorkbook([goodReport(), brokenReport(), roundingReport()], {
      generatedAt: "2024-05-01T08:00:00Z",
      inputs: [{ name: "chengqu-2023.txt", sha256: "a".repeat(64) }],
      errors: [{ source: "broken.pdf", error: "cannot read the file" }],
      submitted: [
        // differs from the extracted 848
        { region: "汕头市濠江区", year: 2023, source: null, values: { "mediation.cases": 850, "litig.cases": 13 } },
        // agrees (0.998 = 99.8%)
        { region: null, year: null, source: "chengqu-2023.txt", values: { "mediation.success_rate": 0.998, "recon.received": 44 } },
      ],
    });
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    writeFileSync(file, await writeXlsx(d));
    sheets = evaluateWithLibreOffice(file);
    expect(Object.keys(sheets).sort()).toEqual(["出处", "审核", "差异", "指标", "报送", "核对", "汇总", "目录", "说明"].sort());
  });

  itWithSoffice("no formula anywhere evaluates to an error value", () => {
    for (const [name, rows] of Object.entries(sheets)) {
      for (const [r, row] of rows.entries()) {
        for (const [c, cell] of row.entries()) {
          if (ERROR_VALUE.test(cell)) throw new Error(`${name} row ${r + 1} col ${c + 1}: ${cell}`);
        }
      }
    }
  });

  itWithSoffice("指标 shows the values: rates as percentages, approximate values marked, status by formula", () => {
    const s = sheet("指标");
    const good = s[GOOD]!;
    expect(good[0]).toBe("晋城市城区");
    expect(good[colOf(s, "recon.received")]).toBe("44");
    expect(good[colOf(s, "mediation.cases")]).toBe("35138");
    expect(good[colOf(s, "mediation.success_rate")]).toBe("99.8%");
    expect(good[colOf(s, "hotline.satisfaction_rate")]).toBe("96.67%");
    expect(good[colOf(s, "litig.appearance_rate")]).toBe("100%");
    expect(good[colOf(s, "study.court_observation")]).toBe("320余");
    expect(good[colOf(s, "disclosure.proactive")]).toBe("约1200");
    expect(good[colOf(s, "recon.ontime_rate")]).toBe("");
    expect(good[colOf(s, "status")]).toBe("正常");
    expect(s[ROUNDING]![colOf(s, "status")]).toBe("正常");
    // succeeded > cases, 101%; 100% vs 12/13, conflict, one 报送 difference
    expect(s[BROKEN]![colOf(s, "status")]).toBe("错误 2,警告 3");
  });

  itWithSoffice("核对: the broken row shows the 部分大于整体 error and the 比率与数量不符 warning, in Chinese", () => {
    const s = sheet("核对");
    const broken = s[BROKEN]!;
    expect(s[1]!.slice(5, 9)).toEqual(["部分大于整体", "比率超出范围", "比率与数量不符", "与报送不一致"]);
    expect(broken[colOf(s, "errors")]).toBe("2");
    expect(broken[colOf(s, "warnings")]).toBe("3");
    expect(broken[colOf(s, "part_le_whole")]).toBe("调解成功数 900 > 调解(调处、化解)矛盾纠纷数 848");
    expect(broken[colOf(s, "rate_range")]).toContain("101%");
    expect(broken[colOf(s, "rate_consistency")]).toContain("12/13");
    expect(broken[colOf(s, "rate_consistency")]).not.toContain("考试"); // 158/161 = 98.1%: 98% agrees
    expect(broken[colOf(s, "submitted_mismatch")]).toBe("1");
    expect(broken[colOf(s, "flags:warning")]).toContain("多个数值冲突");
    expect(broken[colOf(s, "flags:warning")]).toContain("conflict [mediation.cases]");
    expect(s[2]!.length).toBeLessThanOrEqual(12); // one column per kind of check (and 审核决定), not per pair
  });

  itWithSoffice("核对: 比率与数量不符 accepts rounding or truncation at the stated precision", () => {
    const s = sheet("核对");
    const good = s[GOOD]!;
    expect(good[colOf(s, "rate_consistency")]).toBe("");
    expect(s[ROUNDING]![colOf(s, "rate_consistency")]).toBe("");
    expect(good[colOf(s, "errors")]).toBe("0");
    expect(good[colOf(s, "warnings")]).toBe("0");
    expect(good[colOf(s, "flags:info")]).toContain("约数");
  });

  itWithSoffice("差异 shows the differing 报送 value and is blank where they agree or nothing was submitted", () => {
    const s = sheet("差异");
    expect(s[BROKEN]![colOf(s, "mediation.cases")]).toBe("报送 850 ≠ 提取 848");
    expect(s[BROKEN]![colOf(s, "litig.cases")]).toBe("");
    expect(s[BROKEN]![colOf(s, "differences")]).toBe("1");
    expect(s[GOOD]![colOf(s, "mediation.success_rate")]).toBe("");
    expect(s[GOOD]![colOf(s, "differences")]).toBe("0");
    const codes = s[2]!.slice(FIRST_CODE_COL - 1);
    for (const row of [s[GOOD]!, s[ROUNDING]!]) for (const [i] of codes.entries()) expect(row[FIRST_CODE_COL - 1 + i]).toBe("");
    expect(sheet("报送")[BROKEN]![colOf(sheet("报送"), "mediation.cases")]).toBe("850");
  });

  itWithSoffice("汇总 sums counts and recomputes rates from summed parts", () => {
    const s = sheet("汇总");
    const at = (key: SummaryKey) => summaryColumn(key) - 1;
    // every report is of 2023 and has no 区划代码: the year's 全部 block holds all three
    const row = (code: string) => s.find((r) => r[at("year")] === "2023" && r[at("group")] === "全部" && r[at("code")] === code)!;
    expect(row("mediation.cases")[at("total")]).toBe(String(35138 + 848 + 3000));
    expect(row("mediation.cases")[at("reports")]).toBe("3");
    // (35085 + 900 + 2900) / (35138 + 848 + 3000) = 99.73%
    expect(row("mediation.success_rate")[at("rate")]).toBe(`${(((35085 + 900 + 2900) / (35138 + 848 + 3000)) * 100).toFixed(2)}%`);
    expect(row("mediation.success_rate")[at("reports")]).toBe("2");
    expect(row("mediation.success_rate")[at("both")]).toBe("3");
    expect(row("recon.correction_rate")[at("reports")]).toBe("0");
    expect(row("recon.as_respondent")[at("total")]).toBe("");
    // 旁听庭审 320余 and 主动公开 约1200: their totals say so
    expect(row("study.court_observation")[at("approx")]).toBe("≥ 含约数 1 项");
    expect(row("disclosure.proactive")[at("approx")]).toBe("约 含约数 1 项");
    expect(row("mediation.cases")[at("approx")]).toBe("");
    // no report has a code: the 未识别区划 line holds them all
    const unknown = s.find((r) => r[at("group")] === "未识别区划" && r[at("code")] === "mediation.cases")!;
    expect(unknown[at("total")]).toBe(String(35138 + 848 + 3000));
  });

  itWithSoffice("出处, 目录 and 说明 explain the file", () => {
    const ev = sheet("出处");
    expect(ev.some((r) => r[3] === "mediation.success_rate" && r[7] === "调解成功率达到99.8%" && r[11] === "chengqu-2023.txt")).toBe(true);
    expect(sheet("目录").length).toBe(1 + 30);
    const about = sheet("说明").map((r) => r.join(" "));
    expect(about.some((l) => l.includes("chengqu-2023.txt") && l.includes("a".repeat(64)))).toBe(true);
    expect(about.some((l) => l.includes("broken.pdf") && l.includes("cannot read the file"))).toBe(true);
    expect(about.some((l) => l.includes("2024-05-01T08:00:00Z"))).toBe(true);
  });
});
