/**
 * Worker thread: runs one task at a time for the CLI pool (src/cli/pool.ts
 * loads it through tsx's require hook). Before extracting it says so, so that
 * a time-out can name the slow part. Console output is sent to stderr so that
 * nothing a library logs can corrupt the JSON on stdout.
 */
import { parentPort } from "node:worker_threads";
import { runTask, TaskRequestSchema, TaskResponseSchema } from "./task";

const toStderr = (...args: unknown[]) => process.stderr.write(args.map(String).join(" ") + "\n");
console.log = toStderr;
console.info = toStderr;
console.debug = () => undefined;
console.warn = () => undefined;

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;
port.on("message", async (msg: unknown) => {
  const parsed = TaskRequestSchema.safeParse(msg);
  if (!parsed.success) {
    const id = typeof (msg as { id?: unknown })?.id === "number" ? (msg as { id: number }).id : -1;
    port.postMessage({ id, ok: false, error: "internal: malformed task", ms: 0 });
    return;
  }
  const res = TaskResponseSchema.parse(await runTask(parsed.data, (phase) => port.postMessage(phase)));
  port.postMessage(res);
});
port.postMessage({ ready: true });
