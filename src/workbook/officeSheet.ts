/**
 * The Office.js subset the add-in writes through (a structural slice of
 * Excel.RequestContext, so tests drive it with a plain fake), and how one
 * described sheet is written into it: rows at their row numbers, styles, links,
 * column widths, row heights, frozen panes, tab colour, print settings,
 * conditional formats. Formulas are written as described: never rewritten.
 */
import { columnLetter, type Cell, type ConditionalFormat, type Row, type Sheet, type Style, type WorkbookDescription } from "./description";

interface XlFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
}
export interface XlRangeFormat {
  font: XlFont;
  fill: { color?: string };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  columnWidth?: number;
  rowHeight?: number;
  borders: { getItem(index: string): { style?: string; color?: string } };
}
export interface XlConditionalFormat {
  priority?: number;
  custom: { rule: { formula?: string }; format: { fill: { color?: string }; font: XlFont } };
}
export interface XlRange {
  address: string;
  rowIndex: number;
  rowCount: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  isNullObject: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } | null;
  columnHidden?: boolean;
  format: XlRangeFormat;
  conditionalFormats: { add(type: string): XlConditionalFormat; clearAll(): void };
  load(props: string): unknown;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  clear(applyTo?: string): void;
}
export interface XlPageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(rows: string): void;
  headersFooters: { defaultForAllPages: { centerHeader?: string; centerFooter?: string } };
}
export interface XlWorksheet {
  name: string;
  isNullObject: boolean;
  tabColor?: string;
  pageLayout?: XlPageLayout;
  getRange(address?: string): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  freezePanes: { freezeRows(n: number): void; freezeColumns(n: number): void; freezeAt(range: XlRange | string): void };
  load(props: string): unknown;
}
export interface XlContext {
  workbook: {
    worksheets: { getItemOrNullObject(name: string): XlWorksheet; add(name: string): XlWorksheet };
  };
  sync(): Promise<unknown>;
}

/** What this Excel can do (requirement sets). */
export interface Abilities {
  conditionalFormats: boolean;
  /** Frozen panes, hyperlinks, tab colours. */
  v17: boolean;
  /** Page layout (print settings). */
  pageLayout: boolean;
}

/** Syncs when a request would grow past Excel on the web's limit. */
export class Batch {
  bytes = 0;
  syncs = 0;
  constructor(
    private ctx: XlContext,
    private max: number,
  ) {}
  async add(estimate: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + estimate > this.max) await this.sync();
    this.bytes += estimate;
  }
  async sync(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.bytes = 0;
  }
}

const hex = (c: string) => `#${c.toUpperCase()}`;

/** The value a cell takes in `range.formulas` and its number format ("@" keeps text text). */
function cellInput(cell: Cell | null | undefined): { input: unknown; fmt: string } {
  const v = cell?.value;
  if (!v) return { input: "", fmt: cell?.numFmt ?? "General" };
  switch (v.kind) {
    case "text":
      return { input: v.text, fmt: "@" };
    case "number":
      return { input: v.value, fmt: cell?.numFmt ?? "General" };
    case "formula":
      return { input: `=${v.formula}`, fmt: cell?.numFmt && cell.numFmt !== "@" ? cell.numFmt : "General" };
  }
}

