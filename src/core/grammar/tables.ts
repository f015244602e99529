/**
 * Statistics tables, as pasted or converted reports keep them: rows of cells
 * parted by "|". The first row may name a year per column (项目 | 2023年 | 2024年)
 * or a unit (项目 | 数量(件)). A row's first cell names the indicator, in a
 * table officer's words, with its unit in brackets: 行政复议申请收到数（件） | 41 | 56.
 *
 * The engine reads a table row as one clause: this module gives it a view of
 * the text of the same length (so every offset, and so every evidence span,
 * is the original's) in which the pipes of a row are spaces and the cells of
 * other years are blanked, and the quantities of the bare value cells, each
 * with the unit its row or column names. A table with year columns gives the
 * report's year's column only; when the report's year is unknown, none.
 */
import type { Quantity } from "../tag/quantity";
import { LEXICON } from "../lexicon";

export interface TableView {
  /** The text with table rows read as clauses (same length as the input). */
  text: string;
  /** The bare value cells, as quantities with their row's or column's unit. */
  quantities: Quantity[];
  /** The value cells the tagger reads itself (203件, 98.5%), as [start, end): their quantities are a table's too. */
  taggedCells: [number, number][];
  /** Where each line of a table starts (its header's and its rows'): a caption above one heads it. */
  lineStarts: number[];
}

/** Unit words → their classes (lexicon/units.ts). */
const UNIT_CLASSES = new Map<string, string[]>();
for (const e of LEXICON.unit ?? []) for (const w of e.words) UNIT_CLASSES.set(w, [...(UNIT_CLASSES.get(w) ?? []), e.id]);

/** Column headers that say only "the figure" (数值, 数量): a value under them counts what its row's label names. */
const GENERIC_VALUE_HEADERS = new Set(["数值", "数量", "数据", "总数", "合计", "数目", "指标值", "完成情况", "完成数", "情况", "值", "统计数", "本年", "本年度", "全年"]);

/** Every unit class of a count: a table value whose row and header name no unit. */
const ANY_COUNT = [...new Set([...UNIT_CLASSES.values()].flat())].filter((c) => c !== "percent");

/** A cell that is only a number (2,315 / 56 / 98.5%), and what it reads. */
function bareNumber(cell: string): { value: number; percent: boolean; lead: number; length: number } | null {
  let i = 0;
  while (i < cell.length && (cell[i] === " " || cell[i] === "\t" || cell[i] === "\u3000")) i++;
  const lead = i;
  let digits = "";
  let seenDot = false;
  for (; i < cell.length; i++) {
    const c = cell[i]!;
    if (c >= "0" && c <= "9") digits += c;
    else if (c === "," && digits.length > 0) continue;
    else if (c === "." && !seenDot && digits.length > 0) (seenDot = true), (digits += c);
    else break;
  }
  if (!digits || digits.endsWith(".")) return null;
  const length = i - lead;
  let percent = false;
  if (cell[i] === "%" || cell[i] === "％") (percent = true), i++;
  if (cell.slice(i).trim()) return null;
  return { value: Number(digits), percent, lead, length };
}

/**
 * A bare value cell as a table's quantity, with the unit its row or column names ("" any count; "%", or a % in the
 * label's brackets, a percentage).
 */
function cellQuantity(cellStart: number, n: NonNullable<ReturnType<typeof bareNumber>>, unit: string): Quantity {
  const percent = n.percent || PERCENT_SIGNS.has(unit);
  const numStart = cellStart + n.lead;
  return {
    value: n.value,
    approx: null,
    percent,
    unit: percent ? "%" : unit,
    unitClasses: percent ? ["percent"] : unit === "" ? ANY_COUNT : (UNIT_CLASSES.get(unit) ?? []),
    start: numStart,
    end: numStart + n.length + (n.percent ? 1 : 0),
    numStart,
    numEnd: numStart + n.length,
    table: true,
  };
}

