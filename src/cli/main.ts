/**
 * Command line.
 *
 *   extract [--json] [--jobs N] [--timeout S] [--save-text DIR] FILE|DIR|- ...
 *   fill FILE... --out BOOK.xlsx [--submitted OLD.xlsx]      (src/cli/fill.ts)
 *   text FILE                                                 (the text the core sees)
 *
 * Exit status: 0 every file was read; 2 some files failed (each listed on
 * stderr and in the JSON as {source, error}); 1 nothing could be done (usage
 * error, no inputs, or every file failed: then nothing is printed on stdout).
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { SingleBar, Presets } from "cli-progress";
import { ExtractDocumentSchema, type ReportError, type ReportResult } from "../core/types";
import { runBatch, defaultJobs } from "./batch";
import { renderDocument } from "./render";
import { DEFAULT_TIMEOUT_MS, maxBytesFor, tooLargeMessage } from "./limits";
import { formatIntakeError, isIntakeError, readDocument } from "../core/intake";
import { isInputError, readInputs, type InputOutcome } from "./readInputs";

const USAGE = `usage:
  extract [--json] [--jobs N] [--timeout SECONDS] [--save-text DIR] FILE|FOLDER|- ...
      Reads .txt .htm .html .mhtml .docx .pdf (folders recursively; - is standard input)
      and prints the indicators (a table, or with --json the JSON document).
  fill FILE... --out BOOK.xlsx [--submitted OLD.xlsx]
      Writes the standard indicator workbook.
  text FILE
      Prints the text read from FILE (what the extractor sees).`;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

class UsageError extends Error {}

interface ExtractArgs {
  json: boolean;
  jobs: number;
  timeoutMs: number;
  saveText: string | null;
  quiet: boolean;
  progress: boolean;
  operands: string[];
}

function parseExtractArgs(args: string[]): ExtractArgs {
  const a: ExtractArgs = { json: false, jobs: defaultJobs(), timeoutMs: DEFAULT_TIMEOUT_MS, saveText: null, quiet: false, progress: true, operands: [] };
  const value = (i: number, flag: string): string => {
    const v = args[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyOperands || arg === "-" || !arg.startsWith("-")) {
      a.operands.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case "--":
        onlyOperands = true;
        break;
      case "--json":
        a.json = true;
        break;
      case "--jobs":
      case "-j": {
        const n = Number(take());
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError("--jobs takes a whole number from 1 to 64");
        a.jobs = n;
        break;
      }
      case "--timeout": {
        const s = Number(take());
        if (!Number.isFinite(s) || s <= 0) throw new UsageError("--timeout takes a number of seconds above 0");
        a.timeoutMs = Math.round(s * 1000);
        break;
      }
      case "--save-text":
        a.saveText = take();
        break;
      case "--quiet":
      case "-q":
        a.quiet = true;
        break;
      case "--no-progress":
        a.progress = false;
        break;
      case "--help":
      case "-h":
        throw new UsageError("");
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  return a;
}

function safeName(source: string): string {
  return source.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

async function runExtract(args: string[], io: Io, text = false): Promise<number> {
  const a = parseExtractArgs(args);
  if (text) {
    a.json = false;
    a.progress = false;
  }
  if (a.operands.length === 0) throw new UsageError("no input files");
  const bar =
    a.progress && !a.quiet && io.stderr.isTTY
      ? new SingleBar(
          { stream: io.stderr, format: "{bar} {value}/{total} {file}", hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
          Presets.shades_classic,
        )
      : null;
  const failures: string[] = [];
  const out = await runBatch(a.operands, {
    mode: text ? "read" : "extract",
    jobs: a.jobs,
    timeoutMs: a.timeoutMs,
    wantText: text || a.saveText !== null,
    onStart: (n) => bar?.start(n, 0, { file: "" }),
    onDone: (r) => {
      bar?.increment(1, { file: "" });
      if (!r.ok && !bar) io.stderr.write(r.error + "\n");
      if (!r.ok && bar) failures.push(r.error);
    },
  });
  bar?.stop();
  for (const f of failures) io.stderr.write(f + "\n");
  for (const n of out.notes) io.stderr.write(n + "\n");

  const okCount = out.items.filter((i) => i.response.ok).length;
  const total = out.items.length;
  if (total === 0) {
    io.stderr.write("no report files to read; give .txt, .htm, .html, .mhtml, .docx or .pdf files or folders\n");
    return 1;
  }

  if (a.saveText !== null) {
    mkdirSync(a.saveText, { recursive: true });
    const used = new Set<string>();
    for (const { input, response } of out.items) {
      if (!response.ok || response.read.text === undefined) continue;
      let name = safeName(input.source) + ".txt";
      for (let k = 2; used.has(name); k++) name = `${safeName(input.source)}.${k}.txt`;
      used.add(name);
      writeFileSync(join(a.saveText, name), response.read.text, "utf8");
    }
  }

  if (okCount === 0) {
    if (total > 1) io.stderr.write(`none of the ${total} files could be read; nothing was extracted\n`);
    return 1;
  }

  if (text) {
    const parts = out.items.filter((i) => i.response.ok).map((i) => (i.response.ok ? i.response.read.text ?? "" : ""));
    await write(io.stdout, parts.join("\n\f\n") + "\n");
    return okCount === total ? 0 : 2;
  }

  const reports: Array<ReportResult | ReportError> = out.items.map(({ input, response }) =>
    response.ok && response.result ? response.result : { source: input.source, error: response.ok ? `${input.source}: no result` : response.error },
  );
  const checked = ExtractDocumentSchema.safeParse({ reports });
  if (!checked.success) {
    io.stderr.write(`internal error: the extraction result does not match its schema (${checked.error.issues[0]?.message ?? "?"}); please report this\n`);
    return 1;
  }
  await write(io.stdout, a.json ? JSON.stringify(checked.data, null, 1) + "\n" : renderDocument(checked.data.reports));
  return okCount === total ? 0 : 2;
}

function write(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write(data)) stream.once("drain", () => resolve());
    else resolve();
  });
}

/** Intake for `fill`: the same readers and size limits as `extract` (in-process). */
async function reportText(path: string, bytes: Uint8Array): Promise<{ text: string; pageStarts?: number[] }> {
  const name = basename(path);
  const max = maxBytesFor(name);
  if (bytes.length > max) throw new Error(tooLargeMessage(bytes.length, max));
  try {
    const d = await readDocument(bytes, name);
    return { text: d.text, ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}) };
  } catch (e) {
    throw new Error(isIntakeError(e) ? e.message : formatIntakeError(name, e).slice(name.length + 2));
  }
}

