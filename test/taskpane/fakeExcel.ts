/**
 * A plain in-memory fake of the Office.js subset writeOffice uses (XlContext).
 * Like the real API, loaded properties can only be read after context.sync();
 * every write is logged so tests can assert what was (and was not) touched.
 */
import type { XlConditionalFormat, XlContext, XlPageLayout, XlRange, XlRangeFormat, XlWorksheet } from "../../src/workbook/officeSheet";
import { columnLetter } from "../../src/workbook/description";

export interface FakeCell {
  value: unknown; // number | string | ""
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hyperlink?: string;
}
export interface WriteLog {
  sheet: string;
  address: string;
  what: string;
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
/** "B3:D5" | "C7" | "A:A" → 1-based bounds. */
function parse(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const a = address.replace(/^.*!/, "").replace(/\$/g, "");
  const [p, q] = a.split(":") as [string, string | undefined];
  const one = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(s)!;
    return { c: m[1] ? colNum(m[1]) : 0, r: m[2] ? Number(m[2]) : 0 };
  };
  const x = one(p), y = one(q ?? p);
  return { r1: x.r || 1, c1: x.c || 1, r2: y.r || 1048576, c2: y.c || 16384 };
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  tabColor?: string;
  frozen?: { rows: number; columns: number };
  conditionalFormats: { address: string; formula?: string; fill?: string; fontColor?: string }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  print: { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; titleRows?: string; header?: string } = {};
  constructor(public name: string) {}
  cell(r: number, c: number): FakeCell {
    const k = `${columnLetter(c)}${r}`;
    let x = this.cells.get(k);
    if (!x) this.cells.set(k, (x = { value: "", numberFormat: "General" }));
    return x;
  }
  get(a1: string): FakeCell | undefined {
    return this.cells.get(a1);
  }
  /** Used range of non-empty values, or null. */
  usedBounds(): { r1: number; c1: number; r2: number; c2: number } | null {
    let b: { r1: number; c1: number; r2: number; c2: number } | null = null;
    for (const [k, v] of this.cells) {
      if (v.value === "" && !v.formula) continue;
      const { r1: r, c1: c } = parse(k);
      b = b ? { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
    }
    return b;
  }
}

export class FakeWorkbook {
  sheets = new Map<string, FakeSheet>();
  log: WriteLog[] = [];
  syncs = 0;
  /** Called at each context.sync(), before the queued loads resolve: a test's user typing meanwhile. */
  beforeSync?: (n: number) => void;
  /** Sheets as plain data, for setting up a workbook. */
  addSheet(name: string, rows: unknown[][] = [], startRow = 1): FakeSheet {
    const s = new FakeSheet(name);
    rows.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const c = s.cell(startRow + i, j + 1);
      if (typeof v === "string" && v.startsWith("=")) c.formula = v;
      c.value = v;
    }));
    this.sheets.set(name, s);
    return s;
  }
  snapshot(name: string): string {
    const s = this.sheets.get(name);
    return s ? JSON.stringify([...s.cells.entries()].sort()) : "";
  }
  context(): XlContext & { pendingLoads: number } {
    return new FakeContext(this);
  }
}

class Loadable {
  protected synced = false;
  protected wanted = false;
  constructor(protected ctx: FakeContext) {}
  load(_props: string): this {
    this.wanted = true;
    this.ctx.loads.push(this);
    return this;
  }
  resolve(): void {
    if (this.wanted) this.synced = true;
  }
  protected need(prop: string): void {
    if (!this.synced) throw new Error(`PropertyNotLoaded: ${prop} read before load() and sync()`);
  }
}

