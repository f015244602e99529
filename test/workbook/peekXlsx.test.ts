/**
 * The first look at a book (peekXlsx.ts): sheet names and header rows, read as a stream, decide
 * before any full load whether the book is of our layout (with the reader's own message when it
 * is not) and whether it is within what this tool reads; the reader that loads only the sheets it
 * reads gives what the whole load gave.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { Readable } from "node:stream";
import { describeLazily, describeWorkbook } from "../../src/workbook/describe";
import { SHEET_NAMES } from "../../src/workbook/description";
import { BOOK_LIMITS, BookTooLargeError, checkBook, peekXlsx, XmlScanner } from "../../src/workbook/peekXlsx";
import { WorkbookLayoutError } from "../../src/workbook/readWorkbook";
import { readWorkbook, readWorkbookWhole } from "../../src/workbook/readXlsx";
import { writeXlsx } from "../../src/workbook/writeXlsx";
import { writeXlsxStream } from "../../src/workbook/writeXlsxStream";
import { brokenReport, goodReport, roundingReport } from "./fixtures";

const OPTIONS = { generatedAt: "2026-01-01T00:00:00.000Z", inputs: [] };

async function ours(): Promise<Uint8Array> {
  return writeXlsx(describeWorkbook([goodReport(), brokenReport(), roundingReport()], OPTIONS));
}

async function edited(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The message a reader gives, or "" when it reads the book. */
async function messageOf(read: Promise<unknown>): Promise<string> {
  try {
    await read;
    return "";
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookLayoutError);
    return (e as Error).message;
  }
}

/** A sheet's XML made as it is zipped, never whole in memory: `head`, `body` `times` times, `tail`. */
function lazyXml(head: string, body: string, times: number, tail: string): Readable {
  const batch = body.repeat(Math.max(1, Math.floor((1 << 20) / body.length)));
  const per = batch.length / body.length;
  return Readable.from(
    (function* () {
      yield head;
      for (let n = 0; n < times; n += per) yield n + per <= times ? batch : body.repeat(times - n);
      yield tail;
    })(),
  );
}

