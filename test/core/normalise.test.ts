import fc from "fast-check";
import { normalise } from "../../src/core/text/normalise";

function mapsBack(input: string) {
  const { text, map } = normalise(input);
  for (let i = 0; i < text.length; i++) {
    const { start, end } = map.toOriginal(i, i + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(input.length);
    expect(start).toBeLessThan(end);
  }
  return { text, map };
}

describe("normalise", () => {
  it("drops pinyin glosses that web mirrors put after characters", () => {
    const { text } = normalise("濠江區(qū)人民政府設(shè)立");
    expect(text).toBe("濠江区人民政府设立");
  });

  it("keeps parentheses that are not pinyin", () => {
    expect(normalise("(一)基本情况(OA)").text).toBe("(一)基本情况(OA)");
  });

  it("folds full-width digits, letters and percent signs", () => {
    expect(normalise("办结率１００％,ＡＢ").text).toBe("办结率100%,AB");
  });

  it("removes thousands separators and spaces between a number and its unit", () => {
    expect(normalise("调解纠纷35,138件,检查实施清单为925 项").text).toBe("调解纠纷35138件,检查实施清单为925项");
  });

  it("keeps a space between two separate numbers", () => {
    expect(normalise("数量 | 75件 | 16件").text).toContain("75件 | 16件");
  });

  it("converts traditional to simplified and maps every character back", () => {
    const input = "全區共收到行政複議申請44件,辦結率100%。";
    const { text, map } = mapsBack(input);
    expect(text).toBe("全区共收到行政复议申请44件,办结率100%。");
    const i = text.indexOf("44");
    const { start, end } = map.toOriginal(i, i + 2);
    expect(input.slice(start, end)).toBe("44");
  });

  it("joins a sentence broken across lines but not a heading", () => {
    const input = "全年共调解各类矛盾纠纷848件,调解成功率100%,有效提升基层社会\n治理能力。\n二、存在问题\n下一步";
    const { text } = normalise(input);
    expect(text).toContain("基层社会治理能力");
    expect(text).toContain("\n二、存在问题\n");
  });

  it("maps astral characters and surrogates without losing offsets", () => {
    const input = "𠀋區收到申請12件😀";
    const { text, map } = mapsBack(input);
    const i = text.indexOf("12");
    const { start, end } = map.toOriginal(i, i + 2);
    expect(input.slice(start, end)).toBe("12");
  });

  it("on arbitrary input every clean span maps inside the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const { text, map } = normalise(s);
        for (let i = 0; i < text.length; i++) {
          const { start, end } = map.toOriginal(i, i + 1);
          if (!(start >= 0 && end <= s.length && start < end)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe("text laid out in columns", () => {
  // a page kept in its layout: two columns, each sentence wrapped inside its own column
  const left = ["2023年,全区各级人民调", "解组织共受理各类矛盾", "纠纷2468件,调解成功", "2451件,调解成功率达", "到99.3%。", "全区共有人民调解组织"];
  const right = ["【普法宣传】 2023年,区", "司法局组织开展各类普", "法活动156场,发放宣传", "资料3.2万份。开展“法", "律进社区”活动82场。", "(张三)"];
  const cells = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const page = left.map((l, i) => `     ${l}${" ".repeat(30 - cells(l))}${right[i]}`).join("\n");

  it("reads each column down before the next, and maps back to the original", () => {
    const { text, map } = normalise(page);
    expect(text).toContain("全区各级人民调解组织共受理各类矛盾纠纷2468件,调解成功2451件,调解成功率达到99.3%");
    expect(text).toContain("区司法局组织开展各类普法活动156场");
    const i = text.indexOf("2468");
    const { start, end } = map.toOriginal(i, i + 4);
    expect(page.slice(start, end)).toBe("2468");
  });

  it("leaves tables with pipes and ordinary prose alone", () => {
    const table = ["类别  | 市场监管  | 公安  |", "数量  | 77件  | 42件  |", "比例  | 50%  | 27%  |", "类别  | 市场监管  | 公安  |", "数量  | 77件  | 42件  |"].join("\n");
    expect(normalise(table).text).toContain("数量  | 77件  | 42件  |");
  });
});

describe("page furniture and spaced numbers", () => {
  it("drops page numbers and running headers so a sentence broken by a page joins up", () => {
    const header = "澄溪市人民政府公报                2024 年第 3 期";
    const input = [
      "2023年,全市共收到行政复议申请213件,审结196件,依法纠正违法或不当行政行为的数量稳中有降,行政复议申请",
      "",
      "— 2 —",
      "",
      "第 2 页 共 6 页",
      "",
      header,
      "人数量较上年略有下降。",
      "第二段。",
      "",
      "— 3 —",
      header,
      "第三段。",
      header,
    ].join("\n");
    const { text } = normalise(input);
    expect(text).toContain("行政复议申请人数量较上年略有下降");
    expect(text).not.toContain("第 2 页");
    expect(text).not.toContain("公报");
  });

  it("reads a space used as a thousands separator", () => {
    expect(normalise("全县 3 215 名行政执法人员参加考试,受理矛盾纠纷 4 127 件").text).toContain("3215名行政执法人员参加考试,受理矛盾纠纷4127件");
  });
});
