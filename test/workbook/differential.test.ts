/**
 * Differential tests over random batches (fast-check): the in-memory ExcelJS book, the
 * streamed one (the CLI's) and the Office.js writes into the fake Excel hold the same
 * cells, formulas and formats; a book filled in two steps equals one filled in one.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { runFill } from "../../src/cli/fill";
import { CATALOG } from "../../src/core/catalog";
import { runChecks } from "../../src/core/checks";
import type { IndicatorValue, ReportResult } from "../../src/core/types";
import { describeLazily, describeWorkbook } from "../../src/workbook/describe";
import { writeOffice } from "../../src/workbook/writeOffice";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { writeXlsxStream } from "../../src/workbook/writeXlsxStream";
import { FakeWorkbook } from "../taskpane/fakeExcel";
import { captureIO, tempDir, writeExtractJson } from "./helpers";
import { decidedBatchArb } from "./decide";

jest.setTimeout(120_000);

const OPTIONS = { generatedAt: "2024-05-01T16:00:00+08:00" };
const all = () => true;

/** One indicator value: counts (some approximate), rates with 0–2 decimals (some out of range). */
const valueArb = (code: string, kind: "count" | "rate", at: number): fc.Arbitrary<IndicatorValue> =>
  fc
    .record({
      v: kind === "rate" ? fc.integer({ min: 0, max: 10200 }).map((x) => x / 100) : fc.integer({ min: 0, max: 99999 }),
      approx: fc.constantFrom(null, null, null, "at_least" as const, "about" as const),
      text: fc.constantFrom("全年办理", "=SUM(A1)", "+1 共", "@A1 约", "受理"),
    })
    .map(({ v, approx, text }) => ({ code, value: v, unit: kind === "rate" ? "%" : "件", approx, evidence: { start: at, end: at + text.length + 4, text: `${text}${v}` }, rule: "fuzz" }));

const reportArb = (i: number): fc.Arbitrary<ReportResult> =>
  fc
    .record({
      picks: fc.subarray(CATALOG.slice(), { minLength: 0, maxLength: 12 }),
      year: fc.integer({ min: 2019, max: 2024 }),
      issuer: fc.constantFrom(null, "人民政府"),
      seed: fc.integer({ min: 0, max: 1000 }),
      doubt: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
    })
    .chain(({ picks, year, issuer, doubt }) =>
      fc.tuple(...picks.map((d, k) => valueArb(d.code, d.kind, k * 40))).map((indicators) => ({
        source: `报告.txt`, // the same file name in every unit's folder
        sha256: String(i).padStart(64, "0"),
        // codes in the order of i (a fresh book, sorted by 区划代码, keeps the batches' order, as a refill
        // does), one prefecture each (汇总 subtotals each)
        meta: { region: `测试${i}区`, divisionCode: String(110101 + i * 100), level: "县" as const, year, published: null, issuer },
        indicators,
        flags: indicators.length ? [{ check: "conflict" as const, severity: "warning" as const, codes: [indicators[0]!.code], message: "两个不同数值" }] : [],
        // a figure the extractor doubts (the reviewer may take it)
        ...(doubt !== undefined
          ? { suggestions: [{ code: "litig.cases", value: doubt, unit: "件", approx: null, evidence: { start: 0, end: 9, text: `全区法院审理行政案件${doubt}件` }, score: 0.4, reasons: ["主语可能是法院"] }] }
          : {}),
      })),
    );

const batchArb = (from: number, max: number) => fc.integer({ min: 1, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => reportArb(from + k))));

type Cells = Map<string, string>;

/** Every non-empty cell of a book as "sheet!A1" → value|formula|numFmt, plus hyperlinks. */
async function cellsOfXlsx(bytes: Uint8Array): Promise<Cells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Cells = new Map();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        const content = cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : typeof v === "object" && v && "text" in v ? String((v as { text: unknown }).text) : String(v);
        out.set(`${ws.name}!${cell.address}`, `${content}|${cell.type === ExcelJS.ValueType.String ? "@" : (cell.numFmt ?? "General")}`);
      }),
    );
  }
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, f] of Object.entries(zip.files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) continue;
    const xml = await f.async("string");
    for (const m of xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)) out.set(`link:${path}!${m[1]}`, m[2]!.replace(/&apos;/g, "'"));
  }
  return out;
}

/** The fake Excel's cells in the same form (text cells carry "@", as Office.js writes them). */
function cellsOfFake(wb: FakeWorkbook): Cells {
  const out: Cells = new Map();
  for (const [name, sheet] of wb.sheets) {
    for (const [addr, c] of sheet.cells) {
      if (c.value === "" && !c.formula) continue;
      const fmt = typeof c.value === "string" && !c.formula ? "@" : c.numberFormat;
      out.set(`${name}!${addr}`, `${c.formula ?? String(c.value)}|${fmt}`);
    }
  }
  return out;
}

