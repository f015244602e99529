/**
 * The pool's time limit stops a stuck worker, says which part was slow
 * (reading, or extracting a file that was read), and the next task still runs.
 */
import { join } from "node:path";
import { runPool } from "../../src/cli/pool";
import { pinEnglish } from "./helpers";

pinEnglish();
const STUCK = join(__dirname, "fixtures", "stuckWorker.ts");

test("a task stuck while extracting says extraction was slow; one stuck while reading says reading was", async () => {
  const t0 = Date.now();
  const [extracting, reading] = await runPool(
    [
      { id: 1, source: "extract-me.txt", path: "/dev/null", mode: "extract" },
      { id: 2, source: "read-me.txt", path: "/dev/null", mode: "extract" },
    ],
    { jobs: 1, timeoutMs: 300, workerFile: STUCK },
  );
  expect(extracting).toMatchObject({ id: 1, ok: false });
  expect(!extracting!.ok && extracting!.error).toBe(
    "extract-me.txt: was read, but extracting its figures took longer than 0.3 s and was stopped; check the text (a very long list or run of numerals?), or allow more time with --timeout",
  );
  expect(!reading!.ok && reading!.error).toBe(
    "read-me.txt: took longer than 0.3 s to read and was stopped; check the file, or allow more time with --timeout",
  );
  expect(Date.now() - t0).toBeLessThan(20_000); // the second ran on a fresh worker after the first was stopped
}, 30_000);

test("the real worker reads and extracts within the limit", async () => {
  const [r] = await runPool([{ id: 7, source: "s.txt", bytes: new Uint8Array(Buffer.from("2023年,全县共收到行政复议申请52件。")), mode: "extract" }], {
    jobs: 1,
    timeoutMs: 30_000,
  });
  expect(r!.ok && r!.result?.indicators.map((i) => [i.code, i.value])).toContainEqual(["recon.received", 52]);
}, 60_000);
