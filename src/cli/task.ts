/**
 * The work for one input, shared by the worker thread and in-process callers:
 * read the bytes (within the size limit), turn them into text (intake), and
 * optionally extract. Errors come back as one-line messages, never thrown.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import { z } from "zod";
import { readDocument, isIntakeError } from "../core/intake";
import { extract } from "../core/extract";
import { ReportResultSchema } from "../core/types";
import { MAX_TEXT_CHARS, maxBytesFor, tooLargeMessage } from "./limits";
import { messages } from "./messages";

export const TaskRequestSchema = z.object({
  id: z.number().int(),
  /** Name shown to the user and used as `source` (the basename). */
  source: z.string(),
  /** How messages name the input: the path as given (default: source). */
  label: z.string().optional(),
  /** Path to read, or the bytes themselves (standard input). */
  path: z.string().optional(),
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, "bytes").optional(),
  mode: z.enum(["read", "extract"]),
  /** Send back the text the core saw (for --save-text and the text command). */
  wantText: z.boolean().default(false),
});
export type TaskRequest = z.input<typeof TaskRequestSchema>;

export const ReadOkSchema = z.object({
  text: z.string(),
  sha256: z.string(),
  format: z.string(),
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});
export type ReadOk = z.infer<typeof ReadOkSchema>;

export const TaskResponseSchema = z.discriminatedUnion("ok", [
  z.object({
    id: z.number().int(),
    ok: z.literal(true),
    read: ReadOkSchema.partial({ text: true }),
    result: ReportResultSchema.optional(),
    ms: z.number(),
  }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.string(), ms: z.number() }),
]);
export type TaskResponse = z.infer<typeof TaskResponseSchema>;

/** What a worker is doing with a task: sent before extraction starts, so a time-out can say which part was slow. */
export const TaskPhaseSchema = z.object({ id: z.number().int(), phase: z.literal("extract") });
export type TaskPhase = z.infer<typeof TaskPhaseSchema>;

/** A user-facing one-line message for a file-system error. */
export function fsErrorMessage(e: unknown): string {
  const m = messages();
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return m.notFound;
    case "EACCES":
    case "EPERM":
      return m.permission;
    case "EISDIR":
      return m.isFolder;
    case "EMFILE":
    case "ENFILE":
      return m.tooManyOpen;
    default:
      return m.cannotRead(code ?? (e instanceof Error ? e.message.split("\n")[0]! : String(e)));
  }
}

class TaskError extends Error {}

/** Read a file whole, refusing it by size before reading (bounded memory). */
export function readBytesBounded(path: string, max: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new TaskError(fsErrorMessage(e));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new TaskError(messages().isFolder);
    if (st.size > max) throw new TaskError(tooLargeMessage(st.size, max));
    const buf = new Uint8Array(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, null);
      if (n === 0) break;
      off += n;
    }
    return off === st.size ? buf : buf.subarray(0, off);
  } catch (e) {
    if (e instanceof TaskError) throw e;
    throw new TaskError(fsErrorMessage(e));
  } finally {
    closeSync(fd);
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Run one task. Never throws: failures are `{ok: false, error}` with a
 * one-line message naming the file. `onPhase` is told when reading is done
 * and extraction begins.
 */
export async function runTask(req: TaskRequest, onPhase?: (p: TaskPhase) => void): Promise<TaskResponse> {
  const t0 = performance.now();
  const m = messages();
  const r = TaskRequestSchema.parse(req);
  const label = r.label ?? r.source;
  try {
    const max = maxBytesFor(r.source);
    let bytes: Uint8Array;
    if (r.bytes) {
      if (r.bytes.length > max) throw new TaskError(tooLargeMessage(r.bytes.length, max));
      bytes = r.bytes;
    } else if (r.path !== undefined) {
      bytes = readBytesBounded(r.path, max);
    } else throw new TaskError(m.noContent);
    const sha256 = sha256Hex(bytes);
    const doc = await readDocument(bytes, r.source);
    if (doc.text.length > MAX_TEXT_CHARS) throw new TaskError(m.textTooLarge(doc.text.length, MAX_TEXT_CHARS));
    const read: ReadOk = { text: doc.text, sha256, format: doc.format, ...(doc.pageStarts ? { pageStarts: doc.pageStarts } : {}) };
    let result;
    if (r.mode === "extract") {
      onPhase?.({ id: r.id, phase: "extract" });
      result = ReportResultSchema.parse(
        extract(doc.text, { source: r.source, sha256, ...(doc.pageStarts ? { pageStarts: doc.pageStarts } : {}) }),
      );
    }
    const { text, ...rest } = read;
    return { id: r.id, ok: true, read: r.wantText || r.mode === "read" ? read : rest, ...(result ? { result } : {}), ms: performance.now() - t0 };
  } catch (e) {
    const msg =
      e instanceof TaskError
        ? `${label}: ${e.message}`
        : isIntakeError(e)
          ? `${label}: ${m.intake(e.kind, e.message)}`
          : `${label}: ${m.bug(e instanceof Error ? e.message.split("\n")[0]!.slice(0, 200) : String(e))}`;
    return { id: r.id, ok: false, error: msg, ms: performance.now() - t0 };
  }
}
