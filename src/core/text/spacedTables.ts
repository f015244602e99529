/**
 * Tables laid out with spaces (a PDF or a word processor's table converted to text): rows whose cells stand apart by
 * runs of spaces or tabs, numbers after their label (行政复议收案数(件)    56    41; 1 行政复议收案数 件 56). Such a
 * block is a table, not prose and not columns of text: its cell gaps become the "|" that grammar/tables.ts reads, so
 * its header's years and units, and each row's label, are read as a table's. Pure, over code points; one pass.
 *
 * A block is two or more such rows in a row (blank lines between allowed), with the line just above as its header
 * where that line has cells too. Cells parted by one space only count where three or more rows have the same number
 * of cells (single spaces are common in prose converted from PDF).
 */

import { anyDigit as isDigit, isHanCp as isHan, isHSpaceCp as isSpace } from "./codepoints";

const SPACE = 0x20;
const NEWLINE = 0x0a;
/** A row is a short line: prose is longer. */
const MAX_ROW = 60;
const MIN_ROWS = 2;
const MIN_SINGLE_SPACED_ROWS = 3;

/** Punctuation of a sentence: a line that has it is prose, not a row. */
const SENTENCE = new Set([..."，。；！？,;!?"].map((c) => c.codePointAt(0)!));
/** A line with a pipe is a table already (grammar/tables.ts reads it as it is). */
const PIPES = new Set([..."|｜"].map((c) => c.codePointAt(0)!));

interface Cell {
  from: number;
  to: number;
}

interface Row {
  /** Each gap: the index of its first space, where its run of spaces ends, and whether it is a single space. */
  gaps: { at: number; end: number; single: boolean }[];
  cells: Cell[];
}

/** The cells of a line [from, to): text parted by runs of spaces (leading and trailing spaces dropped). */
function cellsOf(cps: Int32Array, from: number, to: number): Row {
  const cells: Cell[] = [];
  const gaps: Row["gaps"] = [];
  let i = from;
  while (i < to && isSpace(cps[i]!)) i++;
  let start = i;
  while (i < to) {
    if (!isSpace(cps[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && isSpace(cps[j]!)) j++;
    if (j >= to) break;
    cells.push({ from: start, to: i });
    // (a tab or an ideographic space alone is a wide gap)
    gaps.push({ at: i, end: j, single: j - i === 1 && cps[i] === SPACE });
    start = j;
    i = j;
  }
  let end = i;
  while (end > start && isSpace(cps[end - 1]!)) end--;
  if (end > start) cells.push({ from: start, to: end });
  // a line with wide gaps parts its cells by them only: a single space is inside a cell (负 责 人 出 庭\t241)
  if (gaps.some((g) => !g.single) && gaps.some((g) => g.single)) {
    const wide: Row["gaps"] = [];
    const merged: Cell[] = [{ from: cells[0]!.from, to: cells[0]!.to }];
    gaps.forEach((g, k) => {
      if (g.single) merged[merged.length - 1]!.to = cells[k + 1]!.to;
      else {
        wide.push(g);
        merged.push({ from: cells[k + 1]!.from, to: cells[k + 1]!.to });
      }
    });
    return { gaps: wide, cells: merged };
  }
  return { gaps, cells };
}

/** A cell that is only a number: 56, 1,200, 98.5%, 99.6％. */
function isNumberCell(cps: Int32Array, c: Cell): boolean {
  let digits = 0;
  for (let i = c.from; i < c.to; i++) {
    const x = cps[i]!;
    if (isDigit(x)) digits++;
    else if (x === 0x2e || x === 0x2c || x === 0xff0e) {
      if (digits === 0) return false;
    } else if ((x === 0x25 || x === 0xff05) && i === c.to - 1 && digits > 0) return true;
    else return false;
  }
  return digits > 0;
}

function hasHan(cps: Int32Array, c: Cell): boolean {
  for (let i = c.from; i < c.to; i++) if (isHan(cps[i]!)) return true;
  return false;
}

function hasSentencePunctuation(cps: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = cps[i]!;
    // (a comma between digits is a thousands separator: 1,126)
    if (c === 0x2c && i > from && i + 1 < to && isDigit(cps[i - 1]!) && isDigit(cps[i + 1]!)) continue;
    if (SENTENCE.has(c) || PIPES.has(c)) return true;
  }
  return false;
}

/** A change against last year in a cell of its own: +5.9%, -8.3%, +0.8个百分点, or a dash for none. */
function isDeltaCell(cps: Int32Array, c: Cell): boolean {
  const first = cps[c.from]!;
  if (c.to - c.from === 1 && (first === 0x2d || first === 0x2014 || first === 0x2212 || first === 0x2f)) return true;
  if (first !== 0x2b && first !== 0x2d && first !== 0x2212 && first !== 0xff0b) return false;
  let i = c.from + 1;
  let digits = 0;
  while (i < c.to && (isDigit(cps[i]!) || cps[i] === 0x2e)) (digits += isDigit(cps[i]!) ? 1 : 0), i++;
  return digits > 0;
}

/**
 * A row of a table: two or more cells, a number after a cell with words and only numbers or changes after it (收到行政复议
 * 申请(件)    412    389    +5.9%), no sentence punctuation (nor a pipe).
 */
function isRow(cps: Int32Array, row: Row, from: number, to: number): boolean {
  const { cells } = row;
  if (cells.length < 2 || to - from > MAX_ROW || hasSentencePunctuation(cps, from, to)) return false;
  // (after a row number at most: 1 行政复议收案数 件 38)
  const label = cells.findIndex((c) => hasHan(cps, c));
  if (label < 0 || !cells.slice(0, label).every((c) => isNumberCell(cps, c))) return false;
  const firstNumber = cells.findIndex((c, k) => k > label && isNumberCell(cps, c));
  if (firstNumber < 0) return false;
  return cells.slice(firstNumber).every((c) => isNumberCell(cps, c) || isDeltaCell(cps, c));
}

/** A header above rows: cells of words or years, no sentence punctuation. */
function isHeader(cps: Int32Array, row: Row, from: number, to: number): boolean {
  return row.cells.length >= 2 && to - from <= MAX_ROW && !hasSentencePunctuation(cps, from, to);
}

/** A cell of words: a column's label (收到申请(件)). */
const isLabelCell = (cps: Int32Array, c: Cell): boolean => hasHan(cps, c) && !isNumberCell(cps, c);

/**
 * A table laid out the other way (its labels in one row, each column's figure under its label, as a word processor's
 * table pasted with tabs: 收到申请(件)\t受理(件)\t审结(件) / 84\t76\t71): a header of two or more labels parted by wide
 * gaps, then rows of only figures with as many cells. Its gaps, and the line after the block (or `k` + 1 when none).
 */
function transposed(cps: Int32Array, lines: readonly { from: number; to: number }[], k: number): { gaps: { at: number; end: number }[]; end: number } {
  const none = { gaps: [], end: k + 1 };
  const { from, to } = lines[k]!;
  const head = cellsOf(cps, from, to);
  if (head.cells.length < 2 || head.gaps.some((g) => g.single) || !isHeader(cps, head, from, to) || !head.cells.every((c) => isLabelCell(cps, c))) return none;
  const gaps = [...head.gaps];
  let j = k + 1;
  let rows = 0;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.to === line.from) continue;
    const row = cellsOf(cps, line.from, line.to);
    if (row.cells.length !== head.cells.length || row.gaps.some((g) => g.single) || hasSentencePunctuation(cps, line.from, line.to) || !row.cells.every((c) => isNumberCell(cps, c) || isDeltaCell(cps, c))) break;
    gaps.push(...row.gaps);
    rows++;
  }
  return rows ? { gaps, end: j } : none;
}

