/**
 * Reads a workbook for fill (--out, --submitted) in a worker thread with a time limit, so that
 * a hostile or enormous book stops with a message instead of hanging the command; what comes
 * back is checked against the reader's schema.
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import { ExistingWorkbookSchema, WorkbookLayoutError, type ExistingWorkbook } from "../workbook/readWorkbook";
import { bootstrap } from "./pool";

const ReplySchema = z.union([
  z.object({ ok: z.literal(true), book: ExistingWorkbookSchema }),
  z.object({ ok: z.literal(false), layout: z.boolean(), message: z.string() }),
]);

/** Heap for reading one book: a 10,000-report book needs well under this. */
const BOOK_HEAP_MB = 1536;

/** Thrown when reading took longer than its limit (the worker is stopped). */
export class BookReadTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`reading took longer than ${seconds} s`);
    this.name = "BookReadTimeout";
  }
}

export function readBookLimited(bytes: Uint8Array, reports: boolean, timeoutMs: number, workerFile = join(__dirname, "readBookWorker.ts")): Promise<ExistingWorkbook> {
  return new Promise((resolve, reject) => {
    // a book far larger than any return makes the worker run out of its heap, not the command
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
      if (!r.success) finish(() => reject(new Error(`the workbook reader answered in an unexpected shape: ${r.error.issues[0]?.message ?? ""}`)));
      else if (r.data.ok) {
        const book = r.data.book;
        finish(() => resolve(book));
      } else {
        const { layout, message } = r.data;
        finish(() => reject(layout ? new WorkbookLayoutError(message) : new Error(message)));
      }
    });
    worker.once("error", (e) =>
      finish(() =>
        reject((e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? new Error(`reading it needs more than ${BOOK_HEAP_MB} MB of memory: it is not a workbook this tool wrote, or far larger than one`) : e),
      ),
    );
    worker.postMessage({ bytes, reports });
  });
}
