/**
 * .docx → text with mammoth (Node and browser): paragraphs become lines, a
 * table row becomes one line with its cells separated by " | ".
 *
 * Before mammoth unzips anything, the zip is checked: the central directory
 * must be sound, the declared uncompressed sizes and ratios must be sane, and
 * every entry is inflated once as a stream with a running byte count (so a
 * zip whose headers lie about sizes is refused too, without holding the
 * inflated bytes).
 */
import mammoth from "mammoth";
import { htmlToText } from "./html";
import { IntakeError } from "./errors";

export interface ZipLimits {
  /** Total uncompressed bytes over all entries. */
  maxTotalUncompressed: number;
  /** Uncompressed bytes of one entry. */
  maxEntryUncompressed: number;
  /** Compression ratio above which an entry larger than 1 MB is refused. */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryUncompressed: 100 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 5000,
};

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const corrupt = () =>
  new IntakeError("corrupt", "is a damaged or incomplete .docx (the zip structure is broken); open it in Word or WPS and save it again");

/** Read the zip central directory (pure; no inflation). */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  if (n < 22) throw corrupt();
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new IntakeError("zip_bomb", "is a .docx too large to read safely (ZIP64); split the report or save it again");
  }
  if (cdOffset + cdSize > n) throw corrupt();
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  const dec = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || dv.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const uncompressedSize = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localHeaderOffset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen > n) throw corrupt();
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset, encrypted: (flags & 1) === 1 });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function bombError(detail: string): IntakeError {
  return new IntakeError(
    "zip_bomb",
    `is refused as a .docx that unpacks to too much data (${detail}); a real report is far smaller: check the file's origin`,
  );
}

function mb(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Check declared sizes and ratios (fast; before any inflation). */
export function checkZipDirectory(entries: ZipEntryInfo[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries) throw bombError(`${entries.length} entries`);
  let total = 0;
  for (const e of entries) {
    if (e.compressedSize === 0xffffffff || e.uncompressedSize === 0xffffffff) throw bombError("ZIP64 entry");
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.maxEntryUncompressed) throw bombError(`${e.name} declares ${mb(e.uncompressedSize)}`);
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
      throw bombError(`${e.name} is compressed ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1`);
    }
  }
  if (total > limits.maxTotalUncompressed) throw bombError(`${mb(total)} in total`);
}

/** Inflate one deflated entry as a stream, counting bytes; throws past `limit`. Returns the true size. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  if (typeof DecompressionStream === "undefined") return 0; // old runtime: declared sizes were checked
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const feed = (async () => {
    try {
      for (let off = 0; off < data.length; off += 64 * 1024) {
        await writer.write(data.subarray(off, Math.min(data.length, off + 64 * 1024)) as Uint8Array<ArrayBuffer>);
      }
      await writer.close();
    } catch {
      // reader cancelled or data invalid: the reader reports it
    }
  })();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw bombError(`an entry inflates past ${mb(limit)}`);
      }
    }
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw corrupt();
  } finally {
    await feed;
  }
  return total;
}

/** Inflate every entry once (streamed, nothing kept) to check the real sizes against the limits. */
export async function checkZipContents(bytes: Uint8Array, entries: ZipEntryInfo[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    const h = e.localHeaderOffset;
    if (h + 30 > bytes.length || dv.getUint32(h, true) !== 0x04034b50) throw corrupt();
    const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw corrupt();
    if (e.method === 0) {
      total += e.compressedSize;
    } else if (e.method === 8) {
      const remaining = Math.min(limits.maxEntryUncompressed, limits.maxTotalUncompressed - total);
      const size = await inflatedSize(bytes.subarray(start, end), remaining);
      if (size !== e.uncompressedSize && typeof DecompressionStream !== "undefined") throw corrupt();
      total += size;
    } else {
      throw new IntakeError("unsupported", `uses an unsupported zip compression (method ${e.method}); open it in Word or WPS and save it again as .docx`);
    }
  }
}

export interface DocxOptions {
  limits?: ZipLimits;
}

/** .docx bytes → report text. */
export async function docxToText(bytes: Uint8Array, opts: DocxOptions = {}): Promise<string> {
  const limits = opts.limits ?? DEFAULT_ZIP_LIMITS;
  const entries = readZipDirectory(bytes);
  const names = new Set(entries.map((e) => e.name));
  if (entries.some((e) => e.encrypted)) {
    throw new IntakeError("encrypted", "is a password-protected .docx; open it, remove the password and save it again");
  }
  if (!names.has("word/document.xml")) {
    if ([...names].some((n) => n.startsWith("xl/"))) {
      throw new IntakeError("unsupported", "is an Excel workbook, not a report; give the report itself (.docx, .pdf, .txt or .html)");
    }
    if ([...names].some((n) => n.startsWith("ppt/"))) {
      throw new IntakeError("unsupported", "is a PowerPoint file, not a report; save the report as .docx or .pdf");
    }
    if (names.has("mimetype") || [...names].some((n) => n === "content.xml")) {
      throw new IntakeError("unsupported", "is an OpenDocument (.odt/.wps zip) file; open it and save it as .docx");
    }
    throw new IntakeError("unsupported", "is a zip file but not a Word document; give the report as .docx, .pdf, .txt or .html");
  }
  checkZipDirectory(entries, limits);
  await checkZipContents(bytes, entries, limits);

  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`.
  const input = { buffer: bytes, arrayBuffer: ab } as unknown as { arrayBuffer: ArrayBuffer };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
    });
    html = result.value;
  } catch (e) {
    if (e instanceof IntakeError) throw e;
    throw new IntakeError("corrupt", "is a damaged .docx (Word could not have written it as is); open it in Word or WPS and save it again");
  }
  const text = htmlToText(html);
  if (text.trim() === "") {
    throw new IntakeError("no_text", "is a .docx with no text (perhaps only scanned images); run OCR on it first or give the report as text");
  }
  return text;
}
