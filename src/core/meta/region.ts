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
import { readDepartment, type DeptReading } from "./department";
import { asConverted, gazetteer, isAncestor, type Division, type DivisionLevel, type NameRef } from "./gazetteer";
import { mentionsOf, type Mention } from "./mentions";
import { levelOfName, nameShaped, unlistedName } from "./unlisted";
import { inTitleMarks, SELF_NAMING, selfWord, ZONE_WEIGHT, zoneAt, zonesOf, type Zone } from "./zones";

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

/** The most the body's mentions of one division add up to (before the level's factor): less than a title, a signature or a source line. */
const BODY_CAP = 5;

const fits = (d: Division, word: string | null): boolean => !!word && d.name.endsWith(word);

/** A two-character name (息县, 城区) counts in the body only as the name of a government: 息县人民政府, 法治息县. */
const ORGAN_AFTER = /^(?:人民政府|政府|县委|区委|市委|人大|政协|人民法院|人民检察院|[\u4e00-\u9fa5]{1,4}局|获评|荣获)/;
/** A character before a two-character name that makes it the end of a word (市政府和县政府, 办理县政府): a Han character that is no preposition. */
const WORD_BEFORE = /(?![在对由向从为是经据于的到与及共])[\u4e00-\u9fa5]/;
/** A level word right after a stem, maybe after one or two more characters of a name (会理县, 金沙湾区), not the start of a word (市场, 区域, 县级). */
const RELEVEL = /^([^\s城新郊矿开高经工园市区县镇乡州旗省委局全各我本该的和与及在对,。、:]{0,2}?)(自治县|县|市|区|旗|镇|乡|街道)(?![场域级直属内外委])/;
/** The rest of a line that is only a government's or a site's name: 〈place〉人民政府, 〈place〉门户网站. */
const ORGAN_LINE = /^(?:人民政府|政府)?(?:门户网站|网站|政府网)?\s*$/;
/** Names of divisions that are also everyday phrases: 新城区 (a new urban district, 西安市新城区). */
const PHRASE_NAMES = new Set(["新城区"]);
/** Marks after a name that make it the head of a list of places (瑞金市、于都县). */
const LIST_MARKS = new Set(["、"]);
/** What follows a stem that makes it the start of a word, not a place: 公安局, 资源局, 和政协, 共和国. */
const ORG_AFTER = /^(?:局|厅|委|办|处|科|室|所|站|队|院|会|国|部|司|协|组|厂|公司|集团)/;
/**
 * What may stand right before a town's name: a word that ends before it (在后溪镇, 和大河乡), or
 * an organ's name that ends before it (中共青山镇委员会青山镇人民政府, 县人民政府青山镇).
 */
