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
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isHelp, parseCommandArgs, usageOf, UsageError, type FillArgs } from "./args";
import { readFillInputs } from "./fillInputs";
import type { ProgressStream } from "./progress";
import { messages } from "./messages";
import { Book, BookError } from "./safeWrite";
import { describeLazily } from "../workbook/describe";
import { localIsoTime } from "../core/decisions";
import { localeLang } from "./messages";
import type { InputFile } from "../workbook/inputs";
import { handEditDecisions, mergeDecisions, mergeSubmitted, planRefill, previousRows, reapplyDecisions } from "../workbook/refill";
import { WorkbookLayoutError, type ExistingWorkbook } from "../workbook/readWorkbook";
import { BookReadTimeout, readBookLimited } from "./readBook";
import { writeXlsxStream } from "../workbook/writeXlsxStream";

export interface FillIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a workbook (--out, --submitted). Reports are read by the worker pool (src/cli/fillInputs.ts). */
  readFile(path: string): Promise<Uint8Array>;
  exists(path: string): Promise<boolean>;
  now(): Date;
  /** Where the CLI draws its progress bar (only when it is a terminal). */
  progressStream?: ProgressStream;
}

export const nodeFillIO: FillIO = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  exists: async (p) => existsSync(p),
  now: () => new Date(),
};

