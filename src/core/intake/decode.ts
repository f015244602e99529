/**
 * Bytes → text for plain-text reports. Pure (TextDecoder only): runs in Node,
 * a browser and a Web Worker.
 *
 * Order of decisions:
 *   empty → BOM (UTF-8, UTF-16LE/BE) → NULs (BOM-less UTF-16 in the byte order
 *   whose text reads as text, else binary) → strict UTF-8 → BOM-less UTF-16
 *   without NULs (all-Chinese text) → GB18030 when the bytes look like
 *   GBK/GB18030 Chinese → otherwise refuse. Never returns mojibake silently.
 */
import { IntakeError } from "./errors";

export type TextEncodingName = string;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when a byte-order mark was present (and removed). */
  bom: boolean;
}

const SAMPLE = 64 * 1024;

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Count of C0 control characters other than tab, LF, CR, FF (and ESC/SUB kept out too). */
function controlCount(s: string, limit = s.length): number {
  let n = 0;
  const end = Math.min(s.length, limit);
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}

function checkDecodedText(text: string, encoding: string): void {
  if (text.length === 0 || text.trim().length === 0) {
    throw new IntakeError("empty", "the file contains no text; check that it is the right file");
  }
  const sampleLen = Math.min(text.length, SAMPLE);
  const ctl = controlCount(text, sampleLen);
  if (ctl > 0 && ctl / sampleLen > 0.005) {
    throw new IntakeError(
      "binary",
      `is not a text file (control characters in ${encoding} text); give the report as .txt, .docx, .pdf or .html`,
    );
  }
}

/** A short description of a binary file by its magic bytes, if known. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const b = (i: number) => bytes[i] ?? -1;
  const ascii = (s: string, at = 0) => [...s].every((ch, i) => b(at + i) === ch.charCodeAt(0));
  if (ascii("%PDF-")) return "pdf";
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 3 || b(2) === 5 || b(2) === 7)) return "zip";
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return "ole";
  if (b(0) === 0x89 && ascii("PNG", 1)) return "image";
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image";
  if (ascii("GIF8") || ascii("II*\u0000") || ascii("MM\u0000*")) return "image";
  if (ascii("RIFF") && ascii("WEBP", 8)) return "image";
  if (ascii("Rar!") || (b(0) === 0x37 && b(1) === 0x7a && b(2) === 0xbc && b(3) === 0xaf) || (b(0) === 0x1f && b(1) === 0x8b))
    return "archive";
  if (ascii("{\\rtf")) return "rtf";
  if (b(0) === 0x7f && ascii("ELF", 1)) return "binary";
  if (ascii("MZ")) return "binary";
  return null;
}

/**
 * Does GB18030-decoded text look like Chinese? Chinese text has runs of high
 * bytes (two per character) and decodes to ideographs and CJK punctuation;
 * Latin-1 or other single-byte text has isolated high bytes and decodes to
 * scattered rare ideographs.
 */
function looksLikeGbChinese(bytes: Uint8Array, text: string): boolean {
  let high = 0;
  let paired = 0;
  const end = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) paired++;
  }
  if (high === 0 || paired / high < 0.8) return false;
  let nonAscii = 0;
  let cjk = 0;
  const tEnd = Math.min(text.length, SAMPLE);
  for (let i = 0; i < tEnd; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0x2100 && c <= 0x27bf) || // letterlike, arrows, math, box drawing, shapes
      (c >= 0x3200 && c <= 0x33ff) ||
      (c >= 0x00a0 && c <= 0x024f) || // pinyin with tone marks (GB2312 row 8), °, ×, §
      (c >= 0x0391 && c <= 0x0451) // Greek and Cyrillic rows of GB2312
    )
      cjk++;
  }
  return nonAscii > 0 && cjk / nonAscii >= 0.95;
}

/** Where strict UTF-8 first fails: byte offset and 1-based line. */
function firstBadUtf8(bytes: Uint8Array): { offset: number; line: number; bad: number; good: number } {
  let i = 0;
  let first = -1;
  let bad = 0;
  let good = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) len = 3;
    else if (c >= 0xf0 && c <= 0xf4) len = 4;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok && len === 3) {
      const c1 = bytes[i + 1]!;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) ok = false;
    }
    if (ok && len === 4) {
      const c1 = bytes[i + 1]!;
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) ok = false;
    }
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      if (first < 0) first = i;
      i++;
    }
  }
  let line = 1;
  for (let k = 0; k < first && k < n; k++) if (bytes[k] === 0x0a) line++;
  return { offset: first, line, bad, good };
}

