/**
 * .pdf → text with pdfjs-dist (its text layer; nothing is rendered).
 *
 * Lines are rebuilt in reading order from the positioned text items, running
 * headers/footers and page numbers are dropped, and a sentence broken across
 * a line or page break is joined again (no space between Chinese characters).
 * `pageStarts[k]` is the offset in the returned text where page k+1 begins,
 * so evidence can name its page.
 *
 * pdfjs-dist 5 is ESM-only. By default the legacy build is loaded with a real
 * dynamic import (works in Node and in bundlers); a caller in a browser may
 * pass its own loaded module (e.g. the modern build with a worker set up).
 */
import { IntakeError } from "./errors";

/** The part of the pdfjs API used here (structural, so any pdfjs 4/5 build fits). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: Array<PdfTextItem | { type: string }> }>;
  cleanup?(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
export interface PdfjsLike {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy?(): Promise<void> };
}

let cached: Promise<PdfjsLike> | null = null;
/** Load pdfjs-dist's legacy build once (a real ESM dynamic import). */
export function loadPdfjs(): Promise<PdfjsLike> {
  cached ??= import("pdfjs-dist/legacy/build/pdf.mjs") as unknown as Promise<PdfjsLike>;
  return cached;
}

export interface PdfText {
  text: string;
  pageStarts: number[];
  pages: number;
}

export interface PdfOptions {
  pdfjs?: PdfjsLike;
  /** Pages beyond this are not read (a report is never this long). */
  maxPages?: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026]/;
const CJK_SPACE_AFTER = /([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026])[ \t\u00a0]+/g;
const CJK_SPACE_BEFORE = /[ \t\u00a0]+([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201f\u2026])/g;

/** Positioned items of one page → lines, top to bottom, each left to right. */
export function itemsToLines(items: PdfTextItem[]): Line[] {
  type It = { str: string; x: number; y: number; w: number; size: number };
  const its: It[] = [];
  for (const it of items) {
    if (typeof it.str !== "string" || it.str === "") continue;
    const t = it.transform;
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Math.abs(it.height) || 10;
    its.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, w: it.width, size });
  }
  its.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: It[][] = [];
  for (const it of its) {
    const g = groups[groups.length - 1];
    const gy = g?.[0]?.y;
    if (g && gy !== undefined && Math.abs(gy - it.y) < 0.5 * Math.max(it.size, g[0]!.size)) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let s = "";
    let prevEnd = -Infinity;
    let size = 0;
    let last: { x: number; w: number; at: number; len: number } | null = null;
    for (const it of g) {
      // a glyph drawn from a fallback font inside the previous run (the ǐ of 認領(lǐng), left as a space
      // in that run): put it back where it stands instead of after the run
      if (last && it.str.length === 1 && it.x > last.x && it.x + 0.1 < last.x + last.w && last.len > 1) {
        const k = last.at + Math.min(last.len - 1, Math.round(((it.x - last.x) / last.w) * last.len));
        const slot = [k, k - 1, k + 1].find((j) => j >= last!.at && j < last!.at + last!.len && s[j] === " ");
        if (slot !== undefined) {
          s = s.slice(0, slot) + it.str + s.slice(slot + 1);
          continue;
        }
      }
      const gap = it.x - prevEnd;
      if (s !== "" && gap > 0.2 * it.size && !/\s$/.test(s) && !/^\s/.test(it.str)) s += " ";
      last = { x: it.x, w: it.w, at: s.length, len: it.str.length };
      s += it.str;
      prevEnd = Math.max(prevEnd, it.x + it.w);
      size = Math.max(size, it.size);
    }
    s = s.replace(/[ \t\u00a0\u3000]+/g, " ").replace(CJK_SPACE_AFTER, "$1").replace(CJK_SPACE_BEFORE, "$1").trim();
    if (s === "") continue;
    const left = Math.min(...g.map((i) => i.x));
    lines.push({ text: s, left, right: prevEnd, y: g[0]!.y, size });
  }
  return lines;
}

const PAGE_NUMBER = [
  /^[-–—_\s]*\d{1,4}[-–—_\s]*$/,
  /^[-–—\s]*第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?[-–—\s]*$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-–—\s]*[·•]?\s*\d{1,4}\s*[·•]?[-–—\s]*$/,
];

function repeatKey(s: string): string {
  return s.replace(/\s+/g, "").replace(/\d+/g, "#");
}

