import fc from "fast-check";
import { normalise } from "../../src/core/text/normalise";
import { extract } from "../../src/core/extract";

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

/** A paragraph hard-wrapped at `width` characters, as a PDF or an official document's copy is (28 a line). */
function wrapAt(s: string, width: number, end = ""): string {
  const cps = Array.from(s);
  const lines: string[] = [];
  for (let i = 0; i < cps.length; i += width) lines.push(cps.slice(i, i + width).join(""));
  return lines.join(`${end}\n`);
}

describe("a sentence wrapped at a fixed width (a PDF's or a document's copy)", () => {
  const para =
    "市政府常务会议专题学习《宪法》、《民法典》、《习近平法治思想问答》等内容8次;全年受理行政复议申请1,152件、审结1,058件,直接纠错率12.6%,满意率达98.96%,行政机关负责人出庭应诉率100%。";
  it.each([24, 26, 28, 31, 37])("joins the lines of a paragraph wrapped at %i characters, whatever character a line ends or opens with", (w) => {
    expect(normalise(wrapAt(para, w)).text).toBe(normalise(para).text);
  });

  it("joins lines that end with a PDF's trailing space, and a number they cut (1 |58)", () => {
    expect(normalise(wrapAt(para, 28, " ")).text).toBe(normalise(para).text);
    expect(normalise("组织全区行政执法人员参加法律知识考试,参考人数160名,合格1 \n58名,合格率98.8%。").text).toContain("合格158名");
  });

  it("joins a thousands separator a line break cut (2,|389)", () => {
    expect(normalise("2021年,全区各级人民调解组织共调解矛盾纠纷2,\n389件,调解成功率98.8%。").text).toContain("调解矛盾纠纷2389件");
  });

  it("keeps a figure a narrow wrap left alone on its line: not a page number", () => {
    expect(normalise("新修订的行政复议法施行后,全县共收到行政复议申请203件,审结\n188\n件,调解和解率31.4%。").text).toContain("审结188件");
  });

  it("still drops a bare page number between two pages", () => {
    const { text } = normalise("2023年,县政府以被申请人身份全年共办理行政复议案件\n\n3\n\n12件,办结率100%。");
    expect(text).toContain("案件12件");
  });

  it("does not join a page's label line (来源:) or a title to the line under it", () => {
    const { text } = normalise("发布时间:2024-03-01 来源:某某县人民政府办公室 浏览次数:\n2023年,全县法治政府建设取得新成效。");
    expect(text).toMatch(/浏览次数:\n2023年/);
    expect(normalise("某某县人民政府关于2023年度法治政府建设情况的报告\n县人大常委会:").text).toContain("报告\n");
  });

  it("joins a spaced-out PDF line's characters and counts its width without the spaces", () => {
    const spaced = "全 年 共 受 理 行 政 复 议 申 请 56 件 , 审 结 51 件";
    expect(normalise(`${spaced}\n,审限内结案率100%。`).text).toContain("受理行政复议申请56件,审结51件,审限内结案率100%");
  });

  it("converts a traditional phrase a line break or a space cuts as one (答|覆 → 答复)", () => {
    expect(normalise("全年主動公開政府信息3108條，受理依申請公開47件，按時答\n覆率100%。").text).toContain("按时答复率100%");
    expect(normalise("受 理 依 申 請 公 開 47 件 ， 按 時 答 覆 率 100%。").text).toContain("按时答复率100%");
  });
});

describe("sentence ends written with a dot", () => {
  it("reads a dot after a character, a closing quote or a percent as a full stop, never a decimal point", () => {
    expect(normalise("全年受理11877件. 满意率98.96%. 二是强化监督.").text).toBe("全年受理11877件。满意率98.96%。二是强化监督。");
    expect(normalise("架起政民“连心桥”. 2025年全年受理诉求11877件").text).toContain("连心桥”。2025年");
    expect(normalise("全年办结12件｡二是").text).toBe("全年办结12件。二是");
  });

  it("keeps list numbers and decimals", () => {
    expect(normalise("1.加强学习,出庭应诉率为98.5%").text).toBe("1.加强学习,出庭应诉率为98.5%");
  });
});