/** A cell that is a number and its unit word (203件, 420人次): the quantity tagger reads it; its row still reads as a clause. */
function numberWithUnit(cell: string): boolean {
  const t = cell.trim();
  let i = 0;
  // (in digits, or in Chinese numerals: 六十四件)
  while (i < t.length && ((t[i]! >= "0" && t[i]! <= "9") || CN_DIGITS.has(t[i]!) || (i > 0 && (t[i] === "." || t[i] === ",")))) i++;
  return i > 0 && UNIT_CLASSES.has(t.slice(i).replace(/^余/u, ""));
}
const CN_DIGITS = new Set([..."〇零一二三四五六七八九十百千万两"]);

/** The unit a cell names in brackets: 收到数（件）, 数量(条), 出庭应诉率（%）. */
function bracketUnit(cell: string): string | null {
  const open = Math.max(cell.lastIndexOf("（"), cell.lastIndexOf("("));
  if (open < 0) return null;
  const close = cell.indexOf(cell[open] === "（" ? "）" : ")", open);
  const inner = (close < 0 ? cell.slice(open + 1) : cell.slice(open + 1, close)).trim();
  return UNIT_CLASSES.has(inner) || PERCENT_SIGNS.has(inner) ? inner : null;
}
const PERCENT_SIGNS = new Set(["%", "％"]);

/** A header cell that is a unit's count (次数, 人数, 件数, 场次, 人次; 次数/场次; 参加人次, 参训人数): the unit it counts. */
function namedUnit(cell: string): string | null {
  // (a header that names an act of its own, 本年制发件数, says what its column counts: not a unit only)
  const t = cell.trim().split(/[/／、]/u)[0]!.trim().replace(NEUTRAL_BEFORE_UNIT, "");
  if (t.length > 1 && UNIT_CLASSES.has(t)) return t;
  return t.length === 2 && t.endsWith("数") && UNIT_CLASSES.has(t[0]!) ? t[0]! : null;
}
/** Words before a header's unit that name no act of the column's own (参加人次, 累计次数). */
const NEUTRAL_BEFORE_UNIT = /^(?:参加|参与|参训|出席|累计|合计|共计)/u;

const BARE_YEAR_MAX = 2050;
/** A cell of a markdown table's rule line: dashes, colons, equals signs. */
const RULE_CELL = /^\s*:?[-=—]+:?\s*$/u;

/** The year a header cell names (2024年, 2024年度, 2024). */
function cellYear(cell: string, bare = true): number | null {
  const t = cell.trim();
  if (t.length < 4 || t.length > 8) return null;
  const y = Number(t.slice(0, 4));
  if (!/^[0-9]{4}$/u.test(t.slice(0, 4)) || y < 1990 || y > 2100) return null;
  const rest = t.slice(4);
  // (a bare number is a year only in the years reports speak of: 2100 in a value cell is a count)
  return (rest === "" && bare && y <= BARE_YEAR_MAX) || rest === "年" || rest === "年度" ? y : null;
}

/** How many columns after the label the header names a unit for. */
function unitColumns(units: readonly (string | null)[], labelIndex: number): number {
  let n = 0;
  for (let k = labelIndex + 1; k < units.length; k++) if (units[k]) n++;
  return n;
}

/** A row number before the label: 1, 12, 一, (三). */
function isRowNumber(cell: string): boolean {
  const t = cell.trim();
  const n = bareNumber(t);
  if (n) return !n.percent && Number.isInteger(n.value) && n.value < 1000 && t.length <= 3;
  return /^[(（]?[一二三四五六七八九十]{1,3}[)）、.]?$/u.test(t);
}

/** A cell between the label and the value that is only a unit word (件, 人次). */
function unitCell(cells: readonly Cell[], from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const t = cells[k]!.text.trim();
    if (UNIT_CLASSES.has(t)) return t;
  }
  return null;
}