/** A minimal .xlsx of the given sheets' XML (no styles, no shared strings unless given). */
async function rawBook(sheets: [string, string | Readable][], sharedStrings?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file("xl/workbook.xml", `<workbook xmlns:r="r"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`);
  sheets.forEach(([, xml], i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  if (sharedStrings !== undefined) zip.file("xl/sharedStrings.xml", sharedStrings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const sheetXml = (rows: string, dimension = "") => `<worksheet>${dimension}<sheetData>${rows}</sheetData></worksheet>`;

describe("the first look", () => {
  test("names every sheet and reads the header rows of those the reader reads, shared strings and all", async () => {
    const bytes = await ours();
    const { peek } = await peekXlsx(bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(peek.names).toEqual(wb.worksheets.map((w) => w.name));
    expect(peek.read.map((s) => s.name).sort()).toEqual([SHEET_NAMES.indicators, SHEET_NAMES.submitted, SHEET_NAMES.evidence, SHEET_NAMES.about, SHEET_NAMES.review].sort());
    for (const s of peek.read) {
      const ws = wb.getWorksheet(s.name)!;
      for (const [r, cells] of s.head) for (const [c, v] of cells) expect(v).toEqual(ws.getCell(r, c).text === "" ? null : (ws.getCell(r, c).value as unknown));
      if (s.name === SHEET_NAMES.indicators) expect(s.head.get(3)?.get(1)).toBe("region");
      if (s.name === SHEET_NAMES.review) expect(s.head.get(2)?.get(1)).toBe("region");
    }
  });

  test("the streamed writer's books (inline text) look the same as the in-memory writer's", async () => {
    const reports = [goodReport(), brokenReport()];
    const a = await peekXlsx(await writeXlsx(describeWorkbook(reports, OPTIONS)));
    const b = await peekXlsx(await writeXlsxStream(describeLazily(reports, OPTIONS)));
    const heads = (p: typeof a) => p.peek.read.map((s) => [s.name, s.head.get(3) ?? s.head.get(2)]);
    expect(heads(b)).toEqual(heads(a));
  });

  test("a book of ours reads as the whole load read it, with and without its reports", async () => {
    const bytes = await ours();
    for (const reports of [true, false]) expect(await readWorkbook(bytes, { reports })).toEqual(await readWorkbookWhole(bytes, { reports }));
    const streamed = await writeXlsxStream(describeLazily([goodReport(), roundingReport()], OPTIONS));
    expect(await readWorkbook(streamed, { reports: true })).toEqual(await readWorkbookWhole(streamed, { reports: true }));
  });

  test("a book of another layout gets the reader's own message, before any load", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "not the standard workbook";
    const bytes = new Uint8Array(await other.xlsx.writeBuffer());
    const msg = await messageOf(readWorkbook(bytes));
    expect(msg).toContain("报送");
    expect(msg).toBe(await messageOf(readWorkbookWhole(bytes)));
    await expect(checkBook(bytes)).rejects.toBeInstanceOf(WorkbookLayoutError);
  });

  test("a wrong header, a missing 出处, a repeated code: the same message as the whole load", async () => {
    const bytes = await ours();
    const cases: [string, (wb: ExcelJS.Workbook) => void, boolean][] = [
      ["unit key", (wb) => (wb.getWorksheet(SHEET_NAMES.indicators)!.getCell("A3").value = "地区"), false],
      ["code", (wb) => (wb.getWorksheet(SHEET_NAMES.indicators)!.getCell("J3").value = "not.a.code"), false],
      ["no codes", (wb) => wb.getWorksheet(SHEET_NAMES.submitted)!.getRow(3).eachCell((c, i) => (c.value = i <= 7 ? c.value : null)), false],
      ["evidence header", (wb) => (wb.getWorksheet(SHEET_NAMES.evidence)!.getCell("A2").value = "x"), true],
      ["no evidence", (wb) => wb.removeWorksheet(wb.getWorksheet(SHEET_NAMES.evidence)!.id), true],
    ];
    for (const [what, edit, reports] of cases) {
      const book = await edited(bytes, edit);
      const msg = await messageOf(readWorkbook(book, { reports }));
      expect([what, msg]).toEqual([what, await messageOf(readWorkbookWhole(book, { reports }))]);
      expect([what, msg === ""]).toEqual([what, false]);
    }
  });

  test("not a zip, an empty file: the message says it is not an .xlsx workbook", async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode("PK not really a zip")]) {
      expect(await messageOf(readWorkbook(bytes))).toContain("not an .xlsx workbook");
    }
  });
});

describe("a book too large to read is refused before it is loaded", () => {
  const header = (sheet: "指标" | "报送") =>
    row(3, ["region", "division", "level", "year", "published", "source", sheet === "指标" ? "status" : "note", "recon.received"].map((k, i) => `<c r="${String.fromCharCode(65 + i)}3" t="inlineStr"><is><t>${k}</t></is></c>`).join(""));
  const ourSheets = (extra: string, dimension = ""): [string, string][] => [
    [SHEET_NAMES.indicators, sheetXml(header("指标") + extra, dimension)],
    [SHEET_NAMES.submitted, sheetXml(header("报送"))],
  ];

  test("by the rows its <dimension> declares: nothing inflated past the header", async () => {
    const bytes = await rawBook(ourSheets("", `<dimension ref="A1:H900000"/>`));
    const e = await checkBook(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BookTooLargeError);
    expect((e as BookTooLargeError).sheet).toBe(SHEET_NAMES.indicators);
    expect((e as BookTooLargeError).rows).toBe(900000);
  });

  test("by its rows counted as the sheet streams by (no <dimension>, small rows)", async () => {
    const limits = { ...BOOK_LIMITS, maxRows: 5_000 };
    const rows = Array.from({ length: 6_000 }, (_, i) => row(i + 4, `<c r="A${i + 4}" t="inlineStr"><is><t>x</t></is></c>`)).join("");
    const e = await checkBook(await rawBook(ourSheets(rows)), {}, limits).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BookTooLargeError);
    expect((e as BookTooLargeError).rows).toBe(6_001); // the header row and 6,000 rows
    await expect(checkBook(await rawBook(ourSheets(rows)), {}, { ...limits, maxRows: 7_000 })).resolves.toBeDefined();
  });

  test("审核 is counted with the sheets read: one of too many rows is refused before loading; a book without it is read", async () => {
    const limits = { ...BOOK_LIMITS, maxRows: 5_000 };
    const rows = Array.from({ length: 6_000 }, (_, i) => row(i + 3, `<c r="A${i + 3}" t="inlineStr"><is><t>x</t></is></c>`)).join("");
    const review = sheetXml(row(2, `<c r="A2" t="inlineStr"><is><t>region</t></is></c>`) + rows);
    const e = await checkBook(await rawBook([...ourSheets(""), [SHEET_NAMES.review, review]]), {}, limits).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BookTooLargeError);
    expect((e as BookTooLargeError).sheet).toBe(SHEET_NAMES.review);
    const { size } = await checkBook(await rawBook(ourSheets("")), {}, limits);
    expect(size.sheets.map((s) => s.name)).toEqual([SHEET_NAMES.indicators, SHEET_NAMES.submitted]);
  });

  test("a sheet of our layout with 150 MB of rows (a zip of under 1 MB) is refused by its size, in a few seconds", async () => {
    const one = row(4, `<c r="A4" t="inlineStr"><is><t>${"x".repeat(100)}</t></is></c>`);
    const times = Math.ceil((150 * 1024 * 1024) / one.length);
    const bytes = await rawBook([
      [SHEET_NAMES.indicators, lazyXml(`<worksheet><sheetData>${header("指标")}`, one, times, "</sheetData></worksheet>")],
      [SHEET_NAMES.submitted, sheetXml(header("报送"))],
    ]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const t0 = Date.now();
    const e = await readWorkbook(bytes).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BookTooLargeError);
    expect((e as Error).message).toContain("100 MB");
    expect(Date.now() - t0).toBeLessThan(10_000);
  }, 120_000);

  test("a sheet of another layout with 150 MB of rows is refused by its layout, its rows never inflated", async () => {
    const one = row(2, `<c r="A2" t="inlineStr"><is><t>${"x".repeat(100)}</t></is></c>`);
    const times = Math.ceil((150 * 1024 * 1024) / one.length);
    const bytes = await rawBook([
      ["Sheet1", lazyXml("<worksheet><sheetData>", one, times, "</sheetData></worksheet>")],
      // rows out of order (all row 2): the look at the header stops at the second
      [SHEET_NAMES.indicators, lazyXml("<worksheet><sheetData>", one, times / 5, "</sheetData></worksheet>")],
    ]);
    const t0 = Date.now();
    const msg = await messageOf(readWorkbook(bytes));
    expect(msg).toContain(`缺少工作表“${SHEET_NAMES.submitted}”`);
    expect(Date.now() - t0).toBeLessThan(3_000);
  }, 120_000);
});

