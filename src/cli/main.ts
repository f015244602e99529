/**
 * Command line.
 *
 *   extract [--json] [--jobs N] [--timeout S] [--save-text DIR] FILE|FOLDER|- ...
 *   fill FILE|FOLDER|- ... --out BOOK.xlsx [--submitted OLD.xlsx] [--replace]   (src/cli/fill.ts)
 *   text FILE|FOLDER|- ...                                     (the text the core sees)
 *
 * One parser for all (src/cli/args.ts), one message table (src/cli/messages.ts).
 * Exit status: 0 every file was read; 2 some files failed (each listed on
 * stderr and in the JSON as {source, error}); 1 nothing could be done (usage
 * error, no inputs, or every file failed: then nothing is printed on stdout).
 */
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExtractDocumentSchema, type ReportError, type ReportResult } from "../core/types";
import { isHelp, parseCommandArgs, usageOf, UsageError, type ExtractArgs } from "./args";
import { runBatch, type BatchItem } from "./batch";
import { runFill } from "./fill";
import { messages } from "./messages";
import { makeProgress } from "./progress";
import { renderDocument } from "./render";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

function safeName(source: string): string {
  return source.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

/**
 * --save-text: the text of every file read, into DIR. Runs after the results
 * are printed, and a failure (DIR is a file, no permission) is one line on
 * stderr: the finished results are never lost to it.
 */
function saveTexts(dir: string, items: BatchItem[]): string | null {
  const m = messages();
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) return m.saveTextNotFolder(dir);
    mkdirSync(dir, { recursive: true });
    const used = new Set<string>();
    for (const { input, response } of items) {
      if (!response.ok || response.read.text === undefined) continue;
      let name = safeName(input.source) + ".txt";
      for (let k = 2; used.has(name); k++) name = `${safeName(input.source)}.${k}.txt`;
      used.add(name);
      writeFileSync(join(dir, name), response.read.text, "utf8");
    }
    return null;
  } catch (e) {
    return m.saveTextFailed(dir, (e as NodeJS.ErrnoException).code ?? (e as Error).message.split("\n")[0]!);
  }
}

async function runExtract(a: ExtractArgs, io: Io): Promise<number> {
  const m = messages();
  const text = a.command === "text";
  const progress = makeProgress(io.stderr, !text && a.progress && !a.quiet);
  const out = await runBatch(a.operands, {
    mode: text ? "read" : "extract",
    jobs: a.jobs,
    timeoutMs: a.timeoutMs,
    wantText: text || a.saveText !== null,
    onStart: (n) => progress.start(n),
    onDone: (r) => {
      progress.tick();
      if (!r.ok) progress.line(r.error + "\n");
    },
  });
  progress.stop();
  for (const n of out.notes) io.stderr.write(n + "\n");

  const okCount = out.items.filter((i) => i.response.ok).length;
  const total = out.items.length;
  if (total === 0) {
    io.stderr.write(m.noReportFiles + "\n");
    return 1;
  }
  if (okCount === 0) {
    // never a success: with one file its own line says why; with more, the count
    if (total > 1) io.stderr.write(m.noneRead(total) + "\n");
    return 1;
  }

  let output: string;
  if (text) {
    output = out.items.map((i) => (i.response.ok ? i.response.read.text ?? "" : null)).filter((t) => t !== null).join("\n\f\n") + "\n";
  } else {
    const reports: Array<ReportResult | ReportError> = out.items.map(({ input, response }) =>
      response.ok && response.result ? response.result : { source: input.source, error: response.ok ? `${input.source}: ${m.noText}` : response.error },
    );
    const checked = ExtractDocumentSchema.safeParse({ reports });
    if (!checked.success) {
      io.stderr.write(m.schemaMismatch(checked.error.issues[0]?.message ?? "?") + "\n");
      return 1;
    }
    output = a.json ? JSON.stringify(checked.data, null, 1) + "\n" : renderDocument(checked.data.reports);
  }
  await write(io.stdout, output);
  const saveFailed = a.saveText !== null ? saveTexts(a.saveText, out.items) : null;
  if (saveFailed) io.stderr.write(saveFailed + "\n");
  if (okCount < total) io.stderr.write(m.someFailed(okCount, total - okCount) + "\n");
  return okCount === total && !saveFailed ? 0 : 2;
}

function write(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write(data)) stream.once("drain", () => resolve());
    else resolve();
  });
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const m = messages();
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "extract":
      case "text": {
        const a = parseCommandArgs(cmd, rest);
        if (isHelp(a) || a.command === "fill") {
          await write(io.stdout, usageOf(cmd) + "\n");
          return 0;
        }
        return await runExtract(a, io);
      }
      case "fill":
        return await runFill(rest, {
          stdout: (t) => void io.stdout.write(t),
          stderr: (t) => void io.stderr.write(t),
          progressStream: io.stderr,
        });
      case "--help":
      case "-h":
      case "help":
        await write(io.stdout, usageOf(null) + "\n");
        return 0;
      default:
        throw new UsageError(cmd ? m.unknownCommand(cmd) : "");
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write((e.message ? `${e.message}\n` : "") + usageOf(e.command) + "\n");
      return 1;
    }
    io.stderr.write(m.error(e instanceof Error ? e.message.split("\n")[0]! : String(e)) + "\n");
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