/** A header cell that names a year by the report's (本年 | 上年): the year it names, when the report's is known. */
const THIS_YEAR_CELLS = new Set(["本年", "本年度", "今年", "本期", "当年", "本年数", "本年累计"]);
const LAST_YEAR_CELLS = new Set(["上年", "上年度", "去年", "上年同期", "同期", "上期", "上年数"]);
export function relativeYear(cell: string, year: number | null): number | null {
  if (year === null) return null;
  const t = cell.trim();
  return THIS_YEAR_CELLS.has(t) ? year : LAST_YEAR_CELLS.has(t) ? year - 1 : null;
}

interface Cell {
  start: number;
  text: string;
}

function cellsOf(line: string, at: number): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === "|" || line[i] === "｜") {
      out.push({ start: at + from, text: line.slice(from, i) });
      from = i + 1;
    }
  }
  // (a markdown row's outer pipes, | 合计 | 226 |, bound no cells)
  if (out.length > 2 && !out[0]!.text.trim() && PIPES.has(line.trimStart()[0] ?? "")) out.shift();
  if (out.length > 2 && !out[out.length - 1]!.text.trim() && PIPES.has(line.trimEnd().slice(-1))) out.pop();
  return out;
}
const PIPES = new Set(["|", "｜"]);

/** A row's first cell that names the whole of the rows above it (合计, 总计, 全县合计): its values are each column's headline. */
const TOTAL_ROW = /^(?:合计|总计|共计|汇总|总数|全年(?:合计)?|年度合计|全[省市州县区旗镇乡](?:合计|总计)?)$/u;

