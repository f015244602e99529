/**
 * Report metadata: region (as the report names itself), year (the period
 * covered), published (ISO date) and issuer. Read from the clean text.
 */
import type { Meta } from "./types";

// 州 alone is left out: 郑州, 通州, 苏州 are names that go on (郑州高新区, 通州区)
const PLACE = "[\\u4e00-\\u9fa5]{1,12}?(?:自治县|自治州|自治旗|新区|高新区|开发区|省|市|区|县|旗|镇|乡|街道)";
const NOT_PLACE = /^(?:全|我|本|该|各|市|区|县|镇|乡|省|在|对|将|以|为|从|于|年|度)/;

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

function isoDate(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

export function readYear(text: string): number | null {
  // 二〇二三年 → 2023年
  const head = text.slice(0, 1500).replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (m) => [...m].map((c) => CN_DIGITS[c]).join(""));
  const PLAN_AFTER = /^(?:度)?(?:工作计划|计划|工作要点|要点|工作打算|工作安排)/;
  // 1. a title among the first lines: 〈…〉2023年(度)法治政府建设情况报告
  const lines = head.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const l of lines) {
    if (l.length > 80) continue;
    const m = l.match(/((?:19|20)\d{2})年(度)?(?=[^\n]{0,30}(?:法治|依法行政|报告|工作情况|工作总结))/);
    if (m && !PLAN_AFTER.test(l.slice(m.index! + 5))) return Number(m[1]);
  }
  // 2. the opening: 2023年,…
  const open = head.match(/(?:^|\n)[^\n]{0,40}?((?:19|20)\d{2})年[,,]/);
  if (open) return Number(open[1]);
  // 3. otherwise the year the first part of the text names most, by weight
  const score = new Map<number, number>();
  const add = (y: number, w: number) => score.set(y, (score.get(y) ?? 0) + w);
  const PLAN = /^(?:工作计划|计划|工作要点|要点|工作打算|工作安排|主要任务|工作思路|重点工作)/;
  for (const m of head.matchAll(/((?:19|20)\d{2})年(度)?/g)) {
    const y = Number(m[1]);
    const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (PLAN.test(after) || /^\d/.test(after)) continue;
    const before = head.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[-—~至]$/.test(before)) continue; // 2021—2025年: a plan's span
    let w = 1;
    if (m[2] === "度") w = 3;
    if (/^[,,]/.test(after)) w = 3;
    if (/^以来/.test(after)) w = 2;
    if (/^(?:法治|推进|工作|全面|依法)/.test(after)) w = Math.max(w, 2);
    add(y, w);
  }
  let best: number | null = null;
  let bestW = 0;
  for (const [y, w] of score) if (w > bestW || (w === bestW && best !== null && y < best)) [best, bestW] = [y, w];
  return best;
}

/** The text's lines, trimmed: all of them, and the non-blank ones. Split once per report. */
interface Lines {
  all: string[];
  nonBlank: string[];
}
function linesOf(text: string): Lines {
  const all = text.split("\n").map((l) => l.trim());
  return { all, nonBlank: all.filter(Boolean) };
}

export function readPublished(text: string, ls: Lines = linesOf(text)): string | null {
  const labelled = text.match(/(?:发布日期|发布时间|发文日期|成文日期|日期)\s*[::]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  if (labelled) return isoDate(labelled[1]!, labelled[2]!, labelled[3]!);
  const lines = ls.all;
  // a date alone on a line near the top (a page's date, or a signature put under the title)
  for (const l of lines.slice(0, 12)) {
    const m = l.match(/^((?:19|20)\d{2})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?$/);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const m = lines[i]!.match(/^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  return null;
}

export function readIssuer(text: string, ls: Lines = linesOf(text)): string | null {
  const m = text.match(/(?:发布机构|发文机关|信息来源|来源)\s*[::]\s*([\u4e00-\u9fa5()]{2,24})/);
  // a web page runs the next label on: 区司法局浏览次数 → 区司法局
  if (m) return m[1]!.replace(/(?:浏览|访问|点击|阅读|字号|发布|分享|打印|责任编辑).*$/, "") || null;
  const lines = ls.nonBlank;
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - 8); i--) {
    if (/^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(lines[i]!)) {
      const prev = lines[i - 1]!;
      if (/^[\u4e00-\u9fa5]{2,30}(?:政府|委员会|局|委|办公室|管委会|街道办事处|司法局)$/.test(prev)) return prev;
    }
  }
  return null;
}

export function readRegion(text: string, ls: Lines = linesOf(text)): string | null {
  const lines = ls.nonBlank;
  const ok = (r: string | undefined): r is string => !!r && !NOT_PLACE.test(r) && r.length >= 2 && !/[我全本该各]|现将|关于/.test(r);
  // 1. a title: 〈place〉[department]20XX年(度)…报告 / 〈place〉人民政府关于…
  for (const l of lines.slice(0, 12)) {
    const afterAbout = l.replace(/^.*?关于/, "");
    const t = afterAbout.match(new RegExp(`^(${PLACE})(?:[\\u4e00-\\u9fa5]{1,10}?(?:人民政府|政府|委员会|局|委|办))?(?:19|20)\\d{2}年`));
    if (t && ok(t[1])) return t[1]!;
    const g = l.match(new RegExp(`^(${PLACE})(?:人民政府|政府)关于`));
    if (g && ok(g[1])) return g[1]!;
  }
  // 2. the opening sentence: 20XX年,(在…领导下,)〈place〉…
  const open = text.match(
    new RegExp(`(?:(?:19|20)\\d{2}年度?|一年来|今年以来)[,,]\\s*(?:在[^,。]{0,40}?下[,,]\\s*){0,2}(${PLACE})`),
  );
  if (open && ok(open[1])) return open[1]!;
  // 3. 现将〈place〉20XX年…
  const now = text.match(new RegExp(`现将(${PLACE})(?:19|20)\\d{2}年`));
  if (now && ok(now[1])) return now[1]!;
  // 4. a signature line: 〈place〉人民政府
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 8); i--) {
    const s = lines[i]!.match(new RegExp(`^(${PLACE})(?:人民政府|委员会)$`));
    if (s && ok(s[1])) return s[1]!;
  }
  // 5. the place the report calls itself most often, at the level it speaks of (我县/全区 …)
  const level = selfLevel(text);
  if (level) {
    const counts = new Map<string, number>();
    // a name that stands as the subject of a plan, a committee, a government: 《高台县法治…》, 苏州市卫生健康委
    const re = new RegExp(
      `(?<=^|[《“"(,。、;:\\s年])([\\u4e00-\\u9fa5]{2,7}?(?:自治${level}|${level}))(?=人民政府|政府|党委|委员会|法治|社会|司法|卫生|“|"|(?:19|20)\\d\\d|重大|行政|全面)`,
      "g",
    );
    for (const m of text.matchAll(re)) {
      const r = m[1]!;
      if (!ok(r) || /[的个和与及了全我本各该在对将为是有]|开展|建设|加强|推进|实施|落实|关于/.test(r)) continue;
      counts.set(r, (counts.get(r) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  }
  return null;
}

/** 我县/全县/本县 … : which level of place the report speaks for. */
function selfLevel(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[我全本]([省市区县镇乡旗])/g)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

export function readMeta(text: string): Meta {
  const ls = linesOf(text);
  const published = readPublished(text, ls);
  let year = readYear(text);
  if (year === null && published) year = Number(published.slice(0, 4)) - 1;
  return { region: readRegion(text, ls), year, published, issuer: readIssuer(text, ls) };
}
