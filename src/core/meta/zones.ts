/**
 * Where a report names itself: its title (the short lines right before the body's first
 * sentence), 现将/现公布〈…〉, a source or publisher line, the signature above its date, the
 * opening sentence and its subject (2023年,〈name〉…); everything else is body. And the level
 * word it speaks with (我县, 全区).
 */
import { CN_YEAR_DIGITS, flatTitleSpan, otherTitles } from "./year";

/** `listed`: another report's title in a list of them above the body (a site's 热点推荐), which names no one of this report. */
export type Zone = "title" | "intro" | "label" | "signature" | "opening" | "body" | "listed";
export const ZONE_WEIGHT: Record<Zone, number> = { title: 10, intro: 10, signature: 8, label: 6, opening: 5, body: 1, listed: 0 };
/** Zones where a report names itself: bare stems and two-character names count only here. */
export const SELF_NAMING = new Set<Zone>(["title", "intro", "label", "signature"]);

// Lines of page furniture: navigation, counters, sharing, accessibility.
const FURNITURE = /首页|当前位置|您的位置|浏览|字号|打印|分享|登录|无障碍|English|繁体|导航|搜索|扫一扫|二维码|微信|微博|责编|编辑|关闭窗口|索引号|发文字号|发布时间|发布日期|更新时间|作者[::]|点击数|阅读数/;
/** A site's navigation line: 首页 > 政务公开 > …, 当前位置: … */
const NAVIGATION = /首页|当前位置|您的位置|您现在的位置|>[^>\n]{1,20}>/;
/** A site's or an organ's name on its own (a page's header): 常德市人民政府门户网站, 某县人民政府. */
const SITE_OR_ORGAN = /(?:人民政府|政府|门户网站|网站|政府网|局|委员会|办公室|人民法院|人民检察院)$/;
const LABEL_LINE = /^(?:来源|发布机构|发文机关|发布单位|信息来源|文章来源|文稿来源|稿件来源)\s*[::]/;
const LABEL = /(?:来源|发布机构|发文机关|发布单位|信息来源|文章来源|文稿来源|稿件来源|主办单位|网站主办单位|供稿单位|承办单位|索引号所属单位)\s*[::]\s*/g;
/** A date alone on a line: 2024年1月10日, 二〇二四年一月十日 (二○二四年…), 2024-01-10; or its month alone (2024年1月, 2024年元月). */
const SIGNATURE_DATE = new RegExp(
  `^(?:(?:19|20)\\d{2}年(?:\\d{1,2}|元)月(?:\\d{1,2}日)?|[${CN_YEAR_DIGITS}]{4}年[一二三四五六七八九十元]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2})$`,
);
/** An organ's name and a date, alone on a line (the signature written on one line). */
const SIGNED_LINE = new RegExp(
  `^([\\u4e00-\\u9fa5()]{2,30}?(?:人民政府|政府|委员会|办公室|办事处|管委会|管理委员会|局|厅|委|院))\\s*(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[${CN_YEAR_DIGITS}]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$`,
);
const INTRO = /(?:现将|现予|现公布|现公开|现就|特此报告|根据)/g;
const SELF_PHRASE = /(请与|本(?:年度)?报告由)([\u4e00-\u9fa5]{2,30}?)(?=联系|编制|负责编制)/g;

/** The zones of the text, as [start, end, zone] ranges. */
/** The last text's zones: who reported and what the report calls itself both read them (one report at a time). */
let lastText: string | null = null;
let lastZones: [number, number, Zone][] = [];

export function zonesOf(text: string): [number, number, Zone][] {
  if (text !== lastText) {
    lastZones = computeZones(text);
    lastText = text;
  }
  return lastZones;
}