/** Drop running headers/footers (repeated on most pages) and page numbers at the top or bottom of a page. */
export function dropRunningLines(pages: Line[][]): Line[][] {
  // Edge lines: the first two ("top") and last two ("bottom") of a page; a
  // running line repeats in the same place on most pages.
  const edge = (lines: Line[]) => {
    const idx = new Map<number, "top" | "bottom">();
    for (let i = Math.max(0, lines.length - 2); i < lines.length; i++) idx.set(i, "bottom");
    for (let i = 0; i < Math.min(2, lines.length); i++) idx.set(i, "top");
    return idx;
  };
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const [i, where] of edge(lines)) seen.add(where + "\u0000" + repeatKey(lines[i]!.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const n = pages.length;
  const repeated = (k: string) => n >= 2 && (counts.get(k) ?? 0) >= Math.max(2, Math.ceil(0.5 * n)) && k.length <= 90;
  return pages.map((lines) => {
    const e = edge(lines);
    return lines.filter((l, i) => {
      const where = e.get(i);
      if (!where) return true;
      if (PAGE_NUMBER.some((re) => re.test(l.text))) return false;
      if (lines.length > 2 && repeated(where + "\u0000" + repeatKey(l.text))) return false;
      return true;
    });
  });
}

const ENDS_PARAGRAPH = /[。！？；：!?;:」』”）)】]$/;

function joiner(a: string, b: string): string {
  const x = a[a.length - 1] ?? "";
  const y = b[0] ?? "";
  if (CJK_CHAR.test(x) || CJK_CHAR.test(y)) return "";
  if (/[0-9.,%]/.test(x) && /[0-9.,%]/.test(y)) return "";
  return " ";
}

/**
 * The right edge of full lines: the median right edge of the lines ending
 * near the rightmost one (a line with hanging punctuation must not make every
 * full line look short).
 */
function rightMargin(lines: Line[]): number {
  if (!lines.length) return 0;
  const max = Math.max(...lines.map((l) => l.right));
  const size = Math.max(...lines.map((l) => l.size));
  const near = lines.map((l) => l.right).filter((r) => r >= max - 3 * size).sort((a, b) => a - b);
  return near[Math.floor(near.length / 2)] ?? max;
}

/** Pages of lines → text with sentences joined across line and page breaks, and page start offsets. */
export function joinPages(pages: Line[][]): { text: string; pageStarts: number[] } {
  let text = "";
  const pageStarts: number[] = [];
  let prev: { line: Line; pageRight: number; pitch: number } | null = null;
  for (const lines of pages) {
    const pageLeft = lines.length ? Math.min(...lines.map((l) => l.left)) : 0;
    const pageRight = rightMargin(lines);
    const diffs = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((d) => d > 0).sort((a, b) => a - b);
    const pitch = diffs.length ? diffs[Math.floor(diffs.length / 2)]! : 0;
    let first = true;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (prev) {
        const p = prev.line;
        const size = Math.max(p.size, line.size);
        const samePage = !first;
        const brk =
          ENDS_PARAGRAPH.test(p.text) ||
          p.right < prev.pageRight - 1.5 * size ||
          line.left > pageLeft + 0.9 * size ||
          (samePage && pitch > 0 && p.y - line.y > 1.45 * pitch) ||
          /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/.test(line.text);
        text += brk ? "\n" : joiner(p.text, line.text);
      }
      if (first) {
        pageStarts.push(text.length);
        first = false;
      }
      text += line.text;
      prev = { line, pageRight, pitch };
    }
    if (first) pageStarts.push(text.length);
  }
  return { text, pageStarts };
}

function isPasswordError(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name ?? "";
  return name === "PasswordException" || /password/i.test(String((e as Error | null)?.message ?? ""));
}

/** .pdf bytes → report text and page starts. */
export async function pdfToText(bytes: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  let pdfjs: PdfjsLike;
  try {
    pdfjs = opts.pdfjs ?? (await loadPdfjs());
  } catch {
    throw new IntakeError("unsupported", "cannot be read here: the PDF reader (pdfjs-dist) failed to load; reinstall with npm ci");
  }
  const data = new Uint8Array(bytes); // pdfjs takes ownership of (detaches) its buffer
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    enableXfa: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    if (isPasswordError(e)) {
      throw new IntakeError("encrypted", "is a password-protected PDF; open it, remove the password (or print it to a new PDF) and try again");
    }
    throw new IntakeError("corrupt", "is a damaged PDF (it cannot be opened); download or export it again");
  }
  try {
    const maxPages = opts.maxPages ?? 2000;
    const pages: Line[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      let items: PdfTextItem[] = [];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        items = content.items.filter((i): i is PdfTextItem => typeof (i as PdfTextItem).str === "string");
        page.cleanup?.();
      } catch {
        items = []; // one broken page does not lose the others
      }
      pages.push(itemsToLines(items));
    }
    const { text, pageStarts } = joinPages(dropRunningLines(pages));
    const visible = text.replace(/\s+/g, "");
    if (visible.length < Math.max(20, 5 * pages.length)) {
      throw new IntakeError("needs_ocr", "is a PDF without a text layer (a scan); run OCR on it first (or give the .docx it was made from)");
    }
    let unreadable = 0;
    for (const ch of visible) {
      const c = ch.codePointAt(0)!;
      if ((c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c < 0x20) unreadable++;
    }
    if (unreadable / visible.length > 0.3) {
      throw new IntakeError("needs_ocr", "is a PDF whose text cannot be decoded (fonts without a Unicode map); run OCR on it first");
    }
    return { text, pageStarts, pages: doc.numPages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