const withoutLinks = (m: Cells) => new Map([...m].filter(([k]) => !k.startsWith("link:")));

describe("the writers agree", () => {
  test("in-memory ExcelJS, streaming ExcelJS and Office.js hold the same cells, formulas and formats (审核 and decided values too)", async () => {
    await fc.assert(
      fc.asyncProperty(decidedBatchArb(batchArb(0, 5)), async ({ reports: batch, decisions }) => {
        const options = { ...OPTIONS, decisions };
        const mem = await cellsOfXlsx(await writeXlsx(describeWorkbook(batch, options)));
        const streamed = await cellsOfXlsx(await writeXlsxStream(describeLazily(batch, options)));
        expect(streamed).toEqual(mem);
        // every decision has its 审核 row (header rows 1–2)
        const reviewRows = new Set([...mem.keys()].filter((k) => k.startsWith("审核!")).map((k) => Number(/\d+$/.exec(k)![0])));
        expect(Math.max(2, ...reviewRows)).toBe(2 + decisions.length);
        const fake = new FakeWorkbook();
        await writeOffice(fake.context(), { reports: batch, options }, { isSetSupported: all });
        expect(cellsOfFake(fake)).toEqual(withoutLinks(mem));
        // links: the same targets, from the same cells of 指标
        const fakeLinks = [...fake.sheets.get("指标")!.cells].filter(([, c]) => c.hyperlink).map(([a, c]) => `${a}→${c.hyperlink}`).sort();
        const memLinks = [...mem].filter(([k]) => k.startsWith("link:xl/worksheets/sheet1.xml!")).map(([k, v]) => `${k.split("!")[1]}→${v}`).sort();
        expect(fakeLinks).toEqual(memLinks);
      }),
      { numRuns: 12 },
    );
  });
});

describe("two steps equal one", () => {
  test("Office.js: filling a batch then another gives the book one fill of both gives (说明 aside)", async () => {
    await fc.assert(
      fc.asyncProperty(batchArb(0, 4), batchArb(10, 4), async (first, second) => {
        const twice = new FakeWorkbook();
        await writeOffice(twice.context(), { reports: first, options: OPTIONS }, { isSetSupported: all });
        await writeOffice(twice.context(), { reports: second, options: OPTIONS }, { isSetSupported: all });
        const once = new FakeWorkbook();
        await writeOffice(once.context(), { reports: [...first, ...second], options: OPTIONS }, { isSetSupported: all });
        // 说明 tells of the fill that made it; 报送 belongs to the user once it exists (the pane
        // never writes into it), so the second batch has no 报送 rows of its own there
        const laterSubmitted = (k: string) => k.startsWith("报送!") && Number(/\d+$/.exec(k)![0]) >= 4 + first.length;
        const drop = (m: Cells) => new Map([...m].filter(([k]) => !k.startsWith("说明!") && !laterSubmitted(k)));
        expect(drop(cellsOfFake(twice))).toEqual(drop(cellsOfFake(once)));
        for (const name of ["指标", "核对", "差异"]) {
          const rules = (wb: FakeWorkbook) => wb.sheets.get(name)!.conditionalFormats.map((c) => `${c.address} ${c.formula}`).sort();
          expect(rules(twice)).toEqual(rules(once));
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe("two steps equal one on the command line", () => {
  test("fill a batch, then another into the same book: the book one fill of both makes (说明 aside)", async () => {
    // as extract makes them: the flags are core/checks' on the values
    const asExtracted = (rs: ReportResult[]) => rs.map((r) => ({ ...r, flags: runChecks(r.indicators) }));
    await fc.assert(
      fc.asyncProperty(batchArb(0, 3), batchArb(10, 3), async (first, second) => {
        const dir = tempDir();
        const a = writeExtractJson(dir, "a.json", asExtracted(first));
        const b = writeExtractJson(dir, "b.json", asExtracted(second));
        const twice = join(dir, "twice.xlsx");
        const once = join(dir, "once.xlsx");
        expect(await runFill([a, "--out", twice], captureIO().io)).toBe(0);
        expect(await runFill([b, "--out", twice], captureIO().io)).toBe(0);
        expect(await runFill([a, b, "--out", once], captureIO().io)).toBe(0);
        const drop = (m: Cells) => new Map([...m].filter(([k]) => !k.startsWith("说明!")));
        expect(drop(await cellsOfXlsx(new Uint8Array(readFileSync(twice))))).toEqual(drop(await cellsOfXlsx(new Uint8Array(readFileSync(once)))));
      }),
      { numRuns: 4 },
    );
  });
});
