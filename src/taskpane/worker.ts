/// <reference lib="webworker" />
/**
 * The extraction core in a Web Worker, so a batch of long reports never blocks the pane.
 * Every message in and out is validated with zod (messages.ts).
 */
import { extract } from "../core/extract";
import { WorkerRequestSchema, WorkerResponseSchema, type WorkerResponse } from "./messages";

type Post = (msg: WorkerResponse) => void;

/** Handles one message; exported for tests (no Worker needed). */
export function handleMessage(data: unknown, post: Post): void {
  const req = WorkerRequestSchema.safeParse(data);
  if (!req.success) {
    const id = typeof (data as { id?: unknown } | null)?.id === "number" ? (data as { id: number }).id : null;
    post({ type: "error", id, message: `invalid request: ${req.error.issues.map((i) => i.message).join("; ")}` });
    return;
  }
  const { id, text, source, sha256, pageStarts } = req.data;
  const t0 = Date.now();
  try {
    const result = extract(text, { source, ...(sha256 ? { sha256 } : {}), ...(pageStarts ? { pageStarts } : {}) });
    const out = WorkerResponseSchema.safeParse({ type: "result", id, result, ms: Date.now() - t0 });
    if (!out.success) {
      post({ type: "error", id, message: `the extractor returned an invalid result: ${out.error.issues[0]?.message ?? ""}` });
      return;
    }
    post(out.data);
  } catch (e) {
    post({ type: "error", id, message: e instanceof Error ? e.message : String(e) });
  }
}

declare const self: DedicatedWorkerGlobalScope;
if (typeof self !== "undefined" && typeof (self as { importScripts?: unknown }).importScripts === "function") {
  self.onmessage = (ev: MessageEvent) => handleMessage(ev.data, (m) => self.postMessage(m));
}
