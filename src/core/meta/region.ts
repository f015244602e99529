/**
 * Who reported: the division (and, where a department reports, the department) a report
 * speaks for, recognised against the gazetteer, never guessed from the shape of a word.
 *
 * 1. Every name of a division in the text is found (longest name first). A name right after
 *    its parent (石家庄市鹿泉区, 晋城市城区) means that child only.
 * 2. Each name weighs by where it stands: the title, 现将/现公布 〈…〉报告, a source or
 *    publisher line, the signature weigh most; the body weighs little; a bare stem (甘肃,
 *    溧阳) or a two-character name (城区) counts only where a report names itself.
 * 3. The level the report speaks at (我县, 全区, 本市 …) favours divisions named with that word.
 * 4. A name several divisions share (城区, 朝阳区, 高新区) is resolved by the parent the text
 *    names; otherwise it is kept as written with no code and a note.
 * 5. A department (金华市教育局, 市人社局, 新野县人民法院) named where the report names itself
 *    is the issuer; its division is the region and the level is 部门.
 */
import { gazetteer, isAncestor, startKey, type Division, type DivisionLevel, type NameRef } from "./gazetteer";

export type MetaLevel = DivisionLevel | "部门";

export interface Reporter {
  /** The division as the report names it (qualified by its parent when the name is shared). */
  region: string | null;
  /** GB/T 2260 code (2, 4 or 6 digits) or a town's 9-digit code; null when not resolved. */
  divisionCode: string | null;
  level: MetaLevel | null;
  /** 0–1: how sure the reading is (see confidenceOf). */
  confidence: number;
  /** The department that reports, as written (县公安局, 金华市教育局), when a department does. */
  department: string | null;
  /** Why the region is blank or has no code, for the reviewer. */
  note: string | null;
}

type Zone = "title" | "intro" | "label" | "signature" | "opening" | "body";
const ZONE_WEIGHT: Record<Zone, number> = { title: 10, intro: 10, signature: 8, label: 6, opening: 5, body: 1 };
/** Zones where a report names itself: bare stems and two-character names count only here. */
const SELF_NAMING = new Set<Zone>(["title", "intro", "label", "signature"]);
/** The most the body's mentions of one division add up to (before the level's factor): less than a title. */
const BODY_CAP = 8;

interface Mention {
  start: number;
  end: number;
  text: string;
  refs: NameRef[];
  zone: Zone;
  /** Set when the mention only qualifies the next one (石家庄市 in 石家庄市鹿泉区). */
  qualifier: boolean;
  /** Set when the mention follows its parent (鹿泉区 in 石家庄市鹿泉区). */
  parented?: boolean;
}

const SCAN_HEAD = 30000;
const SCAN_TAIL = 3000;

function scan(text: string, from: number, to: number, out: Mention[]): void {
  const g = gazetteer();
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i) - 0x3400;
    if (c < 0 || c >= 0x6c00 || g.firstChars[c] === 0) {
      i++;
      continue;
    }
    let hit: Mention | null = null;
    const lengths = g.lengthsByStart.get(startKey(text, i));
    if (!lengths) {
      i++;
      continue;
    }
    for (const len of lengths) {
      if (i + len > to) continue;
      const s = text.slice(i, i + len);
      const refs = g.byName.get(s);
      if (refs) {
        hit = { start: i, end: i + len, text: s, refs, zone: "body", qualifier: false };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
}

function mentionsOf(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.length <= SCAN_HEAD + SCAN_TAIL) scan(text, 0, text.length, out);
  else {
    scan(text, 0, SCAN_HEAD, out);
    scan(text, text.length - SCAN_TAIL, text.length, out);
  }
  return out;
}

// Lines of page furniture: navigation, counters, sharing, accessibility.
const FURNITURE = /首页|当前位置|您的位置|浏览|字号|打印|分享|登录|无障碍|English|繁体|导航|搜索|扫一扫|二维码|微信|微博|责编|编辑|关闭窗口|索引号|发文字号|发布时间|发布日期|更新时间|作者[::]|点击数|阅读数/;
const LABEL = /(?:来源|发布机构|发文机关|发布单位|信息来源|文章来源|文稿来源|稿件来源|主办单位|网站主办单位|供稿单位|承办单位|索引号所属单位)\s*[::]\s*/g;
/** A date alone on a line: 2024年1月10日, 二〇二四年一月十日, 2024-01-10. */
const SIGNATURE_DATE = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$/;
const INTRO = /(?:现将|现予|现公布|现公开|现就|特此报告|根据)/g;

