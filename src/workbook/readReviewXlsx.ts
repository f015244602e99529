/**
 * The 审核 sheet of an .xlsx, read on its own: only that sheet's part and the shared strings are
 * inflated (never the whole book), its cells turned into a Grid, and the one reader of 审核
 * (readWorkbook.ts readReview) makes the decisions. fill uses it for the --out and --submitted
 * books. Every scan is linear (indexOf, and regular expressions without nested or overlapping
 * quantifiers).
 */
import JSZip from "jszip";
import { SHEET_NAMES } from "./description";
import { readReview, WorkbookLayoutError, type Grid, type Plain, type UnreadReviewRow } from "./readWorkbook";
import type { Decision } from "../core/decisions";
import { sheetParts } from "./writeXlsx";

/** 审核 holds what people decided: far below this. A part larger than this is refused with a message. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const n = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n <= 0x10ffff ? String.fromCodePoint(n) : "";
  });
}

/** The text runs of an <si> or <is> element (phonetic runs left out). */
function runs(xml: string): string {
  const plain = xml.replace(/<rPh\b[^>]*>[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of plain.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

async function partText(zip: JSZip, path: string, what: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > MAX_PART_BYTES) throw new WorkbookLayoutError(`${what}过大(${Math.round(size / 1048576)} MB),无法读取(${what} is too large to read)`);
  return f.async("string");
}

/** The 审核 sheet of a book as a Grid; null when the book has none. */
export async function reviewGrid(bytes: Uint8Array): Promise<Grid | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new WorkbookLayoutError(`无法作为 .xlsx 工作簿打开(not an .xlsx workbook: ${(e as Error).message})`);
  }
  if (!zip.file("xl/workbook.xml") || !zip.file("xl/_rels/workbook.xml.rels")) return null;
  const path = (await sheetParts(zip)).get(SHEET_NAMES.review);
  if (!path) return null;
  const xml = await partText(zip, path, `工作表“${SHEET_NAMES.review}”`);
  if (xml === null) return null;
  let shared: string[] | null = null;
  const sharedStrings = async (): Promise<string[]> => {
    if (shared) return shared;
    const sx = (await partText(zip, "xl/sharedStrings.xml", "共享字符串表")) ?? "";
    shared = [...sx.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => (m[1] === undefined ? "" : runs(m[1])));
    return shared;
  };
  const cells = new Map<string, Plain>();
  let lastRow = 0;
  let lastColumn = 0;
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? "";
    const body = m[2] ?? "";
    const ref = /\br="([A-Z]{1,3})(\d{1,7})"/.exec(attrs);
    if (!ref) continue;
    const row = Number(ref[2]);
    const col = colNumber(ref[1]!);
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
    let value: Plain = null;
    if (type === "s" && v !== undefined) value = (await sharedStrings())[Number(v)] ?? null;
    else if (type === "inlineStr") value = runs(body);
    else if (type === "str" || type === "e") value = v === undefined ? null : unescapeXml(v);
    else if (type === "b") value = v === "1" ? "TRUE" : v === "0" ? "FALSE" : null;
    else if (v !== undefined && v.trim() !== "") value = Number.isFinite(Number(v)) ? Number(v) : null;
    if (value === null || value === "") continue;
    cells.set(`${row}|${col}`, value);
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, col);
  }
  return { name: SHEET_NAMES.review, lastRow, lastColumn, value: (r, c) => cells.get(`${r}|${c}`) ?? null };
}

/** The decisions of a book's 审核 sheet (none when it has no such sheet), and its rows that are not decisions. */
export async function readReviewXlsx(bytes: Uint8Array): Promise<{ decisions: Decision[]; unread: UnreadReviewRow[] }> {
  const g = await reviewGrid(bytes);
  return g ? readReview(g) : { decisions: [], unread: [] };
}
