/**
 * The live check formulas of 核对, evaluated by LibreOffice, reach the same verdicts as
 * core/checks on the same values: a few hundred random reports through one LibreOffice run.
 */
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOG, PART_WHOLE, RATE_PARTS } from "../../src/core/catalog";
import { runChecks } from "../../src/core/checks";
import type { IndicatorValue, ReportResult } from "../../src/core/types";
import { describeLazily } from "../../src/workbook/describe";
import { writeXlsxStream } from "../../src/workbook/writeXlsxStream";
import { colOf, evaluateWithLibreOffice, itWithSoffice, tempDir } from "./helpers";

jest.setTimeout(300_000);

const iv = (code: string, value: number): IndicatorValue => ({ code, value, unit: "件", approx: null, evidence: { start: 0, end: 1, text: "x" }, rule: "fuzz" });

/** Values around the edges: parts just below, at and above their wholes; rates stated with 0–2 decimals, some past 100%. */
const reportArb: fc.Arbitrary<IndicatorValue[]> = fc
  .record({
    wholes: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: PART_WHOLE.length + RATE_PARTS.length, maxLength: PART_WHOLE.length + RATE_PARTS.length }),
    shifts: fc.array(fc.integer({ min: -40, max: 3 }), { minLength: PART_WHOLE.length + RATE_PARTS.length, maxLength: PART_WHOLE.length + RATE_PARTS.length }),
    decimals: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: RATE_PARTS.length, maxLength: RATE_PARTS.length }),
    noise: fc.array(fc.constantFrom(0, 0, 0, 1, -1, 2), { minLength: RATE_PARTS.length, maxLength: RATE_PARTS.length }),
    others: fc.array(fc.integer({ min: 0, max: 10500 }), { minLength: CATALOG.length, maxLength: CATALOG.length }),
  })
  .map(({ wholes, shifts, decimals, noise, others }) => {
    const values = new Map<string, number>();
    PART_WHOLE.forEach(({ part, whole }, i) => {
      values.set(whole, wholes[i]!);
      values.set(part, Math.max(0, wholes[i]! + shifts[i]!));
    });
    RATE_PARTS.forEach(({ rate, part, whole }, i) => {
      const w = values.get(whole) ?? 1;
      const p = values.get(part) ?? 0;
      const f = 10 ** decimals[i]!;
      const exact = w > 0 ? (p / w) * 100 : 100;
      values.set(rate, (Math.round(exact * f) + noise[i]!) / f);
    });
    CATALOG.forEach((d, i) => {
      if (!values.has(d.code) && i % 3 === 0) values.set(d.code, d.kind === "rate" ? others[i]! / 100 : others[i]!);
    });
    return [...values].map(([code, v]) => iv(code, v));
  });

itWithSoffice("LibreOffice's verdicts on 部分大于整体, 比率超出范围 and 比率与数量不符 equal core/checks'", async () => {
  const batches = fc.sample(reportArb, { numRuns: 250, seed: 20240501 });
  const reports: ReportResult[] = batches.map((indicators, i) => ({ source: `r${String(i).padStart(3, "0")}.txt`, meta: { region: `区${i}`, year: 2023, published: null, issuer: null }, indicators, flags: [] }));
  const file = join(tempDir(), "verdicts.xlsx");
  writeFileSync(file, await writeXlsxStream(describeLazily(reports, { generatedAt: "2024-05-01T00:00:00+08:00" })));
  const sheet = evaluateWithLibreOffice(file)["核对"]!;
  const lines = (cell: string) => (cell === "" ? 0 : cell.split("\n").length);
  const disagreements: string[] = [];
  reports.forEach((r, i) => {
    const row = sheet[3 + i]!;
    const flags = runChecks(r.indicators);
    for (const check of ["part_le_whole", "rate_range", "rate_consistency"] as const) {
      const core = flags.filter((f) => f.check === check).length;
      const lo = lines(row[colOf(sheet, check)]!);
      if (core !== lo) disagreements.push(`${r.source} ${check}: core ${core}, LibreOffice ${lo} (${row[colOf(sheet, check)]}) ${JSON.stringify(r.indicators.map((v) => [v.code, v.value]))}`);
    }
  });
  expect(disagreements).toEqual([]);
});
