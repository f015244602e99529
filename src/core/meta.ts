/**
 * Report metadata: region (as the report names itself, recognised against the gazetteer),
 * its division code, level and how sure the reading is (meta/region.ts), year (the period
 * covered, meta/year.ts), published (ISO date) and issuer. Read from the clean text.
 */
import { readReporter } from "./meta/region";
import { CN_YEAR_DIGITS, partYearFromPublished, readYear } from "./meta/year";
import { selfWord, zonesOf } from "./meta/zones";
import type { Meta } from "./types";

export { readYear } from "./meta/year";
export { readReporter } from "./meta/region";

function pad(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

function isoDate(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
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

const CN_NUM: Record<string, number> = { 〇: 0, 零: 0, "○": 0, Ｏ: 0, O: 0, "0": 0, "０": 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 → 1, 十 → 10, 十二 → 12, 二十一 → 21, 三十 → 30. */
function cnNumber(s: string): number {
  const [tens, ones] = s.includes("十") ? s.split("十") : ["", s];
  return (s.includes("十") ? (tens ? CN_NUM[tens]! : 1) * 10 : 0) + (ones ? CN_NUM[ones]! : 0);
}
/** A signature dated in words (二〇二四年一月十日, 二○二四年一月十日) read as 2024年1月10日; any other line as it is. */
const WORD_DATE = new RegExp(`^([${CN_YEAR_DIGITS}]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$`);
function arabicDate(line: string): string {
  const m = line.match(WORD_DATE);
  if (!m) return line;
  return `${[...m[1]!].map((c) => CN_NUM[c]).join("")}年${cnNumber(m[2]!)}月${cnNumber(m[3]!)}日`;
}

const DATE_AT = "((?:19|20)\\d{2})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?";
const TIME_OF_DAY = "\\d{1,2}:\\d{2}(?::\\d{2})?";
/** An organ that signs or publishes: 某县人民政府, 某区人民政府办公室, 某镇人民政府, 某局. */
const SIGNER = "[\\u4e00-\\u9fa5]{2,30}(?:政府|委员会|办公室|办事处|管委会|局|厅|委|院)";
const TOP_DATE = new RegExp(
  `^[((]?(?:${SIGNER}\\s*)?${DATE_AT}(?:\\s*${TIME_OF_DAY})?(?:[))]?$|\\s*(?:来源|信息来源|文章来源|作者|编辑|责编|责任编辑|浏览|点击|阅读|字号|【)|\\s*${SIGNER}$)`,
);
/** Any full date on a line (2024-03-12, 2024年3月12日, 2024.03.12), not inside a longer number. */
const DATE_ANY = new RegExp(`(?<![\\d.])${DATE_AT}(?![\\d])`, "g");
const STAMP = new RegExp(`(?<![\\d.])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})\\s*${TIME_OF_DAY}`);
const END_DATE = new RegExp(`^(?:《[^》\\n]{1,20}》\\s*|[((]?${SIGNER}\\s*)?((?:19|20)\\d{2})(?:年(\\d{1,2})月(\\d{1,2})日|[.](\\d{1,2})[.](\\d{1,2}))[))]?(?:\\s*第[\\d一二三四五六七八九十]{1,3}版)?$`);

export function readPublished(text: string, ls: Lines = linesOf(text)): string | null {
  const labelled = text.match(/(?:发布日期|发布时间|发文日期|成文日期|日期)\s*[::]\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  if (labelled) return isoDate(labelled[1]!, labelled[2]!, labelled[3]!);
  const lines = ls.all.map(arabicDate);
  // a date alone on a line near the top (a page's date, or a signature put under the title), maybe with its time (2024-01-29 09:09)
  // or with the page's other labels after it (2024-03-02 来源:某某日报, 2024年3月2日 09:10 浏览次数:35), or its organ
  // before or after it, maybe in brackets ((某镇人民政府 2025年1月10日), 2024-03-08 某区人民政府办公室, (2024年1月29日))
  const top = lines.slice(0, 12);
  for (const l of top) {
    const m = l.match(TOP_DATE);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  // a page's stamp: a date with its time of day anywhere on a line near the top (www.… 2023-03-27 16:05:12 来源:…,
  // 某区司法局 某某发布 2024-01-30 18:02 发表于…), not a span (…至2023-12-31 24:00)
  for (const l of top) {
    const m = /至|到|截/.test(l) ? null : l.match(STAMP);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
  }
  // a page's header line with one date among its labels, above the body (作者:王明 2024-03-12, [2024-03-12],
  // 2024年3月12日 星期二, 发表于 2024-03-12, 2024.03.12 | 来源:…): no sentence, no span
  for (const l of top) {
    if (l.includes("。")) break;
    if (l.length > 80 || l.includes(",") || /至|到|截|—|~/.test(l)) continue;
    const all = [...l.matchAll(DATE_ANY)];
    if (all.length === 1) {
      const m = all[0]!;
      const iso = isoDate(m[1]!, m[2]!, m[3]!);
      if (iso) return iso;
    }
  }
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    // a date alone on a line (2024年1月10日, 2024.1.26), or after the signing organ on the same line
    // (某县人民政府 2024年1月10日), or a newspaper's page line (《某某日报》2024年1月16日 第2版)
    const m = lines[i]!.match(END_DATE);
    if (m) return isoDate(m[1]!, (m[2] ?? m[4])!, (m[3] ?? m[5])!);
  }
  // a news page's source line with its date: 来源:某某日报 2024-02-10, 时间:2023-01-30
  // (not a period: 统计时间:2023年1月1日至…)
  const sourced = text.slice(0, 4000).match(/(?:来源|(?<!统计|起止|截止|办理|受理)时间)\s*[::][^\n]{0,40}?((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/);
  if (sourced) return isoDate(sourced[1]!, sourced[2]!, sourced[3]!);
  return null;
}

/** What an issuer's name ends with: an organ, a place's government, a newspaper or a site. */
const ORGAN = /^[\u4e00-\u9fa5()]{1,22}(?:政府|局|委|办|厅|院|中心|委员会|办公室|办事处|管委会|报|网|台|所|站|部|处|社|镇|乡|街道)$/;

export function readIssuer(text: string, ls: Lines = linesOf(text)): string | null {
  for (const m of text.slice(0, 4000).matchAll(/(?:发布机构|发文机关|信息来源|文章来源|来源)\s*[::]\s*([\u4e00-\u9fa5()]{2,24})/g)) {
    // a web page runs the next label on: 区司法局浏览次数 → 区司法局; 融媒体中心赵娟 (a reporter) is no organ
    const v = m[1]!.replace(/(?:浏览|访问|点击|阅读|字号|发布|分享|打印|责任编辑|责编|编辑|作者|记者|更新|时间|日期).*$/, "");
    if (ORGAN.test(v)) return v;
  }
  const lines = ls.nonBlank;
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - 8); i--) {
    if (/^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(arabicDate(lines[i]!))) {
      const prev = lines[i - 1]!;
      if (/^[\u4e00-\u9fa5]{2,30}(?:政府|委员会|局|委|办公室|管委会|街道办事处|司法局)$/.test(prev)) return prev;
    }
  }
  return null;
}

export function readMeta(text: string): Meta {
  const ls = linesOf(text);
  const published = readPublished(text, ls);
  const who = readReporter(text);
  let year = readYear(text, published, who.region);
  // a report on part of a year that writes no year covers that part of the year it was published (第一季度…, 1-6月…)
  if (year === null) year = partYearFromPublished(text, published);
  // an annual report signed early in a year covers the year before; one signed in its last
  // quarter (a year-end summary) covers that year
  if (year === null && published) year = Number(published.slice(0, 4)) - (Number(published.slice(5, 7)) >= 10 ? 0 : 1);
  const meta: Meta = {
    region: who.region,
    year,
    published,
    // a department that reports is its own issuer (县公安局 of 某县)
    issuer: who.department ?? readIssuer(text, ls),
    divisionCode: who.divisionCode,
    level: who.level,
    confidence: who.confidence,
  };
  if (who.note) meta.regionNote = who.note;
  return meta;
}

/** How a report speaks of itself: 我县, 本区, 我街道 (not 本级, one level only). */
const SELF_VOICE = /^[我本](?:街道|[省市州盟县区旗镇乡])/u;
export function speaksAsSelf(word: string): boolean {
  return SELF_VOICE.test(word);
}

/** The administrative ranks of the level words a body's name opens with (县政府, 全县, 市委). */
export const LEVEL_RANK: Readonly<Record<string, number>> = { 省: 4, 市: 3, 州: 3, 盟: 3, 县: 2, 区: 2, 旗: 2, 镇: 1, 乡: 1, 街: 1 };

/** The level a report speaks at: its rank, and the level word of its own name (溧阳市, a county-level city, says 全市). */
export interface OwnLevel {
  rank: number;
  word: string;
}

function ownLevel(text: string, meta: Pick<Meta, "region" | "level">): OwnLevel | undefined {
  const region = meta.region ?? "";
  const word = region.endsWith("街道") ? "街" : region.slice(-1);
  const byMeta: Record<string, number> = { 省: 4, 市: 3, 县: 2, 乡镇街道: 1 };
  const rank = (meta.level ? byMeta[meta.level] : undefined) ?? LEVEL_RANK[word];
  if (rank === undefined || LEVEL_RANK[word] === undefined) return undefined;
  // only where the text speaks at that level most (我镇, 全镇 of a town's report): a region read wrong must not make the
  // report's own 全县 a higher level's
  const spoken = selfWord(text, 1);
  return spoken !== null && (spoken === "街道" ? "街" : spoken) === word ? { rank, word } : undefined;
}

/**
 * What a report names itself by: its title lines (found past a web page's furniture), and its
 * region and issuer. A body word the title (or, with none, a reporting department's name) contains is the
 * report's own, wherever the page puts the title; a sub-unit's word the region or issuer contains too (a 街道's report speaks of 街道).
 */
export function ownName(text: string, meta: Pick<Meta, "region" | "issuer" | "level">): { title: string; names: string; level?: OwnLevel; department: boolean } {
  const lines = zonesOf(text)
    .filter(([, , z]) => z === "title")
    .map(([a, b]) => text.slice(a, b));
  // with no title, a department that reports (a court's own news item) names itself as the issuer
  if (!lines.length && meta.level === "部门" && meta.issuer) lines.push(meta.issuer);
  const title = lines.join(" ");
  return { title, names: [meta.region ?? "", meta.issuer ?? ""].filter(Boolean).join(" "), level: ownLevel(text, meta), department: meta.level === "部门" };
}
