/**
 * The year a report covers (not the year it was published), in order of trust:
 *   1. a statement of the period: 数据的统计期限为2022年1月1日至2022年12月31日;
 *   2. 现将/现公布〈…〉2023年(度)〈…〉报告 in the opening part;
 *   3. a meeting that reviews a year's work: 总结2021年…办理情况 → 2021;
 *   4. a title among the first lines: 〈…〉2023年(度)〈…〉 (not a plan, not a span 2021—2025年);
 *   5. a news item whose first sentence speaks of now (今年以来, 截至目前) takes the year of
 *      its own date (its first full date, or the publication date); 去年 the year before;
 *   6. the opening: 2023年,…;
 *   7. the year the first part of the text names most, by weight, when it plainly names one
 *      (2023年度, 2023年,); otherwise
 *   8. a news item about 近日/日前/昨天, or an event dated 9月4日 with no year: its own date;
 *   9. a yearbook's page: the year before the one the yearbook is named for.
 * Steps 6 and 7 read only what comes before the report's plan (二、2024年工作打算).
 */

/** Digits of a year written in words; a zero is also written ○, Ｏ, O or 0 (二○二四年, 二0二四年). */
export const CN_YEAR_DIGITS = "〇零○ＯO0０一二三四五六七八九";
const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", "○": "0", Ｏ: "0", O: "0", "0": "0", "０": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const YEAR = "((?:19|20)\\d{2})";
/** What follows a year that makes it a plan's or a target's, not the period covered. */
const PLAN_AFTER = /^(?:度)?(?:工作计划|计划|工作要点|要点|工作打算|工作安排|重点工作|主要任务|工作思路)/;
/** A year that ends or starts a span (2021—2025年, 2021年—2025年) or is a date (2023年5月, 二〇二四年一月). */
const SPAN_BEFORE = /(?<!截|直)[-—–~至到]$/;
const SPAN_AFTER = /^(?:[-—–~至到]|\d{1,2}月|[一二三四五六七八九十]{1,3}月)/;

/** A text about a meeting. */
const MEETING = /会议|交办会|座谈会|推进会|大会|会召开|会举行|会上/;
/** A meeting that reviews the year before its own date: 听取去年…汇报, 总结过去一年工作, 回顾上一年. */
const REVIEW_LAST = /(?:总结|回顾|听取|审议)[^。\n]{0,8}?(?:去年|过去一年|上一年|上年度?)/;
/** A government's work report is named for the year it is given in, early in that year: it reviews the year before. */
const WORK_REPORT_AFTER = /^度?政府工作报告/;

/** What names a meeting after its year, within a title: 2024年全县司法行政工作会议, 2023年度…推进会. */
const MEETING_AFTER = /^度?[^\n,。]{0,16}?(?:工作会议|会议|大会|推进会|座谈会|部署会|交办会|表彰会|动员会)/;

/** The text up to the end of its first sentence (with the title lines before it), at most 300 characters. */
function firstSentence(head: string): string {
  const s = head.slice(0, 300);
  const stop = s.indexOf("。");
  return stop < 0 ? s : s.slice(0, stop);
}

