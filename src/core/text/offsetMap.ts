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

/*
 * A loop over every character of a report stands in a function of its own, with nothing after it but a return.
 * V8 compiles such a loop while it runs (on-stack replacement), on the first report, before the code after
 * the loop has ever run; that code then has no type feedback, and the compiled loop, kept and entered again
 * on every report, falls back to the interpreter there each time (a deoptimisation per report, for good).
 */

/** `input`'s code points (a lone surrogate as its unit) and their [start, end) into the arrays; their count. */
function readTokens(input: string, cps: Int32Array, starts: Int32Array, ends: Int32Array): number {
  const n = input.length;
  let k = 0;
  for (let i = 0; i < n; ) {
    const cp = input.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    cps[k] = cp;
    starts[k] = i;
    ends[k] = i + len;
    k++;
    i += len;
  }
  return k;
}

/** Each token's span, once per UTF-16 unit of it (an astral character's two units both map to its span). */
function spanPerUnit(cps: Int32Array, starts: Int32Array, ends: Int32Array, os: Int32Array, oe: Int32Array): void {
  let k = 0;
  for (let i = 0; i < cps.length; i++) {
    const units = cps[i]! > 0xffff ? 2 : 1;
    for (let j = 0; j < units; j++) {
      os[k] = starts[i]!;
      oe[k] = ends[i]!;
      k++;
    }
  }
}

/**
 * Builds a clean text and its map from code-point tokens, each carrying the
 * original span it stands for. Passes drop or replace tokens; never split one.
 * Tokens are kept as numbers (the code point, or a lone surrogate's unit), so
 * a pass over them compares integers and allocates no string per character.
 */
export class TokenText {
  /** The code point of each token. */
  cps: Int32Array;
  /** Original [start, end) of each token. */
  starts: Int32Array;
  ends: Int32Array;
  /** Whether a pass changed the reading order. */
  reordered = false;
  /** The joined text, while no pass has changed a token since it was made. */
  private joined: string | null = null;

  constructor(cps: Int32Array, starts: Int32Array, ends: Int32Array) {
    this.cps = cps;
    this.starts = starts;
    this.ends = ends;
  }

  static fromOriginal(input: string): TokenText {
    const n = input.length;
    const cps = new Int32Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const k = readTokens(input, cps, starts, ends);
    const t = new TokenText(cps.subarray(0, k), starts.subarray(0, k), ends.subarray(0, k));
    t.joined = input;
    return t;
  }

  get length(): number {
    return this.cps.length;
  }

  /** Each token as a string (for the rare pass that reads text laid out in columns). */
  get chars(): string[] {
    return Array.from(this.cps, (cp) => String.fromCodePoint(cp));
  }

  /** A pass replaced tokens in place: the joined text is to be made again. */
  changed(): void {
    this.joined = null;
  }

  /** Drop the tokens marked 1 in `drop`; the same TokenText when none is marked. */
  without(drop: Uint8Array): TokenText {
    const n = this.cps.length;
    let kept = 0;
    for (let i = 0; i < n; i++) if (drop[i] === 0) kept++;
    if (kept === n) return this;
    const cps = new Int32Array(kept);
    const starts = new Int32Array(kept);
    const ends = new Int32Array(kept);
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (drop[i] !== 0) continue;
      cps[k] = this.cps[i]!;
      starts[k] = this.starts[i]!;
      ends[k] = this.ends[i]!;
      k++;
    }
    const t = new TokenText(cps, starts, ends);
    t.reordered = this.reordered;
    return t;
  }

  /** Tokens in a new order; -1 inserts a line break carrying the previous token's span. */
  reorder(order: readonly number[]): TokenText {
    const n = order.length;
    const cps = new Int32Array(n);
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    let last = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      if (i < 0) {
        cps[k] = 0x0a;
        starts[k] = this.starts[last] ?? 0;
        ends[k] = this.ends[last] ?? 0;
        continue;
      }
      cps[k] = this.cps[i]!;
      starts[k] = this.starts[i]!;
      ends[k] = this.ends[i]!;
      last = i;
    }
    const t = new TokenText(cps, starts, ends);
    t.reordered = true;
    return t;
  }

  text(): string {
    if (this.joined === null) this.joined = joinCodePoints(this.cps);
    return this.joined;
  }

  /** Offset in text() where each token starts, and the text's length last: n + 1 entries. */
  unitOffsets(): Int32Array {
    const n = this.cps.length;
    const at = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) at[i + 1] = at[i]! + (this.cps[i]! > 0xffff ? 2 : 1);
    return at;
  }

  build(originalLength: number): { text: string; map: OffsetMap } {
    const text = this.text();
    // a text of BMP characters only has a unit a token: the spans are copied whole
    if (text.length === this.cps.length) return { text, map: new OffsetMap(this.starts.slice(), this.ends.slice(), originalLength, this.reordered) };
    const os = new Int32Array(text.length);
    const oe = new Int32Array(text.length);
    spanPerUnit(this.cps, this.starts, this.ends, os, oe);
    return { text, map: new OffsetMap(os, oe, originalLength, this.reordered) };
  }
}

/** Native UTF-16 decoding, when the host lays out 16-bit units little-endian (BOMs kept as characters). */
const UTF16: TextDecoder | null =
  typeof TextDecoder === "function" && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? new TextDecoder("utf-16le", { ignoreBOM: true }) : null;

/** The string of a run of code points (lone surrogates kept as they are). */
export function joinCodePoints(cps: Int32Array): string {
  const n = cps.length;
  // most texts are all BMP with no lone surrogate: their units are the code points, copied by
  // the typed array's own conversion instead of one at a time
  let plain = true;
  for (let i = 0; i < n; i++) {
    const cp = cps[i]!;
    if (cp >= 0xd800 && (cp <= 0xdfff || cp > 0xffff)) {
      plain = false;
      break;
    }
  }
  if (plain && UTF16) {
    const u = new Uint16Array(n);
    u.set(cps);
    return UTF16.decode(u);
  }
  let units = n;
  for (const cp of cps) if (cp > 0xffff) units++;
  const u = new Uint16Array(units);
  let lone = false;
  let k = 0;
  for (const cp of cps) {
    if (cp > 0xffff) {
      u[k++] = 0xd800 + ((cp - 0x10000) >> 10);
      u[k++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else {
      if (cp >= 0xd800 && cp <= 0xdfff) lone = true;
      u[k++] = cp;
    }
  }
  // a decoder would replace a lone surrogate: those texts are made a chunk at a time instead
  if (UTF16 && !lone) return UTF16.decode(u);
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < u.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, u.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join("");
}
