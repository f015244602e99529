/**
 * Reading a book for fill (--out, --submitted), before and after the first look (peekXlsx.ts):
 * time and peak memory of the worker that reads it, for hostile books of another layout (about
 * 20 MB, as a --submitted) and for books of ours of 1,000, 5,000 and 10,000 reports (as an --out).
 *
 *   before: the worker loads the whole book with ExcelJS, then reads it (readWorkbookWhole)
 *   after:  the worker looks first, refuses or loads only the sheets it reads (readWorkbook)
 *
 * Each run is a child process of its own (its peak RSS is its own, the worker's included) and
 * goes through readBookLimited: the same worker thread, heap limit (1.5 GB) and time limit as fill.
 * Books are made once into the OS temp folder and kept for later runs.
 *
 * Figures of 2026-12-04 (2 shared cores, other work running: times vary by 2-5x run to run; the
 * worker's peak heap is sampled every 10 ms; peak RSS is the child's, about 220 MB of it the
 * process, the worker's start and the book's bytes):
 *
 *   case                 mode    book MB   worker ms  peak heap MB  peak RSS MB  outcome
 *   other-20mb           before     19.5   9647-54700   934-995    1214-1318   refused (no 报送)
 *   other-20mb           after      19.5       77-135        18      222-223   refused (no 报送), same message
 *   other-baosong-20mb   before     19.5  10796-20810   961-1064   1351-1365   refused (header A3)
 *   other-baosong-20mb   after      19.5       98-209        18      225-241   refused (header A3), same message
 *   ours-1000            before      4.5   8546-9785    325-339     576-595    read
 *   ours-1000            after       4.5   5115-6504    186-239     427-465    read, the same book
 *   ours-5000            before     22.8  47663-62376  1430-1434   1818-1836   read (7% under the heap limit)
 *   ours-5000            after      22.8  20202-29848  1021-1037   1419-1439   read
 *   ours-10000           before     45.6   (out of heap after 50-55 s)        1784-1787   refused: needs more than 1536 MB
 *   ours-10000           after      45.6       365           20      304-307   refused at once: 175 MB of sheet data, 100 MB read
 *
 *   node --import tsx scripts/bench-read-book.ts            all cases, before and after
 *   node --import tsx scripts/bench-read-book.ts other-20mb  one case
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { isMainThread, parentPort } from "node:worker_threads";
import JSZip from "jszip";
import { syntheticReports } from "../bench/workbook";
import { readBookLimited } from "../src/cli/readBook";
import { describeLazily } from "../src/workbook/describe";
import { WorkbookLayoutError } from "../src/workbook/readWorkbook";
import { readWorkbookWhole } from "../src/workbook/readXlsx";
import { writeXlsxStream } from "../src/workbook/writeXlsxStream";

interface Case {
  name: string;
  what: string;
  reports: boolean;
  make: (file: string) => Promise<void>;
}

/** Deterministic pseudo-random numbers (runs are comparable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COLS = "ABCDEFGHIJ";

/**
 * A workbook of another layout, as a department's own spreadsheet would be: `sheet` with a header
 * row of its own and rows of figures and names, about `mb` MB zipped (made as a stream).
 */
async function otherLayout(file: string, sheet: string, mb: number): Promise<void> {
  const r = rng(7);
  const rowsPerBatch = 2_000;
  const header = `<row r="1">${[..."项目名称单位数量金额备注"].slice(0, 10).map((h, i) => `<c r="${COLS[i]}1" t="inlineStr"><is><t>${h}${i}</t></is></c>`).join("")}</row>`;
  const batch = (first: number) => {
    let out = "";
    for (let n = first; n < first + rowsPerBatch; n++) {
      out += `<row r="${n}">`;
      for (let c = 0; c < 10; c++) {
        const ref = `${COLS[c]}${n}`;
        out += c % 3 === 0 ? `<c r="${ref}" t="inlineStr"><is><t>单位${Math.floor(r() * 1e9).toString(36)}</t></is></c>` : `<c r="${ref}"><v>${(r() * 1e7).toFixed(3)}</v></c>`;
      }
      out += "</row>";
    }
    return out;
  };
  // about 105 bytes zipped a row: rows for the size asked
  const rows = Math.round((mb * 1024 * 1024) / 105 / rowsPerBatch) * rowsPerBatch;
  const xml = Readable.from(
    (function* () {
      yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:J${rows + 1}"/><sheetData>${header}`;
      for (let n = 2; n < rows + 2; n += rowsPerBatch) yield batch(n);
      yield "</sheetData></worksheet>";
    })(),
  );
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file("xl/worksheets/sheet1.xml", xml);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } }));
}