export function tableView(text: string, year: number | null): TableView {
  const quantities: Quantity[] = [];
  const taggedCells: [number, number][] = [];
  const lineStarts: number[] = [];
  if (!text.includes("|") && !text.includes("｜")) return { text, quantities, taggedCells, lineStarts };
  const lines: { start: number; text: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
  const blank = new Uint8Array(text.length);
  let header: { years: (number | null)[]; units: (string | null)[]; cells: string[]; spans: [number, number][]; line: [number, number] } | null = null;
  for (const line of lines) {
    const isRow = line.text.includes("|") || line.text.includes("｜");
    if (!isRow) {
      // (a blank line between rows, as a web page's table pastes, keeps the header: the next row is still under it)
      if (line.text.trim()) header = null;
      continue;
    }
    lineStarts.push(line.start);
    const cells = cellsOf(line.text, line.start);
    const filled = cells.filter((c) => c.text.trim());
    // (a markdown rule under the header, |---|:--:|, is no row and keeps the header)
    if (filled.every((c) => RULE_CELL.test(c.text))) continue;
    const values = filled.map((c) => bareNumber(c.text));
    // a row of no values after its first cell is a header: it may name each column's year or unit
    // (a bare 2023 names a year only in a table's first row: under a header it is a value)
    if (values.slice(1).every((v, k) => v === null && !numberWithUnit(filled[k + 1]!.text)) || filled.slice(1).some((c) => cellYear(c.text, header === null) !== null)) {
      header = {
        years: cells.map((c) => cellYear(c.text) ?? relativeYear(c.text, year)),
        units: cells.map((c) => bracketUnit(c.text) ?? namedUnit(c.text)),
        cells: cells.map((c) => c.text.trim()),
        spans: cells.map((c) => [c.start, c.start + c.text.length] as [number, number]),
        line: [line.start, line.start + line.text.length],
      };
      continue;
    }
    // a row of values only under a header of labels (调解组织（个） | 调解纠纷（件） / 286 | 2104): each value is its column's;
    // a first cell that is a year names the row's year (年度 | 收案数 / 2023 | 61), and only the report's year's row is read
    if (header && header.cells[0] !== "" && header.years.every((y) => y === null) && cells.length === header.cells.length) {
      const rowYear = cellYear(cells[0]!.text);
      const from = rowYear !== null || TOTAL_ROW.test(cells[0]!.text.trim()) ? 1 : 0;
      if (cells.slice(from).every((c) => !c.text.trim() || bareNumber(c.text) !== null)) {
        if (rowYear !== null && rowYear !== year) continue;
        for (let k = from; k < cells.length; k++) {
          const c = cells[k]!;
          if (c.start > 0) blank[c.start - 1] = 1;
          const n = bareNumber(c.text);
          const label = header.cells[k]!;
          if (!n || !label || GENERIC_VALUE_HEADERS.has(label)) continue;
          const unit = n.percent ? "%" : (header.units[k] ?? (Number.isInteger(n.value) ? "" : null));
          if (unit === null) continue;
          quantities.push({ ...cellQuantity(c.start, n, unit), column: header.spans[k]!, header: header.line });
        }
        continue;
      }
    }
    // the row's label: its first cell with words, after a row number at most (序号 | 指标 | 单位 | 数值)
    const labelIndex = cells.findIndex((c) => c.text.trim() && bareNumber(c.text) === null);
    if (labelIndex < 0 || !cells.slice(0, labelIndex).every((c) => !c.text.trim() || isRowNumber(c.text))) continue;
    const label = cells[labelIndex]!;
    const hasYears = header?.years.some((y) => y !== null) ?? false;
    // the report's year's column, or the first value column of a table without years
    let chosen = -1;
    for (let k = labelIndex + 1; k < cells.length; k++) {
      if (!bareNumber(cells[k]!.text) && !numberWithUnit(cells[k]!.text)) continue;
      if (hasYears ? year !== null && header!.years[k] === year : chosen < 0) chosen = k;
    }
    if (chosen < 0) continue;
    // a table without years whose header names a unit for several value columns (项目 | 次数 | 参与人数（人次）):
    // each value is read with its column's unit, the label their noun (旁听庭审 | 8 | 436: 8 sessions, 436 attendances)
    if (!hasYears && header && unitColumns(header.units, labelIndex) >= 2) {
      for (let k = labelIndex + 1; k < cells.length; k++) {
        const c = cells[k]!;
        if (c.start > 0) blank[c.start - 1] = 1;
        const n = bareNumber(c.text);
        const unit = header.units[k];
        // (a note or a percentage stays as written: the tagger reads it, 合格率99.9%)
        if (n && unit) quantities.push(cellQuantity(c.start, n, unit));
      }
      continue;
    }
    const cell = cells[chosen]!;
    const n = bareNumber(cell.text);
    // (the unit in the label's brackets, a cell of its own, or the column's header)
    // (a value with its unit written, 203件, is the tagger's: the row only reads as one clause)
    // (no unit anywhere, | 人民调解案件数 | 812 |: a whole number in a row is a count of what its label names, whatever the unit)
    // (…under a column that names no act of its own: 本年制发件数 counts documents issued, not reviewed)
    const plainColumn = !header || header.years[chosen] != null || GENERIC_VALUE_HEADERS.has(header.cells[chosen] ?? "");
    const unit = !n || n.percent ? "%" : bracketUnit(label.text) ?? unitCell(cells, labelIndex + 1, chosen) ?? header?.units[chosen] ?? (Number.isInteger(n.value) && plainColumn ? "" : null);
    if (unit === null) continue;
    // the row reads as one clause: its pipes are spaces, the other years' cells blank
    for (let k = labelIndex + 1; k < cells.length; k++) {
      const c = cells[k]!;
      if (c.start > 0) blank[c.start - 1] = 1;
      if (k !== chosen) blank.fill(1, c.start, c.start + c.text.length);
    }
    // (a percentage cell, or a value with its unit, is read by the quantity tagger itself)
    if (!n || n.percent) {
      taggedCells.push([cell.start, cell.start + cell.text.length]);
      continue;
    }
    // (a rate whose label says % in brackets, 负责人出庭应诉率（%） | 92.5 | 100: its bare cells are percentages)
    quantities.push(cellQuantity(cell.start, n, unit));
  }
  if (!quantities.length && !blank.includes(1)) return { text, quantities, taggedCells, lineStarts };
  let view = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!blank[i]) continue;
    view += text.slice(from, i) + (text[i] === "\n" ? "\n" : " ");
    from = i + 1;
  }
  view += text.slice(from);
  return { text: view, quantities, taggedCells, lineStarts };
}