class FakeRange extends Loadable implements XlRange {
  private snapshot: { values: unknown[][]; formulas: unknown[][]; rowIndex: number; rowCount: number; columnIndex: number; isNull: boolean } | null = null;
  conditionalFormats: { add(type: string): XlConditionalFormat; clearAll(): void };
  format: XlRangeFormat;
  constructor(
    ctx: FakeContext,
    private sheet: FakeSheet,
    public address: string,
    private usedOf: "none" | "values" = "none",
  ) {
    super(ctx);
    const me = this;
    const b = () => parse(this.address);
    const each = (fn: (c: FakeCell) => void) => {
      const { r1, c1, r2, c2 } = b();
      for (let r = r1; r <= Math.min(r2, r1 + 2000); r++) for (let c = c1; c <= Math.min(c2, c1 + 200); c++) fn(sheet.cell(r, c));
    };
    const logw = (what: string) => ctx.wb.log.push({ sheet: sheet.name, address: me.address, what });
    this.format = {
      font: {
        set bold(v: boolean | undefined) { logw("bold"); each((c) => (c.bold = v)); },
        set italic(v: boolean | undefined) { logw("italic"); each((c) => (c.italic = v)); },
        set color(v: string | undefined) { logw("fontColor"); each((c) => (c.fontColor = v)); },
      },
      fill: { set color(v: string | undefined) { logw("fill"); each((c) => (c.fill = v)); } },
      set wrapText(v: boolean | undefined) { logw("wrap"); each((c) => (c.wrap = v)); },
      set horizontalAlignment(_v: string | undefined) { logw("hAlign"); },
      set verticalAlignment(_v: string | undefined) { logw("vAlign"); },
      set columnWidth(v: number | undefined) { logw("columnWidth"); sheet.columnWidths.set(b().c1, v ?? 0); },
      set rowHeight(v: number | undefined) { logw("rowHeight"); sheet.rowHeights.set(b().r1, v ?? 0); },
      borders: { getItem: () => ({ set style(_v: string | undefined) { logw("border"); } }) },
    } as XlRangeFormat;
    this.conditionalFormats = {
      add: () => {
        logw("conditionalFormat");
        const entry: { address: string; formula?: string; fill?: string; fontColor?: string } = { address: me.address };
        sheet.conditionalFormats.push(entry);
        return {
          set priority(_p: number) {},
          custom: {
            rule: { set formula(f: string) { entry.formula = f; } },
            format: { fill: { set color(c: string) { entry.fill = c; } }, font: { set color(c: string) { entry.fontColor = c; }, set bold(_b: boolean) {} } },
          },
        } as unknown as XlConditionalFormat;
      },
      // Excel clears the rules from the cells of the range; a rule lying wholly inside goes away
      // (a rule only partly inside is kept whole here: stricter than Excel, which trims it)
      clearAll: () => {
        logw("clearConditionalFormats");
        const r = b();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
          const x = parse(cf.address);
          return !(x.r1 >= r.r1 && x.r2 <= r.r2 && x.c1 >= r.c1 && x.c2 <= r.c2);
        });
      },
    };
  }
  override resolve(): void {
    super.resolve();
    if (!this.wanted) return;
    if (this.usedOf === "values") {
      const u = this.sheet.usedBounds();
      const base = parse(this.address);
      const bb = u && { r1: Math.max(u.r1, base.r1), c1: Math.max(u.c1, base.c1), r2: Math.min(u.r2, base.r2), c2: Math.min(u.c2, base.c2) };
      if (!bb || bb.r1 > bb.r2 || bb.c1 > bb.c2) {
        this.snapshot = { values: [], formulas: [], rowIndex: 0, rowCount: 0, columnIndex: 0, isNull: true };
        return;
      }
      this.address = `${columnLetter(bb.c1)}${bb.r1}:${columnLetter(bb.c2)}${bb.r2}`;
    }
    const { r1, c1, r2, c2 } = parse(this.address);
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      const frow: unknown[] = [];
      for (let c = c1; c <= c2; c++) {
        const cell = this.sheet.get(`${columnLetter(c)}${r}`);
        row.push(cell?.value ?? "");
        // like Excel: a formula cell's formula, a constant's value
        frow.push(cell?.formula ?? cell?.value ?? "");
      }
      values.push(row);
      formulas.push(frow);
    }
    this.snapshot = { values, formulas, rowIndex: r1 - 1, rowCount: r2 - r1 + 1, columnIndex: c1 - 1, isNull: false };
  }
  get isNullObject(): boolean { this.need("isNullObject"); return this.snapshot!.isNull; }
  get values(): unknown[][] { this.need("values"); return this.snapshot!.values; }
  get rowIndex(): number { this.need("rowIndex"); return this.snapshot!.rowIndex; }
  get rowCount(): number { this.need("rowCount"); return this.snapshot!.rowCount; }
  get columnIndex(): number { this.need("columnIndex"); return this.snapshot!.columnIndex; }
  get formulas(): unknown[][] { this.need("formulas"); return this.snapshot!.formulas; }
  set formulas(v: unknown[][]) {
    this.ctx.wb.log.push({ sheet: this.sheet.name, address: this.address, what: "formulas" });
    const { r1, c1 } = parse(this.address);
    v.forEach((row, i) => row.forEach((x, j) => {
      const c = this.sheet.cell(r1 + i, c1 + j);
      if (typeof x === "string" && x.startsWith("=") && c.numberFormat !== "@") {
        c.formula = x;
        c.value = x; // (no calculation engine)
      } else {
        delete c.formula;
        c.value = x; // with "@" a leading = + - @ stays literal text
      }
    }));
  }
  set values(_v: unknown[][]) { throw new Error("writeOffice should write formulas"); }
  get numberFormat(): unknown[][] { throw new Error("not used"); }
  set numberFormat(v: unknown[][]) {
    this.ctx.wb.log.push({ sheet: this.sheet.name, address: this.address, what: "numberFormat" });
    const { r1, c1 } = parse(this.address);
    v.forEach((row, i) => row.forEach((x, j) => (this.sheet.cell(r1 + i, c1 + j).numberFormat = String(x))));
  }
  set hyperlink(h: { documentReference?: string } | null | undefined) {
    this.ctx.wb.log.push({ sheet: this.sheet.name, address: this.address, what: "hyperlink" });
    const { r1, c1 } = parse(this.address);
    this.sheet.cell(r1, c1).hyperlink = h?.documentReference;
  }
  get hyperlink(): undefined { return undefined; }
  set columnHidden(_v: boolean | undefined) { this.ctx.wb.log.push({ sheet: this.sheet.name, address: this.address, what: "hidden" }); }
  getUsedRangeOrNullObject(): XlRange {
    return new FakeRange(this.ctx, this.sheet, this.address, "values");
  }
  clear(): void {
    this.ctx.wb.log.push({ sheet: this.sheet.name, address: this.address, what: "clear" });
    const { r1, c1, r2, c2 } = parse(this.address);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) this.sheet.cells.delete(`${columnLetter(c)}${r}`);
  }
}

