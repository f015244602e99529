/**
 * The words a regular expression's every match must contain, read from its
 * source: a rule whose words are all absent from a text cannot match there,
 * so its regex is not run over that text at all.
 *
 * Each wording rule's regex scans the whole text; a report that never names
 * 被申请人 or 旁听 still pays for the rules about them. Reading the pattern
 * gives, for each part, the finite set of strings it matches exactly (when it
 * has one: 行政复议, (?:收到|接收), a class of a few characters), and a
 * sequence's adjacent exact parts multiply into longer words. Any match
 * contains one string of the set of some part that cannot be skipped, so
 * "none of them in the text" proves "no match". Lookarounds, optional and
 * repeated parts, and wide classes give no words; a pattern this reader does
 * not know gives none, and its rule always runs.
 */

interface Info {
  /** The strings this part matches, all of them, when few; null when not known or too many. */
  exact: string[] | null;
  /** Strings one of which every match of this part contains; null when none is known. */
  need: string[] | null;
  /** The most code units a match of this part spans (Infinity when unbounded). */
  max: number;
}

class Unsupported extends Error {}

/** Larger sets of exact strings are dropped (the product of a sequence grows fast). */
const MAX_EXACT = 64;
/** A set of more needed words is not looked for. */
const MAX_WORDS = 8;
/** A class of more characters gives no exact strings. */
const MAX_CLASS = 8;

/** One character, not known. */
const NONE: Info = { exact: null, need: null, max: 1 };
/** An assertion (^, $, \b, a lookaround): matches no character. */
const EMPTY: Info = { exact: [""], need: null, max: 0 };

/** How much a set of needed strings narrows: its shortest string's length (longer words are rarer; four characters are rare enough). */
function strength(set: string[] | null): number {
  if (!set || set.length === 0) return 0;
  return Math.min(4, ...set.map((s) => s.length));
}

/** The characters of a set of words, all told. */
function total(x: string[]): number {
  return x.reduce((n, w) => n + w.length, 0);
}

