import fc from "fast-check";
import {
  COUNT_SRC,
  PERCENT_SRC,
  countValue,
  notAQuantity,
  parseChineseNumeral,
  percentValue,
  toChineseNumeral,
} from "../../src/core/numbers/readNumber";

const count = (s: string) => {
  const m = s.match(new RegExp(`^${COUNT_SRC}$`));
  return m ? countValue(m.groups ?? {}) : null;
};
const percent = (s: string) => {
  const m = s.match(new RegExp(`^${PERCENT_SRC}$`));
  return m ? percentValue(m.groups ?? {}) : null;
};

describe("Chinese numerals", () => {
  it.each([
    ["七", 7], ["两", 2], ["十", 10], ["十五", 15], ["三十", 30], ["一百二十三", 123],
    ["一千零八", 1008], ["三万五千", 35000], ["二百", 200], ["一万零五十", 10050],
  ])("%s = %d", (s, v) => expect(parseChineseNumeral(s)).toBe(v));

  it.each(["二三", "二〇二三", "十十", "百千", "", "万"])("%s is not a numeral", (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it("round-trips every integer written as a Chinese numeral", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => parseChineseNumeral(toChineseNumeral(n)) === n),
      { numRuns: 3000 },
    );
  });
});

describe("counts with multipliers and qualifiers", () => {
  it.each([
    ["44", 44, null], ["1200余", 1200, "at_least"], ["10万余", 100000, "at_least"], ["4万余", 40000, "at_least"],
    ["3.5万", 35000, null], ["269.95亿", 26_995_000_000, null], ["十余", 10, "at_least"], ["三十余", 30, "at_least"],
    ["近3", 3, "about"], ["约120", 120, "about"], ["逾200", 200, "at_least"], ["超过50", 50, "at_least"], ["百余", 100, "at_least"],
  ])("%s → %d (%s)", (s, v, a) => expect(count(s)).toEqual({ value: v, approx: a }));

  it("refuses a number with a leading zero (a code, not a count)", () => {
    expect(count("007")).toBeNull();
  });
});

describe("percentages", () => {
  it.each([
    ["100%", 100, null], ["99.98%", 99.98, null], ["百分之百", 100, null], ["百分之九十八", 98, null],
    ["百分之九十九点五", 99.5, null], ["约24%", 24, "about"], ["近100%", 100, "about"],
  ])("%s → %d", (s, v, a) => expect(percent(s)).toEqual({ value: v, approx: a }));
});

describe("numbers that are not quantities", () => {
  const guard = (text: string, num: string) => {
    const i = text.indexOf(num);
    return notAQuantity(text, i, i + num.length);
  };
  it.each([
    ["组织开展第14次全市干部考试", "14", "ordinal"],
    ["2023年,全区收到申请", "2023", "year"],
    ["发布时间:2024/5/14", "2024", "date"],
    ["(湘法委发〔2022〕6号)", "6", "document number"],
    ["“12345”热线", "12345", "name"],
    ["“332211”模式", "332211", "name"],
    ["“1+4+1”工作法", "4", "name"],
    ["区四届六次会议", "四", "session name"],
  ])("%s: %s is %s", (text, num, why) => expect(guard(text, num)).toBe(why));

  it("a plain count passes", () => {
    expect(guard("收到行政复议申请44件", "44")).toBeNull();
  });
});

describe("the quantity tagger's multipliers", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tagQuantities } = require("../../src/core/tag/quantity") as typeof import("../../src/core/tag/quantity");
  const values = (s: string) => tagQuantities(s).map((q) => q.value);
  it.each([
    ["调解矛盾纠纷1.2千件", [1200]],
    ["调解矛盾纠纷1.2万件", [12000]],
    ["调解矛盾纠纷三千件", [3000]],
    ["受理诉求6.5万余件", [65000]],
  ])("%s → %j", (s, v) => expect(values(s)).toEqual(v));
});

describe("the quantity tagger's words that are no count", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tagQuantities } = require("../../src/core/tag/quantity") as typeof import("../../src/core/tag/quantity");
  const values = (s: string) => tagQuantities(s).map((q) => q.value);
  it.each([
    ["不满意工单全部进行了二次办理。", []],
    ["对调解协议开展二次回访。", []],
    ["县政府常务会议学法二次。", [2]],
    ["全年学法十二次,会前学法二次、专题学法三次。", [12, 2, 3]],
  ])("%s → %j", (s, v) => expect(values(s)).toEqual(v));
});