function applyStyle(format: XlRangeFormat, style: Style): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor) format.font.color = hex(style.fontColor);
  if (style.fill) format.fill.color = hex(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = style.hAlign === "left" ? "Left" : style.hAlign === "center" ? "Center" : "Right";
  if (style.vAlign) format.verticalAlignment = style.vAlign === "top" ? "Top" : style.vAlign === "middle" ? "Center" : "Bottom";
  if (style.borderBottom) format.borders.getItem("EdgeBottom").style = "Continuous";
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Styles as runs of equal style along the row. */
function writeStyles(sheet: XlWorksheet, row: number, cells: Row, styles: WorkbookDescription["styles"]): void {
  let start = 0;
  for (let c = 1; c <= cells.length; c++) {
    const prev = cells[start]?.style;
    if (c === cells.length || cells[c]?.style !== prev) {
      const style = prev ? styles[prev] : undefined;
      if (style) applyStyle(sheet.getRange(`${columnLetter(start + 1)}${row}:${columnLetter(c)}${row}`).format, style);
      start = c;
    }
  }
}

/** Runs [from, to) of 0-based column indexes in 0..n whose cells are not kept. */
export function writableRuns(n: number, keep: (col: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= n; c++) {
    const ok = c < n && !keep(c + 1);
    if (ok && start < 0) start = c;
    if (!ok && start >= 0) {
      runs.push([start, c]);
      start = -1;
    }
  }
  return runs;
}

/**
 * One row: styles, links (before the value, so a number stays a number), number formats, then
 * contents. `keep(col)` (1-based) names cells not to write (a user changed them since they were read).
 */
export async function writeRow(
  sheet: XlWorksheet,
  row: number,
  cells: Row,
  styles: WorkbookDescription["styles"],
  batch: Batch,
  links: boolean,
  height?: number,
  keep?: (col: number) => boolean,
): Promise<void> {
  if (cells.length === 0) return;
  if (height) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  const inputs = cells.map(cellInput);
  const linkCount = cells.filter((c) => c?.link).length;
  await batch.add(utf8Length(JSON.stringify(inputs)) + 150 * (6 + linkCount));
  writeStyles(sheet, row, cells, styles);
  if (links) {
    cells.forEach((cell, c) => {
      if (cell?.link && !keep?.(c + 1)) sheet.getRange(`${columnLetter(c + 1)}${row}`).hyperlink = { documentReference: `'${cell.link.sheet}'!${cell.link.cell}`, screenTip: cell.link.cell };
    });
  }
  for (const [a, b] of keep ? writableRuns(cells.length, keep) : [[0, cells.length] as [number, number]]) {
    const range = sheet.getRange(`${columnLetter(a + 1)}${row}:${columnLetter(b)}${row}`);
    range.numberFormat = [inputs.slice(a, b).map((i) => i.fmt)];
    range.formulas = [inputs.slice(a, b).map((i) => i.input)];
  }
}

/** Column widths, row heights, frozen panes, tab colour and print settings of a sheet the add-in creates. */
export function setUpSheet(sheet: XlWorksheet, s: Sheet, can: Abilities): void {
  s.columns.forEach((col, i) => {
    if (!col) return;
    const r = sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`);
    if (col.width) r.format.columnWidth = Math.round(col.width * 7);
    if (col.hidden) r.columnHidden = true;
  });
  s.rowHeights.forEach((h, i) => {
    if (h) sheet.getRange(`${i + 1}:${i + 1}`).format.rowHeight = h;
  });
  if (can.v17 && s.frozen && (s.frozen.rows > 0 || s.frozen.columns > 0)) {
    if (s.frozen.columns === 0) sheet.freezePanes.freezeRows(s.frozen.rows);
    else if (s.frozen.rows === 0) sheet.freezePanes.freezeColumns(s.frozen.columns);
    else sheet.freezePanes.freezeAt(sheet.getRange(`A1:${columnLetter(s.frozen.columns)}${s.frozen.rows}`));
  }
  if (can.v17 && s.tabColor) sheet.tabColor = hex(s.tabColor);
  if (can.pageLayout && s.print && sheet.pageLayout) {
    const p = sheet.pageLayout;
    p.orientation = s.print.landscape ? "Landscape" : "Portrait";
    if (s.print.fitToWidth) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (s.print.repeatRows > 0) p.setPrintTitleRows(`$1:$${s.print.repeatRows}`);
    p.headersFooters.defaultForAllPages.centerHeader = s.print.title;
  }
}

/** The columns of an A1 range over other rows: "F4:H1003" → "F{from}:H{to}". */
function sameColumns(range: string, from: number, to: number): string {
  const [a, b] = range.split(":") as [string, string | undefined];
  const letters = (s: string) => s.slice(0, s.search(/\d/));
  return `${letters(a)}${from}:${letters(b ?? a)}${to}`;
}

/**
 * Conditional formats as described. On an existing sheet the rules on the columns they cover
 * are cleared first, down to `clearTo`, so filling again never piles up rules.
 */
export function setConditionalFormats(sheet: XlWorksheet, cfs: ConditionalFormat[], styles: WorkbookDescription["styles"], clearTo: number | null): void {
  if (clearTo !== null) {
    for (const range of new Set(cfs.map((cf) => cf.range))) {
      const [, from = "1", to = "1"] = /^[A-Z]+(\d+)(?::[A-Z]+(\d+))?$/.exec(range) ?? [];
      sheet.getRange(sameColumns(range, Number(from), Math.max(Number(to || from), clearTo))).conditionalFormats.clearAll();
    }
  }
  cfs.forEach((cf, i) => {
    const style = styles[cf.style];
    if (!style) return;
    const f = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    f.custom.rule.formula = `=${cf.formula}`;
    if (style.fill) f.custom.format.fill.color = hex(style.fill);
    if (style.fontColor) f.custom.format.font.color = hex(style.fontColor);
    if (style.bold) f.custom.format.font.bold = true;
    f.priority = i;
  });
}
