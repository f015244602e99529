/**
 * A cheap first look at an .xlsx before it is read: the sheet names (workbook.xml), the header
 * rows of the sheets this tool reads, and how much data those sheets hold, without inflating a
 * sheet into memory. Each part is inflated as a stream and scanned as it comes; the scan of a
 * sheet stops after its header rows (its size is counted to the end, in constant memory, up to
 * a limit). The shared strings are scanned only as far as the header cells need.
 *
 * `checkBook` then decides before any full load: a book of another layout gets the reader's
 * own WorkbookLayoutError (readSheets runs on the header rows alone, so the message is the one
 * the full read would give); a book of our layout whose data is far beyond anything this tool
 * writes, or more than the reader can load in its heap, gets a BookTooLargeError. Only a book that passes is loaded (readXlsx.ts).
 *
 * Every scan here is linear: tags are found with indexOf and a character loop that never goes
 * back; no regular expression can backtrack.
 */
import JSZip from "jszip";
import { SHEET_NAMES } from "./description";
import { EVIDENCE_HEADER_ROWS, HEADER_ROWS, REVIEW_HEADER_ROWS } from "./layout";
import { readSheets, WorkbookLayoutError, type Grid, type Plain, type ReadOptions } from "./readWorkbook";

/**
 * The sheets the reader reads, with the row their header ends on. 审核 (the reviewer's
 * decisions) is read with the others, its size counted with theirs; a book without it is read
 * as one with no decisions.
 */
export const READ_SHEETS: ReadonlyMap<string, number> = new Map([
  [SHEET_NAMES.indicators, HEADER_ROWS],
  [SHEET_NAMES.submitted, HEADER_ROWS],
  [SHEET_NAMES.evidence, EVIDENCE_HEADER_ROWS],
  [SHEET_NAMES.about, 0],
  [SHEET_NAMES.review, REVIEW_HEADER_ROWS],
]);

/**
 * What the reader may take on. Reading costs about 14 bytes of memory per byte of sheet XML
 * (ExcelJS's model of the sheets read), and the reader's heap is 1.5 GB (cli/readBook.ts): so at
 * most 100 MB of XML in the sheets read, which is a book of about 5,000 reports (1,000 reports
 * have 18 MB; the bench's 10,000 have 183 MB, and were refused by the heap limit before this,
 * after a minute at 2.5 GB).
 */
export const BOOK_LIMITS = {
  /** Rows of any one sheet read (出处 has about 20 a report; Excel's own limit is 1,048,576). */
  maxRows: 300_000,
  /** Sheet XML (inflated) of the sheets read together, plus the shared strings. */
  maxXmlBytes: 100 * 1024 * 1024,
};

/** The book is of our layout but larger than the reader can take on (BOOK_LIMITS); nothing was loaded. */
export class BookTooLargeError extends WorkbookLayoutError {
  constructor(
    /** The sheet that is too long, or null when the data as a whole is too large. */
    readonly sheet: string | null,
    readonly rows: number,
    readonly xmlBytes: number,
    readonly limits: typeof BOOK_LIMITS,
  ) {
    super(
      sheet !== null
        ? `工作表“${sheet}”有 ${rows} 行,超出本工具读取的上限 ${limits.maxRows} 行(sheet "${sheet}" has ${rows} rows, more than the ${limits.maxRows} this tool reads).`
        : `工作簿的数据约 ${mb(xmlBytes)} MB,超出本工具读取的上限 ${mb(limits.maxXmlBytes)} MB(the workbook's data is about ${mb(xmlBytes)} MB, more than the ${mb(limits.maxXmlBytes)} MB this tool reads).`,
    );
    this.name = "BookTooLargeError";
  }
}

const mb = (n: number) => Math.round(n / (1024 * 1024));

// ------------------------------------------------------------ a streaming XML scanner

type Attrs = Record<string, string>;
export interface XmlHandler {
  open?(name: string, attrs: Attrs, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Longest tag or run of text between tags the scanner holds (a cell holds at most 32,767 characters). */
const MAX_PIECE = 1024 * 1024;

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decode(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
  });
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\n" || ch === "\r" || ch === "\t";
}

