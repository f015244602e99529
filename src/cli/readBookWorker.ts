/**
 * Worker thread: reads one workbook (fill's --out or --submitted) and posts what the reader
 * found, or why it could not. Run by readBook.ts, which stops it past its time limit.
 * The reader looks at the book first (peekXlsx.ts): a book of another layout, or one larger than
 * it can load in this worker's heap, is refused before any sheet is loaded. The reviewer's
 * decisions (审核) are read here with the other sheets, under the same limits. With `measure`, the reply
 * also carries the worker's time and peak memory (scripts/bench-read-book.ts).
 */
import { parentPort } from "node:worker_threads";
import { BookTooLargeError } from "../workbook/peekXlsx";
import { WorkbookLayoutError } from "../workbook/readWorkbook";
import { readWorkbook } from "../workbook/readXlsx";
import { messages } from "./messages";

if (!parentPort) throw new Error("readBookWorker.ts must run in a worker thread");
const port = parentPort;

function messageOf(e: unknown): string {
  if (e instanceof BookTooLargeError) {
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    return messages().bookTooLarge(e.sheet, e.rows, mb(e.xmlBytes), e.limits.maxRows, mb(e.limits.maxXmlBytes));
  }
  return e instanceof Error ? e.message : String(e);
}

port.once("message", async (msg: { bytes: Uint8Array; reports: boolean; measure?: boolean }) => {
  const t0 = performance.now();
  let peakHeap = 0;
  const sample = msg.measure ? setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10) : undefined;
  const measured = () => {
    if (sample) clearInterval(sample);
    return msg.measure ? { measured: { ms: Math.round(performance.now() - t0), peakHeapMB: Math.round(Math.max(peakHeap, process.memoryUsage().heapUsed) / (1024 * 1024)) } } : {};
  };
  try {
    const book = await readWorkbook(msg.bytes, { reports: msg.reports });
    port.postMessage({ ok: true, book, ...measured() });
  } catch (e) {
    // a book too large is a layout error too: fill names the file in front of the message
    port.postMessage({ ok: false, layout: e instanceof WorkbookLayoutError, message: messageOf(e), ...measured() });
  }
});