type RunFill = (args: string[], io?: { reportText?: typeof reportText }) => Promise<number | void> | number | void;

async function runFillCommand(args: string[], io: Io): Promise<number> {
  if (!existsSync(join(__dirname, "fill.ts")) && !existsSync(join(__dirname, "fill.js"))) {
    io.stderr.write("fill: not yet available in this version; use `extract --json` for now\n");
    return 1;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("./fill") as { runFill?: RunFill };
  if (typeof mod.runFill !== "function") {
    io.stderr.write("fill: not yet available in this version (src/cli/fill.ts has no runFill)\n");
    return 1;
  }
  const code = await mod.runFill(args, { reportText: await prereadReports(args) });
  return typeof code === "number" ? code : 0;
}

/**
 * `fill` reads its reports through the same worker pool as `extract`, so a
 * pathological file is stopped by the per-file time limit instead of hanging
 * the command; the texts are handed to fill as it asks for them.
 */
async function prereadReports(args: string[]): Promise<typeof reportText> {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--out" || a === "--submitted") i++;
    else if (!a.startsWith("--") && !/\.json$/i.test(a) && existsSync(a) && statSync(a).isFile()) files.push(a);
  }
  const read = new Map<string, InputOutcome>();
  if (files.length > 0) {
    const outcomes = await readInputs(files);
    files.forEach((f, i) => read.set(f, outcomes[i]!));
  }
  return async (path, bytes) => {
    const r = read.get(path);
    if (!r) return reportText(path, bytes);
    if (isInputError(r)) throw new Error(r.error.startsWith(`${path}: `) ? r.error.slice(path.length + 2) : r.error);
    return { text: r.text, ...(r.pageStarts ? { pageStarts: r.pageStarts } : {}) };
  };
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case "extract":
        return await runExtract(rest, io);
      case "text":
        return await runExtract(rest, io, true);
      case "fill":
        return await runFillCommand(rest, io);
      case "--help":
      case "-h":
      case "help":
        io.stdout.write(USAGE + "\n");
        return 0;
      default:
        throw new UsageError(cmd ? `unknown command ${cmd}` : "");
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write((e.message ? `${e.message}\n` : "") + USAGE + "\n");
      return 1;
    }
    io.stderr.write(`error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
