/**
 * WorkbookDescription → .xlsx bytes, with ExcelJS (in memory: the browser's
 * download). The CLI writes the same description row by row with ExcelJS's
 * streaming writer (writeXlsxStream.ts), through the same sheet code here.
 * No fs: works in Node and in a browser bundle (writeBuffer).
 *
 * ExcelJS turns a hyperlinked cell into a text cell, so internal links are
 * added afterwards to the sheet XML (`<hyperlink ref location>`), which keeps
 * numbers numbers.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { z } from "zod";
import { CellSchema, SheetSchema, WorkbookDescriptionSchema, type Cell, type Sheet, type Style, type WorkbookDescription } from "./description";

/**
 * The description's shape, validated without deep-copying its (many) cells:
 * each cell is checked with CellSchema as it is written.
 */
export const ShellSchema = WorkbookDescriptionSchema.extend({
  sheets: z.array(SheetSchema.extend({ rows: z.array(z.array(z.unknown())) })).min(1),
});

function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.toUpperCase()}` };
}

function cellStyle(s: Style | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (!s) return out;
  if (s.bold || s.italic || s.fontColor) {
    out.font = { ...(s.bold ? { bold: true } : {}), ...(s.italic ? { italic: true } : {}), ...(s.fontColor ? { color: argb(s.fontColor) } : {}) };
  }
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(s.fill) };
  if (s.wrap || s.hAlign || s.vAlign) {
    out.alignment = { ...(s.wrap ? { wrapText: true } : {}), ...(s.hAlign ? { horizontal: s.hAlign } : {}), ...(s.vAlign ? { vertical: s.vAlign } : {}) };
  }
  if (s.borderBottom) out.border = { bottom: { style: "thin", color: argb("808080") } };
  return out;
}

function cfStyle(s: Style | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (!s) return out;
  if (s.bold || s.fontColor) out.font = { ...(s.bold ? { bold: true } : {}), ...(s.fontColor ? { color: argb(s.fontColor) } : {}) };
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: argb(s.fill) };
  return out;
}

function xmlAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Sheet name → path of its XML part inside the package. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const unesc = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    if (name && rid && targets.has(rid)) out.set(unesc(name), targets.get(rid)!);
  }
  return out;
}

/** Elements that may follow <hyperlinks> in CT_Worksheet, in schema order. */
const AFTER_HYPERLINKS = ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function insertHyperlinks(xml: string, links: { ref: string; location: string }[]): string {
  if (xml.includes("<hyperlinks")) throw new Error("writeXlsx: sheet already has hyperlinks");
  const el = `<hyperlinks>${links.map((l) => `<hyperlink ref="${l.ref}" location="${xmlAttr(l.location)}"/>`).join("")}</hyperlinks>`;
  let at = -1;
  for (const tag of AFTER_HYPERLINKS) {
    const i = xml.indexOf(`<${tag}`);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("writeXlsx: unexpected sheet XML");
  return xml.slice(0, at) + el + xml.slice(at);
}

type Shell = z.infer<typeof ShellSchema>;
/** What of a sheet the writers need besides its rows. */
type ShellSheet = Omit<Sheet, "rows" | "rowNumbers">;
export type Link = { ref: string; location: string };
/** The worksheet calls both ExcelJS writers offer (in memory and streaming). */
export type SheetTarget = Pick<ExcelJS.Worksheet, "getColumn" | "getRow" | "addConditionalFormatting">;

/** One style object per (style, numFmt), shared by its cells: ExcelJS only reads it, and 1,000 reports make ~400,000 cells. */
export function sharedStyles(styles: Shell["styles"]): (name: string | undefined, numFmt: string | undefined) => Partial<ExcelJS.Style> {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  return (name, numFmt) => {
    const k = `${name ?? ""}\u0000${numFmt ?? ""}`;
    let s = shared.get(k);
    if (!s) {
      s = { ...(name ? cellStyle(styles[name]) : {}), ...(numFmt ? { numFmt } : {}) };
      shared.set(k, s);
    }
    return s;
  };
}

/** Tab colour, frozen panes, print settings of a new worksheet. */
export function sheetOptions(sheet: ShellSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const p = sheet.print;
  return {
    ...(sheet.tabColor ? { properties: { tabColor: argb(sheet.tabColor) } as ExcelJS.WorksheetProperties } : {}),
    views: sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0) ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }] : [],
    ...(p
      ? {
          pageSetup: {
            orientation: p.landscape ? "landscape" : "portrait",
            fitToPage: p.fitToWidth,
            fitToWidth: 1,
            fitToHeight: 0,
            paperSize: 9,
            ...(p.repeatRows > 0 ? { printTitlesRow: `1:${p.repeatRows}` } : {}),
          },
          headerFooter: { oddHeader: `&C&"-,Bold"${p.title.replace(/&/g, "&&")}`, oddFooter: "&C&P / &N" },
        }
      : {}),
  };
}

type StyleOf = (name: string | undefined, numFmt: string | undefined) => Partial<ExcelJS.Style>;

/** Column widths, row heights and conditional formats: before any row is written. */
export function prepareSheet(ws: SheetTarget, sheet: ShellSheet, styles: Shell["styles"]): void {
  sheet.columns.forEach((c, i) => {
    if (!c) return;
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  sheet.rowHeights.forEach((h, i) => {
    if (h) ws.getRow(i + 1).height = h;
  });
  for (const [i, cf] of sheet.conditionalFormats.entries()) {
    ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style: cfStyle(styles[cf.style]) }] });
  }
}

/**
 * Writes rows; returns the internal links for the sheet XML. `rowDone` is called after each
 * row (the streaming writer commits it). Each cell is checked with CellSchema unless the
 * caller vouches for it (`cellOf`: the streaming writer's rows come typed from describe).
 */
export function writeRows(
  ws: SheetTarget,
  rows: Iterable<{ row: number; cells: readonly unknown[]; height?: number | undefined }>,
  sharedStyle: StyleOf,
  rowDone: (row: ExcelJS.Row) => void = () => {},
  cellOf: (raw: unknown) => Cell = (raw) => CellSchema.parse(raw),
): Link[] {
  const sheetLinks: Link[] = [];
  for (const { row: at, cells: row, height } of rows) {
    if (row.length === 0) continue;
    const wsRow = ws.getRow(at);
    if (height) wsRow.height = height;
    row.forEach((raw, c) => {
      if (raw === null || raw === undefined) return;
      const cell = cellOf(raw);
      const x = wsRow.getCell(c + 1);
      setValue(x, cell);
      // every cell gets a shared style object (an empty one too): ExcelJS caches style ids by object
      x.style = sharedStyle(cell.style, cell.numFmt);
      if (cell.link) sheetLinks.push({ ref: x.address, location: `'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}` });
    });
    rowDone(wsRow);
  }
  return sheetLinks;
}