/**
 * How much of a decoded sample reads as a report: ASCII text, common CJK
 * ideographs, CJK and full-width punctuation, general punctuation. Text in the
 * wrong UTF-16 byte order (or GBK bytes read as UTF-16) scatters over the
 * whole BMP and scores low.
 */
function textLikeness(text: string): number {
  let good = 0;
  const n = Math.min(text.length, SAMPLE / 2);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2010 && c <= 0x206f)
    )
      good++;
  }
  return n === 0 ? 0 : good / n;
}

/** The UTF-16 byte order in which BOM-less bytes read as text (and the other does not), or null. */
function utf16ByContent(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  // not fatal: the sample may end inside a surrogate pair; U+FFFD counts against the order
  const le = new TextDecoder("utf-16le", { ignoreBOM: true }).decode(sample);
  const be = new TextDecoder("utf-16be", { ignoreBOM: true }).decode(sample);
  const sLe = le.includes("\u0000") ? 0 : textLikeness(le);
  const sBe = be.includes("\u0000") ? 0 : textLikeness(be);
  if (sLe >= 0.9 && sLe > sBe + 0.3) return "utf-16le";
  if (sBe >= 0.9 && sBe > sLe + 0.3) return "utf-16be";
  return null;
}

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

function binaryMessage(kind: string | null): IntakeError {
  switch (kind) {
    case "ole":
      return new IntakeError(
        "unsupported",
        "is an old Word/WPS/Excel file (.doc/.wps/.xls) or an encrypted Office file; open it and save it as .docx (without a password)",
      );
    case "image":
      return new IntakeError("needs_ocr", "is an image, not text; run OCR on it first and give the text, .docx or searchable .pdf");
    case "archive":
      return new IntakeError("unsupported", "is a compressed archive; unpack it and give the reports inside");
    case "rtf":
      return new IntakeError("unsupported", "is an RTF file; open it and save it as .docx or .txt");
    default:
      return new IntakeError("binary", "is not a text file (binary content); give the report as .txt, .docx, .pdf or .html");
  }
}

/**
 * Decode the bytes of a plain-text file. Throws IntakeError (one-line message)
 * when the file is empty, binary, or in an encoding that cannot be read cleanly.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IntakeError("empty", "is empty (0 bytes); check that it is the right file");

  // Byte-order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode("utf-8", bytes.subarray(3));
    if (text === null) throw utf8Error(bytes.subarray(3));
    checkDecodedText(text, "UTF-8");
    return { text, encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) {
    return decodeUtf16(bytes.subarray(2), "utf-16le", true);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes.subarray(2), "utf-16be", true);
  }

  const sniff = sniffBinary(bytes);
  if (sniff) throw binaryMessage(sniff);

  // NULs: BOM-less UTF-16 (ASCII digits and newlines put a NUL in every other
  // byte, CJK characters U+xx00 on the other side: 一 is 00 4E in UTF-16LE) or binary.
  if (hasNul(bytes)) {
    const utf16 = bytes.length % 2 === 0 ? utf16ByContent(bytes) : null;
    if (utf16) return decodeUtf16(bytes, utf16, false);
    throw binaryMessage(null);
  }

  const utf8 = strictDecode("utf-8", bytes);
  if (utf8 !== null) {
    checkDecodedText(utf8, "UTF-8");
    return { text: utf8, encoding: "utf-8", bom: false };
  }

  // All-Chinese BOM-less UTF-16 has no NUL at all: read it in the order whose text is Chinese.
  if (bytes.length % 2 === 0) {
    const utf16 = utf16ByContent(bytes);
    if (utf16) return decodeUtf16(bytes, utf16, false);
  }

  // Not UTF-8. Classify lines: valid UTF-8 with non-ASCII, mostly-valid UTF-8
  // with damage, or not UTF-8 at all (GBK candidates). GBK Chinese lines are
  // practically never valid UTF-8, so a mix of the first and last kind is a
  // file with mixed encodings.
  const lines = classifyLines(bytes);
  if (lines.foreign === 0) throw utf8Error(bytes);
  if (lines.clean > 0) {
    throw new IntakeError(
      "encoding",
      `mixes text encodings (UTF-8 lines and GBK lines; first non-UTF-8 line ${lines.firstForeignLine}); open it in an editor and save it as UTF-8`,
    );
  }
  {
    const text = strictDecode("gb18030", bytes);
    if (text !== null && looksLikeGbChinese(bytes, text)) {
      checkDecodedText(text, "GB18030");
      return { text, encoding: "gb18030", bom: false };
    }
  }
  throw new IntakeError(
    "encoding",
    "is in an unknown text encoding (neither UTF-8, UTF-16 nor GB18030); open it in an editor and save it as UTF-8",
  );
}

/** Per line (split at LF): how many are clean UTF-8 with non-ASCII, damaged UTF-8, or foreign. */
function classifyLines(bytes: Uint8Array): { clean: number; damaged: number; foreign: number; firstForeignLine: number } {
  let clean = 0;
  let damaged = 0;
  let foreign = 0;
  let firstForeignLine = 0;
  let line = 1;
  let start = 0;
  const n = bytes.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || bytes[i] === 0x0a) {
      if (i > start) {
        const s = firstBadUtf8(bytes.subarray(start, i));
        if (s.bad === 0 && s.good >= 2) clean++;
        else if (s.bad > 0 && s.good >= 2 * s.bad) damaged++;
        else if (s.bad > 0) {
          foreign++;
          if (!firstForeignLine) firstForeignLine = line;
        }
      }
      start = i + 1;
      line++;
    }
  }
  return { clean, damaged, foreign, firstForeignLine };
}

