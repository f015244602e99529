/**
 * Worker thread: reads one workbook (fill's --out or --submitted) and posts what the reader
 * found, or why it could not. Run by readBook.ts, which stops it past its time limit.
 */
import { parentPort } from "node:worker_threads";
import { WorkbookLayoutError } from "../workbook/readWorkbook";
import { readWorkbook } from "../workbook/readXlsx";

if (!parentPort) throw new Error("readBookWorker.ts must run in a worker thread");
const port = parentPort;
port.once("message", async (msg: { bytes: Uint8Array; reports: boolean }) => {
  try {
    port.postMessage({ ok: true, book: await readWorkbook(msg.bytes, { reports: msg.reports }) });
  } catch (e) {
    port.postMessage({ ok: false, layout: e instanceof WorkbookLayoutError, message: e instanceof Error ? e.message : String(e) });
  }
});