function computeZones(text: string): [number, number, Zone][] {
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
  // (a long line of links or places with no full stop and no comma, 首页 政务公开 … or 武陵区 鼎城区 … run
  // together, is furniture, not the body)
  let firstBody = lines.slice(0, 40).findIndex((l) => /。/.test(l.text) || (l.text.length > 80 && /[,;、]/.test(l.text) && !FURNITURE.test(l.text) && !NAVIGATION.test(l.text)));
  const before = firstBody < 0 ? lines.slice(0, 14) : lines.slice(0, firstBody);
  const titleLines = before.filter(
    // page furniture, a list (东城区 西城区 朝阳区 | …), the addressee of a report (区委全面依法治区委员会:)
    // and a source line (来源:某某日报, a label) are no title
    (l) => !FURNITURE.test(l.text) && l.text.length >= 4 && !/[::]$/.test(l.text) && (l.text.match(/[\s|｜·/>»]+/g) ?? []).length < 2 && !LABEL_LINE.test(l.text),
  );
  // a site's name above its navigation (常德市人民政府门户网站 / 首页 > 区县动态 / 〈title〉) is the
  // publisher, not the title: the title is below the navigation
  const nav = before.findLastIndex((l) => NAVIGATION.test(l.text));
  const header = nav < 0 ? [] : before.slice(0, nav).filter((l) => titleLines.includes(l) && l.text.length <= 30 && SITE_OR_ORGAN.test(l.text));
  for (const l of header) zones.push([l.start, l.end, "label"]);
  // (a list of reports' titles above the body, 热点推荐 / …2022年…报告 / …2021年…报告, is a site's, no title)
  const others = otherTitles(titleLines, (l) => l.text, firstBody < 0 ? "" : lines[firstBody]!.text);
  for (const l of titleLines.filter((l) => !header.includes(l) && !others.has(l)).slice(-3)) zones.push([l.start, l.end, "title"]);
  for (const l of others) zones.push([l.start, l.end, "listed"]);
  // (a page flattened to one line has its title run in with the rest: 濉溪县2023年…报告 发布时间:… 2023年,濉溪县…)
  const flat = flatTitleSpan(text);
  if (flat) zones.push([flat[0], flat[1], "title"]);
  if (firstBody < 0) firstBody = lines.findIndex((l) => /。/.test(l.text));
  if (firstBody >= 0) {
    const l = lines[firstBody]!;
    zones.push([l.start, Math.min(l.end, l.start + 200), "opening"]);
    // …and a name that starts a sentence of it is its subject too (2025年是…之年。大河乡始终坚持…)
    zones.push([l.start, l.start, "opening"]);
    for (let i = text.indexOf("。", l.start); i >= 0 && i + 1 < Math.min(l.end, l.start + 300); i = text.indexOf("。", i + 1)) zones.push([i + 1, i + 1, "opening"]);
  }
  // the subject of a sentence that opens with the year: 2023年,(在…下,)〈下蜀镇〉坚持…
  //  (or after 按照/根据〈…〉的部署要求, and after up to three such clauses: 在区委的领导下,在…的指导下,〈三都镇〉…)
  for (const m of text.slice(0, 3000).matchAll(/(?:(?:19|20)\d{2}年度?(?:以来)?|今年以来|一年来|过去一年)[,,]\s*(?:(?:在[^,。\n]{0,40}?下|(?:按照|根据|遵照)[^,。\n《]{0,40}?(?:部署|要求|安排))[,,]\s*){0,3}/g)) {
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
  // a disclosure report's set phrases name its own office: 请与某区某乡人民政府联系, 本报告由某县人民政府办公室编制
  for (const m of text.slice(0, 6000).matchAll(SELF_PHRASE)) zones.push([m.index! + m[1]!.length, m.index! + m[1]!.length + m[2]!.length, "intro"]);
  for (const m of text.matchAll(LABEL)) {
    const s = m.index! + m[0].length;
    const rest = text.slice(s, s + 40);
    const end = rest.search(/\s|\n|$/);
    zones.push([s, s + (end < 0 ? rest.length : end), "label"]);
  }
  // signature: the short lines right above a date near the end (a page's footer, with the
  // site owner's name and address, has no date under it)
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - 10); i--) {
    const l = lines[i]!;
    if (SIGNATURE_DATE.test(l.text)) {
      for (const s of lines.slice(Math.max(0, i - 2), i)) if (s.text.length <= 40 && !/。/.test(s.text)) zones.push([s.start, s.end, "signature"]);
      continue;
    }
    // an organ and its date on one line: 某县人民政府 2024年1月10日
    const one = l.text.length <= 50 ? l.text.match(SIGNED_LINE) : null;
    if (one) zones.push([l.start, l.start + one[1]!.length, "signature"]);
  }
  return zones;
}

export function zoneAt(zones: [number, number, Zone][], start: number, end: number): Zone {
  let best: Zone = "body";
  for (const [s, e, z] of zones) {
    if (!(start >= s && (end <= e || start === e))) continue;
    if (z === "listed") return z;
    if (ZONE_WEIGHT[z] > ZONE_WEIGHT[best]) best = z;
  }
  return best;
}

/**
 * 我县/本县/该县 (and, weaker, 全县 …): the level word the report speaks with, when it uses one
 * often enough (a 全省 inside an award's name is not a province speaking); `min` lower only to
 * tell apart readings of one name of different levels (吉林: the province or its city).
 */
export function selfWord(text: string, min = 3): string | null {
  const counts = new Map<string, number>();
  // 该县 is how a news item speaks of the place it reports on, as 我县 is how a report speaks of itself
  for (const m of text.matchAll(/([我全本该])(街道|[省市州盟区县旗镇乡])/g)) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + (m[1] === "全" ? 1 : 2));
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= min ? best[0] : null;
}

/** Whether the position stands inside 《…》 (the name of a document). */
export function inTitleMarks(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

