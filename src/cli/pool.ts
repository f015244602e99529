/**
 * A small pool of worker threads, one task at a time per worker, with a
 * per-task time limit: a task that runs past it has its worker terminated
 * (and replaced), so a pathological file cannot hang the batch. Worker
 * replies are validated with zod when they cross back.
 */
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { TaskPhaseSchema, TaskResponseSchema, type TaskRequest, type TaskResponse } from "./task";
import { WORKER_HEAP_MB } from "./limits";
import { messages } from "./messages";

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  /** Heap limit per worker (MB); a file that needs more fails alone. */
  maxHeapMb?: number;
  onDone?: (res: TaskResponse) => void;
  /** The worker's module (default: ./worker.ts); tests give one that misbehaves on purpose. */
  workerFile?: string;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

const WORKER_FILE = join(__dirname, "worker.ts");

/**
 * The worker runs TypeScript through tsx's require hook (Node 20 does not
 * apply `--import tsx` from a worker's execArgv), loaded by absolute path so
 * the CLI works from any directory.
 */
/** The script a worker thread runs: tsx's require hook, then the TypeScript file. */
export function bootstrap(file: string): string {
  return `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(file)});`;
}

export async function runPool(tasks: TaskRequest[], opts: PoolOptions): Promise<TaskResponse[]> {
  const m = messages();
  const results = new Map<number, TaskResponse>();
  const queue = [...tasks];
  const n = Math.max(1, Math.min(opts.jobs, tasks.length));
  const slots: Slot[] = [];

  const spawn = (): Slot => {
    const worker = new Worker(bootstrap(opts.workerFile ?? WORKER_FILE), {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
      env: process.env, // the caller's environment as it is now (the locale picks the messages' language)
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMsg = (m: unknown) => {
        if ((m as { ready?: boolean })?.ready) {
          worker.off("message", onMsg);
          worker.off("error", reject);
          resolve();
        }
      };
      worker.on("message", onMsg);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the reader exited with code ${code} while starting`)));
      const t = setTimeout(() => reject(new Error("the reader did not start within 60 s")), 60_000);
      t.unref();
    });
    ready.catch(() => undefined); // awaited by the loop; never an unhandled rejection
    return { worker, ready, busy: false };
  };

  const runOne = (slot: Slot, task: TaskRequest): Promise<TaskResponse> =>
    new Promise<TaskResponse>((resolve) => {
      const t0 = performance.now();
      let settled = false;
      let extracting = false;
      const finish = (res: TaskResponse, replace: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        slot.worker.off("message", onMessage);
        slot.worker.off("error", onError);
        slot.worker.off("exit", onExit);
        if (replace) {
          void slot.worker.terminate().catch(() => undefined);
          const fresh = spawn();
          slot.worker = fresh.worker;
          slot.ready = fresh.ready;
        }
        resolve(res);
      };
      const fail = (error: string, replace: boolean) =>
        finish({ id: task.id, ok: false, error: `${task.label ?? task.source}: ${error}`, ms: performance.now() - t0 }, replace);
      const onMessage = (msg: unknown) => {
        const phase = TaskPhaseSchema.safeParse(msg);
        if (phase.success && phase.data.id === task.id) {
          extracting = true;
          return;
        }
        const parsed = TaskResponseSchema.safeParse(msg);
        if (!parsed.success || parsed.data.id !== task.id) {
          fail(m.malformedReply, true);
          return;
        }
        finish(parsed.data, false);
      };
      const onError = (e: Error) => {
        const oom = (e as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
        fail(oom ? m.outOfMemory : m.workerCrashed(e.message.split("\n")[0]!), true);
      };
      const onExit = (code: number) => fail(m.workerExited(code), true);
      const timer = setTimeout(
        () => fail(extracting ? m.timeoutExtract(opts.timeoutMs) : m.timeoutRead(opts.timeoutMs), true),
        opts.timeoutMs,
      );
      slot.worker.on("message", onMessage);
      slot.worker.on("error", onError);
      slot.worker.on("exit", onExit);
      slot.worker.postMessage(task);
    });

  const loop = async (slot: Slot) => {
    for (;;) {
      const task = queue.shift();
      if (!task) return;
      let res: TaskResponse;
      try {
        await slot.ready;
        res = await runOne(slot, task);
      } catch (e) {
        // the worker could not start: report on this task and retry with a fresh one
        res = {
          id: task.id,
          ok: false,
          error: `${task.label ?? task.source}: ${m.workerNoStart((e as Error).message.split("\n")[0]!)}`,
          ms: 0,
        };
        void slot.worker.terminate().catch(() => undefined);
        const fresh = spawn();
        slot.worker = fresh.worker;
        slot.ready = fresh.ready;
      }
      results.set(task.id, res);
      opts.onDone?.(res);
    }
  };

  for (let i = 0; i < n; i++) slots.push(spawn());
  try {
    await Promise.all(slots.map((s) => loop(s)));
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
  return tasks.map((t) => results.get(t.id)!);
}