describe("full-width page marks", () => {
  it("drops a page number written in full-width digits", () => {
    const { text } = normalise("2023年,全市各级行政复议机关全年共收到行政复议申请\n\n— ３ —\n\n213件,已审结196件。");
    expect(text).toContain("申请213件");
  });
});

describe("a sentence a page break cuts", () => {
  it("joins the line before a page's number to the page after, whatever its length, when the sentence runs on", () => {
    const { text } = normalise("七、建议提案办理\n1.承\n\n— 1 —\n\n办县人大代表建议93件;\n2.承办县政协委员提案118件;");
    expect(text).toContain("1.承办县人大代表建议93件");
    expect(text).toContain(";\n2.承办");
  });

  it("keeps the break when the page after opens a heading or the line before ends a sentence", () => {
    expect(normalise("全年办结12件。\n\n— 2 —\n\n二、加强学法").text).toContain("12件。\n二、加强学法");
    expect(normalise("一是加强学法\n\n— 2 —\n\n(二)严格执法").text).toContain("学法\n(二)严格执法");
  });
});

describe("debris inside a decimal", () => {
  it("a middle dot between digits is a decimal point, and a space inside the fraction is dropped", () => {
    expect(normalise("满意率99·59%。").text).toBe("满意率99.59%。");
    expect(normalise("满意率９９・５９％。").text).toBe("满意率99.59%。");
    expect(normalise("满意率99·5 9%。").text).toBe("满意率99.59%。");
    // (a dot between words, or a space between two whole numbers, stays)
    expect(normalise("“一村·一辅警”").text).toContain("·");
    expect(normalise("全县 12 个乡镇").text).toBe("全县12个乡镇");
  });
});

describe("a web page's controls", () => {
  it("a line of them inside a sentence of the body is dropped and the sentence joins up again", () => {
    const t = "全年发生行政诉讼案件27件，行政机关负责人出庭应\n发布时间：2024-01-28 10:15  来源：某县司法局  浏览次数：2316  【字体：大 中 小】\n诉率100%。";
    expect(normalise(t).text).toBe("全年发生行政诉讼案件27件,行政机关负责人出庭应诉率100%。");
  });
  it("…but not under a title, where they are the page's header, nor is a count label run into the year under it", () => {
    const t = "某县2023年法治政府建设情况报告\n发布时间：2024-01-12 来源：县司法局 浏览次数：231\n2023年，全县共办理行政复议案件56件。";
    const lines = normalise(t).text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("2023年,全县共办理行政复议案件56件。");
  });
});

describe("a page flattened to one line", () => {
  const flat =
    "某某县司法局2023年行政复议工作情况报告 一、案件办理情况 2023年全县共新收行政复议申请86件,依法审结79件,审结率91.9%,办理工作总体平稳有序推进。 二、被申请人分布情况 2023年度受理的行政复议案件86件中,以县直部门为被申请人的78件,占90.7%;以乡镇人民政府为被申请人的8件。 (三)下一步工作 持续加强行政复议规范化建设,提升办案质效,更好发挥行政复议化解行政争议的主渠道作用。";
  it("breaks again before a numbered heading run in after a sentence, and after the heading's few words", () => {
    const lines = normalise(flat).text.split("\n");
    expect(lines.slice(1)).toEqual([
      "二、被申请人分布情况",
      "2023年度受理的行政复议案件86件中,以县直部门为被申请人的78件,占90.7%;以乡镇人民政府为被申请人的8件。",
      "(三)下一步工作",
      "持续加强行政复议规范化建设,提升办案质效,更好发挥行政复议化解行政争议的主渠道作用。",
    ]);
    // (the heading heads its paragraph: the 86 cases are not the respondent's for its word 被申请人)
    const got = extract(flat, { source: "flat.txt" }).indicators.map((v) => `${v.code}=${v.value}`);
    expect(got).toContain("recon.received=86");
    expect(got).not.toContain("recon.as_respondent=86");
  });
  it("leaves a short line, a heading on its own line and a space inside a sentence as they were", () => {
    expect(normalise("二、被申请人分布情况 2023年度受理的案件86件中。").text).toBe("二、被申请人分布情况2023年度受理的案件86件中。");
    const lined = "某某县2023年法治政府建设情况报告\n一、加强组织领导 统筹推进法治建设\n全年召开常务会议学法12次。";
    expect(normalise(lined).text.split("\n")).toHaveLength(3);
  });
});