/** The zones of the text, as [start, end, zone] ranges. */
function zonesOf(text: string): [number, number, Zone][] {
  const zones: [number, number, Zone][] = [];
  // lines with offsets
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const raw of text.split("\n")) {
    const t = raw.trim();
    if (t) lines.push({ start: pos + raw.indexOf(t), end: pos + raw.indexOf(t) + t.length, text: t });
    pos += raw.length + 1;
  }
  // title: the last short lines (at most 3) before the body's first sentence, skipping page
  // furniture: a site's navigation and lists of places come first, the title right before the text
  let firstBody = lines.slice(0, 40).findIndex((l) => l.text.length > 80 || /。/.test(l.text));
  const before = firstBody < 0 ? lines.slice(0, 14) : lines.slice(0, firstBody);
  const titleLines = before.filter(
    // page furniture, a list (东城区 西城区 朝阳区 | …), and the addressee of a report (区委全面依法治区委员会:) are no title
    (l) => !FURNITURE.test(l.text) && l.text.length >= 4 && !/[::]$/.test(l.text) && (l.text.match(/[\s|｜·/>»]+/g) ?? []).length < 2,
  );
  for (const l of titleLines.slice(-3)) zones.push([l.start, l.end, "title"]);
  if (firstBody < 0) firstBody = lines.findIndex((l) => /。/.test(l.text));
  if (firstBody >= 0) {
    const l = lines[firstBody]!;
    zones.push([l.start, Math.min(l.end, l.start + 200), "opening"]);
  }
  // the subject of a sentence that opens with the year: 2023年,(在…下,)〈下蜀镇〉坚持…
  for (const m of text.slice(0, 3000).matchAll(/(?:19|20)\d{2}年度?(?:以来)?[,,]\s*(?:在[^,。\n]{0,40}?下[,,]\s*)?/g)) {
    const s = m.index! + m[0].length;
    zones.push([s, s, "opening"]); // only a name that starts there (zoneAt)
  }
  for (const m of text.slice(0, 3000).matchAll(INTRO)) {
    const s = m.index! + m[0].length;
    const rest = text.slice(s, s + 60);
    const end = rest.search(/报告|情况|[。\n]/);
    if (m[0] === "根据" || m[0] === "特此报告") continue;
    if (end > 0) zones.push([s, s + end, "intro"]);
  }
  for (const m of text.matchAll(LABEL)) {
    const s = m.index! + m[0].length;
    const rest = text.slice(s, s + 40);
    const end = rest.search(/\s|\n|$/);
    zones.push([s, s + (end < 0 ? rest.length : end), "label"]);
  }
  // signature: the short lines right above a date near the end (a page's footer, with the
  // site owner's name and address, has no date under it)
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - 10); i--) {
    if (!SIGNATURE_DATE.test(lines[i]!.text)) continue;
    for (const l of lines.slice(Math.max(0, i - 2), i)) if (l.text.length <= 40 && !/。/.test(l.text)) zones.push([l.start, l.end, "signature"]);
  }
  return zones;
}

function zoneAt(zones: [number, number, Zone][], start: number, end: number): Zone {
  let best: Zone = "body";
  for (const [s, e, z] of zones) if (start >= s && (end <= e || start === e) && ZONE_WEIGHT[z] > ZONE_WEIGHT[best]) best = z;
  return best;
}

/**
 * 我县/本县 (and, weaker, 全县 …): the level word the report speaks with, when it uses one
 * often enough (a 全省 inside an award's name is not a province speaking).
 */
export function selfWord(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/([我全本])(街道|[省市州盟区县旗镇乡])/g)) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + (m[1] === "全" ? 1 : 2));
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 3 ? best[0] : null;
}

const fits = (d: Division, word: string | null): boolean => !!word && d.name.endsWith(word);