/** Runs `fill`; resolves to the exit code. Never throws for user errors. */
export async function runFill(args: string[], ioIn: Partial<FillIO> = {}): Promise<number> {
  const io: FillIO = { ...nodeFillIO, ...ioIn };
  const m = messages();
  let parsed;
  try {
    parsed = parseCommandArgs("fill", args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${m.fillPrefix}${e.message}\n${usageOf("fill")}\n`);
    return 1;
  }
  if (isHelp(parsed) || parsed.command !== "fill") {
    io.stdout(`${usageOf("fill")}\n`);
    return 0;
  }
  let book: Book | null = null;
  try {
    // refuse a read-only or odd --out before any work; the lock is taken just before the book is read
    book = Book.open(parsed.out, { onWait: (t) => io.stderr(`${m.fillPrefix}${t}\n`) });
    return await fill(parsed, io, book);
  } catch (e) {
    if (e instanceof BookError) {
      io.stderr(`${m.fillPrefix}${e.message}\n`);
      return 1;
    }
    if (e instanceof WorkbookLayoutError) {
      io.stderr(`fill: ${e.message}\n`);
      return 1;
    }
    io.stderr(`${m.fillPrefix}${(e as Error).message ?? String(e)}\n`);
    return 1;
  } finally {
    book?.release();
  }
}

/** A book takes longer to read than a report: four times the per-file limit, two minutes at least. */
const bookLimitMs = (timeoutMs: number): number => Math.max(4 * timeoutMs, 120_000);

async function readBook(io: FillIO, path: string, what: string, reports: boolean, timeoutMs: number): Promise<ExistingWorkbook> {
  let bytes: Uint8Array;
  let book: ExistingWorkbook;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw new Error(messages().cannotReadBook(path, what, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  }
  try {
    // 审核 with the other sheets: its decisions come back in the worker's answer, checked by the reader's schema
    book = await readBookLimited(bytes, reports, bookLimitMs(timeoutMs));
  } catch (e) {
    if (e instanceof WorkbookLayoutError) throw new WorkbookLayoutError(`${path}: ${e.message}`);
    if (e instanceof BookReadTimeout) throw new Error(messages().bookReadTimedOut(path, what, e.seconds));
    throw e;
  }
  // a 审核 row that is not a decision is kept as it was, and said
  for (const u of book.reviewUnread) io.stderr(`${messages().fillPrefix}${path}: ${u.problem}\n`);
  return book;
}

async function fill(a: FillArgs, io: FillIO, book: Book): Promise<number> {
  const m = messages();
  // 1. inputs: the same pipeline as extract (worker pool, per-file time limit, one read per file)
  const { fresh, errors, inputs } = await readFillInputs(a.operands, {
    jobs: a.jobs,
    timeoutMs: a.timeoutMs,
    stderr: io.stderr,
    ...(io.progressStream && a.progress && !a.quiet ? { progressStream: io.progressStream } : {}),
  });
  if (fresh.length === 0) {
    io.stderr(`${m.fillPrefix}${m.nothingRead(a.out)}\n`);
    return 1;
  }

  // 2. the existing --out book, and --submitted
  await book.lock(); // waits for another fill; remembers the book as read, to notice a save before writing
  const existing = (await io.exists(a.out)) ? await readBook(io, a.out, "--out", true, a.timeoutMs) : undefined;
  const other = a.submitted ? await readBook(io, a.submitted, "--submitted", false, a.timeoutMs) : undefined;

  // 3. the same report twice (core/identity: region, year, issuer; content hash): replaced only with --replace
  const plan = planRefill(fresh, existing, a.replace, a.out);
  if (!plan.ok) {
    io.stderr(`fill: ${plan.message}\n`);
    return 1;
  }
  const { reports } = plan;
  const present = plan.replaced;
  if (plan.resent.length) io.stderr(`${m.fillPrefix}${m.resentOnce(plan.resent.join("; "))}\n`);

  // 4. 报送 carried over: the --out book's own values first, never overwritten
  const merged = mergeSubmitted(existing?.submitted ?? [], other?.submitted ?? []);
  if (merged.kept > 0) io.stderr(`${m.fillPrefix}${m.submittedKeptOut(merged.kept, a.submitted ?? "", a.out)}\n`);
  const previous = previousRows(reports, existing, other);
  const unknown = [...new Set([...(existing?.unknownHeaders ?? []), ...(other?.unknownHeaders ?? [])])];
  if (unknown.length) io.stderr(`${m.fillPrefix}${m.unknownSubmittedKept(unknown.join("、"))}\n`);
  const seen = new Set<string>();
  const allInputs = [...(existing?.inputs ?? []), ...inputs].filter((f) => {
    const k = `${f.name}|${f.sha256}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });

  // 5. the reviewer's decisions (审核 of --out, then of --submitted; values typed over in a
  // report about to be replaced become 更正 decisions): re-applied to the reports filled
  // afresh, those that no longer match marked 需重新核对, none dropped
  const now = localIsoTime(io.now());
  const replacedKeys = new Set(present.flatMap((r) => (existing ? [existing.keys[existing.reports.indexOf(r)]!] : [])));
  const known = mergeDecisions(existing?.decisions ?? [], other?.decisions ?? []);
  const decisions = [...known, ...handEditDecisions(existing?.handEdits ?? [], replacedKeys, known, now)];
  const re = reapplyDecisions(reports, plan.keys, decisions);
  if (re.applied + re.recheck > 0) {
    io.stderr(
      `${m.fillPrefix}${
        localeLang() === "zh"
          ? `审核:重新应用 ${re.applied} 条决定${re.recheck ? `,${re.recheck} 条不再吻合,已标为“需重新核对”` : ""}`
          : `审核: ${re.applied} decision(s) re-applied${re.recheck ? `, ${re.recheck} no longer match (marked 需重新核对)` : ""}`
      }\n`,
    );
  }
  const labels = Object.fromEntries(
    [...(other?.indicators ?? []), ...(existing?.indicators ?? [])].map((r) => [r.id, { region: r.region, year: r.year, issuer: r.issuer, source: r.source }]),
  );

  // 6. describe and write
  const description = describeLazily(re.reports, {
    generatedAt: now,
    inputs: allInputs,
    errors,
    submitted: merged.rows,
    previous,
    keys: plan.keys,
    decisions: re.decisions,
    reviewUnread: [...(existing?.reviewUnread ?? []), ...(other?.reviewUnread ?? [])],
    reportLabels: labels,
    tool: "Zhibiao 指标 fill",
  });
  const bytes = await writeXlsxStream(description); // rows committed as they are made
  const filledRows = merged.rows.filter((r) => Object.keys(r.values).length > 0 || Object.keys(r.extra).length > 0 || r.note).length;
  await book.commit(bytes);
  io.stdout(`${m.written(a.out, reports.length, fresh.length, present.length, filledRows, errors.length)}\n`);
  return errors.length > 0 ? 2 : 0;
}