/** `name a="1" b='2'` (the inside of a tag) → name and attributes. One pass. */
function parseTag(inner: string): { name: string; attrs: Attrs } {
  let i = 0;
  while (i < inner.length && !isSpace(inner[i]!)) i++;
  const name = inner.slice(0, i);
  const attrs: Attrs = {};
  while (i < inner.length) {
    while (i < inner.length && isSpace(inner[i]!)) i++;
    const start = i;
    while (i < inner.length && inner[i] !== "=" && !isSpace(inner[i]!)) i++;
    const key = inner.slice(start, i);
    while (i < inner.length && isSpace(inner[i]!)) i++;
    if (inner[i] !== "=") {
      if (i === start) i++;
      continue;
    }
    i++;
    while (i < inner.length && isSpace(inner[i]!)) i++;
    const q = inner[i];
    if (q !== '"' && q !== "'") continue;
    const end = inner.indexOf(q, i + 1);
    if (end < 0) break;
    if (key) attrs[key] = decode(inner.slice(i + 1, end));
    i = end + 1;
  }
  return { name, attrs };
}

/**
 * Fed text in pieces (as a part inflates), calls the handler per tag and text; `stop()` ends it.
 * Work is linear in the input: a tag or text cut by a piece's end is resumed, never rescanned.
 */
export class XmlScanner {
  private buf = "";
  /** Where to go on looking for the end of what starts at 0 (a tag, or text before the next "<"). */
  private resume = 0;
  private quote: string | null = null;
  stopped = false;
  constructor(private readonly h: XmlHandler) {}

  stop(): void {
    this.stopped = true;
  }

  push(piece: string): void {
    this.buf += piece;
    let pos = 0;
    while (!this.stopped && pos < this.buf.length) {
      if (this.buf[pos] !== "<") {
        const lt = this.buf.indexOf("<", Math.max(pos, this.resume));
        if (lt < 0) {
          this.resume = this.buf.length;
          break;
        }
        this.h.text?.(decode(this.buf.slice(pos, lt)));
        pos = lt;
        this.resume = lt;
        continue;
      }
      const end = this.tagEnd(pos);
      if (end < 0) break;
      this.emit(pos, end);
      pos = end + 1;
      this.resume = pos;
      this.quote = null;
    }
    this.buf = this.buf.slice(pos);
    this.resume = Math.max(0, this.resume - pos);
    if (!this.stopped && this.buf.length > MAX_PIECE) throw new WorkbookLayoutError(`工作簿的 XML 中有超过 ${MAX_PIECE} 个字符的标记或文字(the workbook's XML has a tag or text longer than ${MAX_PIECE} characters).`);
  }

  /** The index of the ">" that ends the markup starting at `pos`, or -1 when it is not all here yet. */
  private tagEnd(pos: number): number {
    const b = this.buf;
    const special = (open: string, close: string): number | null => {
      if (!b.startsWith(open, pos)) return b.length - pos < open.length && open.startsWith(b.slice(pos)) ? -1 : null;
      const at = b.indexOf(close, Math.max(pos + open.length, this.resume - close.length));
      if (at < 0) this.resume = b.length;
      return at < 0 ? -1 : at + close.length - 1;
    };
    for (const [open, close] of [["<!--", "-->"], ["<![CDATA[", "]]>"], ["<?", "?>"]] as const) {
      const r = special(open, close);
      if (r !== null) return r;
    }
    let i = Math.max(pos + 1, this.resume);
    for (; i < b.length; i++) {
      const ch = b[i]!;
      if (this.quote !== null) {
        if (ch === this.quote) this.quote = null;
      } else if (ch === '"' || ch === "'") this.quote = ch;
      else if (ch === ">") return i;
    }
    this.resume = i;
    return -1;
  }

