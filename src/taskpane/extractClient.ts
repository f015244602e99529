/**
 * The pane's Web Worker (worker.js, created on first use so it is not part of the pane's first
 * load) does both heavy steps: reading a file (the core's intake: .docx, .pdf, encodings, HTML)
 * and extracting. The UI thread only hands it bytes or text. One worker, requests answered by
 * id, answers validated with zod. Where no Worker exists (tests, very old hosts) the core is
 * loaded as a chunk and run inline.
 *
 * Time limit: each request (reading a file, extracting a report) has WORKER_TIME_LIMIT_MS. A
 * request past it is stopped: the worker is terminated (a stuck regular expression cannot be
 * interrupted any other way), the request fails with a typed error the pane words in its
 * language, and the next request starts a fresh worker, so the batch goes on.
 */
import type { ReportResult } from "../core/types";
import type { DocumentReader } from "./files";
import { WorkerResponseSchema, type ExtractRequest, type IntakeKind, type ReadRequest, type WorkerResponse } from "./messages";

export interface ExtractJob {
  text: string;
  source: string;
  sha256?: string;
  pageStarts?: number[];
}
export type Extractor = (job: ExtractJob) => Promise<ReportResult>;

/** The per-file time limit of the pane's worker, for reading and for extracting (each). */
export const WORKER_TIME_LIMIT_MS = 60_000;

/** An extraction stopped at the time limit (the worker was terminated). */
export class ExtractTimeoutError extends Error {
  constructor(readonly seconds: number) {
    super(`the extraction took longer than ${seconds} s and was stopped`);
    this.name = "ExtractTimeoutError";
  }
}

/** A file could not be read: `kind` is the intake's (IntakeError) when known; `message` is English. */
export class DocumentReadError extends Error {
  constructor(
    message: string,
    readonly kind?: IntakeKind,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}

type Answer = Exclude<WorkerResponse, { type: "error" }>;
type RequestBody = Omit<ExtractRequest, "id"> | Omit<ReadRequest, "id">;

export interface WorkerClient {
  extract: Extractor;
  read: DocumentReader;
}

export function createWorkerClient(workerUrl = "worker.js", timeoutMs = WORKER_TIME_LIMIT_MS): WorkerClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: Answer): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();

  function failAll(message: string): void {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new Error(message));
      pending.delete(id);
    }
    worker?.terminate();
    worker = null;
  }

  function ensure(): Worker {
    if (worker) return worker;
    const w = new Worker(workerUrl);
    w.onmessage = (ev: MessageEvent) => {
      const msg = WorkerResponseSchema.safeParse(ev.data);
      if (!msg.success) {
        failAll(`invalid message from the worker: ${msg.error.issues[0]?.message ?? ""}`);
        return;
      }
      const m = msg.data;
      if (m.type === "error" && m.id === null) return failAll(m.message);
      const p = m.id === null ? undefined : pending.get(m.id);
      if (!p) return;
      pending.delete(m.id as number);
      clearTimeout(p.timer);
      if (m.type === "error") p.reject(new DocumentReadError(m.message, m.kind));
      else p.resolve(m);
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault?.();
      failAll(`the worker stopped: ${ev.message || "could not load worker.js"}`);
    };
    worker = w;
    return w;
  }

  function request(body: RequestBody, transfer: Transferable[], onTimeout: () => Error): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(onTimeout());
        // stop the stuck worker; the next request starts a new one
        failAll("the worker was restarted after another file ran past its time limit");
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        ensure().postMessage({ ...body, id }, transfer);
      } catch (e) {
        pending.delete(id);
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  const extract: Extractor = async (job) => {
    const a = await request(
      {
        type: "extract",
        text: job.text,
        source: job.source,
        ...(job.sha256 ? { sha256: job.sha256 } : {}),
        ...(job.pageStarts ? { pageStarts: job.pageStarts } : {}),
      },
      [],
      () => new ExtractTimeoutError(Math.ceil(timeoutMs / 1000)),
    );
    if (a.type !== "result") throw new Error(`unexpected answer from the worker: ${a.type}`);
    return a.result;
  };

  const read: DocumentReader = async (bytes, name) => {
    // the bytes move to the worker (transferred, not copied); the caller is done with them
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const buffer = whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
    const a = await request(
      { type: "read", name, bytes: buffer },
      [buffer],
      () => new DocumentReadError(`reading the file took longer than ${Math.ceil(timeoutMs / 1000)} s and was stopped`, "timeout"),
    );
    if (a.type !== "text") throw new Error(`unexpected answer from the worker: ${a.type}`);
    return { text: a.text, ...(a.pageStarts ? { pageStarts: a.pageStarts } : {}) };
  };

  return { extract, read };
}

/** Only the extractor of a worker client (kept for callers that need no file reading). */
export function createWorkerExtractor(workerUrl = "worker.js", timeoutMs = WORKER_TIME_LIMIT_MS): Extractor {
  return createWorkerClient(workerUrl, timeoutMs).extract;
}

/** Inline fallback: the core as an on-demand chunk, run on the calling thread. */
export const inlineExtractor: Extractor = async (job) => {
  const { extract } = await import(/* webpackChunkName: "core" */ "../core/extract.js");
  return extract(job.text, { source: job.source, ...(job.sha256 ? { sha256: job.sha256 } : {}), ...(job.pageStarts ? { pageStarts: job.pageStarts } : {}) });
};

/** Inline fallback for reading (no Worker at all): the intake as a chunk, on the calling thread. */
export const inlineReader: DocumentReader = async (bytes, name) => {
  const [intake, { browserPdfjs }] = await Promise.all([
    import(/* webpackChunkName: "intake" */ "../core/intake/index.js"),
    import(/* webpackChunkName: "pdf-loader" */ "./pdf.js"),
  ]);
  try {
    const d = await intake.readDocument(bytes, name, { pdfjs: browserPdfjs() });
    return { text: d.text, ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}) };
  } catch (e) {
    if (intake.isIntakeError(e)) throw new DocumentReadError(e.message, e.kind);
    throw e;
  }
};

/** The worker's extractor and reader, or the inline ones where no Worker exists. */
export function defaultWorkerClient(): WorkerClient {
  return typeof Worker === "function" ? createWorkerClient() : { extract: inlineExtractor, read: inlineReader };
}

export function defaultExtractor(): Extractor {
  return defaultWorkerClient().extract;
}
