/** grammar/tables.ts: a table row read as one clause, in a view of the same length. */
import { tableView } from "../../src/core/grammar/tables";
import { extract } from "../../src/core/extract";

const YEARS = "项目 | 2023年 | 2024年\n行政复议申请收到数（件） | 41 | 56\n行政诉讼案件数（件） | 22 | 19";

describe("table view", () => {
  it("keeps every offset: the view has the input's length and lines", () => {
    const v = tableView(YEARS, 2024);
    expect(v.text.length).toBe(YEARS.length);
    expect(v.text.split("\n").length).toBe(YEARS.split("\n").length);
  });

  it("takes the report's year's column and blanks the other years' cells", () => {
    const v = tableView(YEARS, 2024);
    expect(v.quantities.map((q) => [q.value, q.unit, YEARS.slice(q.numStart, q.numEnd)])).toEqual([
      [56, "件", "56"],
      [19, "件", "19"],
    ]);
    expect(v.text).not.toContain("41");
    expect(v.text.split("\n").slice(1).join("\n")).not.toContain("|");
    expect(tableView(YEARS, 2023).quantities.map((q) => q.value)).toEqual([41, 22]);
  });

  it("reads no column when the report's year is unknown or absent from the header", () => {
    expect(tableView(YEARS, null).quantities).toEqual([]);
    expect(tableView(YEARS, 2022).quantities).toEqual([]);
  });

  it("takes a column's unit from the header and leaves percentages and cells with units to the quantity tagger", () => {
    const t = "指标 | 数量(条)\n主动公开政府信息 | 3,815\n按时答复率 | 100%\n行政复议收案 | 56件";
    const v = tableView(t, 2024);
    expect(v.quantities.map((q) => [q.value, q.unit])).toEqual([[3815, "条"]]);
  });

  it("leaves a text without tables as it was", () => {
    const t = "全年收到行政复议申请56件。";
    expect(tableView(t, 2024)).toEqual({ text: t, quantities: [] });
  });

  it("fills the report's year from a table, with the row as its evidence", () => {
    const r = extract(`某某县2024年法治政府建设情况报告\n${YEARS}`, { source: "t.txt" });
    const byCode = new Map(r.indicators.map((v) => [v.code, v]));
    expect(byCode.get("recon.received")?.value).toBe(56);
    expect(byCode.get("litig.cases")?.value).toBe(19);
    expect(byCode.get("litig.cases")?.evidence.text).toContain("行政诉讼案件数");
  });

  it("stays linear on a hostile table (a million pipes)", () => {
    const row = "主动公开政府信息（条） | 1 | 2 | 3 | 4 | 5\n";
    const t0 = performance.now();
    tableView(`项目 | 2023年 | 2024年\n${row.repeat(25_000)}`, 2024);
    const small = performance.now() - t0;
    const t1 = performance.now();
    tableView(`项目 | 2023年 | 2024年\n${row.repeat(100_000)}`, 2024);
    const big = performance.now() - t1;
    expect(big / Math.max(small, 1)).toBeLessThan(12);
  });
});

describe("a settled rivalry stays in sight", () => {
  it("names the figures a sum outranked in an info flag on the value", () => {
    const r = extract("某某县2024年法治政府建设情况报告\n全年通过政府网站发布信息1,920条，政策文件信息更新量420条，工作动态信息更新量1,100条，公示公告信息更新量400条。", { source: "t.txt" });
    expect(r.indicators.find((v) => v.code === "disclosure.proactive")?.value).toBe(1920);
    const flag = r.flags.find((f) => f.check === "conflict" && f.codes.includes("disclosure.proactive"));
    expect(flag?.severity).toBe("info");
    expect(flag?.message).toContain("1920");
  });
});
