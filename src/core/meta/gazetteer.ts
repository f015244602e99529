/**
 * The gazetteer: China's administrative divisions (GB/T 2260 provinces, prefectures and
 * counties; towns and streets with their 9-digit codes), read once from the generated
 * module, and every name a report may call a division by.
 *
 * A division's parent is the prefix of its code (2 → 4 → 6 → 9 digits); a county whose
 * prefecture is only a placeholder in the source (直辖市, 省直辖县级行政区划) hangs from
 * its province.
 */
import { CITIES, COUNTIES, PROVINCES, TOWNS } from "./divisions.data";

/** The administrative level of a division (a department is a level of meta, not of the gazetteer). */
export type DivisionLevel = "省" | "市" | "县" | "乡镇街道";

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  parent: Division | null;
}

/** How a name refers to a division: its full name, or a shorter form (甘肃, 临夏州, 溧阳, 高新区). */
export interface NameRef {
  division: Division;
  /** The full name, or a short form that still ends in a level word (临夏州, 长阳县); false for a bare stem (甘肃, 溧阳). */
  full: boolean;
}

// Ethnic groups that stand in the names of autonomous areas (长阳土家族自治县 → 长阳县, 长阳).
const ETHNIC =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC})族)+$`);

/** Stems too common as words to stand for a place on their own. */
const COMMON_STEMS = new Set(["全州", "中山", "和平", "长安", "新华", "东方", "平安", "永安", "开发", "城关", "城中", "市中", "朝阳", "向阳", "龙华", "白云", "江北", "南山", "宝山", "普陀", "城西", "城东", "城南", "城北", "新城", "桥东", "桥西", "河东", "河西", "海州", "永定", "西安", "铁西", "铁东", "鼓楼", "西湖", "青山", "新兴", "红旗", "胜利", "光明", "民主", "团结", "友谊", "前进", "建设", "文化", "人民", "解放", "新市", "新区", "矿区", "郊区", "城区", "高新", "经开", "公安"]);

/**
 * Other names of a division. Full forms keep a level word (临夏州, 长阳县, 广西壮族自治区 is
 * its own full name); stems drop it (甘肃, 溧阳, 内蒙古) and are only trusted where a report
 * names itself (a title, a source line), never counted in the body.
 */
export function aliasesOf(name: string, level: DivisionLevel): { name: string; full: boolean }[] {
  const out: { name: string; full: boolean }[] = [];
  const stem = (s: string) => {
    if (s.length >= 2 && s !== name && !COMMON_STEMS.has(s)) out.push({ name: s, full: false });
  };
  const fullForm = (s: string) => {
    if (s.length >= 3 && s !== name) out.push({ name: s, full: true });
  };
  if (level === "乡镇街道") {
    // 钢花村街道 is also 钢花村街道办事处 (matched as its prefix); an ethnic township goes by its
    // place and kind: 黄腊布依族苗族乡 → 黄腊乡, 长坪彝族乡 → 长坪乡
    const kind = name.match(/(?:乡|镇|苏木)$/)?.[0];
    if (kind) {
      const base = name.slice(0, -kind.length).replace(ETHNIC_TAIL, "");
      if (base.length >= 1 && base.length < name.length - kind.length) fullForm(`${base}${kind}`);
    }
    return out;
  }
  const auto = name.match(/^(.+?)自治(区|州|县|旗)$/);
  if (auto) {
    const base = auto[1]!.replace(ETHNIC_TAIL, "");
    if (auto[2] === "区") stem(base); // 广西壮族自治区 → 广西; 西藏自治区 → 西藏
    else {
      fullForm(`${base}${auto[2]}`); // 临夏回族自治州 → 临夏州
      stem(base);
    }
    return out;
  }
  const dev = name.match(/^(.+?)(高新技术产业开发区|高新技术开发区|经济技术开发区|经济开发区)$/);
  if (dev) {
    // 蚌埠市经济开发区 is also 蚌埠经济开发区, 蚌埠经开区; 石家庄高新技术产业开发区 also 石家庄高新区
    const base = dev[1]!.replace(/^.{2,3}省/, "");
    const bases = base.endsWith("市") && base.length >= 3 ? [base, base.slice(0, -1)] : [base];
    const kinds = dev[2]!.startsWith("高新") ? ["高新区", "高新技术产业开发区", "高新技术开发区"] : ["经开区", "经济开发区", "经济技术开发区"];
    for (const b of bases) for (const k of kinds) fullForm(`${b}${k}`);
    return out;
  }
  const m = name.match(/^(.+?)(省|市|县|区|旗|盟|地区|林区|特区)$/);
  if (m && !/(?:新|开发|城|郊|矿|示范|管理|试验|园)$/.test(m[1]!)) stem(m[1]!);
  return out;
}

/**
 * What the text's traditional→simplified pass (OpenCC t2cn, run on any text with one traditional
 * character) makes of characters of division names: 乾安县 reaches meta as 干安县, 藉口镇 as 借口镇.
 * A division is also known by its name so converted (checked against OpenCC in the tests).
 */
const T2CN_CHARS: Record<string, string> = { 乾: "干", 塚: "冢", 磑: "硙", 鷺: "鹭", 濛: "蒙", 氾: "泛", 於: "于", 瀂: "澛", 鮀: "𬶍", 礐: "𬒈", 鮜: "鲘", 篢: "𬕂", 輋: "𪨶", 洩: "泄" };
const T2CN_PHRASES: [string, string][] = [["藉口", "借口"]];
const T2CN_ANY = new RegExp(`[${Object.keys(T2CN_CHARS).join("")}]|${T2CN_PHRASES.map(([a]) => a).join("|")}`);
export function asConverted(name: string): string {
  if (!T2CN_ANY.test(name)) return name;
  let out = [...name].map((c) => T2CN_CHARS[c] ?? c).join("");
  for (const [a, b] of T2CN_PHRASES) out = out.split(a).join(b);
  return out;
}

export interface Gazetteer {
  byCode: Map<string, Division>;
  /** Every name and alias → the divisions it may mean. */
  byName: Map<string, NameRef[]>;
  /** The longest name in byName. */
  maxLength: number;
  /** Every name of byName in one trie of code units (for scanning a text in one pass). */
  trie: NameTrie;
}

/**
 * A trie of code units over the names, in flat arrays: node 0 is the root; `first` gives the
 * root's child for a character of U+3400–U+9FFF (where every name a text can start lives; 0 for
 * none: most characters of a text start no name); every other edge is a slot of an
 * open-addressing table keyed by (node, code unit); `refs` is byName's entry for the name
 * that ends at a node (the same array), or null.
 */
export interface NameTrie {
  first: Int32Array;
  /**
   * The slots, four numbers each: node, code unit, child (0: an empty slot), unused. One slot's
   * numbers share a cache line: the table is megabytes and a text's characters hit it at random,
   * so three parallel arrays cost three misses a lookup where this costs one.
   */
  slots: Int32Array;
  /** slot count − 1 (a power of two less one) */
  mask: number;
  refs: (NameRef[] | null)[];
  /**
   * A filter of the names' first two code units: one bit per hash of the pair (pairBit). Two
   * thirds of a text's characters start some name but only one in twenty goes on with one, so
   * a position whose pair has no bit is passed without walking the trie (a bit set by another
   * pair only costs the walk). Null when some name is a single unit (the pair would miss it).
   */
  pairs: Int32Array | null;
}

/** Bits of the pair filter (2^20 bits, 128 KB: few false hits over some 25,000 pairs, and small enough to stay in cache). */
const PAIR_BITS = 20;
/** The pair filter's hash, `Math.imul((first << 16) | second, PAIR_MUL) >>> PAIR_SHIFT` (pairBit; a scan reads these once and writes the hash out). */
export const PAIR_MUL = 0x9e3779b1;
export const PAIR_SHIFT = 32 - PAIR_BITS;

/** The bit of the pair filter for a name's first unit (less 0x3400, as `first` is indexed) and its second. */
export function pairBit(first: number, second: number): number {
  return Math.imul((first << 16) | second, PAIR_MUL) >>> PAIR_SHIFT;
}

/** The slot where the edge (node, unit) is, or the empty slot where it would go. */
export function trieSlot(t: NameTrie, node: number, unit: number): number {
  const { slots, mask } = t;
  let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77)) & mask;
  while (slots[4 * h + 2] !== 0 && (slots[4 * h] !== node || slots[4 * h + 1] !== unit)) h = (h + 1) & mask;
  return h;
}

function buildTrie(byName: Map<string, NameRef[]>): NameTrie {
  let units = 0;
  for (const name of byName.keys()) units += name.length;
  // (the names share prefixes: the edges are some half of their units, so a table of one slot
  // a unit is at most half full)
  let size = 1;
  while (size < units) size *= 2;
  const t: NameTrie = {
    first: new Int32Array(0x6c00),
    slots: new Int32Array(4 * size),
    mask: size - 1,
    refs: [null],
    pairs: new Int32Array(1 << (PAIR_BITS - 5)),
  };
  let single = false;
  for (const [name, refs] of byName) {
    const c0 = name.charCodeAt(0) - 0x3400;
    if (c0 < 0 || c0 >= 0x6c00) continue; // never the start of a name in a text
    if (name.length === 1) single = true;
    else {
      const b = pairBit(c0, name.charCodeAt(1));
      t.pairs![b >>> 5]! |= 1 << (b & 31);
    }
    let node = t.first[c0]!;
    if (node === 0) {
      node = t.refs.length;
      t.refs.push(null);
      t.first[c0] = node;
    }
    for (let k = 1; k < name.length; k++) {
      const unit = name.charCodeAt(k);
      const h = trieSlot(t, node, unit);
      if (t.slots[4 * h + 2] === 0) {
        t.slots[4 * h] = node;
        t.slots[4 * h + 1] = unit;
        t.slots[4 * h + 2] = t.refs.length;
        t.refs.push(null);
      }
      node = t.slots[4 * h + 2]!;
    }
    t.refs[node] = refs;
  }
  if (single) t.pairs = null;
  return t;
}

const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = { 2: "省", 4: "市", 6: "县", 9: "乡镇街道" };

function parentOf(byCode: Map<string, Division>, code: string): Division | null {
  for (let len = code.length === 9 ? 6 : code.length - 2; len >= 2; len -= 2) {
    const p = byCode.get(code.slice(0, len));
    if (p) return p;
  }
  return null;
}

function build(): Gazetteer {
  const byCode = new Map<string, Division>();
  const add = (code: string, name: string) => {
    const level = LEVEL_BY_LENGTH[code.length];
    if (!level) throw new Error(`gazetteer: unexpected code ${code}`);
    byCode.set(code, { code, name, level, parent: parentOf(byCode, code) });
  };
  const entry = /^(\d+)(\D+)$/;
  for (const list of [PROVINCES, CITIES, COUNTIES]) {
    for (const e of list.split("|")) {
      const m = e.match(entry);
      if (!m) throw new Error(`gazetteer: bad entry ${e}`);
      add(m[1]!, m[2]!);
    }
  }
  for (const group of TOWNS.split("|")) {
    const [county, list] = group.split(":");
    let n = 0;
    for (const e of list!.split(",")) {
      // the suffix is written only when it is not the previous town's plus one
      const m = e.match(/^(\d*)(\D+)$/);
      if (!m) throw new Error(`gazetteer: bad town ${e}`);
      n = m[1] ? Number(m[1]) : n + 1;
      add(`${county}${String(n).padStart(3, "0")}`, m[2]!);
    }
  }
  const byName = new Map<string, NameRef[]>();
  let maxLength = 0;
  const put = (name: string, ref: NameRef) => {
    const list = byName.get(name);
    if (list) list.push(ref);
    else byName.set(name, [ref]);
    if (name.length > maxLength) maxLength = name.length;
  };
  for (const d of byCode.values()) {
    put(d.name, { division: d, full: true });
    for (const a of aliasesOf(d.name, d.level)) put(a.name, { division: d, full: a.full });
    const converted = asConverted(d.name);
    if (converted !== d.name) {
      put(converted, { division: d, full: true });
      for (const a of aliasesOf(converted, d.level)) put(a.name, { division: d, full: a.full });
    }
  }
  return { byCode, byName, maxLength, trie: buildTrie(byName) };
}

let cache: Gazetteer | null = null;
/** The gazetteer, built on first use (about 45,000 divisions). */
export function gazetteer(): Gazetteer {
  if (!cache) cache = build();
  return cache;
}

let upperNames: Map<string, string> | null = null;
/**
 * The names of the provinces, prefectures and counties by code, read without building the towns
 * (for 汇总's headings, where a book needs no more).
 */
export function upperDivisionNames(): Map<string, string> {
  if (upperNames) return upperNames;
  const names = new Map<string, string>();
  for (const list of [PROVINCES, CITIES, COUNTIES]) {
    for (const e of list.split("|")) {
      const m = e.match(/^(\d+)(\D+)$/);
      if (m) names.set(m[1]!, m[2]!);
    }
  }
  upperNames = names;
  return names;
}

/**
 * The names of a code's divisions from its province down (3301 → 浙江省, 杭州市); a level the
 * code system keeps only as a placeholder (1101, 北京市's 市辖区) is skipped.
 */
export function placeNames(code: string): string[] {
  const names = upperDivisionNames();
  const out: string[] = [];
  for (let len = 2; len <= Math.min(code.length, 6); len += 2) {
    const n = names.get(code.slice(0, len));
    if (n) out.push(n);
  }
  return out;
}

/** A division's ancestors, nearest first. */
export function ancestors(d: Division): Division[] {
  const out: Division[] = [];
  for (let p = d.parent; p; p = p.parent) out.push(p);
  return out;
}

export function isAncestor(a: Division, d: Division): boolean {
  return d.code.length > a.code.length && d.code.startsWith(a.code);
}
