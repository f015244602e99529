/**
 * WorkbookDescription → .xlsx bytes with ExcelJS's streaming writer
 * (stream.xlsx.WorkbookWriter): each row is committed as it is made, so the
 * spreadsheet model never holds the whole book (the CLI; Node only). The cells
 * are written by the same code as the in-memory writer (writeXlsx.ts).
 *
 * Internal links (a value → its 出处 row) keep the cell a number: they are
 * handed to the sheet's hyperlink list as `location` links, which ExcelJS 4
 * writes as `<hyperlink ref location>` (checked below, with a clear error if
 * a later ExcelJS changes that).
 */
import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import type { Cell } from "./description";
import { placedRows, type LazyDescription } from "./lazySheet";
import { prepareSheet, sharedStyles, sheetOptions, writeRows, type Link, type SheetTarget } from "./writeXlsx";

interface StreamSheet {
  commit(): void;
  _sheetRelsWriter?: { _hyperlinks?: { address: string; target: string }[] };
}

function addLinks(ws: StreamSheet, links: Link[]): void {
  const list = ws._sheetRelsWriter?._hyperlinks;
  if (!Array.isArray(list)) throw new Error("writeXlsxStream: this ExcelJS has no hyperlink list on streamed sheets; internal links cannot be written");
  for (const l of links) list.push({ address: l.ref, target: l.location });
}

/** Rows written before the writer yields to the event loop, so the zip stream can take them. */
const ROWS_PER_TURN = 500;

/** Bytes committed but not yet compressed that the writer lets wait before it waits itself. */
const MAX_PENDING = 96 * 1024 * 1024; // 40 MB made the writer sleep half its time on 10,000 reports

/**
 * Waits until the zip stream has taken most of what was committed: the rows are made much
 * faster than they are deflated, and without this the whole book would wait in buffers.
 * (Pending bytes = buffers in memory less those there before it started and less the
 * finished output this writer holds.)
 */
async function drained(output: () => number, base: number): Promise<void> {
  const pending = () => process.memoryUsage().arrayBuffers - base - output();
  await new Promise((resolve) => setImmediate(resolve));
  // yield to the zip (its deflate callbacks) until it has caught up, a bounded number of turns
  for (let turns = 0; pending() > MAX_PENDING && turns < 5000; turns++) await new Promise((resolve) => setImmediate(resolve));
}

function* inChunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Writes the described workbook with the streaming writer; returns the .xlsx file's bytes.
 * Its input is describeLazily's, typed in this process (not a boundary): cells are not
 * re-validated one by one (400,000 of them for 1,000 reports).
 */
export async function writeXlsxStream(d: LazyDescription): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  let output = 0;
  sink.on("data", (c: Buffer) => {
    chunks.push(c);
    output += c.length;
  });
  const done = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } } as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions);
  wb.creator = d.properties.creator;
  const created = new Date(d.properties.created);
  if (!Number.isNaN(created.getTime())) {
    wb.created = created;
    wb.modified = created;
  }
  const sharedStyle = sharedStyles(d.styles);
  const base = process.memoryUsage().arrayBuffers;
  for (const sheet of d.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
    const target = ws as unknown as SheetTarget;
    prepareSheet(target, sheet, d.styles);
    const links: Link[] = [];
    for (const chunk of inChunks(placedRows(sheet), ROWS_PER_TURN)) {
      links.push(...writeRows(target, chunk, sharedStyle, (row) => row.commit(), (raw) => raw as Cell));
      await drained(() => output, base);
    }
    addLinks(ws as unknown as StreamSheet, links);
    (ws as unknown as StreamSheet).commit();
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
