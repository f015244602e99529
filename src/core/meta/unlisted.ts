/**
 * A place the gazetteer does not list (a new district, a zone, a renamed county), taken only
 * where a report names itself and only in the shape of a name, so that a region is never a
 * piece of a sentence.
 */
import type { DivisionLevel } from "./gazetteer";
import { CN_YEAR_DIGITS } from "./year";
import { zoneAt, zonesOf } from "./zones";

export const UNLISTED = "[\\u4e00-\\u9fa5]{2,10}?(?:自治县|自治州|自治旗|高新区|开发区|新区|县|区|市|旗|镇|乡|街道)";
/** Characters and words no place name has: what tells a name from a piece of a sentence. */
const NOT_IN_NAME = /[的了在对为与和及将把被从以等我全本该各其这那有是中上下个一]|落实|推进|建设|加强|开展|实施|依法|法治|工作|关于|领导|坚持|制定/;
const LEVEL_FIRST = /^[省市区县镇乡州旗]/;
export const UNLISTED_AT = new RegExp(`^(${UNLISTED})`);
/** What a government's name ends with after its place: 〈place〉人民政府, 〈zone〉管委会, 〈street〉街道办事处. */
export const GOVERNMENT = "人民政府|政府|管委会|管理委员会|街道办事处|办事处";
/** What a report's title says it is about, right after the name of the place: 法治政府建设, 行政复议, 政府信息公开, 12345热线 … */
const SUBJECT_OF_REPORT = "法治政府|法治建设|依法行政|行政复议|行政应诉|行政执法|政府信息公开|政务公开|政务服务|人民调解|矛盾纠纷|民生热线|便民热线|热线";
/** What follows the subject of an opening sentence: 2023年,〈name〉坚持… */
const SUBJECT_VERB = "坚持|认真|深入|全面|始终|紧紧|紧扣|围绕|着力|持续|不断|扎实|聚焦|积极|大力|进一步|坚决|严格|主动|切实|全力|高度|按照|以|把|通过|共|全年";

/** A name, not a piece of a sentence: no function word, no verb, and no level word inside it (建立区委区). */
export function nameShaped(n: string | undefined): n is string {
  // (a 州 that ends the stem is part of a name: 澄州市, 某州新区)
  return !!n && !NOT_IN_NAME.test(n) && !LEVEL_FIRST.test(n) && !/[省市区县镇乡州旗委局]/.test(n.replace(/(?:自治县|自治州|自治旗|高新区|开发区|新区|县|区|市|旗|镇|乡|街道)$/, "").replace(/(?<=.)州$/, ""));
}

/**
 * A place the gazetteer does not list (a new district, a zone, a renamed county), taken only
 * where a report names itself and only in the shape of a name: the start of a title
 * (〈name〉2023年…报告), 现将〈name〉2023年…, the subject of the opening (2023年,(在…下,)〈name〉坚持…),
 * or the subject of the report's own plan 《〈name〉法治政府建设实施方案》 at the level it speaks with
 * (never in another report's title, listed above the body: zones.ts's listed zone).
 */
export function unlistedName(text: string, word: string | null): string | null {
  const head = text.slice(0, 3000);
  const zones = zonesOf(text);
  const listed = (at: number): boolean => zoneAt(zones, at, at + 1) === "listed";
  const ok = nameShaped;
  const shapes = [
    new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})?(?:关于)?(?:(?:19|20)\\d{2}年|12345|${SUBJECT_OF_REPORT})`, "g"),
    // 2023年度〈name〉行政复议…
    new RegExp(`(?:^|\\n)\\s*(?:19|20)\\d{2}年度?(${UNLISTED})(?:${GOVERNMENT})?(?:12345|${SUBJECT_OF_REPORT})`, "g"),
    new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})\\s*\\n?\\s*关于`, "g"),
    new RegExp(`现(?:将|公布|公开)(${UNLISTED})(?:${GOVERNMENT})?(?:19|20)\\d{2}年`, "g"),
    new RegExp(`(?:19|20)\\d{2}年度?[,,]\\s*(?:在[^,。\\n]{0,40}?下[,,]\\s*)?(${UNLISTED})(?=${SUBJECT_VERB}|人民政府|政府|在|[,,])`, "g"),
  ];
  // a signature: 〈name〉人民政府 on a line of its own near the end
  //  (dated 2024年1月26日, 2024.1.26, 二〇二四年一月二十六日)
  const signature = (new RegExp(`(?:^|\\n)\\s*(${UNLISTED})(?:${GOVERNMENT})\\s*(?=\\n[^\\n]{0,20}$|\\n\\s*(?:(?:19|20)\\d{2}[年./-]|[${CN_YEAR_DIGITS}]{4}年))`, "g"));
  if (word) shapes.push(new RegExp(`《(${"[\\u4e00-\\u9fa5]{2,10}?"}${word === "县" ? "(?:自治县|县)" : word})(?=法治|依法|全面|${"(?:19|20)\\d{2}"})`, "g"));
  // (not another report's title in a list above the body)
  for (const re of shapes) for (const m of head.matchAll(re)) if (ok(m[1]) && !listed(m.index! + m[0].indexOf(m[1]!))) return m[1];
  for (const m of text.slice(-300).matchAll(signature)) if (ok(m[1])) return m[1];
  // a news headline's or dateline's stem (汀州:人民调解…, 汀州讯 记者…) that the text also writes as
  // a place (汀州市召开…); a yearbook's (栖霞岭年鉴2022) at the level the text speaks with (全区)
  const top = text.slice(0, 600);
  for (const m of top.matchAll(/(?:^|\n)\s*([\u4e00-\u9fa5]{2,4})(?:[::](?!\s*\n)|讯)/g)) {
    const stem = m[1]!;
    if (NOT_IN_NAME.test(stem) || LABEL_WORD.test(stem)) continue;
    const written = new RegExp(`${stem}(市|县|区)(?![场域级])`).exec(text.slice(0, 20000));
    if (written && ok(stem + written[1])) return stem + written[1];
  }
  const book = top.match(/([\u4e00-\u9fa5]{2,4}?)年鉴/);
  if (book && word && /^[市县区]$/.test(word) && !NOT_IN_NAME.test(book[1]!) && ok(book[1] + word)) return book[1] + word;
  return null;
}

/** Labels of a page that stand before a colon as a headline's place would: 来源:, 作者:, 发布日期: … */
const LABEL_WORD = /来源|作者|编辑|责编|日期|时间|地址|电话|标题|名称|索引|文号|字号|机构|单位|关键|主题|分类|摘要|链接|邮箱|网址|审核|校对|通讯|记者/;

export function levelOfName(name: string): DivisionLevel {
  if (/(?:镇|乡|街道)$/.test(name)) return "乡镇街道";
  if (/(?:自治州|省)$/.test(name)) return name.endsWith("省") ? "省" : "市";
  return "县";
}