/**
 * The spaces that part the cells of space-laid tables, as runs [at, end): normalise writes a "|" at the first space of
 * each and drops the rest. Empty when the text has none.
 */
export function spacedTableGaps(cps: Int32Array): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  // quick exit: a row needs a space right before a digit
  let any = false;
  for (let i = 1; i < cps.length && !any; i++) if (isDigit(cps[i]!) && isSpace(cps[i - 1]!)) any = true;
  if (!any) return out;
  const lines: { from: number; to: number }[] = [];
  for (let from = 0, i = 0; i <= cps.length; i++)
    if (i === cps.length || cps[i] === NEWLINE) {
      lines.push({ from, to: i });
      from = i + 1;
    }
  let k = 0;
  while (k < lines.length) {
    const rows: { line: number; row: Row }[] = [];
    let j = k;
    for (; j < lines.length; j++) {
      const { from, to } = lines[j]!;
      if (to === from) {
        if (rows.length) continue;
        break;
      }
      const row = cellsOf(cps, from, to);
      if (!isRow(cps, row, from, to)) break;
      rows.push({ line: j, row });
    }
    if (rows.length < MIN_ROWS) {
      const next = transposed(cps, lines, k);
      for (const g of next.gaps) out.push(g);
      k = Math.max(j, k + 1, next.end);
      continue;
    }
    // single spaces part cells only where the rows agree on how many cells they have
    const singles = rows.some((r) => r.row.gaps.some((g) => g.single));
    const sameWidth = rows.every((r) => r.row.cells.length === rows[0]!.row.cells.length);
    if (!singles || (rows.length >= MIN_SINGLE_SPACED_ROWS && sameWidth)) {
      const first = rows[0]!.line;
      if (first > 0) {
        const { from, to } = lines[first - 1]!;
        const head = cellsOf(cps, from, to);
        if (isHeader(cps, head, from, to) && (!head.gaps.some((g) => g.single) || head.cells.length === rows[0]!.row.cells.length))
          for (const g of head.gaps) out.push(g);
      }
      for (const r of rows) for (const g of r.row.gaps) out.push(g);
    }
    k = j;
  }
  return out;
}
