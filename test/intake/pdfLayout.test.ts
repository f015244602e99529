/**
 * PDF layout logic on positioned text items (no pdfjs needed): reading order,
 * joining wrapped sentences across lines and pages, dropping running headers,
 * footers and page numbers, and page start offsets.
 */
import { dropRunningLines, itemsToLines, joinPages, type PdfTextItem } from "../../src/core/intake/pdf";

const SIZE = 10;
/** One item per line, placed at (x, y); width = characters × size. */
function it(str: string, x: number, y: number): PdfTextItem {
  return { str, transform: [SIZE, 0, 0, SIZE, x, y], width: [...str].length * SIZE, height: SIZE };
}

function page(lines: Array<[string, number?]>, top = 780): PdfTextItem[] {
  return lines.map(([s, x], i) => it(s, x ?? 50, top - i * 15));
}

const FULL = 40; // characters in a full line: right edge at 50 + 400

test("items are ordered top to bottom, left to right, and split items on one line are merged", () => {
  const items = [it("第二行", 50, 765), it("第一", 50, 780), it("行", 70, 780.5)];
  expect(itemsToLines(items).map((l) => l.text)).toEqual(["第一行", "第二行"]);
});

test("spaces a PDF writer puts between Chinese and digits are dropped; Latin words keep theirs", () => {
  const items = [it("收到", 50, 780), it(" ", 70, 780), it("44", 72, 780), it(" ", 84, 780), it("件", 86, 780), it("in", 200, 780), it("total", 230, 780)];
  expect(itemsToLines(items)[0]!.text).toBe("收到44件in total");
});

test("a sentence wrapped across lines and across a page break is joined; paragraphs stay apart", () => {
  const a = "一".repeat(FULL - 6) + "共收到行政复议";
  const p1 = page([["标题"], [a], ["申请44件,结案35件。"], ["第二段开始" + "二".repeat(FULL - 5)]]);
  const p2 = page([["继续,调解成功率100%。"]]);
  const pages = dropRunningLines([itemsToLines(p1), itemsToLines(p2)]);
  const { text, pageStarts } = joinPages(pages);
  expect(text.split("\n")).toEqual(["标题", a + "申请44件,结案35件。", "第二段开始" + "二".repeat(FULL - 5) + "继续,调解成功率100%。"]);
  expect(pageStarts[0]).toBe(0);
  expect(text.slice(pageStarts[1]!)).toBe("继续,调解成功率100%。");
});

test("running headers, footers and page numbers are dropped", () => {
  const body = (n: number) => [`${"甲乙丙丁"[n - 1]}项工作第${n}部分已经完成。`, `${"东南西北"[n - 1]}区的情况另行报告。`, `本页共有${n + 2}项内容。`];
  const pages = [1, 2, 3, 4].map((n) =>
    itemsToLines(page([["某某区人民政府文件"], ...body(n).map((s) => [s] as [string]), [`- ${n} -`], [`第 ${n} 页 共 4 页`]])),
  );
  const { text, pageStarts } = joinPages(dropRunningLines(pages));
  expect(text.split("\n")).toEqual([1, 2, 3, 4].flatMap(body));
  expect(pageStarts).toHaveLength(4);
  expect(text.slice(pageStarts[2]!).startsWith("丙项工作")).toBe(true);
});

test("a bare number inside the body is kept", () => {
  const pages = [itemsToLines(page([["表一"], ["合计"], ["848"], ["注:以上为全年数据。"], ["附件"]]))];
  expect(joinPages(dropRunningLines(pages)).text).toContain("848");
});

test("an indented line starts a new paragraph", () => {
  const full = "三".repeat(FULL);
  const lines = itemsToLines(page([[full], ["新段落", 70]]));
  expect(joinPages([lines]).text).toBe(`${full}\n新段落`);
});
