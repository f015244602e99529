/**
 * For other edges of the project (the `fill` command): the CLI's intake as a
 * function. Files, folders (recursively, by extension) and `-` for standard
 * input become one entry each, in order: the report text with its SHA-256
 * (and page starts for PDF), or the one-line error naming the file.
 * Reading runs in worker threads with the per-file time limit and size limits.
 */
import { runBatch } from "./batch";

export type InputText = { source: string; text: string; sha256: string; pageStarts?: number[]; format: string };
export type InputError = { source: string; error: string };
export type InputOutcome = InputText | InputError;

export interface ReadInputsOptions {
  /** Worker threads (default: up to 4). */
  jobs?: number;
  /** Per-file time limit in ms (default 30 000). */
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export function isInputError(x: InputOutcome): x is InputError {
  return typeof (x as InputError).error === "string";
}

export async function readInputs(paths: string[], opts: ReadInputsOptions = {}): Promise<InputOutcome[]> {
  let total = 0;
  let done = 0;
  const out = await runBatch(paths, {
    mode: "read",
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs,
    wantText: true,
    onStart: (n) => {
      total = n;
    },
    onDone: () => opts.onProgress?.(++done, total),
  });
  return out.items.map(({ input, response: r }) =>
    r.ok && r.read.text !== undefined
      ? {
          source: input.source,
          text: r.read.text,
          sha256: r.read.sha256,
          format: r.read.format,
          ...(r.read.pageStarts ? { pageStarts: r.read.pageStarts } : {}),
        }
      : { source: input.source, error: r.ok ? `${input.source}: no text` : r.error },
  );
}
