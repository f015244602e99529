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
}

class Unsupported extends Error {}

/** Larger sets of exact strings are dropped (the product of a sequence grows fast). */
const MAX_EXACT = 64;
/** A set of more needed words is not looked for. */
const MAX_WORDS = 8;
/** A class of more characters gives no exact strings. */
const MAX_CLASS = 8;

const NONE: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [""], need: null };

/** How much a set of needed strings narrows: its shortest string's length (longer words are rarer; four characters are rare enough). */
function strength(set: string[] | null): number {
  if (!set || set.length === 0) return 0;
  return Math.min(4, ...set.map((s) => s.length));
}

/** The better of two sets: the stronger, of two as strong the smaller (fewer words to look for), then the longer words. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  // a long list costs more to look for than it saves: a few words only
  const sa = a && a.length <= MAX_WORDS ? strength(a) : 0;
  const sb = b && b.length <= MAX_WORDS ? strength(b) : 0;
  const total = (x: string[]) => x.reduce((n, w) => n + w.length, 0);
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
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported("unbalanced )");
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : null;
    const needs = branches.map((b) => b.need ?? (b.exact && strength(b.exact) > 0 ? b.exact : null));
    const need = needs.every((n) => n) ? [...new Set(needs.flatMap((n) => n!))] : null;
    return { exact: exact && exact.length <= MAX_EXACT ? exact : null, need };
  }

  private sequence(): Info {
    let need: string[] | null = null;
    // the exact strings of runs of adjacent exact parts ending here, one run per part it may start at
    let runs: string[][] = [];
    let exact: string[] | null = [""];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const term = this.quantified(this.atom());
      need = better(need, term.need);
      if (term.exact) {
        const t = term.exact;
        runs = [...runs.map((r) => product(r, t)).filter((r): r is string[] => r !== null), t];
        for (const r of runs) need = better(need, r);
      } else runs = [];
      exact = exact && term.exact ? product(exact, term.exact) : null;
    }
    return { exact, need: better(need, exact) };
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
    if (min === 0 && max === 1) return { exact: atom.exact ? [...new Set(["", ...atom.exact])] : null, need: null };
    return { exact: null, need: min >= 1 ? (atom.need ?? atom.exact) : null };
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") {
      this.i++;
      return this.escape();
    }
    this.i++;
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return NONE;
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("nothing to repeat");
    return { exact: [c], need: null };
  }

  private group(): Info {
    this.i++;
    let look = false;
    if (this.src.startsWith("?:", this.i)) this.i += 2;
    else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) (look = true), (this.i += 2);
    else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) (look = true), (this.i += 3);
    else if (this.src.startsWith("?<", this.i)) {
      const close = this.src.indexOf(">", this.i);
      if (close < 0) throw new Unsupported("group name");
      this.i = close + 1;
    } else if (this.src[this.i] === "?") throw new Unsupported("group kind");
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Unsupported("unclosed group");
    this.i++;
    return look ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.i]!;
    this.i++;
    if ("dDsSwW".includes(c)) return NONE;
    if (c === "b" || c === "B") return EMPTY;
    const one = this.escapedChar(c);
    return { exact: [one], need: null };
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
    return known && chars.length > 0 && chars.length <= MAX_CLASS ? { exact: [...new Set(chars)], need: null } : NONE;
  }
}

/**
 * Strings one of which every match of `re` contains (each at least two
 * characters long), or null when no such set is known.
 */
export function requiredWords(re: RegExp): string[] | null {
  if (/[iuvs]/.test(re.flags)) return null;
  let info: Info;
  try {
    info = new Reader(re.source).read();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const need = better(info.need, info.exact);
  if (!need || strength(need) < 2) return null;
  // a word that holds another of the set adds nothing: the text holds the shorter one too
  return need.filter((w) => !need.some((o) => o !== w && w.includes(o)));
}

const cache = new WeakMap<RegExp, string[] | null>();

/** The words every match of `re` needs (null: none known), read once per regex. */
function needOf(re: RegExp): string[] | null {
  let need = cache.get(re);
  if (need === undefined) cache.set(re, (need = requiredWords(re)));
  return need;
}

interface Node {
  next: Map<number, Node>;
  word: string | null;
}

/**
 * Finds which of a fixed set of words a text holds, in one pass: a trie of
 * the words, its first step an array read by code unit.
 */
export class WordFinder {
  private readonly first: (Node | undefined)[] = new Array<Node | undefined>(0x10000).fill(undefined);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      let node = (this.first[w.charCodeAt(0)] ??= { next: new Map(), word: null });
      for (let k = 1; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), word: null }));
        node = child;
      }
      node.word = w;
    }
  }

  /** The words that occur in `text`. */
  present(text: string): Set<string> {
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      let node = this.first[text.charCodeAt(i)];
      for (let k = i + 1; node; k++) {
        if (node.word !== null) found.add(node.word);
        if (k >= text.length) break;
        node = node.next.get(text.charCodeAt(k));
      }
    }
    return found;
  }
}

const finders = new WeakMap<readonly { re: RegExp }[], WordFinder>();

/** The finder of the words a list of rules needs (made once per list). */
export function wordFinder(rules: readonly { re: RegExp }[]): WordFinder {
  let f = finders.get(rules);
  if (!f) {
    f = new WordFinder(rules.flatMap((r) => needOf(r.re) ?? []));
    finders.set(rules, f);
  }
  return f;
}

/** Whether a text holding the words `present` may match `re` (true when no needed word is known). */
export function mayMatch(re: RegExp, present: ReadonlySet<string>): boolean {
  const need = needOf(re);
  return need === null || need.some((w) => present.has(w));
}