/** The better of two sets: the stronger, of two as strong the smaller (fewer words to look for), then the longer words. */
function better(a: string[] | null, b: string[] | null, limit = MAX_WORDS): string[] | null {
  // a long list costs more to look for than it saves: a few words only
  const sa = a && a.length <= limit ? strength(a) : 0;
  const sb = b && b.length <= limit ? strength(b) : 0;
  if (sb > sa || (sb === sa && sb > 0 && (b!.length < a!.length || (b!.length === a!.length && total(b!) > total(a!))))) return b;
  return sa > 0 ? a : null;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** A recursive-descent reader of the regex syntax the rules use (no u, v, i or s flag). */
class Reader {
  private i = 0;
  /** Inside a lookaround (its characters are read, not consumed), how deep. */
  private look = 0;
  /** The source of every part that consumes one character (a character, an escape, a class, .), outside lookarounds. */
  readonly atoms: string[] = [];
  /** How far past its position a lookahead (or \b) may read, at most. */
  reach = 0;
  /** Where each part of the pattern's top-level sequence ends (when it has no top-level |). */
  readonly ends: number[] = [];
  /** The pattern has a top-level | (its `ends` mean nothing then). */
  topBar = false;
  private depth = 0;
  /** src: the pattern; limit: the most words a set may have to be worth looking for. */
  constructor(
    private readonly src: string,
    private readonly limit = MAX_WORDS,
  ) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported("unbalanced )");
    return info;
  }

  /** Whether any consuming part of the pattern (outside lookarounds) matches the character `ch`. */
  consumesChar(ch: string): boolean {
    return this.atoms.some((a) => {
      let r = atomRes.get(a);
      if (!r) atomRes.set(a, (r = new RegExp(`^(?:${a})$`)));
      return r.test(ch);
    });
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      if (this.depth === 0) this.topBar = true;
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const max = Math.max(...branches.map((b) => b.max));
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const needs = branches.map((b) => b.need ?? (b.exact && strength(b.exact) > 0 ? b.exact : null));
    const need = needs.every((n) => n) ? [...new Set(needs.flatMap((n) => n!))] : null;
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, need, max };
  }

  private sequence(): Info {
    let need: string[] | null = null;
    // the exact strings of runs of adjacent exact parts ending here, one run per part it may start at
    let runs: string[][] = [];
    let exact: string[] | null = [""];
    let max = 0;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const term = this.quantified(this.atom());
      if (this.depth === 0) this.ends.push(this.i);
      max += term.max;
      need = better(need, term.need, this.limit);
      if (term.exact) {
        const t = term.exact;
        runs = [...runs.map((r) => product(r, t)).filter((r): r is string[] => r !== null), t];
        for (const r of runs) need = better(need, r, this.limit);
      } else runs = [];
      exact = exact && term.exact ? product(exact, term.exact) : null;
    }
    return { exact, need: better(need, exact, this.limit), max };
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "*") (min = 0), (max = Infinity), this.i++;
    else if (c === "+") (max = Infinity), this.i++;
    else if (c === "?") (min = 0), this.i++;
    else if (c === "{") {
      const m = /\{(\d+)(?:(,)(\d*))?\}/y;
      m.lastIndex = this.i;
      const q = m.exec(this.src);
      if (!q) return atom; // a literal {, read as an atom next time round
      min = Number(q[1]);
      max = q[2] === undefined ? min : q[3] ? Number(q[3]) : Infinity;
      this.i = m.lastIndex;
    } else return atom;
    if (this.src[this.i] === "?") this.i++; // lazy
    if (min === 1 && max === 1) return atom;
    const span = atom.max === 0 ? 0 : atom.max * max;
    if (min === 0 && max === 1) return { exact: atom.exact ? [...new Set(["", ...atom.exact])] : null, need: null, max: span };
    return { exact: null, need: min >= 1 ? (atom.need ?? atom.exact) : null, max: span };
  }

  private atom(): Info {
    const at = this.i;
    const c = this.src[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") return this.consumes(at, this.charClass());
    if (c === "\\") {
      this.i++;
      return this.consumes(at, this.escape());
    }
    this.i++;
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return this.consumes(at, NONE);
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("nothing to repeat");
    return this.consumes(at, { exact: [c], need: null, max: 1 });
  }

  /** Notes the source of a part read from `at` that consumes a character (an assertion such as \b reads one ahead). */
  private consumes(at: number, info: Info): Info {
    if (info.max === 0) this.reach = Math.max(this.reach, 1);
    else if (this.look === 0) this.atoms.push(this.src.slice(at, this.i));
    return info;
  }

  private group(): Info {
    this.i++;
    let look = false;
    let ahead = false;
    if (this.src.startsWith("?:", this.i)) this.i += 2;
    else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) (look = ahead = true), (this.i += 2);
    else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) (look = true), (this.i += 3);
    else if (this.src.startsWith("?<", this.i)) {
      const close = this.src.indexOf(">", this.i);
      if (close < 0) throw new Unsupported("group name");
      this.i = close + 1;
    } else if (this.src[this.i] === "?") throw new Unsupported("group kind");
    if (look) this.look++;
    this.depth++;
    const inner = this.alternation();
    this.depth--;
    if (look) this.look--;
    if (this.src[this.i] !== ")") throw new Unsupported("unclosed group");
    this.i++;
    if (ahead) this.reach = Math.max(this.reach, inner.max);
    return look ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.i]!;
    this.i++;
    if ("dDsSwW".includes(c)) return NONE;
    if (c === "b" || c === "B") return EMPTY;
    const one = this.escapedChar(c);
    return { exact: [one], need: null, max: 1 };
  }

  /** The character of an escape that stands for one character (\n, \u4e00, \.). */
  private escapedChar(c: string): string {
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v" };
    if (simple[c]) return simple[c]!;
    if (c === "u" || c === "x") {
      const len = c === "u" ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Unsupported("escape");
      this.i += len;
      return String.fromCharCode(parseInt(hex, 16));
    }
    // back references, \k<name>, \c, \0 and octal escapes: not read here
    if (/[0-9ck]/.test(c)) throw new Unsupported(`\\${c}`);
    return c;
  }

  /** A class: its characters, when few and listed one by one; else nothing known. */
  private charClass(): Info {
    this.i++;
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const chars: string[] = [];
    let known = !negated;
    while (this.src[this.i] !== "]") {
      if (this.i >= this.src.length) throw new Unsupported("unclosed class");
      let c = this.src[this.i]!;
      this.i++;
      if (c === "\\") {
        const e = this.src[this.i]!;
        this.i++;
        if ("dDsSwW".includes(e)) {
          known = false;
          continue;
        }
        c = e === "b" ? "\b" : this.escapedChar(e);
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]") {
        // a range: skip its upper end, whatever it is
        this.i++;
        if (this.src[this.i] === "\\") this.i++;
        const e = this.src[this.i - 1] === "\\" ? this.src[this.i]! : "";
        this.i++;
        if (e === "u") this.i += 4;
        else if (e === "x") this.i += 2;
        known = false;
        continue;
      }
      chars.push(c);
    }
    this.i++;
    return known && chars.length > 0 && chars.length <= MAX_CLASS ? { exact: [...new Set(chars)], need: null, max: 1 } : NONE;
  }
}

