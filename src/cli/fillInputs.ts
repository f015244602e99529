/**
 * The inputs of `fill`, through the same pipeline as `extract`: files, folders
 * (recursively) and `-` go to the worker pool, each file read once and
 * extracted within the per-file time limit; an `extract --json` document
 * (.json) is read here and validated. Results come back in the order given.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import { ExtractDocumentSchema, isReportError, type ReportError, type ReportResult } from "../core/types";
import { runBatch } from "./batch";
import { MB } from "./limits";
import { messages } from "./messages";
import { makeProgress, type ProgressStream } from "./progress";
import { fsErrorMessage, sha256Hex } from "./task";

/** A file named in 说明: its name and SHA-256 ("" when an extract --json document did not give it). */
export interface FillInputFile {
  name: string;
  sha256: string;
}

export interface FillInputs {
  fresh: ReportResult[];
  errors: ReportError[];
  inputs: FillInputFile[];
}

export interface FillInputOptions {
  jobs: number | null;
  timeoutMs: number;
  /** One line per failed input (with its newline). */
  stderr: (line: string) => void;
  /** Where to draw a progress bar (when it is a terminal); none when absent. */
  progressStream?: ProgressStream;
}

/** An extract --json document is at most this large (a few hundred reports). */
const MAX_JSON_BYTES = 64 * MB;

const isJsonOperand = (op: string) => {
  if (op === "-" || !/\.json$/i.test(op)) return false;
  try {
    return !statSync(op).isDirectory();
  } catch {
    return true; // reported as unreadable below
  }
};

function readBounded(path: string, max: number): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > max) throw new Error(messages().jsonTooLarge(max));
    const buf = new Uint8Array(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, null);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

/** `label: reason` → reason (the book's 说明 names the source in its own column). */
const reasonOf = (line: string, label: string) => (line.startsWith(`${label}: `) ? line.slice(label.length + 2) : line);

export async function readFillInputs(operands: string[], opts: FillInputOptions): Promise<FillInputs> {
  const m = messages();
  const perOperand: FillInputs[] = operands.map(() => ({ fresh: [], errors: [], inputs: [] }));

  // .json documents: read here (no extraction to run)
  operands.forEach((op, i) => {
    if (!isJsonOperand(op)) return;
    const slot = perOperand[i]!;
    const name = basename(op);
    let bytes: Uint8Array;
    try {
      bytes = readBounded(op, MAX_JSON_BYTES);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ? fsErrorMessage(e) : (e as Error).message;
      opts.stderr(`${op}: ${reason}\n`);
      slot.errors.push({ source: name, error: reason });
      return;
    }
    let doc;
    try {
      doc = ExtractDocumentSchema.parse(JSON.parse(new TextDecoder("utf-8").decode(bytes)));
    } catch (e) {
      const reason = m.jsonNotDocument((e as Error).message.split("\n")[0]!.slice(0, 200));
      opts.stderr(`${op}: ${reason}\n`);
      slot.errors.push({ source: name, error: reason });
      return;
    }
    // 说明 names the reports themselves (with the hash extract recorded), then the document
    for (const r of doc.reports) {
      if (isReportError(r)) slot.errors.push(r);
      else {
        slot.fresh.push(r);
        slot.inputs.push({ name: r.source, sha256: r.sha256 ?? "" });
      }
    }
    slot.inputs.push({ name, sha256: sha256Hex(bytes) });
  });

  // everything else: the worker pool, as extract
  const batchOperands: string[] = [];
  const operandOf: number[] = [];
  operands.forEach((op, i) => {
    if (isJsonOperand(op)) return;
    operandOf.push(i);
    batchOperands.push(op);
  });
  if (batchOperands.length > 0) {
    const progress = opts.progressStream ? makeProgress(opts.progressStream, true) : null;
    const out = await runBatch(batchOperands, {
      mode: "extract",
      jobs: opts.jobs,
      timeoutMs: opts.timeoutMs,
      onStart: (n) => progress?.start(n),
      onDone: (r) => {
        progress?.tick();
        if (r.ok) return;
        if (progress) progress.line(`${r.error}\n`);
        else opts.stderr(`${r.error}\n`);
      },
    });
    progress?.stop();
    for (const n of out.notes) opts.stderr(`${n}\n`);
    for (const { input, response } of out.items) {
      const slot = perOperand[operandOf[input.operand]!]!;
      const label = input.kind === "file" ? input.path : input.source;
      if (response.ok && response.result) {
        slot.fresh.push(response.result);
        slot.inputs.push({ name: input.source, sha256: response.read.sha256 });
      } else {
        slot.errors.push({ source: input.source, error: response.ok ? m.noText : reasonOf(response.error, label) });
      }
    }
  }
  return {
    fresh: perOperand.flatMap((s) => s.fresh),
    errors: perOperand.flatMap((s) => s.errors),
    inputs: perOperand.flatMap((s) => s.inputs),
  };
}