describe("the streaming XML scanner", () => {
  const xml = `<?xml version="1.0"?><!-- a > comment --><sst><si><t xml:space="preserve">a &amp; b &#x4e2d;&#25991;</t></si><si><r><t>ri</t></r><r><t>ch</t></r><rPh><t>PH</t></rPh></si><si><t><![CDATA[<raw>]]></t></si><x a='1>2' b="q"/></sst>`;
  function events(pieces: string[]): string[] {
    const out: string[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push(`text:${text}`);
      text = "";
    };
    const s = new XmlScanner({
      open: (n, a, self) => (flush(), out.push(`open:${n}:${JSON.stringify(a)}:${self}`)),
      close: (n) => (flush(), out.push(`close:${n}`)),
      text: (t) => (text += t),
    });
    for (const p of pieces) s.push(p);
    flush();
    return out;
  }

  test("gives the same tags and text however the input is cut", () => {
    const whole = events([xml]);
    expect(whole).toContain("text:a & b 中文");
    expect(whole).toContain("text:<raw>");
    expect(whole).toContain(`open:x:{"a":"1>2","b":"q"}:true`);
    for (let i = 1; i < xml.length; i++) for (const j of [i + 1, i + 7]) expect(events([xml.slice(0, i), xml.slice(i, j), xml.slice(j)])).toEqual(whole);
  });

  test("is linear: 4 MB of unclosed tags or quotes, fed in small pieces, ends at once with a message", () => {
    for (const bad of ["<c a='".padEnd(4 << 20, "x"), "<".repeat(4 << 20), "<!--".padEnd(4 << 20, "-")]) {
      const s = new XmlScanner({});
      const t0 = Date.now();
      expect(() => {
        for (let i = 0; i < bad.length; i += 16_384) s.push(bad.slice(i, i + 16_384));
      }).toThrow(WorkbookLayoutError);
      expect(Date.now() - t0).toBeLessThan(2_000);
    }
  });
});
