/**
 * `fill FILE... --out BOOK.xlsx [--submitted OLD.xlsx] [--replace]`
 *
 * Extracts every FILE (a report as text, or a `.json` document printed by
 * `extract --json`) and writes the standard indicator workbook. When BOOK.xlsx
 * exists it is read first: its reports are kept, a report for the same source
 * or the same region and year is replaced only with --replace, and its 报送
 * values are carried over. --submitted OLD.xlsx adds the 报送 values of
 * another workbook of the layout (never overwriting those already in BOOK) and
 * its 指标 rows serve as previous years for year_over_year.
 *
 * Exit codes: 0 written; 2 written but some inputs failed (as `extract`);
 * 1 nothing written (usage, unreadable inputs only, a workbook of the wrong
 * layout, a report already present without --replace).
 * Inputs that fail are listed on stderr and in 说明; the others are written.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { extract } from "../core/extract";
import { ExtractDocumentSchema, isReportError, type ReportError, type ReportResult } from "../core/types";
import { describeWorkbook, reportKey, type InputFile, type PreviousRow, type SubmittedRow } from "../workbook/describe";
import { readWorkbook, WorkbookLayoutError, type ExistingWorkbook } from "../workbook/readSubmitted";
import { writeXlsx } from "../workbook/writeXlsx";

export interface FillIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  now(): Date;
  /**
   * Report bytes → text (the intake: docx, pdf, html, GB18030...). Default:
   * UTF-8. Throw an Error with a readable message for a file that cannot be read.
   */
  reportText(path: string, bytes: Uint8Array): Promise<{ text: string; pageStarts?: number[] }>;
}