function utf8Error(bytes: Uint8Array, info = firstBadUtf8(bytes)): IntakeError {
  return new IntakeError(
    "encoding",
    `is not valid UTF-8 (${info.bad} bad byte${info.bad === 1 ? "" : "s"}, first on line ${info.line}; the file may be damaged or mix encodings); open it in an editor and save it as UTF-8`,
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", bom: boolean): DecodedText {
  if (bytes.length % 2 !== 0) {
    throw new IntakeError("encoding", `is truncated UTF-16 (odd number of bytes); open it in an editor and save it as UTF-8`);
  }
  const text = strictDecode(encoding, bytes);
  if (text === null) {
    throw new IntakeError("encoding", `is not valid ${encoding.toUpperCase()} (broken surrogate pairs); open it in an editor and save it as UTF-8`);
  }
  if (text.includes("\u0000")) throw binaryMessage(null);
  checkDecodedText(text, encoding.toUpperCase());
  return { text, encoding, bom };
}

/**
 * Decode bytes whose encoding is declared (HTML <meta charset>, MIME charset).
 * The label is honoured when the bytes decode cleanly under it; otherwise the
 * bytes are detected as for a plain file.
 */
export function decodeWithLabel(bytes: Uint8Array, label: string | null): DecodedText {
  if (label) {
    let norm = label.trim().toLowerCase();
    if (norm === "gb2312" || norm === "gbk" || norm === "x-gbk" || norm === "cp936" || norm === "gb_2312-80") norm = "gb18030";
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(norm, { fatal: true });
    } catch {
      decoder = null; // unknown label: detect instead
    }
    if (decoder && !/^utf-16/.test(decoder.encoding)) {
      if (bytes.length === 0) throw new IntakeError("empty", "is empty (0 bytes); check that it is the right file");
      try {
        const text = decoder.decode(bytes);
        if (decoder.encoding === "utf-8" || decoder.encoding === "gb18030") {
          checkDecodedText(text, decoder.encoding.toUpperCase());
          return { text, encoding: decoder.encoding, bom: false };
        }
        // Any other declared legacy encoding: accept it when it decoded without errors.
        checkDecodedText(text, decoder.encoding);
        return { text, encoding: decoder.encoding, bom: false };
      } catch (e) {
        if (e instanceof IntakeError) throw e;
        // declared charset is wrong: fall through to detection
      }
    }
  }
  return decodeText(bytes);
}
