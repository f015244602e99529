/// <reference lib="webworker" />
/**
 * The pane's Web Worker: reads files (the core's intake: encodings, HTML, .docx, .pdf) and runs
 * the extraction core, so neither a large document nor a batch of long reports ever blocks the
 * pane. Every message in and out is validated with zod (messages.ts).
 *
 * PDFs: pdfjs is loaded here (its own chunk) and still parses in its own worker (pdf.worker,
 * started from this worker through GlobalWorkerOptions.workerPort); its worker, character maps
 * and fonts come from the pane's own origin (pdf.ts): no request leaves the origin.
 */
import { sha256Hex } from "./files";
import { extract } from "../core/extract";
import type { IntakeErrorKind } from "../core/intake/errors";
import { readDocument } from "../core/intake";
import type { PdfjsLike } from "../core/intake/pdf";
import { browserPdfjs } from "./pdf";
import { IntakeKindSchema, WorkerRequestSchema, WorkerResponseSchema, type IntakeKind, type ReadRequest, type WorkerResponse } from "./messages";

/** Compile-time check: the protocol's kinds are exactly the intake's (IntakeErrorKind). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const KINDS_MATCH: Same<IntakeKind, IntakeErrorKind> = true;

type Post = (msg: WorkerResponse) => void;

/** How the worker reads a file: the core's intake (part of worker.js, which loads on first use). */
export type IntakeReader = (bytes: Uint8Array, name: string) => Promise<{ text: string; format: string; pageStarts?: number[] }>;

let pdfjs: PdfjsLike | undefined;
/** Set by the worker's entry below: pdfjs for this worker's origin. Tests leave it unset. */
export function setPdfjs(p: PdfjsLike | undefined): void {
  pdfjs = p;
}

const defaultReader: IntakeReader = (bytes, name) => readDocument(bytes, name, pdfjs ? { pdfjs } : {});

/** The kind of an IntakeError (by shape: it may come from another chunk's copy of the class). */
function intakeKind(e: unknown): IntakeErrorKind | undefined {
  if (typeof e !== "object" || e === null || (e as { name?: unknown }).name !== "IntakeError") return undefined;
  const k = IntakeKindSchema.safeParse((e as { kind?: unknown }).kind);
  return k.success ? k.data : undefined;
}

function postChecked(post: Post, msg: WorkerResponse, id: number): void {
  const out = WorkerResponseSchema.safeParse(msg);
  if (!out.success) {
    post({ type: "error", id, message: `the worker produced an invalid answer: ${out.error.issues[0]?.message ?? ""}` });
    return;
  }
  post(out.data);
}

async function read(req: ReadRequest, post: Post, reader: IntakeReader): Promise<void> {
  const t0 = Date.now();
  const bytes = req.bytes instanceof Uint8Array ? req.bytes : new Uint8Array(req.bytes);
  try {
    const d = await reader(bytes, req.name);
    postChecked(
      post,
      { type: "text", id: req.id, text: d.text, format: d.format, ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}), ms: Date.now() - t0 },
      req.id,
    );
  } catch (e) {
    const kind = intakeKind(e);
    const message = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.slice(0, 300);
    post({ type: "error", id: req.id, message, ...(kind ? { kind } : {}) });
  }
}

/**
 * Handles one message; exported for tests (no Worker needed). Returns when the answer is posted
 * (reading is asynchronous: .docx and .pdf readers are loaded on demand).
 */
export async function handleMessage(data: unknown, post: Post, reader: IntakeReader = defaultReader): Promise<void> {
  const req = WorkerRequestSchema.safeParse(data);
  if (!req.success) {
    const id = typeof (data as { id?: unknown } | null)?.id === "number" ? (data as { id: number }).id : null;
    post({ type: "error", id, message: `invalid request: ${req.error.issues.map((i) => i.message).join("; ")}` });
    return;
  }
  if (req.data.type === "read") return read(req.data, post, reader);
  const { id, text, source, pageStarts } = req.data;
  // a pasted report has no file bytes to hash: its text's UTF-8 SHA-256 identifies it, so its decisions find it again
  const sha256 = req.data.sha256 ?? (await sha256Hex(new TextEncoder().encode(text)));
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
  // pdfjs is loaded (as its own chunk) only when a PDF arrives; its files are relative to worker.js
  setPdfjs(browserPdfjs(self.location.href));
  self.onmessage = (ev: MessageEvent) => void handleMessage(ev.data, (m) => self.postMessage(m));
}
