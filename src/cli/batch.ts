/**
 * A batch: operands → inputs → tasks in the worker pool → one outcome per
 * input, in input order.
 */
import { expandInputs, type Input } from "./inputs";
import { runPool } from "./pool";
import { readStdinBounded } from "./stdin";
import { DEFAULT_TIMEOUT_MS, MAX_TEXT_BYTES, capJobs } from "./limits";
import type { TaskRequest, TaskResponse } from "./task";

export interface BatchOptions {
  mode: "read" | "extract";
  /** Worker threads asked for (default: cores, at most 4); capped by cores and free memory. */
  jobs?: number | null;
  timeoutMs?: number;
  wantText?: boolean;
  /** Called once the inputs are known (e.g. to start a progress bar). */
  onStart?: (total: number) => void;
  onDone?: (res: TaskResponse) => void;
}

export interface BatchItem {
  input: Input;
  response: TaskResponse;
}

export interface BatchOutcome {
  items: BatchItem[];
  notes: string[];
}

export async function runBatch(operands: string[], opts: BatchOptions): Promise<BatchOutcome> {
  const { inputs, notes } = expandInputs(operands);
  opts.onStart?.(inputs.length);
  const tasks: TaskRequest[] = [];
  const early = new Map<number, TaskResponse>();
  let stdinBytes: Uint8Array<ArrayBufferLike> | null = null;
  for (let id = 0; id < inputs.length; id++) {
    const input = inputs[id]!;
    if (input.kind === "error") {
      early.set(id, { id, ok: false, error: input.error, ms: 0 });
      continue;
    }
    if (input.kind === "stdin") {
      try {
        stdinBytes ??= await readStdinBounded(MAX_TEXT_BYTES);
      } catch (e) {
        early.set(id, { id, ok: false, error: `${input.source}: ${(e as Error).message}`, ms: 0 });
        continue;
      }
      tasks.push({ id, source: input.source, bytes: stdinBytes, mode: opts.mode, wantText: opts.wantText ?? false });
      continue;
    }
    tasks.push({ id, source: input.source, path: input.path, label: input.path, mode: opts.mode, wantText: opts.wantText ?? false });
  }
  for (const r of early.values()) opts.onDone?.(r);
  const done =
    tasks.length === 0
      ? []
      : await runPool(tasks, {
          jobs: capJobs(opts.jobs ?? null),
          timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          onDone: opts.onDone,
        });
  const byId = new Map<number, TaskResponse>(early);
  for (const r of done) byId.set(r.id, r);
  return { items: inputs.map((input, id) => ({ input, response: byId.get(id)! })), notes };
}
