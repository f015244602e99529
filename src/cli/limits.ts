/** Limits the CLI applies before and while reading a file. */
import { extensionOf } from "../core/intake";

export const MB = 1024 * 1024;
/** Text-like files (.txt, .html, .mhtml): a report is well under 1 MB. */
export const MAX_TEXT_BYTES = 50 * MB;
/** .docx / .pdf (may carry images). */
export const MAX_BINARY_BYTES = 100 * MB;
export const DEFAULT_TIMEOUT_MS = 30_000;

export function maxBytesFor(name: string): number {
  const ext = extensionOf(name);
  return ext === ".docx" || ext === ".pdf" ? MAX_BINARY_BYTES : MAX_TEXT_BYTES;
}

export function tooLargeMessage(size: number, max: number): string {
  return `is too large (${Math.round(size / MB)} MB; the limit is ${Math.round(max / MB)} MB); a report is far smaller: check that it is the right file or split it`;
}