export const nodeFillIO: FillIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  writeFile: async (p, data) => {
    const tmp = `${p}.${process.pid}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, p);
  },
  exists: async (p) => existsSync(p),
  now: () => new Date(),
  reportText: async (_p, bytes) => ({ text: new TextDecoder("utf-8").decode(bytes) }),
};

export const FILL_USAGE = "usage: fill FILE... --out BOOK.xlsx [--submitted OLD.xlsx] [--replace]\n";

interface FillArgs {
  files: string[];
  out: string;
  submitted?: string;
  replace: boolean;
}

function parseArgs(args: string[]): FillArgs | string {
  const files: string[] = [];
  let out: string | undefined;
  let submitted: string | undefined;
  let replace = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--out" || a === "--submitted") {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) return `${a} needs a file name`;
      if (a === "--out") out = v;
      else submitted = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a.startsWith("--submitted=")) submitted = a.slice(12);
    else if (a === "--replace") replace = true;
    else if (a.startsWith("--")) return `unknown option ${a}`;
    else files.push(a);
  }
  if (!out) return "--out BOOK.xlsx is required";
  if (!/\.xlsx$/i.test(out)) return `--out must name an .xlsx file (got ${out})`;
  if (files.length === 0) return "no input FILE given";
  return { files, out, ...(submitted ? { submitted } : {}), replace };
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const describeReport = (r: ReportResult) =>
  r.meta.region && r.meta.year !== null ? `${r.meta.region} ${r.meta.year} (${r.source})` : r.source;

/** Adds rows of `extra` to `base` without overwriting any value already there. */
export function mergeSubmitted(base: SubmittedRow[], extra: SubmittedRow[]): { rows: SubmittedRow[]; kept: number } {
  const rows = base.map((r) => ({ ...r, values: { ...r.values } }));
  let kept = 0;
  for (const e of extra) {
    const target = rows.find((r) => (e.source !== null && r.source === e.source) || (reportKey(e).startsWith("ry:") && reportKey(r) === reportKey(e)));
    if (!target) {
      rows.push({ ...e, values: { ...e.values } });
      continue;
    }
    for (const [code, v] of Object.entries(e.values)) {
      if (target.values[code] === undefined) target.values[code] = v;
      else if (target.values[code] !== v) kept++;
    }
    if (!target.note && e.note) target.note = e.note;
  }
  return { rows, kept };
}

/** Runs `fill`; resolves to the exit code. Never throws for user errors. */
export async function runFill(args: string[], ioIn: Partial<FillIO> = {}): Promise<number> {
  const io: FillIO = { ...nodeFillIO, ...ioIn };
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.stderr(`fill: ${parsed}\n${FILL_USAGE}`);
    return 1;
  }
  try {
    return await fill(parsed, io);
  } catch (e) {
    if (e instanceof WorkbookLayoutError) {
      io.stderr(`fill: ${e.message}\n`);
      return 1;
    }
    io.stderr(`fill: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

async function readBook(io: FillIO, path: string, what: string, reports: boolean): Promise<ExistingWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw new Error(`${path}: cannot read the ${what} workbook (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return await readWorkbook(bytes, { reports });
  } catch (e) {
    if (e instanceof WorkbookLayoutError) throw new WorkbookLayoutError(`${path}: ${e.message}`);
    throw e;
  }
}

async function fill(a: FillArgs, io: FillIO): Promise<number> {
  // 1. inputs
  const fresh: ReportResult[] = [];
  const errors: ReportError[] = [];
  const inputs: InputFile[] = [];
  for (const f of a.files) {
    const name = basename(f);
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(f);
    } catch (e) {
      const reason = `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
      io.stderr(`${f}: ${reason}; check the path.\n`);
      errors.push({ source: name, error: reason });
      continue;
    }
    const hash = sha256(bytes);
    if (/\.json$/i.test(f)) {
      let doc;
      try {
        doc = ExtractDocumentSchema.parse(JSON.parse(new TextDecoder("utf-8").decode(bytes)));
      } catch (e) {
        const reason = `not an extract --json document (${(e as Error).message.split("\n")[0]})`;
        io.stderr(`${f}: ${reason}\n`);
        errors.push({ source: name, error: reason });
        continue;
      }
      inputs.push({ name, sha256: hash });
      for (const r of doc.reports) {
        if (isReportError(r)) errors.push(r);
        else fresh.push(r);
      }
      continue;
    }
    try {
      const { text, pageStarts } = await io.reportText(f, bytes);
      fresh.push(extract(text, { source: name, sha256: hash, ...(pageStarts ? { pageStarts } : {}) }));
      inputs.push({ name, sha256: hash });
    } catch (e) {
      const reason = (e as Error).message ?? String(e);
      io.stderr(`${f}: ${reason}\n`);
      errors.push({ source: name, error: reason });
    }
  }
  if (fresh.length === 0) {
    io.stderr(`fill: no report could be read; ${a.out} was not written.\n`);
    return 1;
  }

  // 2. the existing --out book, and --submitted
  const existing = (await io.exists(a.out)) ? await readBook(io, a.out, "--out", true) : undefined;
  const other = a.submitted ? await readBook(io, a.submitted, "--submitted", false) : undefined;

  // 3. duplicates: same source, or same region and year
  const clashes = (r: ReportResult, o: ReportResult) =>
    r.source === o.source || (reportKey(r).startsWith("ry:") && reportKey(r) === reportKey(o));
  for (let i = 0; i < fresh.length; i++) {
    const dup = fresh.slice(0, i).find((o) => clashes(fresh[i]!, o));
    if (dup) {
      io.stderr(`fill: ${describeReport(fresh[i]!)} and ${describeReport(dup)} are the same report (same source, or same region and year); give only one.\n`);
      return 1;
    }
  }
  let kept: ReportResult[] = existing?.reports ?? [];
  const present = kept.filter((o) => fresh.some((r) => clashes(r, o)));
  if (present.length > 0) {
    if (!a.replace) {
      io.stderr(
        `fill: ${a.out} already has ${present.map(describeReport).join("; ")}.\n` +
          `Nothing was written. Run again with --replace to replace these rows (报送 values are kept).\n`,
      );
      return 1;
    }
    kept = kept.filter((o) => !present.includes(o));
  }
  const reports = [...kept, ...fresh];

  // 4. 报送 carried over: the --out book's own values first, never overwritten
  const merged = mergeSubmitted(existing?.submitted ?? [], other?.submitted ?? []);
  if (merged.kept > 0) io.stderr(`fill: ${merged.kept} 报送 value(s) of ${a.submitted} differ from those already in ${a.out}; kept ${a.out}'s.\n`);
  const previous: PreviousRow[] = [...(other?.previous ?? []), ...(existing?.previous ?? []).filter((p) => !reports.some((r) => r.meta.region === p.region && r.meta.year === p.year))];
  const seen = new Set<string>();
  const allInputs = [...(existing?.inputs ?? []), ...inputs].filter((f) => {
    const k = `${f.name}|${f.sha256}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });

  // 5. describe and write
  const description = describeWorkbook(reports, {
    generatedAt: io.now().toISOString(),
    inputs: allInputs,
    errors,
    submitted: merged.rows,
    previous,
    tool: "Zhibiao 指标 fill",
  });
  const bytes = await writeXlsx(description);
  const filledRows = merged.rows.filter((r) => Object.keys(r.values).length > 0 || r.note).length;
  await io.writeFile(a.out, bytes);
  io.stdout(
    `${a.out}: ${reports.length} report(s) (${fresh.length} new${present.length ? `, ${present.length} replaced` : ""})` +
      `${filledRows ? `, 报送 rows with values kept: ${filledRows}` : ""}${errors.length ? `, ${errors.length} input(s) failed (see 说明)` : ""}.\n`,
  );
  return errors.length > 0 ? 2 : 0;
}