/**
 * Strings one of which every match of `re` contains (each at least two
 * characters long), or null when no such set is known.
 */
export function requiredWords(re: RegExp, limit = MAX_WORDS): string[] | null {
  if (/[iuvs]/.test(re.flags)) return null;
  const read = readSource(re.source, limit);
  if (!read) return null;
  const info = read.info;
  const need = better(info.need, info.exact, limit);
  if (!need || strength(need) < 2) return null;
  // a word that holds another of the set adds nothing: the text holds the shorter one too
  return need.filter((w) => !need.some((o) => o !== w && w.includes(o)));
}

/** A pattern source read, once (the words, the plan and the line words of a rule read the same sources). */
const sources = new Map<string, { reader: Reader; info: Info } | null>();
function readSource(src: string, limit = MAX_WORDS): { reader: Reader; info: Info } | null {
  const key = limit === MAX_WORDS ? src : `${limit}:${src}`;
  let r = sources.get(key);
  if (r === undefined) {
    const reader = new Reader(src, limit);
    try {
      r = { reader, info: reader.read() };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      r = null;
    }
    sources.set(key, r);
  }
  return r;
}

const cache = new WeakMap<RegExp, string[] | null>();

/** The words every match of `re` needs (null: none known), read once per regex. */
function needOf(re: RegExp): string[] | null {
  let need = cache.get(re);
  if (need === undefined) cache.set(re, (need = requiredWords(re)));
  return need;
}

/**
 * Finds the words of a fixed set a text holds, and where, in one pass: a trie
 * of the words in flat arrays (its first step a table read by code unit, each
 * node's edges a short run of one array), no Map lookup per character.
 */
export class WordFinder {
  /** The words, by id, and their ids. */
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Node reached from the root by a code unit (0: none). */
  private readonly first = new Int32Array(0x10000);
  /** Per node (1-based): its word's id + 1 (0: none), and its edges [edgeStart, edgeStart + edgeCount). */
  private wordOf: Int32Array;
  private edgeStart: Int32Array;
  private edgeCount: Int32Array;
  private edgeUnit: Uint16Array;
  private edgeTo: Int32Array;

  constructor(words: Iterable<string>) {
    // a plain trie first, then laid out flat
    const kids: Map<number, number>[] = [new Map()];
    const word: number[] = [0];
    const ids = this.ids;
    for (const w of words) {
      if (!w || ids.has(w)) continue;
      ids.set(w, this.words.length);
      this.words.push(w);
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let child = kids[node]!.get(c);
        if (child === undefined) {
          child = kids.length;
          kids.push(new Map());
          word.push(0);
          kids[node]!.set(c, child);
        }
        node = child;
      }
      word[node] = ids.get(w)! + 1;
    }
    const n = kids.length;
    this.wordOf = Int32Array.from(word);
    this.edgeStart = new Int32Array(n);
    this.edgeCount = new Int32Array(n);
    const edges = kids.reduce((s, m) => s + m.size, 0);
    this.edgeUnit = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    let e = 0;
    for (let node = 0; node < n; node++) {
      this.edgeStart[node] = e;
      this.edgeCount[node] = kids[node]!.size;
      for (const [c, child] of kids[node]!) {
        if (node === 0) this.first[c] = child;
        this.edgeUnit[e] = c;
        this.edgeTo[e++] = child;
      }
    }
  }

  /** The words that occur in `text`. */
  present(text: string): Set<string> {
    return new Set(this.scan(text).found());
  }

  /** Where each word occurs in `text` (every start, in order). */
  scan(text: string): TextScan {
    // (the loop in a method of its own, with nothing after it: see offsetMap.ts on loops compiled while they run)
    return new TextScan(text, this.words, this.ids, this.startsIn(text));
  }

  /** Per word (by index), its starts in `text`, or undefined. */
  private startsIn(text: string): (number[] | undefined)[] {
    const at: (number[] | undefined)[] = new Array<number[] | undefined>(this.words.length).fill(undefined);
    const { first, wordOf, edgeStart, edgeCount, edgeUnit, edgeTo } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = first[text.charCodeAt(i)]!;
      for (let k = i + 1; node !== 0; k++) {
        const w = wordOf[node]!;
        if (w !== 0) (at[w - 1] ??= []).push(i);
        if (k >= n) break;
        const c = text.charCodeAt(k);
        const from = edgeStart[node]!;
        const to = from + edgeCount[node]!;
        node = 0;
        for (let e = from; e < to; e++) {
          if (edgeUnit[e] === c) {
            node = edgeTo[e]!;
            break;
          }
        }
      }
    }
    return at;
  }
}