/** A book of ours of `n` synthetic reports (the workbook bench's), written as fill writes it. */
async function ours(file: string, n: number): Promise<void> {
  const reports = syntheticReports(n, n);
  const inputs = reports.map((r) => ({ name: r.source, sha256: r.sha256 ?? "" }));
  writeFileSync(file, await writeXlsxStream(describeLazily(reports, { generatedAt: "2026-01-01T00:00:00.000Z", inputs })));
}

const CASES: Case[] = [
  { name: "other-20mb", what: "another layout (Sheet1), ~20 MB, as --submitted", reports: false, make: (f) => otherLayout(f, "Sheet1", 20) },
  { name: "other-baosong-20mb", what: "another layout whose sheet is named 报送, ~20 MB, as --submitted", reports: false, make: (f) => otherLayout(f, "报送", 20) },
  { name: "ours-1000", what: "ours, 1,000 reports, as --out", reports: true, make: (f) => ours(f, 1_000) },
  { name: "ours-5000", what: "ours, 5,000 reports, as --out", reports: true, make: (f) => ours(f, 5_000) },
  { name: "ours-10000", what: "ours, 10,000 reports, as --out", reports: true, make: (f) => ours(f, 10_000) },
];

const DIR = join(tmpdir(), "zhibiao-bench-read-book");

interface Run {
  case: string;
  mode: "before" | "after";
  bookMB: number;
  wallMs: number;
  workerMs: number | null;
  peakHeapMB: number | null;
  peakRssMB: number;
  outcome: string;
}

/** In the child: one read through readBookLimited, its figures printed as JSON. */
async function child(name: string, mode: "before" | "after"): Promise<void> {
  const c = CASES.find((x) => x.name === name)!;
  const file = join(DIR, `${name}.xlsx`);
  const bytes = new Uint8Array(readFileSync(file));
  let measured: { ms: number; peakHeapMB: number } | null = null;
  let peakRss = process.memoryUsage().rss;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  let outcome: string;
  try {
    const book = await readBookLimited(bytes, c.reports, 600_000, mode === "before" ? __filename : undefined, (m) => (measured = m));
    outcome = `read: ${book.indicators.length} reports, ${book.evidence.length} evidence rows`;
  } catch (e) {
    outcome = `refused: ${(e as Error).message.slice(0, 150)}`;
  }
  const wallMs = Math.round(performance.now() - t0);
  clearInterval(sample);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const m = measured as { ms: number; peakHeapMB: number } | null;
  const run: Run = { case: name, mode, bookMB: +(bytes.length / 1048576).toFixed(1), wallMs, workerMs: m?.ms ?? null, peakHeapMB: m?.peakHeapMB ?? null, peakRssMB: Math.round(peakRss / 1048576), outcome };
  process.stdout.write(JSON.stringify(run));
}

/** As the worker of "before": the whole book loaded, as the reader did before the first look. */
function wholeWorker(): void {
  const port = parentPort!;
  port.once("message", async (msg: { bytes: Uint8Array; reports: boolean; measure?: boolean }) => {
    const t0 = performance.now();
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 10);
    const measured = () => (clearInterval(sample), { measured: { ms: Math.round(performance.now() - t0), peakHeapMB: Math.round(Math.max(peak, process.memoryUsage().heapUsed) / 1048576) } });
    try {
      const book = await readWorkbookWhole(msg.bytes, { reports: msg.reports });
      port.postMessage({ ok: true, book, ...measured() });
    } catch (e) {
      port.postMessage({ ok: false, layout: e instanceof WorkbookLayoutError, message: (e as Error).message, ...measured() });
    }
  });
}

async function main(): Promise<void> {
  const [first, second] = process.argv.slice(2);
  if (first === "--child") return child(second!, process.argv[4] as "before" | "after");
  mkdirSync(DIR, { recursive: true });
  const cases = first ? CASES.filter((c) => c.name === first) : CASES;
  for (const c of cases) {
    const file = join(DIR, `${c.name}.xlsx`);
    if (!existsSync(file)) {
      const t0 = performance.now();
      await c.make(file);
      console.log(`made ${file}: ${(statSync(file).size / 1048576).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`);
    }
  }
  console.log("case                 mode    book MB   wall ms  worker ms  peak heap MB  peak RSS MB  outcome");
  for (const c of cases) {
    for (const mode of ["before", "after"] as const) {
      const out = execFileSync(process.execPath, ["--import", "tsx", __filename, "--child", c.name, mode], { encoding: "utf8", maxBuffer: 16 << 20, timeout: 900_000 });
      const r = JSON.parse(out) as Run;
      console.log(
        `${r.case.padEnd(20)} ${r.mode.padEnd(7)} ${String(r.bookMB).padStart(7)} ${String(r.wallMs).padStart(9)} ${String(r.workerMs ?? "-").padStart(10)} ${String(r.peakHeapMB ?? "-").padStart(13)} ${String(r.peakRssMB).padStart(12)}  ${r.outcome.replace(/\s+/g, " ")}`,
      );
    }
  }
}

if (isMainThread) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else wholeWorker();