const TOWN_BEFORE = /[在和与及对由向至从为是经据于的到共会府委局办院]/;
/** What ends the place of a rule-of-law programme: 法治伊春建设, 法治伊春、法治政府, 《法治内蒙古建设发展报告》. */
const LAW_PROGRAMME_AFTER = /^(?:建设|进程|[、,,。”"》\s]|(?:19|20)\d\d)/;
/** Names that are only a kind of area (开发区, 工业园区): they name a place only after their parent. */
const GENERIC = /^(?:开发区|经济开发区|高新区|经开区|新区|工业园区|园区|产业园区|工业区|城区|郊区|矿区|东区|西区|南区|北区|中区)$/;
/** A zone the gazetteer does not list, named after a place: 武汉东湖新技术开发区, 某某高新区. */
const ZONE_AFTER = /^[\u4e00-\u9fa5]{0,8}?(?:新技术产业开发区|高新技术产业开发区|新技术开发区|经济技术开发区|经济开发区|经开区|高新区|开发区|新区|工业园区|产业园区|试验区|示范区)/;
/** A town or street the gazetteer does not list (new, renamed), named right after its county as a body that reports: 某县某某镇人民政府. */
const TOWN_AFTER = /^([\u4e00-\u9fa5]{1,6}?(?:街道|镇|乡))(?=人民政府|政府|党委|办事处|关于|(?:19|20)\d\d|[\s::])/;

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
  /** Whether it is named as the subject of a sentence that opens with the year (2023年,〈…〉坚持). */
  subject?: boolean;
  /** Whether the opening has named it already. */
  opened?: boolean;
}

/** The divisions the text names, weighed (best first), and what the ranking used. */
export function rankDivisions(text: string): {
  ranked: { c: Candidate; s: number }[];
  cands: Map<string, Candidate>;
  word: string | null;
  department: DeptReading | null;
} {
  const zones = zonesOf(text);
  const mentions = mentionsOf(text);
  // 在〈市委、市政府〉的领导下 names the parent that leads, not the one that reports
  // …nor does 按照/根据〈市委、市政府〉的部署要求 (the parent that asks)
  // (as start, end pairs in one array of numbers: an array of pairs, empty in one report and not in the next, changes
  // shape under the optimised code and sends it back to be compiled again)
  const led: number[] = [];
  for (const m of text.slice(0, 3000).matchAll(/在[^,,。\n]{0,40}?(?:领导|指导|带领|部署|关心|支持)下|(?:按照|根据|遵照)[^,,。\n《]{0,40}?(?:部署|要求|安排)/g)) led.push(m.index!, m.index! + m[0].length);
  const isLed = (m: Mention): boolean => {
    for (let k = 0; k < led.length; k += 2) if (m.start >= led[k]! && m.end <= led[k + 1]!) return true;
    return false;
  };
  // …nor does a province in a document's name (依据《广东省…条例》, 根据《中共湖南省委…通知》 in the opening): body weight
  for (const m of mentions) {
    const z = zoneAt(zones, m.start, m.end);
    const provincesLaw = z !== "title" && m.refs.every((r) => r.division.level === "省") && inTitleMarks(text, m.start);
    m.zone = provincesLaw || isLed(m) ? "body" : z;
  }
  const zoneStarts = new Set(zones.map(([s]) => s));
  // the title line nearest the body that starts with a place: the headline's subject (a site's name above it,
  // 常德市人民政府 / 政府信息公开 / 桃源县2023年…报告, is not)
  const mentionStarts = new Set(mentions.map((m) => m.start));
  // (the last such line, found by a loop: a filtered array, empty or not, changes shape under the optimised code too)
  const titleStarts = new Set<number>();
  for (let k = zones.length - 1; k >= 0; k--) {
    const [s, , z] = zones[k]!;
    if (z === "title" && mentionStarts.has(s)) {
      titleStarts.add(s);
      break;
    }
  }
  // …and a line above it that is only another place's government or site (常德市人民政府 above 桃源县…报告)
  // is the page's publisher: a label
  const headline = mentions.find((m) => titleStarts.has(m.start));
  if (headline) {
    for (const m of mentions) {
      if (m.start >= headline.start || m.zone !== "title" || m.text === headline.text || !zoneStarts.has(m.start)) continue;
      const line = text.slice(m.end, m.end + 12).split("\n", 1)[0]!;
      if (ORGAN_LINE.test(line)) m.zone = "label";
    }
  }
  const subjects = new Set(zones.filter(([a, b, z]) => z === "opening" && a === b).map(([a]) => a));
  // (a name that heads a list of places, 瑞金市、于都县、兴国县…扎实推进, is the first of several, no subject)
  const isSubject = (m: Mention): boolean => subjects.has(m.start) && !LIST_MARKS.has(text[m.end] ?? "");

  // 1. a name right after its parent means that child only
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.end !== b.start) continue;
    // …unless it is a stem that starts a word (荆州市公安局 is no 荆州市 + 公安县; 湖北省公安厅)
    // (a's readings as a set of codes, each of b's looked up by its ancestors: no product of two long lists of readings)
    const parents = new Set(a.refs.map((p) => p.division.code));
    const stemWord = ORG_AFTER.test(text.slice(b.end, b.end + 6));
    const kids = b.refs.filter((r) => (r.full || !stemWord) && hasAncestorIn(r.division, parents));
    if (kids.length > 0) {
      b.refs = kids;
      b.parented = true;
      a.qualifier = true;
      if (ZONE_WEIGHT[a.zone] > ZONE_WEIGHT[b.zone]) b.zone = a.zone;
    }
  }

  // a run of three or more names back to back, none the parent of the next (武陵区鼎城区津市市…: a page's
  // list of places, its spaces gone) names no one where it stands: body
  for (let i = 0; i < mentions.length; ) {
    let j = i;
    while (j + 1 < mentions.length && mentions[j]!.end === mentions[j + 1]!.start && !mentions[j + 1]!.parented) j++;
    if (j - i >= 2) for (let k = i; k <= j; k++) if (mentions[k]!.zone !== "listed") mentions[k]!.zone = "body";
    i = j + 1;
  }
  // 2. which mentions count
  const counted = mentions.filter((m) => {
    if (m.zone === "listed") return false;
    if (m.parented) return true;
    const after = text.slice(m.end, m.end + 6);
    if (GENERIC.test(m.text)) return false;
    if (m.refs.every((r) => !r.full)) {
      // a stem (甘肃, 溧阳) is a place only where the report names itself, never the start of a word (公安局, 资源局, 和政协)
      if (ORG_AFTER.test(after)) return false;
      // …or as the place of a rule-of-law programme, which a report names for its own place (建设法治内蒙古, 推进法治伊春、法治政府)
      if (text.slice(m.start - 2, m.start) === "法治" && LAW_PROGRAMME_AFTER.test(after)) return true;
      const high = m.refs.some((r) => r.division.level === "省" || r.division.level === "市");
      if (high) return SELF_NAMING.has(m.zone) || m.zone === "opening";
      return SELF_NAMING.has(m.zone) && zoneStarts.has(m.start);
    }
    // a town's name inside a longer one (银杏大街街道 is not 大街街道)
    const before = text.charAt(m.start - 1);
    if (m.refs.every((r) => r.division.level === "乡镇街道") && /[\u4e00-\u9fa5]/.test(before) && !TOWN_BEFORE.test(before) && !zoneStarts.has(m.start)) return false;
    // (…and only as a word of its own: 市政府和县政府, 市和县人大, 办理县政府… name no 和县 or 理县)
    // (…or as the subject the opening's sentence starts with: 2023年,在…下,攸县坚持…)
    if (m.text.length < 3) return SELF_NAMING.has(m.zone) || (m.zone === "opening" && zoneStarts.has(m.start)) || (ORGAN_AFTER.test(after) && !WORD_BEFORE.test(before)) || text.slice(m.start - 2, m.start) === "法治";
    // a name that is also a phrase (建设现代化新城区) counts in the body only as a word of its own
    if (PHRASE_NAMES.has(m.text) && !SELF_NAMING.has(m.zone) && WORD_BEFORE.test(before)) return false;
    return true;
  });
  const department = readDepartment(text, zones, mentions);
  const word = department?.word ?? selfWord(text);
  const weightOf = (m: Mention) => (m.qualifier ? 0.5 : 1) * ZONE_WEIGHT[m.zone];
  // how many counted mentions name each division (a shared name's own other readings name no parent:
  // 吉林 as 吉林市 is not resolved by 吉林 as 吉林省)
  const direct = new Map<string, number>();
  for (const m of counted) for (const r of m.refs) direct.set(r.division.code, (direct.get(r.division.code) ?? 0) + 1);

  // the divisions above a division the text names by a name no other has (a county whose town it names)
  const namedAbove = new Set<string>();
  for (const m of counted) {
    if (m.refs.length !== 1) continue;
    for (let p = m.refs[0]!.division.parent; p && !namedAbove.has(p.code); p = p.parent) namedAbove.add(p.code);
  }
  // 3. weigh; a shared name goes to the divisions whose parent the text names
  const cands = new Map<string, Candidate>();
  // the readings of a name with a parent named, once per name (a name repeated a thousand times is resolved once)
  const resolved = new Map<NameRef[], NameRef[]>();
  for (const m of counted) {
    let refs = m.refs;
    if (refs.length > 1) {
      const all = refs;
      let kept = resolved.get(all);
      if (!kept) {
        const named = (code: string): boolean => {
          const n = direct.get(code) ?? 0;
          return n > 1 || (n === 1 && !all.some((r) => r.division.code === code));
        };
        const withParent = all.filter((r) => ancestorsNamed(r.division, named));
        // …or, when no parent is named, by the towns and streets of one of them the text names (鼓楼区 whose 鼓东街道 it names)
        const withChild = withParent.length > 0 ? [] : all.filter((r) => namedAbove.has(r.division.code));
        kept = withParent.length > 0 ? withParent : withChild.length > 0 ? withChild : all;
        resolved.set(all, kept);
      }
      refs = kept;
    }
    // a stem is a weaker reading than a full name; the subject of the sentence that opens with
    // the year (2023年,热市镇坚持…) names the report as a signature does, more than the rest of the opening
    // (and a name that starts a title line is the headline's subject: 某县多措并举… outweighs the
    // city of a source line and a passing mention, 来源:某市司法局 …位居某市前列)
    const subjectOf = m.zone === "opening" && isSubject(m) ? ZONE_WEIGHT.signature / ZONE_WEIGHT.opening : m.zone === "title" && titleStarts.has(m.start) ? 1.5 : 1;
    const w = (weightOf(m) * subjectOf * (refs.every((r) => !r.full) ? 0.6 : 1)) / refs.length;
    for (const r of refs) {
      const d = r.division;
      let c = cands.get(d.code);
      if (!c) {
        c = { division: d, score: 0, best: m.zone, surface: asWritten(m.text, d), surfaceFull: r.full, at: m.start, body: 0 };
        cands.set(d.code, c);
      } else if (ZONE_WEIGHT[m.zone] > ZONE_WEIGHT[c.best] || (ZONE_WEIGHT[m.zone] === ZONE_WEIGHT[c.best] && r.full && !c.surfaceFull)) {
        [c.best, c.surface, c.surfaceFull, c.at] = [m.zone, asWritten(m.text, d), r.full, m.start];
      }
      if (isSubject(m)) c.subject = true;
      // the body's mentions add up only so far: one title outweighs any number of them
      // …and so do the opening's, past the first: a neighbour named over and over in the first
      // paragraph (与某县协作, 学习某县做法) never outweighs the report's own signature
      const again = m.zone === "opening" && c.opened;
      if (m.zone === "opening") c.opened = true;
      const add = (again ? (w * ZONE_WEIGHT.body) / ZONE_WEIGHT.opening : w) * (fits(d, word) ? 3 : 1);
      if (m.zone === "body" || again) {
        const room = Math.max(0, BODY_CAP * (fits(d, word) ? 3 : 1) - c.body);
        c.body += Math.min(add, room);
        c.score += Math.min(add, room);
      } else c.score += add;
    }
  }
  // at equal weight, the division of the level the report calls itself (我县 → a county) comes first,
  // then the one named where the report names itself
  const fitsWord = (c: Candidate): number => (fits(c.division, word) ? 1 : 0);
  // (pushed into a literal, not mapped: a mapped array's shape differs when it is empty, which sends the optimised code back)
  const ranked: { c: Candidate; s: number }[] = [];
  for (const c of cands.values()) ranked.push({ c, s: c.score });
  ranked.sort((a, b) => b.s - a.s || fitsWord(b.c) - fitsWord(a.c) || ZONE_WEIGHT[b.c.best] - ZONE_WEIGHT[a.c.best] || a.c.at - b.c.at);
  return { ranked, cands, word, department };
}