/** A heading of what the report plans: 二、2024年工作打算, (三)下一步工作安排, 下一步,… */
const PLAN_HEADING = /\n\s*(?:(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)|第[一二三四五六七八九十]{1,2}部分)[^\n。]{0,30}?(?:下一步|打算|计划|安排|思路|努力方向|工作重点)|下一步)/;
/** A yearbook named with its year: 某区年鉴2023, 某区年鉴(2023), 2023某区年鉴. */
const YEARBOOK = /年鉴\s?[(《·]?((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})年?[\u4e00-\u9fa5]{0,8}年鉴/;

/** A month that is a period, not a day's date: 2024年3月份, 2024年3月全县… (in a title). */
const MONTH_PERIOD = /^\d{1,2}月份?(?=[\u4e00-\u9fa5]{2})(?![一二三四五六七八九十]{1,3}日)/;

function yearAt(text: string, index: number, len: number, monthIsPeriod = false): number | null {
  // (截至2023年底 is a point in that year, no span's end: two characters are looked at)
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(index + len, index + len + 9).replace(/^年/, "");
  if (monthIsPeriod && MONTH_PERIOD.test(after) && !SPAN_BEFORE.test(before)) return Number(text.slice(index, index + 4));
  if (SPAN_BEFORE.test(before) || SPAN_AFTER.test(after) || PLAN_AFTER.test(after)) return null;
  return Number(text.slice(index, index + 4));
}

/** 二〇二三年 (二○二三年) → 2023年, so both spellings read alike; so does a year spaced out in a PDF (2 0 2 3 年). */
function arabicYears(s: string): string {
  s = s.replace(/(?<!\d )(?<!\d)([12]) ([09]) (\d) (\d) ?(?=年)/g, "$1$2$3$4");
  return s.replace(new RegExp(`[${CN_YEAR_DIGITS}]{4}(?=年)`, "g"), (m) => [...m].map((c) => CN_DIGITS[c]).join(""));
}

/** The year of a text's own date: its first full date, or the publication date. */
function dateYear(head: string, published: string | null): number | null {
  const date = head.match(new RegExp(`${YEAR}(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})`));
  return date ? Number(date[1]) : published ? Number(published.slice(0, 4)) : null;
}

/** The year of a news item's own date, when it speaks of this year or of a day with no year. */
function ownYear(head: string, published: string | null): number | null {
  const opening = head.slice(0, 600);
  // 去年 in the first sentence, or opening one of the first sentences (去年,全市…), not a comparison (较去年)
  const lastYear = /^[^。]{0,80}去年/.test(head.slice(0, 300)) || /。[^。\n]{0,6}(?<![较比于与])去年[,,全共]/.test(head.slice(0, 300));
  if (!lastYear && !/今年|截至目前|截至当前|日前|近日|近期|昨天|昨日|连日来|本周|上周|本月/.test(opening) && !/(?:^|\n|[,,。])\s*\d{1,2}月\d{1,2}日/.test(opening)) return null;
  const own = dateYear(head, published);
  if (own === null) return null;
  return lastYear && !/今年/.test(head.slice(0, 300)) ? own - 1 : own;
}

/** What before a year makes it one compared with: 相比于2023年, 较2023年, 与2023年. */
const COMPARED = /(?:相比于|相较于|对比|相比|较|与|比)$/u;

/** A part of a year a report may cover: 第三季度, 上半年, 前三季度, 1-9月, 1至6月. */
const PART_OF_YEAR = "第[一二三四]季度|[上下]半年|前三季度|1?\\d[-—~至到]1?\\d月";

/** A part of the year that ends with it: published early the next year, it is the year before's. */
const YEAR_END_PART = /第四季度|四季度|下半年|7[-—~至到]12月|全年/u;
/** The part of a year a text opens with, no year written: 第一季度12345热线运行情况, 1-6月,某市12345热线… */
const OPENING_PART = new RegExp(`^[^\\n]{0,20}?(?:${PART_OF_YEAR}|[一二三]季度)`, "mu");
/**
 * The year of a report on part of a year that writes no year (第一季度12345热线运行情况, 发布时间:2024-04-15): the
 * year it was published, or the year before for the year's last part published in the next one's first quarter;
 * null when the text opens with no part of a year.
 */
export function partYearFromPublished(text: string, published: string | null): number | null {
  if (!published) return null;
  const m = OPENING_PART.exec(text.slice(0, 300));
  if (!m) return null;
  const year = Number(published.slice(0, 4));
  return YEAR_END_PART.test(m[0]) && Number(published.slice(5, 7)) <= 3 ? year - 1 : year;
}

/** What a report's title ends with. */
const REPORT_WORD = "报告|总结";
/** A whole report's title on one line: a year, then up to its last word (…2022年法治政府建设情况报告). */
const COMPLETE_TITLE = new RegExp(`${YEAR}年[^。\\n]{0,40}(?:${REPORT_WORD}|年报)$`);
/**
 * Whole titles listed before the body, two or more (a site's 热点推荐 list copied above the article): a list of reports,
 * none of them surely this one's title; the body's opening and signature name the report instead. The last of them is
 * the report's own title where the opening agrees with it: it names the title's issuer (三都镇2025年…报告 / 2025年,…三都镇
 * 深入…), or, for a title that names none, its year.
 */
export function otherTitles<T>(lines: readonly T[], text: (l: T) => string, opening = ""): Set<T> {
  const whole = lines.filter((l) => COMPLETE_TITLE.test(text(l)));
  if (whole.length < 2) return new Set();
  const last = text(whole[whole.length - 1]!);
  return new Set(agrees(last, opening.slice(0, OPENING_REACH)) ? whole.slice(0, -1) : whole);
}
/** How much of the body's first line is read for what it says of the title. */
const OPENING_REACH = 300;
/** A name's last character that says what it names: a level or an organ (红塔区, 三都镇, 综治局). */
const NAME_END = /[省市州盟区县旗镇乡局委]/gu;
function agrees(title: string, opening: string): boolean {
  const m = title.match(new RegExp(`${YEAR}年`))!;
  const issuer = title.slice(0, m.index!);
  // (a title naming no issuer: its year is the opening's)
  if (!/[\u4e00-\u9fa5]{2}/u.test(issuer.replace(/^关于/u, ""))) return opening.includes(m[0]);
  for (const e of issuer.matchAll(NAME_END)) if (e.index! >= 2 && opening.includes(issuer.slice(e.index! - 2, e.index! + 1))) return true;
  return false;
}

/** Words of a news item that speaks of now. */
const NOW = /今年|截至目前|截至当前/;

/** How far a text with no line break is taken to be one flattened line, and how far its title is looked for there. */
const FLAT_REACH = 300;
const FLAT_TITLE_REACH = 600;
/** A report's title run in with other text: a year, then a title's words up to 报告 or 总结 (…澧浦镇2023年度法治政府建设工作报告发布时间…). */
const FLAT_TITLE = new RegExp(`${YEAR}(年度?)[\\u4e00-\\u9fa5]{0,24}?(?:${REPORT_WORD})`);

/** A flattened title's issuer before its year: name characters back to a space, a mark or the text's start. */
const FLAT_ISSUER = /[^\s>»|:：。,，;；、]{0,30}$/u;
/**
 * Where a page flattened to one line (its first line long, or opening with the title, the body on it) has its report's
 * title run in with the rest (濉溪县2023年法治政府建设情况报告 发布时间:… 2023年,濉溪县…): [start, end), its issuer
 * included; null if the text is not flattened or has no such title.
 */
export function flatTitleSpan(text: string): [number, number] | null {
  const nl = text.indexOf("\n");
  const line = nl < 0 ? text : text.slice(0, nl);
  const m = line.slice(0, FLAT_TITLE_REACH).match(FLAT_TITLE);
  // (…with the body after it on the same line: a title alone is no flattened page)
  if (!m || !line.includes("。", m.index! + m[0].length)) return null;
  const issuer = FLAT_ISSUER.exec(line.slice(Math.max(0, m.index! - 30), m.index!))![0];
  const start = m.index! - issuer.length;
  // (a long line, or a title that opens it: a first paragraph that names a report, 现将我县2023年…报告如下, is none)
  return line.length > FLAT_REACH || start === 0 ? [start, m.index! + m[0].length] : null;
}

/** The report's own body right after a year (2023年全县, 2023年我区, 2023年该县). */
const SELF_AFTER = /^(?:全|我|该|本)[省市州盟县区旗镇乡]/u;

export function readYear(text: string, published: string | null = null, region: string | null = null): number | null {
  const read = arabicYears(text.slice(0, 2000));
  // the lines before the first sentence of the body (a page's related-news list comes after it)
  const lines = read.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 30);
  const bodyAt = lines.findIndex((l) => /。/.test(l) || (l.length > 30 && /[,,]/.test(l))); // the body's first sentence
  const heads = bodyAt < 0 ? lines : lines.slice(0, bodyAt);
  // a list of reports' titles above the body names no year of this one: no step reads it (blanked, offsets kept)
  const others = otherTitles(heads, (l) => l, bodyAt < 0 ? "" : lines[bodyAt]!);
  let head = read;
  for (const l of others) head = head.replace(l, " ".repeat(l.length));
  // 1. the period the figures cover
  //    (自2023年1月1日起至2023年12月31日止, 为2022年1月1日至12月31日, 2021年1月1日—2021年12月31日)
  const period = head.match(new RegExp(`(?:期限|时限|时段|时间段|统计时间|统计区间|统计周期|起止时间|报告期)[为是::自从 ]{0,4}${YEAR}年1月1日起?[至到—–~-]{1,2}(?:${YEAR}年)?12月31日`));
  if (period && (period[2] === undefined || period[1] === period[2])) return Number(period[1]);
  //    (数据统计截至2023年12月31日: the figures of a year, to its end)
  const upTo = head.match(new RegExp(`(?:统计|数据)[^。\n]{0,8}?截[至止]${YEAR}年12月31日`));
  if (upTo) return Number(upTo[1]);
  // 2. 现将〈…〉2023年〈…〉报告
  for (const m of head.matchAll(new RegExp(`(?:现将|现予|现公布|现公开|现就)[^。\\n]{0,30}?${YEAR}年度?`, "g"))) {
    const i = m.index! + m[0].lastIndexOf(m[1]!);
    const y = yearAt(head, i, 4);
    if (y) return y;
  }
  // 3. a meeting that reviews a year's work reports that year (only a text about a meeting: a
  //    report's body that 通报2022年度考核工作 still reports its own year)
  const lead = head.slice(0, 400);
  const review = lead.match(new RegExp(`(?:总结|回顾|通报|总结表彰)[^。\\n]{0,6}?${YEAR}年度?[^。\\n]{0,30}?(?:办理|工作)`));
  if (review && MEETING.test(lead)) return Number(review[1]);
  //    (…or the year before its own date, said as 去年 or 过去一年: 听取去年全区法治建设工作情况汇报, 总结过去一年工作)
  if (REVIEW_LAST.test(lead) && MEETING.test(lead)) {
    const own = dateYear(head, published);
    if (own !== null) return own - 1;
  }
  // 3b. a news item about a year's report, white paper or figures made public (4月28日,2023年行政复议工作白皮书…
  //     发布会召开; 县数据局发布2024年度某县12345热线运行情况; 近日,某县公布了2023年度…报告): that year, whatever
  //     its 今年 says of the day it was published (not a report's own opening: 2023年,县政府公布2022年度…)
  const first = firstSentence(head);
  const yearFirst = new RegExp(`(?:^|\n)[^\n]{0,40}?${YEAR}年度?(?:以来)?[,,]`).test(first);
  if (!yearFirst && /发布(?!时间|日期|机构|单位)|公布|通报|出炉/.test(first)) {
    for (const m of first.matchAll(new RegExp(`${YEAR}年度?(?=[^。\n]{0,24}?(?:白皮书|报告|运行情况|工作情况|典型案例))`, "g"))) {
      const y = yearAt(first, m.index!, 4);
      if (y) return y;
    }
  }
  // 4. a title among the first lines before the body
  //  the one nearest the body: a site's menu (2024年政府工作报告 | 2023年…) comes before the title
  let titleYear: number | null = null;
  for (const l of heads) {
    if (others.has(l)) continue;
    if (l.length > 160 || (l.match(/[|｜·>»]|\s{2,}/g) ?? []).length >= 2) continue; // a title run together with its date line is still a title; a menu is not
    for (const m of l.matchAll(new RegExp(`${YEAR}年`, "g"))) {
      // a meeting named by the year it is held in (召开2024年全县司法行政工作会议) reviews the year before: the body decides
      if (MEETING_AFTER.test(l.slice(m.index! + 5, m.index! + 25))) continue;
      // (2024年政府工作报告 reviews 2023)
      if (WORK_REPORT_AFTER.test(l.slice(m.index! + 5))) {
        titleYear = Number(m[1]) - 1;
        break;
      }
      // a title's month is its period (2024年3月份…运行情况), where a date in the body is a day's
      const y = yearAt(l, m.index!, 4, true);
      if (y) {
        titleYear = y;
        break;
      }
    }
  }
  if (titleYear !== null) return titleYear;
  // 5. a news item whose first sentence speaks of now (今年, 截至目前): its own date
  const own = ownYear(head, published);
  //    (not after a first sentence that opens with its year: 2023年,全县…。今年,该县将… reports 2023)
  const opensWithYear = yearFirst && !NOW.test(first);
  if (own !== null && !opensWithYear && NOW.test(head.slice(0, 300))) {
    // (…unless the page was flattened to one line and its title runs in with the page's labels before the body's 今年以来:
    // 首页 >> … 澧浦镇2023年度法治政府建设工作报告发布时间:2024-01-31 … 今年以来,… reports 2023)
    const flat = head.slice(0, FLAT_REACH).includes("\n") ? null : head.slice(0, FLAT_TITLE_REACH).match(FLAT_TITLE);
    const flatYear = flat && flat.index! < head.search(NOW) ? yearAt(head, flat.index! + flat[0].indexOf(flat[1]!), 4) : null;
    return flatYear ?? own;
  }
  // what a report plans (二、2024年工作打算 / 下一步…) speaks of the year after the one it covers:
  // the opening and the weighing read only what comes before it
  const plan = head.search(PLAN_HEADING);
  const covered = plan > 0 ? head.slice(0, plan) : head;
  // 6. the opening: 2023年,…
  // (or a part of it: 2024年第三季度, 2024年上半年, 2024年1-9月)
  // (or the sentence that says what the year was: 2023年是…开局之年)
  // (not a year compared with: 相比于2023年, / 与2023年相比, on a line of its own)
  for (const open of covered.matchAll(new RegExp(`(?:^|\\n)([^\\n]{0,40}?)${YEAR}年(?:度|${PART_OF_YEAR})?(?:以来)?(?:[,,]|是)`, "g"))) {
    if (COMPARED.test(open[1]!)) continue;
    const i = open.index! + open[0].lastIndexOf(open[2]!);
    const y = yearAt(covered, i, 4);
    if (y) return y;
  }
  // 7. the year the first part of the text names most, by weight
  const score = new Map<number, number>();
  // (a year whose subject follows it, 2023年浏阳市以…, 2023年全县共…: the year the text speaks of, said plainly)
  let plainYear: number | null = null;
  for (const m of covered.matchAll(new RegExp(`${YEAR}年(度)?`, "g"))) {
    const y = yearAt(covered, m.index!, 4);
    if (!y) continue;
    const after = covered.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (plainYear === null && m[2] === undefined && (SELF_AFTER.test(after) || (region !== null && region.length >= 2 && after.startsWith(region)))) plainYear = y;
    let w = 1;
    // (与2023年同期相比, 较2023年: a comparison names the year before, not the one reported)
    if (/^同期/.test(after) || COMPARED.test(covered.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    if (m[2] === "度") w = 3;
    if (/^[,,]/.test(after)) w = 3;
    if (/^以来/.test(after)) w = 2;
    if (/^(?:法治|推进|工作|全面|依法)/.test(after)) w = Math.max(w, 2);
    score.set(y, (score.get(y) ?? 0) + w);
  }
  let best: number | null = null;
  let bestW = 0;
  for (const [y, w] of score) if (w > bestW || (w === bestW && best !== null && y < best)) [best, bestW] = [y, w];
  // 8. a news item about 近日, or an event dated 9月4日 with no year, takes its own date unless
  //    the text plainly names the year it speaks of (2023年度, 2023年,)
  if (own !== null && bestW < 3) return plainYear ?? own;
  // 9. a yearbook's page (某区年鉴2023, 2023某区年鉴) records the year before the one it is named for
  if (best === null) {
    const book = head.slice(0, 600).match(YEARBOOK);
    if (book) return Number(book[1] ?? book[2]) - 1;
  }
  return best;
}
