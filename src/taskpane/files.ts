/**
 * Files the user drops or picks → report text, in the browser.
 * With a DocumentReader (the pane's Web Worker running the core's intake: every format, read
 * off the UI thread) everything goes through it; without one, .txt in UTF-8 / UTF-16 /
 * GB18030 and .html are decoded here and .docx/.pdf are "not yet supported".
 */
import { IntakeKindSchema, type IntakeKind } from "./messages";

export type FileKind = "text" | "html" | "docx" | "pdf" | "other";

export interface ReadOk {
  ok: true;
  name: string;
  text: string;
  sha256?: string;
  /** Page starts (offsets into text) for paged inputs (PDF). */
  pageStarts?: number[];
}
export interface ReadFail {
  ok: false;
  name: string;
  reason: "unsupported" | "error";
  ext: string;
  /** English, one line (the core's wording, without the file name). */
  message: string;
  /** What the intake found wrong (IntakeError kind), for a message in the pane's language. */
  kind?: IntakeKind;
}
export type ReadResult = ReadOk | ReadFail;

export function kindOf(name: string): { kind: FileKind; ext: string } {
  const ext = (/\.[^.]+$/.exec(name)?.[0] ?? "").toLowerCase();
  if ([".txt", ".text", ".csv", ".md", ""].includes(ext)) return { kind: "text", ext };
  if ([".html", ".htm", ".xhtml", ".shtml"].includes(ext)) return { kind: "html", ext };
  if (ext === ".docx") return { kind: "docx", ext };
  if (ext === ".pdf") return { kind: "pdf", ext };
  return { kind: "other", ext };
}

/** Decodes report bytes: BOM first, then strict UTF-8, UTF-16 by zero-byte pattern, else GB18030. */
export function decodeBytes(bytes: Uint8Array): string {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder("utf-8").decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  // UTF-16 without BOM: ASCII-heavy text has a zero in every other byte.
  const n = Math.min(b.length, 4096);
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) (i % 2 === 0 ? evenZero++ : oddZero++);
  if (n >= 4 && oddZero > n / 8 && evenZero < oddZero / 4) return new TextDecoder("utf-16le").decode(b);
  if (n >= 4 && evenZero > n / 8 && oddZero < evenZero / 4) return new TextDecoder("utf-16be").decode(b);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return new TextDecoder("gb18030").decode(b);
  }
}

const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|table|section|article|blockquote|pre|title)\s*>|<br\s*\/?>/gi;

/** HTML → plain text with paragraph breaks; scripts and styles dropped, entities decoded. */
export function htmlToText(html: string): string {
  const marked = html.replace(BLOCK_END, (m) => `${m}\n`);
  if (typeof DOMParser !== "undefined") {
    const doc = new DOMParser().parseFromString(marked, "text/html");
    doc.querySelectorAll("script, style, noscript, template").forEach((el) => el.remove());
    return tidy(doc.body?.textContent ?? doc.documentElement.textContent ?? "");
  }
  return tidy(
    marked
      .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, "")
      .replace(/<[^>]+>/g, "")
      .replace(/&nbsp;/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
  );
}

function tidy(s: string): string {
  return s.replace(/\r\n?/g, "\n").replace(/[ \t\u00a0]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

export async function sha256Hex(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined; // not a secure context
  try {
    const buf = await subtle.digest("SHA-256", bytes as unknown as ArrayBuffer);
    return Array.from(new Uint8Array(buf), (x) => x.toString(16).padStart(2, "0")).join("");
  } catch {
    return undefined; // a hash is an aid to identity, never a reason to lose a report
  }
}

/**
 * The core's intake (src/core/intake: readDocument), in the pane's worker: reads every format by
 * its content (text encodings, HTML, .docx, .pdf). Throws an Error whose message says what to do
 * and, for an IntakeError, whose `kind` says what is wrong.
 */
export type DocumentReader = (bytes: Uint8Array, name: string) => Promise<{ text: string; pageStarts?: number[] }>;

export async function readFile(
  file: { name: string; arrayBuffer(): Promise<ArrayBuffer> },
  readDocument?: DocumentReader,
): Promise<ReadResult> {
  const { kind, ext } = kindOf(file.name);
  try {
    if (!readDocument) {
      if (kind === "other") return { ok: false, name: file.name, reason: "unsupported", ext, message: `${ext} not supported` };
      if (kind === "docx" || kind === "pdf") return { ok: false, name: file.name, reason: "unsupported", ext, message: `${ext} not yet supported` };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sha256 = await sha256Hex(bytes);
    if (readDocument) {
      const d = await readDocument(bytes, file.name);
      return { ok: true, name: file.name, text: d.text, ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}), ...(sha256 ? { sha256 } : {}) };
    }
    let text = kind === "html" ? htmlToText(decodeBytes(bytes)) : decodeBytes(bytes);
    if (/^\s*<(!doctype html|html)/i.test(text) && kind === "text") text = htmlToText(text);
    return { ok: true, name: file.name, text, ...(sha256 ? { sha256 } : {}) };
  } catch (e) {
    const kind = IntakeKindSchema.safeParse((e as { kind?: unknown } | null)?.kind);
    return {
      ok: false,
      name: file.name,
      reason: "error",
      ext,
      message: e instanceof Error ? e.message : String(e),
      ...(kind.success ? { kind: kind.data } : {}),
    };
  }
}