class FakeWorksheet extends Loadable implements XlWorksheet {
  freezePanes: XlWorksheet["freezePanes"];
  constructor(ctx: FakeContext, private sheetName: string, private sheet: FakeSheet | null) {
    super(ctx);
    this.freezePanes = {
      freezeRows: (n) => this.mut("freeze", () => (this.s().frozen = { rows: n, columns: 0 })),
      freezeColumns: (n) => this.mut("freeze", () => (this.s().frozen = { rows: 0, columns: n })),
      freezeAt: (r) => this.mut("freeze", () => {
        const p = parse(typeof r === "string" ? r : r.address);
        this.s().frozen = { rows: p.r2, columns: p.c2 };
      }),
    };
  }
  private s(): FakeSheet {
    if (!this.sheet) throw new Error(`ItemNotFound: ${this.sheetName}`);
    return this.sheet;
  }
  private mut(what: string, fn: () => void): void {
    this.ctx.wb.log.push({ sheet: this.sheetName, address: "", what });
    fn();
  }
  get name(): string { return this.sheetName; }
  get pageLayout(): XlPageLayout {
    const p = () => this.s().print;
    const mut = (what: string, fn: () => void) => this.mut(what, fn);
    return {
      set orientation(v: string | undefined) { mut("print", () => (p().orientation = v)); },
      set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined) { mut("print", () => (p().zoom = v)); },
      setPrintTitleRows: (rows: string) => mut("print", () => (p().titleRows = rows)),
      headersFooters: { defaultForAllPages: { set centerHeader(v: string | undefined) { mut("print", () => (p().header = v)); } } },
    } as XlPageLayout;
  }
  get isNullObject(): boolean { this.need("isNullObject"); return this.sheet === null; }
  set tabColor(c: string | undefined) { this.mut("tabColor", () => (this.s().tabColor = c)); }
  getRange(address = "A1:XFD1048576"): XlRange {
    return new FakeRange(this.ctx, this.s(), address);
  }
  getUsedRangeOrNullObject(): XlRange {
    if (!this.sheet) {
      // a null worksheet's used range is a null object too
      const empty = new FakeSheet(this.sheetName);
      return new FakeRange(this.ctx, empty, "A1:XFD1048576", "values");
    }
    return new FakeRange(this.ctx, this.sheet, "A1:XFD1048576", "values");
  }
}

class FakeContext implements XlContext {
  loads: Loadable[] = [];
  workbook: XlContext["workbook"];
  constructor(public wb: FakeWorkbook) {
    this.workbook = {
      worksheets: {
        getItemOrNullObject: (name: string) => new FakeWorksheet(this, name, wb.sheets.get(name) ?? null),
        add: (name: string) => {
          if (wb.sheets.has(name)) throw new Error(`ItemAlreadyExists: ${name}`);
          wb.log.push({ sheet: name, address: "", what: "addSheet" });
          return new FakeWorksheet(this, name, wb.addSheet(name));
        },
      },
    };
  }
  get pendingLoads(): number {
    return this.loads.length;
  }
  async sync(): Promise<void> {
    this.wb.beforeSync?.(this.wb.syncs + 1);
    this.wb.syncs++;
    for (const l of this.loads.splice(0)) l.resolve();
  }
}