/**
 * Characters a match may be unable to cross: where a rule's pattern consumes
 * none of some of them, its every match lies between two of those (a
 * paragraph, a sentence, a clause), in a stretch holding one of its words.
 */
const BARRIER_CHARS = "\n。,;!?|:、()“”《》\t ";
const BARRIER_BIT = new Uint32Array(0x10000);
for (let k = 0; k < BARRIER_CHARS.length; k++) BARRIER_BIT[BARRIER_CHARS.charCodeAt(k)] = 1 << k;


/** A text's word positions. */
export class TextScan {
  constructor(
    readonly text: string,
    private readonly words: readonly string[],
    /** Word → its id (the finder's). */
    private readonly index: ReadonlyMap<string, number>,
    private readonly at: readonly (number[] | undefined)[],
  ) {}

  /** The words the text holds. */
  found(): string[] {
    return this.words.filter((_, k) => this.at[k] !== undefined);
  }

  /** Every start of `word` in the text, in order (undefined: none, or not a word of the finder). */
  positions(word: string): readonly number[] | undefined {
    const k = this.index.get(word);
    return k === undefined ? undefined : this.at[k];
  }

  has(word: string): boolean {
    return this.positions(word) !== undefined;
  }

}

/** How a rule's regex is run over the stretches of a text that may hold a match. */
export interface Plan {
  /** Its words (one of them is in every match). */
  words: string[];
  /** Bits of BARRIER_CHARS no match consumes. */
  mask: number;
  /** 1 when a match may start at the line break before its stretch ((?:^|\n)…). */
  lead: number;
  /** How far past a match's end its lookaheads may read. */
  reach: number;
  /**
   * A table row's pattern ((?:^|\n) then parts that never cross a line, one
   * of whose words every match holds): a match can only start at the line
   * break before a line holding one of the words (or at the text's start), so
   * the regex is tried there alone (a sticky copy), not run along the text.
   */
  sticky: RegExp | null;
}

const LEAD = "(?:^|\\n)";
const atomRes = new Map<string, RegExp>();

function read(src: string): Reader | null {
  return readSource(src)?.reader ?? null;
}

/**
 * The words of the longest run of the top-level parts after (?:^|\n) that
 * never consumes a line break, when that run has words: every match holds
 * one of them on its first line.
 */
function lineWords(rest: string, flags: string): string[] | null {
  const reader = read(rest);
  if (!reader || reader.topBar) return null;
  for (let k = reader.ends.length; k > 0; k--) {
    const prefix = rest.slice(0, reader.ends[k - 1]);
    const part = read(prefix);
    if (!part || part.consumesChar("\n")) continue;
    const words = requiredWords(new RegExp(prefix, flags));
    if (words && !words.some((w) => w.includes("\n"))) return words;
  }
  return null;
}

/**
 * The plan of `re`, or null when it cannot be run by stretches (no words
 * known, a construction the reader does not know, a lookahead of no bounded
 * length, or no barrier character it never consumes).
 */
export function scanPlan(re: RegExp, limit = MAX_WORDS): Plan | null {
  if (!re.global || re.sticky || /[iuvs]/.test(re.flags)) return null;
  let src = re.source;
  let lead = 0;
  if (src.startsWith(LEAD)) (src = src.slice(LEAD.length)), (lead = 1);
  if (lead) {
    const words = lineWords(src, re.flags.replace(/[gdy]/g, ""));
    if (words) return { words, mask: 0, lead, reach: 0, sticky: new RegExp(re.source, re.flags + "y") };
  }
  const words = limit === MAX_WORDS ? needOf(re) : requiredWords(re, limit);
  if (!words) return null;
  const reader = read(src);
  if (!reader || !Number.isFinite(reader.reach)) return null;
  let mask = 0;
  for (let k = 0; k < BARRIER_CHARS.length; k++) {
    const ch = BARRIER_CHARS[k]!;
    // a barrier character is one no part of the pattern consumes and no word holds
    if (words.some((w) => w.includes(ch)) || reader.consumesChar(ch)) continue;
    mask |= 1 << k;
  }
  if (mask === 0) return null;
  return { words, mask, lead, reach: reader.reach, sticky: null };
}

