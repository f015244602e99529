/**
 * Command-line operands → the list of inputs, in the order given: files as
 * they are, folders expanded recursively (by extension, sorted by name), `-`
 * for standard input. A path that does not exist is kept as an input with its
 * error, so it is reported in its place.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { ACCEPTED_EXTENSIONS, extensionOf } from "../core/intake";
import { fsErrorMessage } from "./task";
import { messages } from "./messages";

/** `operand`: the index of the command-line operand the input came from. */
export type Input =
  | { kind: "file"; source: string; path: string; operand: number }
  | { kind: "stdin"; source: string; operand: number }
  | { kind: "error"; source: string; error: string; operand: number };

export interface Expanded {
  inputs: Input[];
  /** Operands that yielded nothing (an empty folder): one line each, for stderr. */
  notes: string[];
}

const ACCEPTED = new Set<string>(ACCEPTED_EXTENSIONS);

function walk(dir: string, seen: Set<string>, out: string[]): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue; // hidden files, Office lock files
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(p, seen, out);
    else if (isFile && ACCEPTED.has(extensionOf(e.name))) out.push(p);
  }
}

export function expandInputs(operands: string[]): Expanded {
  const inputs: Input[] = [];
  const notes: string[] = [];
  for (let operand = 0; operand < operands.length; operand++) {
    const op = operands[operand]!;
    if (op === "-") {
      inputs.push({ kind: "stdin", source: "stdin", operand });
      continue;
    }
    let st;
    try {
      st = statSync(op);
    } catch (e) {
      inputs.push({ kind: "error", source: basename(op) || op, error: `${op}: ${fsErrorMessage(e)}`, operand });
      continue;
    }
    if (st.isDirectory()) {
      const files: string[] = [];
      walk(op, new Set(), files);
      if (files.length === 0) notes.push(`${op}: ${messages().emptyFolder(ACCEPTED_EXTENSIONS.join(" "))}`);
      for (const f of files) inputs.push({ kind: "file", source: basename(f), path: f, operand });
    } else {
      inputs.push({ kind: "file", source: basename(op), path: op, operand });
    }
  }
  return { inputs, notes };
}
