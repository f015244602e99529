/** The wording rules' defused copy: same length, normal text untouched, the runs no report writes blanked. */
import fc from "fast-check";
import { defuse } from "../../src/core/rules/defuse";

it("leaves report sentences as they are (the same string)", () => {
  const s = "2023年,县政府共收到行政复议申请126件,一千二百余人次参加,全年共计办理2.1万件。";
  expect(defuse(s)).toBe(s);
});

it("blanks runs of numerals, repeated filler units and over-long sentences, character for character", () => {
  expect(defuse("共共共共共收到")).toBe("□□□□□收到");
  expect(defuse("全年共计".repeat(5) + "受理")).toBe("□".repeat(20) + "受理");
  expect(defuse("一二三四五六七八九十".repeat(2) + "件")).toBe("□".repeat(20) + "件");
  const long = "收".repeat(3001);
  expect(defuse(long + "。收到12件。")).toBe("□".repeat(3001) + "。收到12件。");
});

it("keeps every offset: any text keeps its length, and unblanked characters stay put", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (s) => {
      const d = defuse(s);
      return d.length === s.length && [...d].every((c, i) => c === "□" || c === s[i]);
    }),
    { numRuns: 300 },
  );
});
