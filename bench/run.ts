/**
 * `npm run bench`: every benchmark part in turn, each printing its figures.
 * A part whose module is missing or fails is reported and skipped, so one
 * part never hides the others; the exit status is 1 if any part failed.
 *
 *   extraction   bench/extract.ts   benchExtract()   (core)
 *   pathological bench/pathological.ts benchPathological() (core: hostile inputs, 1 KB → the CLI limit)
 *   workbook     bench/workbook.ts  benchWorkbook()  (workbook)
 *   bundle       bench/bundle.ts    benchBundle()    (task pane)
 *   intake       bench/intake.ts    benchIntake()    (intake and CLI)
 *
 * `npm run bench -- intake extraction` runs only the parts named.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

type Part = { name: string; file: string; run: (mod: Record<string, unknown>) => Promise<void> | void };

const line = (s: string) => console.log(s);

const PARTS: Part[] = [
  {
    name: "extraction",
    file: "extract",
    run: (m) => {
      const fn = m.benchExtract as ((n?: number) => Record<string, unknown>) | undefined;
      if (typeof fn !== "function") throw new Error("bench/extract.ts has no benchExtract()");
      const r = fn(1000);
      for (const [k, v] of Object.entries(r)) line(`  ${k.padEnd(20)} ${String(v)}`);
    },
  },
  {
    name: "pathological",
    file: "pathological",
    run: (m) => {
      const fn = m.benchPathological as ((o?: { log?: (l: string) => void }) => unknown) | undefined;
      if (typeof fn !== "function") throw new Error("bench/pathological.ts has no benchPathological()");
      fn({ log: (l) => line(`  ${l}`) });
    },
  },
  {
    name: "workbook",
    file: "workbook",
    run: async (m) => {
      const fn = m.benchWorkbook as ((log?: (l: string) => void) => Promise<unknown>) | undefined;
      if (typeof fn !== "function") throw new Error("bench/workbook.ts has no benchWorkbook()");
      await fn((l) => line(`  ${l}`));
    },
  },
  {
    name: "bundle",
    file: "bundle",
    run: (m) => {
      const fn = m.benchBundle as ((o?: Record<string, unknown>) => unknown) | undefined;
      if (typeof fn !== "function") throw new Error("bench/bundle.ts has no benchBundle()");
      fn();
    },
  },
  {
    name: "intake",
    file: "intake",
    run: async (m) => {
      const fn = m.benchIntake as ((n?: number, log?: (l: string) => void) => Promise<unknown>) | undefined;
      if (typeof fn !== "function") throw new Error("bench/intake.ts has no benchIntake()");
      await fn(1000, (l) => line(`  ${l}`));
    },
  },
];

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  let failed = 0;
  for (const part of PARTS) {
    if (only.length && !only.includes(part.name)) continue;
    line(`\n== ${part.name}`);
    const path = join(__dirname, `${part.file}.ts`);
    if (!existsSync(path)) {
      line(`  (skipped: bench/${part.file}.ts does not exist yet)`);
      continue;
    }
    const t0 = Date.now();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path) as Record<string, unknown>;
      await part.run(mod);
      line(`  (${part.name}: ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      line(`  FAILED: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    }
  }
  return failed ? 1 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
