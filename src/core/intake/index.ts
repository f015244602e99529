/**
 * Intake: the bytes of a file as a user gives it → the report text the core
 * extracts from. Pure (no Node APIs): the CLI, the task pane and its Web
 * Worker all call `readDocument`.
 *
 * The format is decided by the content first (a PDF renamed .txt is read as a
 * PDF), then by the extension. Every failure is an IntakeError whose message
 * is one line saying what is wrong and what to do; prefix it with the file
 * name (`formatIntakeError`).
 */
import { decodeText, sniffBinary } from "./decode";
import { decodeHtml, decodeMhtml, looksLikeHtml } from "./html";
import { docxToText, type ZipLimits } from "./docx";
import { pdfToText, type PdfjsLike } from "./pdf";
import { IntakeError, isIntakeError } from "./errors";

export { IntakeError, isIntakeError } from "./errors";
export { decodeText, decodeWithLabel } from "./decode";
export { htmlToText, decodeHtml, decodeMhtml } from "./html";
export { docxToText, readZipDirectory } from "./docx";
export { pdfToText, loadPdfjs } from "./pdf";
export type { PdfjsLike } from "./pdf";

export type DocumentFormat = "text" | "html" | "mhtml" | "docx" | "pdf";

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  /** For paged formats (PDF): offset in `text` where each page begins. */
  pageStarts?: number[];
  /** For text formats: the encoding detected or declared. */
  encoding?: string;
}

export interface ReadOptions {
  pdfjs?: PdfjsLike;
  zipLimits?: ZipLimits;
}

/** Extensions accepted when scanning a folder. */
export const ACCEPTED_EXTENSIONS = [".txt", ".text", ".htm", ".html", ".xhtml", ".mht", ".mhtml", ".docx", ".pdf"] as const;

const OLD_FORMATS: Record<string, string> = {
  ".doc": "an old Word file (.doc)",
  ".wps": "a WPS file (.wps)",
  ".wpt": "a WPS template (.wpt)",
  ".dot": "a Word template (.dot)",
  ".rtf": "an RTF file",
  ".odt": "an OpenDocument text file (.odt)",
  ".xls": "an old Excel file (.xls)",
  ".xlsx": "an Excel workbook (.xlsx)",
  ".et": "a WPS spreadsheet (.et)",
  ".ppt": "a PowerPoint file (.ppt)",
  ".pptx": "a PowerPoint file (.pptx)",
  ".dps": "a WPS presentation (.dps)",
  ".ofd": "an OFD file",
  ".caj": "a CAJ file",
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const i = base.lastIndexOf(".");
  return i > 0 ? base.slice(i).toLowerCase() : "";
}

/** The user-facing line: `<file>: <what is wrong>; <what to do>`. */
export function formatIntakeError(name: string, e: unknown): string {
  if (isIntakeError(e)) return `${name}: ${e.message}`;
  const msg = e instanceof Error ? e.message : String(e);
  return `${name}: could not be read (${msg.split("\n")[0]!.slice(0, 160)}); check the file or report this as a bug`;
}

/**
 * Bytes of one file → report text. Throws IntakeError with a one-line message.
 */
export async function readDocument(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadDocument> {
  const ext = extensionOf(name);
  if (bytes.length === 0) throw new IntakeError("empty", "is empty (0 bytes); check that it is the right file");
  const kind = sniffBinary(bytes);

  if (kind === "pdf" || (ext === ".pdf" && kind === null && hasPdfHeaderNearStart(bytes))) {
    const r = await pdfToText(bytes, { pdfjs: opts.pdfjs });
    // the reader stops at its page limit: say so rather than give part of the file as the whole
    if (r.pages > r.pageStarts.length) {
      throw new IntakeError(
        "too_large",
        `has ${r.pages} pages, more than the ${r.pageStarts.length} that are read; a report is far shorter: check that it is the right file or split it`,
      );
    }
    return { text: r.text, format: "pdf", pageStarts: r.pageStarts };
  }
  if (kind === "zip") {
    const text = await docxToText(bytes, { limits: opts.zipLimits });
    return { text, format: "docx" };
  }
  if (ext === ".pdf") throw new IntakeError("corrupt", "is not a valid PDF (no PDF header); download or export it again");
  if (ext === ".docx") {
    if (kind === "ole") {
      throw new IntakeError(
        "encrypted",
        "is a password-protected or old-format Word file named .docx; open it, remove any password and save it as .docx",
      );
    }
    throw new IntakeError("corrupt", "is a damaged or incomplete .docx (not a zip file); open it in Word or WPS and save it again");
  }
  const old = OLD_FORMATS[ext];
  if (old) {
    const act = /Excel|spreadsheet|PowerPoint|presentation/.test(old)
      ? "give the report itself as .docx, .pdf, .txt or .html"
      : "open it in Word or WPS and save it as .docx";
    throw new IntakeError("unsupported", `is ${old}, which cannot be read; ${act}`);
  }

  if (ext === ".mht" || ext === ".mhtml") {
    const d = decodeMhtml(bytes);
    return { text: d.text, format: "mhtml", encoding: d.encoding };
  }
  if (ext === ".htm" || ext === ".html" || ext === ".xhtml") {
    const d = decodeHtml(bytes);
    return { text: d.text, format: "html", encoding: d.encoding };
  }
  const d = decodeText(bytes);
  if (looksLikeHtml(d.text)) {
    const h = decodeHtml(bytes);
    return { text: h.text, format: "html", encoding: h.encoding };
  }
  return { text: d.text, format: "text", encoding: d.encoding };
}

/** Some PDF writers put junk before %PDF-; readers accept it within the first KiB. */
function hasPdfHeaderNearStart(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}
