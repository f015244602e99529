/**
 * The one argument parser of the command line (extract, text, fill), on
 * Node's util.parseArgs: `--` ends the options, `-` is standard input, `--x=v`
 * and `--x v` both work, and every mistake is a UsageError whose message says
 * what is wrong (a file name starting with - gets a hint instead of a crash).
 */
import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS } from "./limits";
import { messages, type Messages } from "./messages";

export type Command = "extract" | "text" | "fill";

/** A mistake in the command line: printed with the command's usage, exit 1. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command | null = null,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

interface Common {
  /** Worker threads asked for (null: the default). */
  jobs: number | null;
  timeoutMs: number;
  quiet: boolean;
  progress: boolean;
  operands: string[];
}

export interface ExtractArgs extends Common {
  command: "extract" | "text";
  json: boolean;
  saveText: string | null;
}

export interface FillArgs extends Common {
  command: "fill";
  out: string;
  submitted: string | null;
  replace: boolean;
}

export type ParsedArgs = ExtractArgs | FillArgs | { command: Command; help: true };

type Spec = Record<string, { type: "string" | "boolean"; short?: string }>;

const COMMON: Spec = {
  jobs: { type: "string", short: "j" },
  timeout: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "no-progress": { type: "boolean" },
  help: { type: "boolean", short: "h" },
};
const EXTRACT: Spec = { ...COMMON, json: { type: "boolean" }, "save-text": { type: "string" } };
const FILL: Spec = { ...COMMON, out: { type: "string" }, submitted: { type: "string" }, replace: { type: "boolean" } };
const SPECS: Record<Command, Spec> = { extract: EXTRACT, text: EXTRACT, fill: FILL };

export function usageOf(command: Command | null, m: Messages = messages()): string {
  return command === "fill" ? m.usageFill : command === "text" ? m.usageText : command === "extract" ? m.usageExtract : m.usageAll;
}

function parseJobs(v: string, m: Messages): number {
  const n = /^[0-9]{1,3}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(m.jobsRange);
  return n;
}

function parseTimeout(v: string, m: Messages): number {
  const s = /^[0-9]{1,5}(\.[0-9]{1,3})?$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new Error(m.timeoutRange);
  return Math.max(1, Math.round(s * 1000));
}

/** Parses the arguments after the command name. Throws UsageError. */
export function parseCommandArgs(command: Command, args: string[], m: Messages = messages()): ParsedArgs {
  const spec = SPECS[command];
  const fail = (msg: string): never => {
    throw new UsageError(msg, command);
  };
  const { tokens } = parseArgs({ args, options: spec, strict: false, allowPositionals: true, tokens: true });
  // --help wins over every other mistake
  if (tokens.some((t) => t.kind === "option" && t.name === "help" && t.value === undefined)) return { command, help: true };
  const values = new Map<string, string | boolean>();
  const operands: string[] = [];
  for (const t of tokens) {
    if (t.kind === "positional") {
      operands.push(t.value);
      continue;
    }
    if (t.kind === "option-terminator") continue;
    const raw = args[t.index] ?? t.rawName;
    const short = !raw.startsWith("--") && raw.length > 2;
    const def = spec[t.name];
    // "-report.txt" or "-j.txt": a file name, not a group of short options
    if (short && (def === undefined || /[./\\]/.test(raw))) fail(m.unknownOptionFile(raw));
    if (def === undefined) {
      const other = (Object.keys(SPECS) as Command[]).find((c) => c !== command && c !== "text" && SPECS[c][t.name] !== undefined && t.rawName.startsWith("--"));
      fail(other ? m.notForCommand(t.rawName, command) : t.rawName.startsWith("--") ? m.unknownOption(t.rawName) : m.unknownOptionFile(raw));
    }
    if (def!.type === "boolean") {
      if (t.value !== undefined) fail(m.noValue(t.rawName));
      values.set(t.name, true);
    } else {
      // `--out --replace`: the next option is not a value
      if (t.value === undefined || (!t.inlineValue && t.value.startsWith("--"))) fail(m.needsValue(t.rawName));
      values.set(t.name, t.value!);
    }
  }
  const str = (k: string) => (typeof values.get(k) === "string" ? (values.get(k) as string) : null);
  let jobs: number | null = null;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  try {
    if (str("jobs") !== null) jobs = parseJobs(str("jobs")!, m);
    if (str("timeout") !== null) timeoutMs = parseTimeout(str("timeout")!, m);
  } catch (e) {
    fail((e as Error).message);
  }
  const common: Common = {
    jobs,
    timeoutMs,
    quiet: values.get("quiet") === true,
    progress: values.get("no-progress") !== true,
    operands,
  };
  if (command === "fill") {
    const out = str("out");
    if (out === null) fail(m.outRequired);
    if (!/\.xlsx$/i.test(out!)) fail(m.outNotXlsx(out!));
    if (operands.length === 0) fail(m.noInputs);
    return { ...common, command, out: out!, submitted: str("submitted"), replace: values.get("replace") === true };
  }
  if (operands.length === 0) fail(m.noInputs);
  return { ...common, command, json: values.get("json") === true, saveText: str("save-text") };
}

export function isHelp(p: ParsedArgs): p is { command: Command; help: true } {
  return (p as { help?: boolean }).help === true;
}