/**
 * Text is assigned as a JS string: ExcelJS writes it as a shared string, never as a
 * formula, whatever it starts with.
 */
function setValue(x: ExcelJS.Cell, cell: Cell): void {
  const v = cell.value;
  if (!v) return;
  if (v.kind === "text") x.value = v.text;
  else if (v.kind === "number") x.value = v.value;
  else x.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
}

/** Writes the described workbook; returns the .xlsx file's bytes. */
export async function writeXlsx(descriptionIn: WorkbookDescription): Promise<Uint8Array> {
  const d = ShellSchema.parse(descriptionIn);
  const wb = new ExcelJS.Workbook();
  wb.creator = d.properties.creator;
  wb.title = d.properties.title;
  const created = new Date(d.properties.created);
  if (!Number.isNaN(created.getTime())) {
    wb.created = created;
    wb.modified = created;
  }
  const sharedStyle = sharedStyles(d.styles);
  const links = new Map<string, { ref: string; location: string }[]>();

  for (const sheet of d.sheets) {
    const rows = (sheet.rows as unknown[][]).map((cells, i) => ({ row: sheet.rowNumbers?.[i] ?? i + 1, cells, height: sheet.heights?.[i] ?? undefined }));
    const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
    prepareSheet(ws, sheet, d.styles);
    const sheetLinks = writeRows(ws, rows, sharedStyle);
    if (sheetLinks.length) links.set(sheet.name, sheetLinks);
  }

  const buf = await wb.xlsx.writeBuffer();
  const bytes = new Uint8Array(buf as ArrayBuffer);
  if (links.size === 0) return bytes;

  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  for (const [name, list] of links) {
    const path = parts.get(name);
    const file = path ? zip.file(path) : null;
    if (!path || !file) throw new Error(`writeXlsx: no part for sheet ${name}`);
    zip.file(path, insertHyperlinks(await file.async("string"), list));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
