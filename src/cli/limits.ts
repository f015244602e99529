/**
 * Limits the CLI applies before and while reading a file, sized to the work:
 * a rule-of-law report is 10–100 KB of text (the longest seen, with annexes,
 * well under 2 MB), so anything far larger is the wrong file, and refusing it
 * early keeps time and memory bounded (extraction costs grow with the text).
 */
import { availableParallelism, freemem } from "node:os";
import { extensionOf } from "../core/intake";
import { messages } from "./messages";

export const MB = 1024 * 1024;
/** Text-like files (.txt, .html, .mhtml) and standard input: 5 MB, over twice the longest report. */
export const MAX_TEXT_BYTES = 5 * MB;
/** .docx / .pdf: 20 MB (they may carry photos and seals; the text inside is still bounded below). */
export const MAX_BINARY_BYTES = 20 * MB;
/** The text read from any file: 2 million characters (about 6 MB as UTF-8 Chinese). */
export const MAX_TEXT_CHARS = 2_000_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Heap per worker thread (MB): a file at the limits above needs far less. */
export const WORKER_HEAP_MB = 1024;

export function maxBytesFor(name: string): number {
  const ext = extensionOf(name);
  return ext === ".docx" || ext === ".pdf" ? MAX_BINARY_BYTES : MAX_TEXT_BYTES;
}

export function tooLargeMessage(size: number, max: number): string {
  return messages().tooLarge(size, max);
}

/** Worker threads: as asked (default: cores, at most 4), never more than the cores or what free memory holds. */
export function capJobs(asked: number | null, cores = availableParallelism(), free = freemem()): number {
  const wanted = asked ?? Math.min(4, cores);
  const byMemory = Math.floor(free / (WORKER_HEAP_MB * MB));
  return Math.max(1, Math.min(wanted, cores, byMemory));
}