const plans = new WeakMap<RegExp, Plan | null>();

/** The plan of `re` (scanPlan), read once per regex. */
export function planOf(re: RegExp): Plan | null {
  let p = plans.get(re);
  if (p === undefined) plans.set(re, (p = scanPlan(re)));
  return p;
}

/** Stretches closer than this are searched as one (a call costs more than a short scan). */
const GAP = 40;

/**
 * The matches of the global regex `re` in the scanned text, the same as
 * text.matchAll(re) gives, found by running it only over the stretches
 * between barrier characters that hold one of its words. Exact: no match can
 * start elsewhere, the regex reads the text itself from its start (every
 * lookbehind sees what it would), and each search ends a lookahead's reach
 * past its stretch (every lookahead sees what it would).
 */
export function matchesIn(re: RegExp, plan: Plan, scan: TextScan): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let occ: number[] | null = null;
  let lists = 0;
  for (const w of plan.words) {
    const p = scan.positions(w);
    if (!p) continue;
    occ = lists === 0 ? (p as number[]) : occ!.concat(p);
    lists++;
  }
  if (!occ) return out;
  if (lists > 1) occ.sort((a, b) => a - b);
  const text = scan.text;
  const n = text.length;
  if (plan.sticky) {
    // a match starts at the line break before a line holding a word, or at the text's start
    const re = plan.sticky;
    // the last line break before q (0: none), found going forward once over the text
    let at = 0;
    let next = text.indexOf("\n");
    let last = 0;
    let tried = -1;
    for (const q of occ) {
      while (next !== -1 && next < q) (at = next), (next = text.indexOf("\n", next + 1));
      if (at === tried || at < last) continue;
      tried = at;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      out.push(m);
      last = m.index + Math.max(1, m[0].length);
    }
    re.lastIndex = 0;
    return out;
  }
  const mask = plan.mask;
  let last = 0;
  for (let o = 0; o < occ.length; ) {
    // the stretch holding this occurrence: [a, b), read outwards to the barriers (stretches do not overlap: linear)
    const q = occ[o]!;
    let a = q;
    while (a > 0 && !(BARRIER_BIT[text.charCodeAt(a - 1)]! & mask)) a--;
    let b = q;
    while (b < n && !(BARRIER_BIT[text.charCodeAt(b)]! & mask)) b++;
    // and the next stretches that hold one, when near
    o++;
    for (;;) {
      while (o < occ.length && occ[o]! < b) o++;
      if (o >= occ.length || occ[o]! - b > GAP) break;
      b = occ[o]!;
      while (b < n && !(BARRIER_BIT[text.charCodeAt(b)]! & mask)) b++;
    }
    const end = b + plan.reach + 1;
    const sub = end >= n ? text : text.slice(0, end);
    re.lastIndex = Math.max(last, a - plan.lead);
    for (;;) {
      const m = re.exec(sub);
      if (!m || m.index >= b) break;
      out.push(m);
      last = m.index + m[0].length;
      if (m[0].length === 0) last++;
      re.lastIndex = last;
    }
  }
  re.lastIndex = 0;
  return out;
}

const finders = new WeakMap<readonly { re: RegExp }[], Map<readonly string[], WordFinder>>();
const NO_WORDS: readonly string[] = [];

/** The finder of the words a list of rules needs, and of `more` (made once per list and array of more words). */
export function wordFinder(rules: readonly { re: RegExp }[], more: readonly string[] = NO_WORDS): WordFinder {
  let byMore = finders.get(rules);
  if (!byMore) finders.set(rules, (byMore = new Map()));
  let f = byMore.get(more);
  if (!f) {
    // the words that gate each rule, and those its plan looks for
    f = new WordFinder([...rules.flatMap((r) => [...(needOf(r.re) ?? []), ...(planOf(r.re)?.words ?? [])]), ...more]);
    byMore.set(more, f);
  }
  return f;
}

/** Whether a text holding the words `present` may match `re` (true when no needed word is known). */
export function mayMatch(re: RegExp, present: { has(word: string): boolean }): boolean {
  const need = needOf(re);
  return need === null || need.some((w) => present.has(w));
}