/** A name as the report wrote it: the traditional→simplified pass made 乾县 干县; the region is 乾县. */
function asWritten(text: string, d: Division): string {
  return text !== d.name && asConverted(d.name) === text ? d.name : text;
}

function hasAncestorIn(d: Division, codes: Set<string>): boolean {
  for (let p = d.parent; p; p = p.parent) if (codes.has(p.code)) return true;
  return false;
}

function ancestorsNamed(d: Division, named: (code: string) => boolean): boolean {
  for (let p = d.parent; p; p = p.parent) if (named(p.code)) return true;
  return false;
}

export function readReporter(text: string): Reporter {
  const { ranked, cands, word, department } = rankDivisions(text);
  let top = ranked[0] ?? null;
  if (department?.place) {
    // the department's own place: 金华市教育局 → 金华市
    const d = department.place;
    const c = cands.get(d.code) ?? { division: d, score: ZONE_WEIGHT.title, best: "title" as Zone, surface: asWritten(department.placeText, d), surfaceFull: true, at: department.at, body: 0 };
    top = { c, s: Infinity };
  } else if (top) {
    // a division named where the report names itself, inside the top one and at the report's level, speaks for it
    const outer = top.c.division;
    const inner = ranked.find(({ c }) => isAncestor(outer, c.division) && SELF_NAMING.has(c.best) && fits(c.division, word) && c.score >= ZONE_WEIGHT.label);
    // a page published on its parent's site (来源:某区人民政府) whose opening's subject is a town
    // or street of that parent (2023年,江北街道坚持…): the town reports; so does a county-level
    // city that opens its report (2023年,长葛市坚持…) and speaks as 我市 where its prefecture is named more
    const subject = ranked.find(({ c }) => isAncestor(outer, c.division) && c.subject && (c.division.level === "乡镇街道" || fits(c.division, word)));
    if (inner) top = inner;
    else if (subject) top = subject;
  }
  // a town or street that names itself where a report does (its title, 现将〈…〉, the opening's
  // subject) but that the gazetteer does not list under the county the rest of the text names
  // (a town renamed or merged since the gazetteer's data): the town reports, with no code
  // (so does a new district named so, under the prefecture the body names: 某某新区2023年…)
  if (top && top.s !== Infinity && !department && top.c.division.level !== "乡镇街道" && ["label", "opening", "body"].includes(top.c.best)) {
    const u = unlistedName(text, word);
    const rank: Record<DivisionLevel, number> = { 省: 0, 市: 1, 县: 2, 乡镇街道: 3 };
    if (u && rank[levelOfName(u)] > rank[top.c.division.level]) {
      const refs = gazetteer().byName.get(u) ?? [];
      const outer = top.c.division;
      const under = refs.filter((r) => isAncestor(outer, r.division));
      // the top one itself, or a place above it, in the shape of a name (许昌市 as the opening's subject) is no other place
      const itself = refs.some((r) => r.division === outer || isAncestor(r.division, outer));
      if (!itself && under.length === 1) {
        const d = under[0]!.division;
        const c = cands.get(d.code) ?? { division: d, score: top.s, best: "opening" as Zone, surface: u, surfaceFull: true, at: top.c.at, body: 0 };
        top = { c, s: Math.max(c.score, top.s) };
      } else if (!itself && under.length === 0) {
        return {
          region: u,
          divisionCode: null,
          level: levelOfName(u),
          confidence: 0.4,
          department: null,
          note: `${u} 不在行政区划表中(文中所在地为 ${outer.name} ${outer.code}):请核对地区并填写区划代码`,
        };
      }
    }
  }
  // a list of places of one parent, none of them where the report names itself and none outweighing
  // the others (青秀区、兴宁区、西乡塘区诉求量居前; 对延长县、宜川县的企业开展检查), speaks for their
  // parent when the text names it or speaks at its level (全市, 全省, 市生态环境局)
  let fromList = false;
  if (top && top.s !== Infinity && !SELF_NAMING.has(top.c.best) && !fits(top.c.division, word)) {
    const t = top;
    for (let a = t.c.division.parent; a; a = a.parent) {
      const under = ranked.filter(({ c, s }) => isAncestor(a!, c.division) && !SELF_NAMING.has(c.best) && s * 2 >= t.s);
      const others = under.filter(({ c }) => c !== t.c && !isAncestor(t.c.division, c.division) && !isAncestor(c.division, t.c.division));
      if (others.length === 0) continue;
      const named = cands.get(a.code);
      if (named || fits(a, word)) {
        const c: Candidate = named ?? { division: a, score: t.s, best: "body", surface: a.name, surfaceFull: true, at: t.c.at, body: 0 };
        top = { c, s: Math.max(c.score, t.s) };
        fromList = true;
      }
      break;
    }
  }
  // a name counted once in the body speaks for the report only when no other division competes
  // with it, and not when it names a province's document (《广东省…条例》 is the province's law,
  // where 《某县…实施方案》 is the report's own plan)
  // (another reading of the same shared name is no competitor: which of them it is, is said below; unless the text
  // speaks at another level, even once, and names it only in passing: 全县…。其中,城关镇调解纠纷512件)
  const spoken = top ? selfWord(text, 1) : null;
  const itself = (c: Candidate) => top !== null && c.surface === top.c.surface && (top.c.subject === true || spoken === null || fits(top.c.division, spoken));
  const second = ranked.find(({ c }) => top && c !== top.c && !itself(c) && !isAncestor(c.division, top.c.division));
  if (
    top &&
    top.s !== Infinity &&
    !fromList &&
    top.c.score < 2 &&
    !SELF_NAMING.has(top.c.best) &&
    !fits(top.c.division, word) &&
    (second || (top.c.division.level === "省" && inTitleMarks(text, top.c.at)) || unlistedName(text, word))
  )
    top = null;

  // as written: 干县公安局 (the traditional→simplified pass's) is 乾县公安局
  const place = department?.place;
  const dept = department ? (place && department.name.startsWith(department.placeText) ? asWritten(department.placeText, place) + department.name.slice(department.placeText.length) : department.name) : null;
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
          ? `${department.placeText} 是多个行政区划共用的名称,文中未写明上级:请核对地区`
          : `${department.placeText} 不在行政区划表中:请核对地区并填写区划代码`,
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
        note: `${unlisted} 不在行政区划表中:请核对地区并填写区划代码`,
      };
    }
    return {
      region: null,
      divisionCode: null,
      level: dept ? "部门" : null,
      confidence: 0,
      department: dept,
      note: "报告未写明所属行政区划:请填写地区",
    };
  }
  let chosen = top.c;
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
        // (a county's stem before the zone's name is the zone's own name, no place it lies in: 东湖新技术开发区 is Wuhan's,
        // not in Nanchang's 东湖区; a city's stem is where it lies, 武汉东湖新技术开发区)
        note: chosen.surfaceFull || chosen.division.level !== "县"
          ? `${chosen.surface + zone[0]} 不在行政区划表中(所在地为 ${chosen.division.name} ${chosen.division.code}):请核对区划代码`
          : `${chosen.surface + zone[0]} 不在行政区划表中:请核对地区并填写区划代码`,
      };
    }
  }
  // a town the gazetteer does not list, right after its county where the report names itself: 某县新设镇人民政府
  if (SELF_NAMING.has(chosen.best) && (chosen.division.level === "县" || chosen.division.level === "市")) {
    const town = text.slice(chosen.at + chosen.surface.length, chosen.at + chosen.surface.length + 16).match(TOWN_AFTER);
    const listed = town ? (gazetteer().byName.get(town[1]!) ?? []).some((r) => isAncestor(chosen.division, r.division)) : true;
    if (town && !listed && nameShaped(town[1])) {
      const region = chosen.surface + town[1]!;
      return {
        region,
        divisionCode: null,
        level: dept ? "部门" : "乡镇街道",
        confidence: 0.6,
        department: dept,
        note: `${region} 不在行政区划表中(所在地为 ${chosen.division.name} ${chosen.division.code}):请核对区划代码`,
      };
    }
  }
  // a stem written with a level word other than its division's (会理县 where the gazetteer has 会理市:
  // renamed since the report, or another place): the name as written, with no code and a note
  // (so is a longer name that starts with the stem: 石门坎县, 金沙湾区, 石渠镇 where the gazetteer has 石门县, 金沙县, 石渠县)
  if (!chosen.surfaceFull && (chosen.division.level === "县" || chosen.division.level === "市")) {
    const lv = text.slice(chosen.at + chosen.surface.length, chosen.at + chosen.surface.length + 6).match(RELEVEL);
    const more = lv?.[1] ?? "";
    const other = lv && (more ? nameShaped(chosen.surface + more + lv[2]!) && !gazetteer().byName.has(more + lv[2]!) : !chosen.division.name.endsWith(lv[2]!));
    if (lv && other) {
      const region = chosen.surface + more + lv[2]!;
      return {
        region,
        divisionCode: null,
        level: dept ? "部门" : levelOfName(region) === "乡镇街道" ? "乡镇街道" : "县",
        confidence: 0.5,
        department: dept,
        note: `${region} 不在行政区划表中(表中有 ${chosen.division.name} ${chosen.division.code},或为其今名):请核对地区并填写区划代码`,
      };
    }
  }
  // a shared name with no parent in the text: as many candidates, equally weighed
  const tied = ranked.filter(({ c, s }) => c !== chosen && c.surface === chosen.surface && Math.abs(s - top!.s) < 1e-9);
  // a stem shared by divisions of different levels (吉林: the province and its city) goes to the one
  // of the level the text speaks at, however seldom (全省, 省司法厅 once)
  const readings = [chosen, ...tied.map((t) => t.c)];
  const weak = tied.length > 0 && new Set(readings.map((c) => c.division.level)).size === readings.length ? (spoken ?? selfWord(text, 1)) : null;
  const byWord = readings.filter((c) => fits(c.division, weak));
  if (byWord.length === 1) chosen = byWord[0]!;
  else if (tied.length > 0) {
    const where = [chosen, ...tied.map((t) => t.c)].map((c) => c.division.parent?.name ?? "").filter(Boolean).slice(0, 4).join("、");
    return {
      region: chosen.surfaceFull ? chosen.surface : chosen.division.name,
      divisionCode: null,
      level: dept ? "部门" : chosen.division.level,
      confidence: 0.5,
      department: dept,
      note: `${chosen.surface} 是多个行政区划共用的名称(${where}),文中未写明上级:请核对地区`,
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