  private emit(start: number, end: number): void {
    const b = this.buf;
    if (b.startsWith("<![CDATA[", start)) return void this.h.text?.(b.slice(start + 9, end - 2));
    if (b[start + 1] === "!" || b[start + 1] === "?") return;
    if (b[start + 1] === "/") return void this.h.close?.(b.slice(start + 2, end).trim());
    const selfClosing = b[end - 1] === "/";
    const { name, attrs } = parseTag(b.slice(start + 1, selfClosing ? end - 1 : end));
    this.h.open?.(name, attrs, selfClosing);
    if (selfClosing && !this.stopped) this.h.close?.(name);
  }
}

/**
 * Inflates one part as a stream into `scanner` until it stops. With `countTo`, the part is read
 * on past the stop, counting only (its bytes and its row tags), until its end or until the count
 * passes `countTo`. Memory stays a few pieces of the part, whatever its size.
 */
async function scanPart(zip: JSZip, path: string, scanner: XmlScanner | null, countTo = 0): Promise<{ bytes: number; rowTags: number; complete: boolean }> {
  const file = part(zip, path);
  if (!file) return { bytes: 0, rowTags: 0, complete: true };
  const decoder = new TextDecoder("utf-8");
  let bytes = 0;
  let rowTags = 0;
  let tail = Buffer.alloc(0);
  /** One inflated piece; false once nothing more is wanted. */
  const take = (chunk: Buffer): boolean => {
    bytes += chunk.length;
    if (scanner && !scanner.stopped) scanner.push(decoder.decode(chunk, { stream: true }));
    if (countTo > 0) {
      // "<row" is ASCII, so it is counted in the bytes: in the piece, and across its start (one cut in two)
      const edge = Buffer.concat([tail, chunk.subarray(0, ROW_TAG.length)]);
      rowTags += rowsIn(edge, tail.length);
      rowTags += rowsIn(chunk, chunk.length);
      tail = Buffer.from(chunk.subarray(Math.max(0, chunk.length - ROW_TAG.length)));
      return bytes <= countTo;
    }
    return scanner !== null && !scanner.stopped;
  };
  const complete = await new Promise<boolean>((resolve, reject) => {
    // JSZip inflates the part piece by piece (16 KB of input at a time) as the stream is read
    const stream = file.nodeStream("nodebuffer");
    let done = false;
    const finish = (complete: boolean, error?: unknown) => {
      if (done) return;
      done = true;
      stream.removeAllListeners("data");
      stream.pause(); // the inflater stops once the stream's small buffer is full; the rest is dropped
      if (error === undefined) resolve(complete);
      else if (error instanceof WorkbookLayoutError) reject(error);
      else reject(new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${path}: ${(error as Error).message ?? String(error)})`));
    };
    stream.on("data", (chunk: Buffer) => {
      if (done) return;
      try {
        if (!take(chunk)) finish(false);
      } catch (e) {
        finish(false, e);
      }
    });
    stream.on("end", () => finish(true));
    stream.on("error", (e: unknown) => finish(false, e ?? new Error("inflate failed")));
  });
  if (complete && scanner && !scanner.stopped) scanner.push(decoder.decode());
  return { bytes, rowTags, complete };
}

const ROW_TAG = Buffer.from("<row");
/** Row tags in `b` that start before `before` and have their next byte in `b` (one at the very end is counted with the next piece). */
function rowsIn(b: Buffer, before: number): number {
  let n = 0;
  for (let i = b.indexOf(ROW_TAG); i >= 0 && i < before && i + ROW_TAG.length < b.length; i = b.indexOf(ROW_TAG, i + 1)) if (isRowEnd(b[i + ROW_TAG.length]!)) n++;
  return n;
}

/** "<row" is the row tag only when a space, "/" or ">" follows (not "<rowBreaks"). */
function isRowEnd(b: number): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Scans a part to its end (workbook.xml, its relationships: small, but scanned as a stream all the same). */
async function scanSmall(zip: JSZip, path: string, h: XmlHandler): Promise<void> {
  const s = new XmlScanner(h);
  await scanPart(zip, path, s);
}

// ------------------------------------------------------------ the peek

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16_384;

/** "AB12" → 28; null when the reference has no column letters. */
function columnOf(ref: string): number | null {
  let n = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i);
    const u = c >= 97 && c <= 122 ? c - 32 : c;
    if (u < 65 || u > 90) break;
    n = n * 26 + (u - 64);
  }
  return i === 0 ? null : n;
}

/** "A1:AL1003" → 1003 (the last row of a range, or of a single cell). */
function lastRowOf(ref: string): number | null {
  const last = ref.slice(ref.lastIndexOf(":") + 1);
  let i = 0;
  while (i < last.length && last.charCodeAt(i) >= 65) i++;
  const digits = last.slice(i);
  return digits.length > 0 && digits.length <= 7 && /^\d+$/.test(digits) ? Number(digits) : null;
}

interface HeadCell {
  t: string | undefined;
  text: string;
}

export interface SheetPeek {
  name: string;
  /** The sheet's part in the zip (xl/worksheets/sheetN.xml). */
  path: string;
  /** The header rows (row → column → value), as the reader will see them. */
  head: Map<number, Map<number, Plain>>;
  /** The last row the sheet's <dimension ref> gives, when it has one before its data. */
  dimensionRows: number | null;
  /** The part's inflated size as the zip's directory declares it (it may lie: measureBook counts). */
  declaredBytes: number;
}

export interface XlsxPeek {
  /** Every worksheet in tab order (those ExcelJS loads: parts of xl/worksheets/sheetN.xml). */
  names: string[];
  /** The sheets this tool reads, looked at. */
  read: SheetPeek[];
  /** Inflated size of the shared strings, as the zip declares it. */
  sharedStringsBytes: number;
}

/** ExcelJS's own rule for where a sheet's part is (workbook-xform reconcile). */
function partOf(target: string): string {
  let t = target.trimStart();
  while (t.startsWith("/xl/")) t = t.slice(4).trimStart();
  return `xl/${t}`;
}

/** A part of the zip by its name (ExcelJS takes "/xl/…" for "xl/…" too). */
export function part(zip: JSZip, path: string): JSZip.JSZipObject | null {
  return zip.file(path) ?? zip.file(`/${path}`);
}

/** The declared inflated size of a part (from the zip's directory). */
function declaredSize(zip: JSZip, path: string): number {
  const f = part(zip, path) as unknown as { _data?: { uncompressedSize?: number } } | null;
  return f?._data?.uncompressedSize ?? 0;
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${(e as Error).message})`);
  }
}

/** The header rows of one sheet: its part is inflated only as far as the row after them. */
async function peekSheet(zip: JSZip, name: string, path: string, headerRow: number): Promise<{ sheet: SheetPeek; cells: Map<number, Map<number, HeadCell>> }> {
  const cells = new Map<number, Map<number, HeadCell>>();
  let dimensionRows: number | null = null;
  let inData = false;
  let row = 0;
  let col = 0;
  let cell: (HeadCell & { col: number }) | null = null;
  let seen = 0;
  let inText = false;
  let phonetic = false;
  const scanner: XmlScanner = new XmlScanner({
    open(tag, attrs) {
      if (tag === "dimension" && !inData && attrs.ref !== undefined) dimensionRows = lastRowOf(attrs.ref);
      else if (tag === "sheetData") inData = true;
      else if (tag === "row") {
        const r = (attrs.r !== undefined ? Number.parseInt(attrs.r, 10) : NaN) || row + 1;
        // rows come in order: one that does not is past the header (or a book to be refused anyway)
        if (r > headerRow || r <= row) return scanner.stop();
        row = r;
        col = 0;
      } else if (tag === "c") {
        col = (attrs.r !== undefined ? columnOf(attrs.r) : null) ?? col + 1;
        // a row has at most 16,384 cells; a header row of more is not one to look at further
        if (col > MAX_COLUMNS || ++seen > headerRow * MAX_COLUMNS) return scanner.stop();
        cell = { col, t: attrs.t, text: "" };
      } else if (tag === "rPh") phonetic = true;
      else if (cell && (tag === "v" || tag === "t")) inText = !phonetic;
    },
    close(tag) {
      if (tag === "v" || tag === "t") inText = false;
      else if (tag === "rPh") phonetic = false;
      else if (tag === "c" && cell) {
        if (!cells.has(row)) cells.set(row, new Map());
        cells.get(row)!.set(cell.col, cell);
        cell = null;
      } else if (tag === "sheetData") scanner.stop();
    },
    text(t) {
      if (inText && cell && cell.text.length < MAX_PIECE) cell.text += t;
    },
  });
  // 说明 (header row 0) is read whole by the reader but has no header: only its size is looked at
  if (headerRow > 0) await scanPart(zip, path, scanner);
  return { sheet: { name, path, head: new Map(), dimensionRows, declaredBytes: declaredSize(zip, path) }, cells };
}

/** The shared strings of the given indexes: the part is scanned only as far as the last of them. */
async function sharedStrings(zip: JSZip, needed: Map<number, string>): Promise<void> {
  if (needed.size === 0) return;
  const last = Math.max(...needed.keys());
  let index = -1;
  let inItem = false;
  let phonetic = false;
  let inText = false;
  let text = "";
  const scanner: XmlScanner = new XmlScanner({
    open(tag) {
      if (tag === "si") {
        index++;
        inItem = true;
        text = "";
      } else if (tag === "rPh") phonetic = true;
      else if (tag === "t" && inItem) inText = !phonetic;
    },
    close(tag) {
      if (tag === "t") inText = false;
      else if (tag === "rPh") phonetic = false;
      else if (tag === "si") {
        inItem = false;
        if (needed.has(index)) needed.set(index, text);
        if (index >= last) scanner.stop();
      }
    },
    text(t) {
      if (inText && needed.has(index) && text.length < MAX_PIECE) text += t;
    },
  });
  await scanPart(zip, "xl/sharedStrings.xml", scanner);
}

/** Looks at a book: its sheet names, and the header rows of the sheets the reader reads. Inflates no sheet past its header. */
export async function peekXlsx(bytes: Uint8Array): Promise<{ peek: XlsxPeek; zip: JSZip }> {
  const zip = await openZip(bytes);
  const sheets: { name: string; rid: string }[] = [];
  await scanSmall(zip, "xl/workbook.xml", {
    open(name, attrs) {
      if (name === "sheet" && attrs.name !== undefined && attrs["r:id"] !== undefined) sheets.push({ name: attrs.name, rid: attrs["r:id"] });
    },
  });
  const targets = new Map<string, string>();
  await scanSmall(zip, "xl/_rels/workbook.xml.rels", {
    open(name, attrs) {
      if (name === "Relationship" && attrs.Id !== undefined && attrs.Target !== undefined) targets.set(attrs.Id, attrs.Target);
    },
  });
  const listed = sheets.flatMap((s) => {
    const target = targets.get(s.rid);
    const path = target === undefined ? null : partOf(target);
    return path !== null && /^xl\/worksheets\/sheet\d{1,6}\.xml$/.test(path) && part(zip, path) ? [{ name: s.name, path }] : [];
  });

  const looked: { sheet: SheetPeek; cells: Map<number, Map<number, HeadCell>> }[] = [];
  for (const { name, path } of listed) {
    const headerRow = READ_SHEETS.get(name);
    if (headerRow !== undefined && !looked.some((l) => l.sheet.name === name)) looked.push(await peekSheet(zip, name, path, headerRow));
  }
  const needed = new Map<number, string>();
  for (const { cells } of looked) for (const r of cells.values()) for (const c of r.values()) if (c.t === "s" && /^\d{1,9}$/.test(c.text.trim())) needed.set(Number(c.text.trim()), "");
  await sharedStrings(zip, needed);
  for (const { sheet, cells } of looked) {
    for (const [r, row] of cells) {
      const values = new Map<number, Plain>();
      for (const [c, cell] of row) {
        const v = valueOf(cell, needed);
        if (v !== null) values.set(c, v);
      }
      sheet.head.set(r, values);
    }
  }
  return { peek: { names: listed.map((l) => l.name), read: looked.map((l) => l.sheet), sharedStringsBytes: declaredSize(zip, "xl/sharedStrings.xml") }, zip };
}

/** A header cell's value, as ExcelJS and readXlsx's `plain` give it (no styles: a date header reads as its number). */
function valueOf(cell: HeadCell, shared: Map<number, string>): Plain {
  const text = cell.text;
  switch (cell.t) {
    case "s":
      return shared.get(Number(text.trim())) ?? null;
    case "str":
      return text;
    case "inlineStr":
      return text === "" ? null : text;
    case "b":
      return text === "" ? null : Number.parseInt(text, 10) !== 0 ? "TRUE" : "FALSE";
    case "e":
      return null;
    default: {
      if (text === "") return null;
      const n = Number.parseFloat(text);
      return Number.isFinite(n) ? n : null;
    }
  }
}

/**
 * A book of another layout gets the reader's own WorkbookLayoutError: the reader runs on the
 * header rows alone (no data rows), so the message is the one the full read would give.
 */
export function checkLayout(peek: XlsxPeek, options: ReadOptions = {}): void {
  const sheets = new Map<string, Grid>();
  for (const name of peek.names) {
    const p = peek.read.find((r) => r.name === name);
    const head = p?.head ?? new Map<number, Map<number, Plain>>();
    const lastColumn = Math.max(0, ...[...head.values()].flatMap((r) => [...r.keys()]));
    const headerRow = READ_SHEETS.get(name) ?? 0;
    sheets.set(name, { name, lastRow: p ? headerRow : 0, lastColumn, value: (r, c) => head.get(r)?.get(c) ?? null });
  }
  readSheets(sheets, options);
}

/** How much the sheets read hold, counted (not as declared): rows and inflated bytes. */
export interface BookSize {
  sheets: { name: string; rows: number; xmlBytes: number }[];
  /** Sheet XML and shared strings together. */
  xmlBytes: number;
}

/**
 * Refuses, with a BookTooLargeError, a book whose data is far beyond anything this tool writes:
 * first from what the zip and the sheets declare (nothing inflated), then by counting the sheets
 * read as they inflate (constant memory; stops as soon as the count passes the limit).
 */
export async function measureBook(zip: JSZip, peek: XlsxPeek, limits = BOOK_LIMITS): Promise<BookSize> {
  for (const s of peek.read) if ((s.dimensionRows ?? 0) > limits.maxRows) throw new BookTooLargeError(s.name, s.dimensionRows!, s.declaredBytes, limits);
  const declared = peek.read.reduce((n, s) => n + s.declaredBytes, 0) + peek.sharedStringsBytes;
  if (declared > limits.maxXmlBytes) throw new BookTooLargeError(null, 0, declared, limits);
  const strings = await scanPart(zip, "xl/sharedStrings.xml", null, limits.maxXmlBytes + 1);
  let total = strings.bytes;
  if (!strings.complete) throw new BookTooLargeError(null, 0, Math.max(total, declared), limits);
  const sheets: BookSize["sheets"] = [];
  for (const s of peek.read) {
    const counted = await scanPart(zip, s.path, null, limits.maxXmlBytes - total + 1);
    total += counted.bytes;
    if (!counted.complete) throw new BookTooLargeError(null, 0, Math.max(total, declared), limits);
    if (counted.rowTags > limits.maxRows) throw new BookTooLargeError(s.name, counted.rowTags, counted.bytes, limits);
    sheets.push({ name: s.name, rows: counted.rowTags, xmlBytes: counted.bytes });
  }
  return { sheets, xmlBytes: total };
}

/** The first look, whole: the book's layout, then its size. Returns the opened zip for the load. */
export async function checkBook(bytes: Uint8Array, options: ReadOptions = {}, limits = BOOK_LIMITS): Promise<{ zip: JSZip; peek: XlsxPeek; size: BookSize }> {
  const { peek, zip } = await peekXlsx(bytes);
  checkLayout(peek, options);
  const size = await measureBook(zip, peek, limits);
  return { zip, peek, size };
}