/** A department named where a report names itself, right after a place or a level word. */
const DEPT =
  /^(?:人民政府|政府)?((?:[\u4e00-\u9fa5]{2,10}?(?:局|厅|委员会|委|办公室))|(?:中级)?人民法院|人民检察院)(?=关于|[::\s(]|(?:19|20)\d\d|党组|法治|政府信息|共|认真|坚持|召开|全年|$)/;
const NOT_DEPT = /^委|^(?:党委|委员会|人大常委会|政协|常委会|人民代表大会常务委员会)$|[市县区州省旗]委$|政府$|办事处$|管委会|管理委员会|街道|镇|乡/;
/** A two-character name (息县, 城区) counts in the body only as the name of a government: 息县人民政府, 法治息县. */
const ORGAN_AFTER = /^(?:人民政府|政府|县委|区委|市委|人大|政协|人民法院|人民检察院|[\u4e00-\u9fa5]{1,4}局|获评|荣获)/;
/** What follows a stem that makes it the start of a word, not a place: 公安局, 资源局, 和政协, 共和国. */
const ORG_AFTER = /^(?:局|厅|委|办|处|科|室|所|站|队|院|会|国|部|司|协|组|厂|公司|集团)/;
/** What may stand right before a town's name: a word that ends before it (在后溪镇, 和大河乡). */
const TOWN_BEFORE = /[在和与及对由向至从为是经据于的到]/;
/** Names that are only a kind of area (开发区, 工业园区): they name a place only after their parent. */
const GENERIC = /^(?:开发区|经济开发区|高新区|经开区|新区|工业园区|园区|产业园区|工业区|城区|郊区|矿区|东区|西区|南区|北区|中区)$/;
/** A zone the gazetteer does not list, named after a place: 武汉东湖新技术开发区, 某某高新区. */
const ZONE_AFTER = /^[\u4e00-\u9fa5]{0,8}?(?:新技术产业开发区|高新技术产业开发区|新技术开发区|经济技术开发区|经济开发区|高新区|开发区|新区|工业园区|产业园区|试验区|示范区)/;

interface Candidate {
  division: Division;
  score: number;
  best: Zone;
  surface: string;
  surfaceFull: boolean;
  /** Where the surface stands (its best mention). */
  at: number;
  /** What the body's mentions have added to the score. */
  body: number;
}

/** The divisions the text names, weighed (best first), and what the ranking used. */
export function rankDivisions(text: string): { ranked: { c: Candidate; s: number }[]; cands: Map<string, Candidate>; word: string | null; department: DeptReading | null } {
  const zones = zonesOf(text);
  const mentions = mentionsOf(text);
  // 在〈市委、市政府〉的领导下 names the parent that leads, not the one that reports
  const led = [...text.slice(0, 3000).matchAll(/在[^,,。\n]{0,40}?(?:领导|指导|带领|部署|关心|支持)下/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  // …nor does a province in a document's name (依据《广东省…条例》): body weight
  for (const m of mentions) {
    const z = zoneAt(zones, m.start, m.end);
    const provincesLaw = z !== "title" && z !== "intro" && m.refs.every((r) => r.division.level === "省") && inTitleMarks(text, m.start);
    m.zone = provincesLaw || led.some(([s, e]) => m.start >= s && m.end <= e) ? "body" : z;
  }
  const zoneStarts = new Set(zones.map(([s]) => s));

  // 1. a name right after its parent means that child only
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.end !== b.start) continue;
    const kids = b.refs.filter((r) => a.refs.some((p) => isAncestor(p.division, r.division)));
    if (kids.length > 0) {
      b.refs = kids;
      b.parented = true;
      a.qualifier = true;
      if (ZONE_WEIGHT[a.zone] > ZONE_WEIGHT[b.zone]) b.zone = a.zone;
    }
  }

  // 2. which mentions count
  const counted = mentions.filter((m) => {
    if (m.parented) return true;
    const after = text.slice(m.end, m.end + 6);
    if (GENERIC.test(m.text)) return false;
    if (m.refs.every((r) => !r.full)) {
      // a stem (甘肃, 溧阳) is a place only where the report names itself, never the start of a word (公安局, 资源局, 和政协)
      if (ORG_AFTER.test(after)) return false;
      const high = m.refs.some((r) => r.division.level === "省" || r.division.level === "市");
      if (high) return SELF_NAMING.has(m.zone) || m.zone === "opening";
      return SELF_NAMING.has(m.zone) && zoneStarts.has(m.start);
    }
    // a town's name inside a longer one (银杏大街街道 is not 大街街道)
    const before = text.charAt(m.start - 1);
    if (m.refs.every((r) => r.division.level === "乡镇街道") && /[\u4e00-\u9fa5]/.test(before) && !TOWN_BEFORE.test(before) && !zoneStarts.has(m.start)) return false;
    if (m.text.length < 3) return SELF_NAMING.has(m.zone) || ORGAN_AFTER.test(after) || text.slice(m.start - 2, m.start) === "法治";
    return true;
  });
  const department = readDepartment(text, zones, mentions);
  const word = department?.word ?? selfWord(text);
  const weightOf = (m: Mention) => (m.qualifier ? 0.5 : 1) * ZONE_WEIGHT[m.zone];
  const direct = new Set<string>();
  for (const m of counted) for (const r of m.refs) direct.add(r.division.code);

  // 3. weigh; a shared name goes to the divisions whose parent the text names
  const cands = new Map<string, Candidate>();
  for (const m of counted) {
    let refs = m.refs;
    if (refs.length > 1) {
      const withParent = refs.filter((r) => ancestorsNamed(r.division, direct));
      if (withParent.length > 0) refs = withParent;
    }
    // a stem is a weaker reading than a full name
    const w = (weightOf(m) * (refs.every((r) => !r.full) ? 0.6 : 1)) / refs.length;
    for (const r of refs) {
      const d = r.division;
      let c = cands.get(d.code);
      if (!c) {
        c = { division: d, score: 0, best: m.zone, surface: m.text, surfaceFull: r.full, at: m.start, body: 0 };
        cands.set(d.code, c);
      } else if (ZONE_WEIGHT[m.zone] > ZONE_WEIGHT[c.best] || (ZONE_WEIGHT[m.zone] === ZONE_WEIGHT[c.best] && r.full && !c.surfaceFull)) {
        [c.best, c.surface, c.surfaceFull, c.at] = [m.zone, m.text, r.full, m.start];
      }
      // the body's mentions add up only so far: one title outweighs any number of them
      const add = w * (fits(d, word) ? 3 : 1);
      if (m.zone === "body") {
        const room = Math.max(0, BODY_CAP * (fits(d, word) ? 3 : 1) - c.body);
        c.body += Math.min(add, room);
        c.score += Math.min(add, room);
      } else c.score += add;
    }
  }
  const ranked = [...cands.values()].map((c) => ({ c, s: c.score })).sort((a, b) => b.s - a.s || a.c.at - b.c.at);
  return { ranked, cands, word, department };
}

function ancestorsNamed(d: Division, named: Set<string>): boolean {
  for (let p = d.parent; p; p = p.parent) if (named.has(p.code)) return true;
  return false;
}

export function readReporter(text: string): Reporter {
  const { ranked, cands, word, department } = rankDivisions(text);
  let top = ranked[0] ?? null;
  if (department?.place) {
    // the department's own place: 金华市教育局 → 金华市
    const d = department.place;
    const c = cands.get(d.code) ?? { division: d, score: ZONE_WEIGHT.title, best: "title" as Zone, surface: department.placeText, surfaceFull: true, at: department.at, body: 0 };
    top = { c, s: Infinity };
  } else if (top) {
    // a division named where the report names itself, inside the top one and at the report's level, speaks for it
    const outer = top.c.division;
    const inner = ranked.find(({ c }) => isAncestor(outer, c.division) && SELF_NAMING.has(c.best) && fits(c.division, word) && c.score >= ZONE_WEIGHT.label);
    if (inner) top = inner;
  }
  // a name counted once in the body speaks for the report only when no other division competes
  // with it, and not when it names a province's document (《广东省…条例》 is the province's law,
  // where 《某县…实施方案》 is the report's own plan)
  const second = ranked.find(({ c }) => top && c !== top.c && !isAncestor(c.division, top.c.division));
  if (
    top &&
    top.s !== Infinity &&
    top.c.score < 2 &&
    !SELF_NAMING.has(top.c.best) &&
    !fits(top.c.division, word) &&
    (second || (top.c.division.level === "省" && inTitleMarks(text, top.c.at)) || unlistedName(text, word))
  )
    top = null;

  const dept = department ? department.name : null;
  if (!top && department?.placeText) {
    // 高新区综治局: the department's place is a name several divisions share, and no parent is named
    const shared = gazetteer().byName.get(department.placeText) ?? [];
    return {
      region: department.placeText,
      divisionCode: null,
      level: "部门",
      confidence: 0.5,
      department: dept,
      note:
        shared.length > 1
          ? `${department.placeText} is the name of several divisions and the text names no parent: check the region`
          : `${department.placeText} is not in the gazetteer: check the region and fill in its division code`,
    };
  }
  if (!top) {
    const unlisted = unlistedName(text, word);
    if (unlisted) {
      return {
        region: unlisted,
        divisionCode: null,
        level: dept ? "部门" : levelOfName(unlisted),
        confidence: 0.4,
        department: dept,
        note: `${unlisted} is not in the gazetteer: check the region and fill in its division code`,
      };
    }
    return {
      region: null,
      divisionCode: null,
      level: dept ? "部门" : null,
      confidence: 0,
      department: dept,
      note: "the report names no division it speaks for: fill in the region",
    };
  }
  const chosen = top.c;
  // a zone the gazetteer does not list, named after the division: 武汉东湖新技术开发区
  if (SELF_NAMING.has(chosen.best)) {
    const zone = text.slice(chosen.at + chosen.surface.length, chosen.at + chosen.surface.length + 16).match(ZONE_AFTER);
    if (zone && !/[的和与及在对为]/.test(zone[0])) {
      return {
        region: chosen.surface + zone[0],
        divisionCode: null,
        level: dept ? "部门" : "县",
        confidence: 0.6,
        department: dept,
        note: `${chosen.surface + zone[0]} is not in the gazetteer (${chosen.division.name} ${chosen.division.code} is its place): check the division code`,
      };
    }
  }
  // a shared name with no parent in the text: as many candidates, equally weighed
  const tied = ranked.filter(({ c, s }) => c !== chosen && c.surface === chosen.surface && Math.abs(s - top!.s) < 1e-9);
  if (tied.length > 0) {
    const where = [chosen, ...tied.map((t) => t.c)].map((c) => c.division.parent?.name ?? "").filter(Boolean).slice(0, 4).join("、");
    return {
      region: chosen.surfaceFull ? chosen.surface : chosen.division.name,
      divisionCode: null,
      level: dept ? "部门" : chosen.division.level,
      confidence: 0.5,
      department: dept,
      note: `${chosen.surface} is the name of several divisions (${where}) and the text names no parent: check the region`,
    };
  }
  return {
    region: displayName(chosen),
    divisionCode: chosen.division.code,
    level: dept ? "部门" : chosen.division.level,
    confidence: confidenceOf(chosen),
    department: dept,
    note: null,
  };
}

const UNLISTED = "[\\u4e00-\\u9fa5]{2,10}?(?:自治县|自治州|自治旗|高新区|开发区|新区|县|区|市|旗|镇|乡|街道)";
/** Characters and words no place name has: what tells a name from a piece of a sentence. */
const NOT_IN_NAME = /[的了在对为与和及将把被从以等我全本该各其这那有是中上下个一]|落实|推进|建设|加强|开展|实施|依法|法治|工作|关于|领导|坚持|制定/;
const LEVEL_FIRST = /^[省市区县镇乡州旗]/;
const UNLISTED_AT = new RegExp(`^(${UNLISTED})`);
const GOVERNMENT = "人民政府|政府|管委会|管理委员会|街道办事处|办事处";
/** What follows the subject of an opening sentence: 2023年,〈name〉坚持… */
const SUBJECT_VERB = "坚持|认真|深入|全面|始终|紧紧|紧扣|围绕|着力|持续|不断|扎实|聚焦|积极|大力|进一步|坚决|严格|主动|切实|全力|高度|按照|以|把|通过|共|全年";

/**
 * A place the gazetteer does not list (a new district, a zone, a renamed county), taken only
 * where a report names itself and only in the shape of a name: the start of a title
 * (〈name〉2023年…报告), 现将〈name〉2023年…, the subject of the opening (2023年,(在…下,)〈name〉坚持…),
 * or the subject of the report's own plan 《〈name〉法治政府建设实施方案》 at the level it speaks with.
 */
/** A name, not a piece of a sentence: no function word, no verb, and no level word inside it (建立区委区). */
function nameShaped(n: string | undefined): n is string {
  return !!n && !NOT_IN_NAME.test(n) && !LEVEL_FIRST.test(n) && !/[省市区县镇乡州旗委局]/.test(n.replace(/(?:自治县|自治州|自治旗|高新区|开发区|新区|县|区|市|旗|镇|乡|街道)$/, ""));
}

function unlistedName(text: string, word: string | null): string | null {
  const head = text.slice(0, 3000);
  const ok = nameShaped;
  const shapes = [
    new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})?(?:关于)?(?:19|20)\\d{2}年`, "g"),
    new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})关于`, "g"),
    new RegExp(`现(?:将|公布|公开)(${UNLISTED})(?:${GOVERNMENT})?(?:19|20)\\d{2}年`, "g"),
    new RegExp(`(?:19|20)\\d{2}年度?[,,]\\s*(?:在[^,。\\n]{0,40}?下[,,]\\s*)?(${UNLISTED})(?=${SUBJECT_VERB}|人民政府|政府|在|[,,])`, "g"),
  ];
  // a signature: 〈name〉人民政府 on a line of its own near the end
  const signature = (new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})\\s*(?=\\n[^\\n]{0,20}$|\\n\\s*(?:19|20)\\d{2}年)`, "g"));
  if (word) shapes.push(new RegExp(`《(${"[\\u4e00-\\u9fa5]{2,10}?"}${word === "县" ? "(?:自治县|县)" : word})(?=法治|依法|全面|${"(?:19|20)\\d{2}"})`, "g"));
  for (const re of shapes) for (const m of head.matchAll(re)) if (ok(m[1])) return m[1];
  for (const m of text.slice(-300).matchAll(signature)) if (ok(m[1])) return m[1];
  return null;
}

function levelOfName(name: string): DivisionLevel {
  if (/(?:镇|乡|街道)$/.test(name)) return "乡镇街道";
  if (/(?:自治州|省)$/.test(name)) return name.endsWith("省") ? "省" : "市";
  return "县";
}

/** Whether the position stands inside 《…》 (the name of a document). */
function inTitleMarks(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

/** How sure: a name where the report names itself is near certain; a name counted in the body less. */
function confidenceOf(c: Candidate): number {
  if (ZONE_WEIGHT[c.best] >= ZONE_WEIGHT.signature) return 0.95;
  if (ZONE_WEIGHT[c.best] >= ZONE_WEIGHT.label) return 0.85;
  return Math.min(0.8, 0.4 + 0.05 * c.score);
}

/** The name as the report writes it (a stem becomes the full name), qualified by its parent when shared. */
function displayName(c: Candidate): string {
  const g = gazetteer();
  const d = c.division;
  const name = c.surfaceFull ? c.surface : d.name;
  const shared = (g.byName.get(d.name) ?? []).filter((r) => r.full).length > 1;
  if (!shared || !d.parent) return name;
  const p = d.parent;
  // the report may already have written the parent: 晋城市城区
  return `${p.name}${name}`;
}

interface DeptReading {
  /** As written: 金华市教育局, 市人社局, 区政府国资局. */
  name: string;
  /** The division written before it, when one is and its name is not shared. */
  place: Division | null;
  placeText: string;
  /** Where the department's name starts. */
  at: number;
  /** The level word written before it (市人社局 → 市; 金华市教育局 → 市). */
  word: string | null;
}

/** Where a department may stand as the one that reports: a title, 现将〈…〉, the opening (after its period). */
function deptAnchors(text: string, zones: [number, number, Zone][]): number[] {
  const anchors: number[] = [];
  for (const [s, e, z] of zones) {
    if (z !== "title" && z !== "intro" && z !== "opening") continue;
    anchors.push(s);
    // 2024年第三季度,新野县人民法院…; 现将2023年度枣庄市教育局…; 4月3日,…
    const m = text.slice(s, e).match(/^(?:19|20)\d{2}年度?(?:第[一二三四]季度|上半年|下半年)?[,,]?/);
    if (m) anchors.push(s + m[0].length);
  }
  return [...new Set(anchors)].sort((x, y) => x - y);
}

function readDepartment(text: string, zones: [number, number, Zone][], mentions: Mention[]): DeptReading | null {
  const at = new Map(mentions.map((m) => [m.start, m] as const));
  for (const a of deptAnchors(text, zones)) {
    let p = a;
    let place: Division | null = null;
    let placeText = "";
    // a place, possibly qualified (临夏州, 石家庄市鹿泉区), then the department
    for (let m = at.get(p); m && (p === a || m.parented); m = at.get(p)) {
      place = m.refs.length === 1 ? m.refs[0]!.division : null;
      placeText = text.slice(a, m.end);
      p = m.end;
    }
    let word: string | null = placeText ? placeText.slice(-1) : null;
    if (p === a) {
      // a place the gazetteer does not list (某某新区教育局), or a level word (市人社局)
      const u = text.slice(p, p + 14).match(UNLISTED_AT);
      const w = text.slice(p, p + 2).match(/^(街道|[省市州盟区县旗])/);
      if (u && nameShaped(u[1]) && DEPT.test(text.slice(p + u[1]!.length, p + u[1]!.length + 40))) {
        placeText = u[1]!;
        word = placeText.slice(-1);
        p += placeText.length;
      } else if (w) {
        word = w[1]!;
        p += w[1]!.length;
      } else continue;
    }
    const d = text.slice(p, p + 40).match(DEPT);
    if (!d || NOT_DEPT.test(d[1]!)) continue;
    return { name: text.slice(a, p + d[0].length), place, placeText: placeText, at: a, word };
  }
  return null;
}
