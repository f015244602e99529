/**
 * Opens the written workbook in a real spreadsheet engine (LibreOffice),
 * which recalculates every formula, and checks what a recipient sees.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeWorkbook } from "../../src/workbook/describe";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { brokenReport, goodReport, roundingReport } from "./fixtures";
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

  itWithSoffice("evaluates the workbook (all eight sheets exported)", async () => {
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
    expect(Object.keys(sheets).sort()).toEqual(["出处", "差异", "指标", "报送", "核对", "汇总", "目录", "说明"].sort());
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

  itWithSoffice("核对: the broken row shows the part_le_whole error and the rate_consistency warning", () => {
    const s = sheet("核对");
    const broken = s[BROKEN]!;
    expect(broken[colOf(s, "errors")]).toBe("2");
    expect(broken[colOf(s, "warnings")]).toBe("3");
    expect(broken[colOf(s, "part_le_whole:mediation.succeeded<=mediation.cases")]).toBe("调解成功数 900 > 调解(调处、化解)矛盾纠纷数 848");
    expect(broken[colOf(s, "rate_range:hotline.completion_rate")]).toContain("101%");
    expect(broken[colOf(s, "rate_consistency:litig.appearance_rate=litig.appearances/litig.cases")]).toContain("12/13");
    // 98% vs 158/161 = 98.14%: agrees
    expect(broken[colOf(s, "rate_consistency:study.exam_pass_rate=study.exam_passed/study.exam_takers")]).toBe("");
    expect(broken[colOf(s, "submitted_mismatch")]).toBe("1");
    expect(broken[colOf(s, "flags:warning")]).toContain("conflict [mediation.cases]");
    // the extractor's own part_le_whole is not repeated as text (the formula covers it)
    expect(broken[colOf(s, "flags:error")]).toBe("");
  });

  itWithSoffice("核对: rate_consistency accepts rounding or truncation at the stated precision", () => {
    const s = sheet("核对");
    const good = s[GOOD]!;
    // 99.8 vs 35085/35138 = 99.849…
    expect(good[colOf(s, "rate_consistency:mediation.success_rate=mediation.succeeded/mediation.cases")]).toBe("");
    // 99.8 vs 4993/5000 = 99.86 (truncation)
    expect(good[colOf(s, "rate_consistency:study.exam_pass_rate=study.exam_passed/study.exam_takers")]).toBe("");
    // 100% with 13/13
    expect(good[colOf(s, "rate_consistency:litig.appearance_rate=litig.appearances/litig.cases")]).toBe("");
    // 96.67 vs 2900/3000 = 96.666… (rounding)
    expect(s[ROUNDING]![colOf(s, "rate_consistency:mediation.success_rate=mediation.succeeded/mediation.cases")]).toBe("");
    expect(good[colOf(s, "errors")]).toBe("0");
    expect(good[colOf(s, "warnings")]).toBe("0");
    expect(good[colOf(s, "flags:info")]).toContain("approximate");
  });

  itWithSoffice("差异 shows the differing 报送 value and is blank where they agree or nothing was submitted", () => {
    const s = sheet("差异");
    expect(s[BROKEN]![colOf(s, "mediation.cases")]).toBe("报送 850 ≠ 提取 848");
    expect(s[BROKEN]![colOf(s, "litig.cases")]).toBe("");
    expect(s[BROKEN]![colOf(s, "differences")]).toBe("1");
    expect(s[GOOD]![colOf(s, "mediation.success_rate")]).toBe("");
    expect(s[GOOD]![colOf(s, "differences")]).toBe("0");
    const codes = s[2]!.slice(5);
    for (const row of [s[GOOD]!, s[ROUNDING]!]) for (const [i] of codes.entries()) expect(row[5 + i]).toBe("");
    expect(sheet("报送")[BROKEN]![colOf(sheet("报送"), "mediation.cases")]).toBe("850");
  });

  itWithSoffice("汇总 sums counts and recomputes rates from summed parts", () => {
    const s = sheet("汇总");
    const row = (code: string) => s.find((r) => r[0] === code)!;
    expect(row("mediation.cases")[4]).toBe(String(35138 + 848 + 3000));
    expect(row("mediation.cases")[5]).toBe("3");
    // (35085 + 900 + 2900) / (35138 + 848 + 3000) = 99.73%
    expect(row("mediation.success_rate")[6]).toBe(`${(((35085 + 900 + 2900) / (35138 + 848 + 3000)) * 100).toFixed(2)}%`);
    expect(row("mediation.success_rate")[5]).toBe("2");
    expect(row("mediation.success_rate")[7]).toBe("3");
    expect(row("recon.correction_rate")[5]).toBe("0");
    expect(row("recon.as_respondent")[4]).toBe("");
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
