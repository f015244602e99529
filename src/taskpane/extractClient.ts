/**
 * Runs the core in the pane's Web Worker (worker.js, created on first use so it is not
 * part of the pane's first load). One request at a time, answers validated with zod.
 * Where no Worker exists (tests, very old hosts) the core is loaded as a chunk and run inline.
 */
import type { ReportResult } from "../core/types";
import { WorkerResponseSchema, type ExtractRequest } from "./messages";

export interface ExtractJob {
  text: string;
  source: string;
  sha256?: string;
  pageStarts?: number[];
}
export type Extractor = (job: ExtractJob) => Promise<ReportResult>;

export function createWorkerExtractor(workerUrl = "worker.js", timeoutMs = 120_000): Extractor {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: ReportResult): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }>();

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
      if (m.type === "result") p.resolve(m.result);
      else p.reject(new Error(m.message));
    };
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault?.();
      failAll(`the extraction worker stopped: ${ev.message || "could not load worker.js"}`);
    };
    worker = w;
    return w;
  }

  return (job) =>
    new Promise<ReportResult>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error("the extraction took too long"));
        failAll("restarted after a timeout");
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      const req: ExtractRequest = {
        type: "extract",
        id,
        text: job.text,
        source: job.source,
        ...(job.sha256 ? { sha256: job.sha256 } : {}),
        ...(job.pageStarts ? { pageStarts: job.pageStarts } : {}),
      };
      try {
        ensure().postMessage(req);
      } catch (e) {
        pending.delete(id);
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
}

/** Inline fallback: the core as an on-demand chunk, run on the calling thread. */
export const inlineExtractor: Extractor = async (job) => {
  const { extract } = await import(/* webpackChunkName: "core" */ "../core/extract.js");
  return extract(job.text, { source: job.source, ...(job.sha256 ? { sha256: job.sha256 } : {}), ...(job.pageStarts ? { pageStarts: job.pageStarts } : {}) });
};

export function defaultExtractor(): Extractor {
  return typeof Worker === "function" ? createWorkerExtractor() : inlineExtractor;
}
