/**
 * Clean-text offsets ↔ original offsets.
 *
 * Every UTF-16 unit of the clean text remembers the original span
 * [origStart, origEnd) of the code point it came from, so a clean span maps
 * back to the smallest original span that covers it.
 */
export class OffsetMap {
  constructor(
    private readonly origStart: Int32Array,
    private readonly origEnd: Int32Array,
    readonly originalLength: number,
    /** Set when some clean text was read in another order than the original (columns). */
    private readonly reordered = false,
  ) {}

  get cleanLength(): number {
    return this.origStart.length;
  }

  /** Original [start, end) for clean [start, end). */
  toOriginal(cleanStart: number, cleanEnd: number): { start: number; end: number } {
    const n = this.origStart.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.min(Math.max(cleanStart, 0), n - 1);
    const e = Math.min(Math.max(cleanEnd, s + 1), n);
    let start = this.origStart[s]!;
    let end = this.origEnd[e - 1]!;
    if (this.reordered) {
      // columns read in another order than written: the span covers every unit
      for (let i = s; i < e; i++) {
        start = Math.min(start, this.origStart[i]!);
        end = Math.max(end, this.origEnd[i]!);
      }
    }
    return { start, end };
  }

  /** Original offset of one clean position (start of that unit). */
  originalAt(cleanIndex: number): number {
    if (cleanIndex >= this.origStart.length) return this.originalLength;
    return this.origStart[Math.max(0, cleanIndex)]!;
  }
}

/**
 * Builds a clean text and its map from code-point tokens, each carrying the
 * original span it stands for. Passes drop or replace tokens; never split one.
 */
/** A UTF-16 surrogate: a text without one has one token per unit. */
const SURROGATE = /[\ud800-\udfff]/;

export class TokenText {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];

  static fromOriginal(input: string): TokenText {
    const t = new TokenText();
    const n = input.length;
    if (!SURROGATE.test(input)) {
      // one token per UTF-16 unit: split in one native call
      t.chars = input.split("");
      const starts = new Array<number>(n);
      const ends = new Array<number>(n);
      for (let i = 0; i < n; i++) (starts[i] = i), (ends[i] = i + 1);
      t.starts = starts;
      t.ends = ends;
      return t;
    }
    for (let i = 0; i < n; ) {
      const cp = input.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      t.chars.push(input.slice(i, i + len));
      t.starts.push(i);
      t.ends.push(i + len);
      i += len;
    }
    return t;
  }

  get length(): number {
    return this.chars.length;
  }

  /** Keep only the tokens for which keep(i) is true. */
  filter(keep: (i: number) => boolean): TokenText {
    const t = new TokenText();
    t.reordered = this.reordered;
    for (let i = 0; i < this.chars.length; i++) {
      if (!keep(i)) continue;
      t.chars.push(this.chars[i]!);
      t.starts.push(this.starts[i]!);
      t.ends.push(this.ends[i]!);
    }
    return t;
  }

  /** Drop the tokens marked 1 in `drop`; the same TokenText when none is marked. */
  without(drop: Uint8Array): TokenText {
    if (drop.indexOf(1) < 0) return this;
    const t = new TokenText();
    t.reordered = this.reordered;
    const { chars, starts, ends } = this;
    for (let i = 0; i < chars.length; i++) {
      if (drop[i] !== 0) continue;
      t.chars.push(chars[i]!);
      t.starts.push(starts[i]!);
      t.ends.push(ends[i]!);
    }
    return t;
  }

  /** Whether a pass changed the reading order. */
  reordered = false;

  /** Tokens in a new order; -1 inserts a line break carrying the previous token's span. */
  reorder(order: readonly number[]): TokenText {
    const t = new TokenText();
    t.reordered = true;
    let last = 0;
    for (const i of order) {
      if (i < 0) {
        t.chars.push("\n");
        t.starts.push(this.starts[last] ?? 0);
        t.ends.push(this.ends[last] ?? 0);
        continue;
      }
      t.chars.push(this.chars[i]!);
      t.starts.push(this.starts[i]!);
      t.ends.push(this.ends[i]!);
      last = i;
    }
    return t;
  }

  text(): string {
    return this.chars.join("");
  }

  build(originalLength: number): { text: string; map: OffsetMap } {
    const text = this.text();
    const os = new Int32Array(text.length);
    const oe = new Int32Array(text.length);
    let k = 0;
    for (let i = 0; i < this.chars.length; i++) {
      const c = this.chars[i]!;
      for (let j = 0; j < c.length; j++) {
        os[k] = this.starts[i]!;
        oe[k] = this.ends[i]!;
        k++;
      }
    }
    return { text, map: new OffsetMap(os, oe, originalLength, this.reordered) };
  }
}
