/**
 * Reads a workbook for fill (--out, --submitted) in a worker thread with a time limit, so that
 * a hostile or enormous book stops with a message instead of hanging the command; what comes
 * back, the reviewer's decisions (审核) with the rest, is checked against the reader's schema.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { ExistingWorkbookSchema, WorkbookLayoutError, type ExistingWorkbook } from "../workbook/readWorkbook";
import { messages } from "./messages";
import { bootstrap } from "./pool";

/** The worker's time and peak heap, when asked for (the bench). */
const MeasuredSchema = z.object({ ms: z.number(), peakHeapMB: z.number() }).optional();
const ReplySchema = z.union([
  z.object({ ok: z.literal(true), book: ExistingWorkbookSchema, measured: MeasuredSchema }),
  z.object({ ok: z.literal(false), layout: z.boolean(), message: z.string(), measured: MeasuredSchema }),
]);
export type BookReadMeasure = NonNullable<z.infer<typeof MeasuredSchema>>;

/**
 * Heap for reading one book. The reader refuses, before loading, a book whose sheets hold more
 * than it can read in this (workbook/peekXlsx.ts, BOOK_LIMITS: about 5,000 reports); the limit
 * stays for what the first look cannot see (a book dense beyond any this tool writes).
 */
const BOOK_HEAP_MB = 1536;

/** Thrown when reading took longer than its limit (the worker is stopped). */
export class BookReadTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`reading took longer than ${seconds} s`);
    this.name = "BookReadTimeout";
  }
}

export function readBookLimited(bytes: Uint8Array, reports: boolean, timeoutMs: number, workerFile = join(__dirname, "readBookWorker.ts"), onMeasure?: (m: BookReadMeasure) => void): Promise<ExistingWorkbook> {
  return new Promise((resolve, reject) => {
    // a book denser than the first look can tell makes the worker run out of its heap, not the command
    const worker = new Worker(bootstrap(workerFile), { eval: true, stdout: false, stderr: false, resourceLimits: { maxOldGenerationSizeMb: BOOK_HEAP_MB } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new BookReadTimeout(Math.round(timeoutMs / 1000)));
    }, timeoutMs);
    const finish = (f: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    worker.once("message", (m: unknown) => {
      const r = ReplySchema.safeParse(m);
      if (!r.success) return finish(() => reject(new Error(`the workbook reader answered in an unexpected shape: ${r.error.issues[0]?.message ?? ""}`)));
      if (r.data.measured) onMeasure?.(r.data.measured);
      if (r.data.ok) {
        const book = r.data.book;
        finish(() => resolve(book));
      } else {
        const { layout, message } = r.data;
        finish(() => reject(layout ? new WorkbookLayoutError(message) : new Error(message)));
      }
    });
    worker.once("error", (e) =>
      finish(() =>
        // a layout error, so that fill names the file in front of the message
        reject((e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? new WorkbookLayoutError(messages().bookOutOfMemory(BOOK_HEAP_MB)) : e),
      ),
    );
    worker.postMessage({ bytes, reports, ...(onMeasure ? { measure: true } : {}) });
  });
}
