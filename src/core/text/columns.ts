/**
 * Text laid out in columns (a PDF converted with its layout kept, a yearbook
 * page): lines whose segments sit at the same display positions are read
 * column by column instead of across. Pure: returns the order in which the
 * code-point tokens should be read, or null when the text has no such block.
 */

/** Display width of one code point (East Asian wide and full-width forms take two cells). */
function width(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  )
    return 2;
  return 1;
}

interface Line {
  /** token index range [from, to) of the line, without its newline */
  from: number;
  to: number;
  /** display x of each token of the line */
  xs: number[];
  /** display x where a segment (text after 2+ spaces or line start) begins */
  starts: number[];
}

const MIN_BLOCK_LINES = 5;
const GAP = 3;

function measure(chars: readonly string[], from: number, to: number): Line {
  const xs: number[] = [];
  const starts: number[] = [];
  let x = 0;
  let spaces = GAP;
  for (let i = from; i < to; i++) {
    const ch = chars[i]!;
    xs.push(x);
    if (ch === " " || ch === "\t") spaces++;
    else {
      if (spaces >= GAP) starts.push(x);
      spaces = 0;
    }
    x += ch === "\t" ? 4 : width(ch);
  }
  return { from, to, xs, starts };
}

/** Columns of a block: display x of each column's left edge, from segment starts seen on several lines. */
function columnEdges(lines: Line[]): number[] {
  const xs = lines.flatMap((l) => l.starts).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of xs) {
    const last = clusters[clusters.length - 1];
    if (last && x - last[last.length - 1]! <= 6) last.push(x);
    else clusters.push([x]);
  }
  const need = Math.max(3, Math.floor(lines.length / 3));
  return clusters.filter((c) => c.length >= need).map((c) => c[0]!);
}

/**
 * Reading order for the tokens, or null. A block is a run of at least five
 * lines, most with a wide gap inside, no table pipes, sharing two or more
 * column edges.
 */
export function columnOrder(tokens: () => readonly string[], joined: string): number[] | null {
  // quick exit: columns need wide gaps between text on one line, on many lines
  const gaps = joined.match(/[^\s|] {3,}[^\s|]/g);
  if (!gaps || gaps.length < MIN_BLOCK_LINES) return null;
  const chars = tokens();
  const lines: Line[] = [];
  let from = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === "\n") {
      lines.push(measure(chars, from, i));
      from = i + 1;
    }
  }
  const gapped = (l: Line) => l.starts.length >= 2 && !chars.slice(l.from, l.to).includes("|");
  const order: number[] = [];
  let changed = false;
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && (gapped(lines[j]!) || (lines[j]!.to === lines[j]!.from && j > i))) j++;
    const block = lines.slice(i, j).filter((l) => l.to > l.from);
    const edges = block.length >= MIN_BLOCK_LINES ? columnEdges(block) : [];
    if (edges.length >= 2) {
      changed = true;
      for (let k = 0; k < edges.length; k++) {
        const lo = k === 0 ? -Infinity : edges[k]! - 3;
        const hi = k + 1 < edges.length ? edges[k + 1]! - 3 : Infinity;
        for (const l of block) {
          for (let t = l.from; t < l.to; t++) {
            const x = l.xs[t - l.from]!;
            if (x >= lo && x < hi) order.push(t);
          }
        }
        order.push(-1); // a line break between columns
      }
      for (let t = lines[i]!.from; t < (lines[j - 1]?.to ?? lines[i]!.to); t++) if (chars[t] === "\n") order.push(t);
      i = j;
    } else {
      const l = lines[i]!;
      for (let t = l.from; t < l.to; t++) order.push(t);
      if (l.to < chars.length) order.push(l.to);
      i++;
    }
  }
  return changed ? order : null;
}
