/**
 * A department that reports (金华市教育局, 市人社局, 新野县人民法院, 区政府国资局), named
 * where a report names itself: at the start of its title, after 现将/现公布, as the subject
 * of its opening sentence, or in its signature, right after a place (or a level word).
 */
import { gazetteer, isAncestor, type Division } from "./gazetteer";
import type { Mention } from "./mentions";
import { GOVERNMENT, nameShaped, UNLISTED_AT } from "./unlisted";
import type { Zone } from "./zones";

/** A department named where a report names itself, right after a place or a level word. */
export const DEPT =
  /^(?:人民政府|政府)?((?:[\u4e00-\u9fa5]{2,14}?(?:局|厅|委员会|委|办公室))|(?:中级)?人民法院|人民检察院)(?=关于|[::\s(]|(?:19|20)\d\d|党组|法治|政府信息|共|认真|坚持|召开|全年|紧紧|紧扣|围绕|深入|全面|始终|着力|持续|扎实|聚焦|积极|严格|切实|在|以习近平|$)/;
const NOT_DEPT = /^委|^(?:党委|委员会|人大常委会|政协|常委会|人民代表大会常务委员会)$|[市县区州省旗]委$|政府$|办事处$|管委会|管理委员会|街道|镇|(?<!城)乡(?!村)/;
export interface DeptReading {
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

/** A title that a government reports under: 〈place〉人民政府(关于)2023年…, 〈place〉管委会2023年… */
const GOVERNMENT_TITLE = new RegExp(`^(?:关于)?[\\u4e00-\\u9fa5]{2,16}?(?:${GOVERNMENT})(?:关于)?(?:19|20)\\d\\d`, "u");

/** Where a department may stand as the one that reports: a title, 现将〈…〉, the opening (after its period), the signature. */
function deptAnchors(text: string, zones: [number, number, Zone][], at: Map<number, Mention>): number[] {
  const anchors: number[] = [];
  // …and the signature above the date (醴陵市司法局 / 2024年1月15日) of a report whose title names
  // no place (a county's report signed by its government's office is the county's)
  const titled = zones.some(([s, , z]) => z === "title" && (at.has(s) || nameShaped(text.slice(s, s + 14).match(UNLISTED_AT)?.[1])));
  // …and the publisher's label (发布机构:某县司法局) of a text that speaks as 我局
  const speaksAsBureau = /[我本]局/.test(text.slice(0, 3000));
  // (a title whose reporter is a government, 某县人民政府2023年…报告, names who reports: a bureau that opens a sentence of
  // the body, 市司法局全年办理…, is one it speaks of)
  const government = zones.some(([s, e, z]) => z === "title" && GOVERNMENT_TITLE.test(text.slice(s, e)));
  for (const [s, e, z] of zones) {
    if (z === "opening" && government) continue;
    if (z !== "title" && z !== "intro" && z !== "opening" && (z !== "signature" || titled) && (z !== "label" || titled || !speaksAsBureau)) continue;
    anchors.push(s);
    // 2024年第三季度,新野县人民法院…; 现将2023年度枣庄市教育局…; 4月3日,…
    const m = text.slice(s, e).match(/^(?:19|20)\d{2}年度?(?:第[一二三四]季度|上半年|下半年)?[,,]?/);
    if (m) anchors.push(s + m[0].length);
    // 关于某县司法局2023年…的报告
    if (z === "title" && text.startsWith("关于", s)) anchors.push(s + 2);
  }
  return [...new Set(anchors)].sort((x, y) => x - y);
}

export function readDepartment(text: string, zones: [number, number, Zone][], mentions: Mention[]): DeptReading | null {
  const at = new Map(mentions.map((m) => [m.start, m] as const));
  for (const a of deptAnchors(text, zones, at)) {
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
      // a level word, not the first character of a word (市场监管局 is no 市 + 场监管局; 区域, 县域, 市级)
      const w = text.slice(p, p + 2).match(/^(街道|[省市州盟区县旗])(?![场域级直属内外])/);
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
    // a city bureau's branch in one of its districts (广州市公安局天河区分局, 北京市公安局朝阳分局): the district's
    const district = place ? branchDistrict(d[1]!, place) : null;
    if (district) return { name: text.slice(a, p + d[0].length), place: district, placeText: district.name, at: a, word: district.name.slice(-1) };
    return { name: text.slice(a, p + d[0].length), place, placeText: placeText, at: a, word };
  }
  return null;
}

/** A bureau's branch named by a district: 〈公安局〉〈天河区〉分局, 〈规划和自然资源局〉〈南山〉管理局. */
const BRANCH = /^[\u4e00-\u9fa5]{1,12}?(?:局|委员会)([\u4e00-\u9fa5]{2,5}?)(?:分局|管理局)$/u;

/** What a branch's name may leave off its district's name (朝阳 分局 of 朝阳区, 浦东 分局 of 浦东新区). */
const DISTRICT_ENDS = ["区", "新区", "县", "市"];
/** The one district of `place` a branch's name names, by its name or its stem (朝阳 → 朝阳区), if any. */
function branchDistrict(dept: string, place: Division): Division | null {
  const m = BRANCH.exec(dept);
  if (!m) return null;
  const found = new Map<string, Division>();
  for (const name of [m[1]!, ...DISTRICT_ENDS.map((e) => m[1]! + e)])
    for (const r of gazetteer().byName.get(name) ?? []) if (r.division.level === "县" && isAncestor(place, r.division)) found.set(r.division.code, r.division);
  return found.size === 1 ? [...found.values()][0]! : null;
}
