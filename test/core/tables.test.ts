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
    expect(tableView(t, 2024)).toEqual({ text: t, quantities: [], taggedCells: [], lineStarts: [] });
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

describe("tables laid out with spaces, and rows with a number and a unit cell", () => {
  const values = (text: string) => new Map(extract(`某某县2024年法治政府建设情况报告\n${text}`, { source: "t.txt" }).indicators.map((v) => [v.code, v.value]));

  it("reads a row number before the label and a unit in a cell of its own (序号 | 指标 | 单位 | 数值)", () => {
    const t = "序号 | 指标 | 单位 | 数值\n1 | 行政复议收案数 | 件 | 38\n2 | 主动公开政府信息 | 条 | 2107";
    const v = tableView(t, 2024);
    expect(v.quantities.map((q) => [q.value, q.unit])).toEqual([[38, "件"], [2107, "条"]]);
  });

  it("reads a bare four-digit value as a count, not as a header's year (2107 条)", () => {
    const v = tableView("指标 | 数量(条)\n主动公开政府信息 | 2031", 2024);
    expect(v.quantities.map((q) => q.value)).toEqual([2031]);
  });

  it("reads a table whose cells stand apart by runs of spaces, its header's years included", () => {
    const t = "指标名称      2023年      2024年\n行政复议收案数(件)      41      57\n行政诉讼案件数(件)      22      18\n出庭应诉率      95%      100%";
    const got = values(t);
    expect(got.get("recon.received")).toBe(57);
    expect(got.get("litig.cases")).toBe(18);
    expect(got.get("litig.appearance_rate")).toBe(100);
  });

  it("reads single-spaced rows where three or more agree on their cells", () => {
    const t = "序号 指标 单位 数值\n1 行政复议收案数 件 38\n2 行政诉讼案件数 件 17\n3 调解矛盾纠纷数 件 1240";
    const got = values(t);
    expect([got.get("recon.received"), got.get("litig.cases"), got.get("mediation.cases")]).toEqual([38, 17, 1240]);
  });

  it("leaves prose alone: single-spaced lines from a PDF, and a pipe table as it was", () => {
    const prose = "全年 共 调解 矛盾纠纷 1200 件,调解 成功率 99%。\n县政府 全年 收到 行政复议 申请 56 件。";
    expect(values(prose).get("mediation.cases")).toBe(1200);
    expect(values(prose).get("recon.received")).toBe(56);
    const pipes = "项目 | 2023年 | 2024年\n行政复议收案数(件) | 41 | 57\n直接纠错率 | 13.6% | 15.2%";
    expect(values(pipes).get("recon.correction_rate")).toBe(15.2);
  });

  it("reads columns named by the report's year (| 指标 | 上年 | 本年 |), past a markdown rule line", () => {
    const t = "| 指标 | 上年 | 本年 |\n|---|:---:|---|\n| 行政复议收案数(件) | 44 | 59 |\n| 行政诉讼案件数(件) | 31 | 26 |";
    const got = values(t);
    expect([got.get("recon.received"), got.get("litig.cases")]).toEqual([59, 26]);
    expect(tableView(t, 2024).quantities.map((q) => q.value)).toEqual([59, 26]);
  });

  it("reads a table's rows under its caption, the caption's noun theirs (行政复议案件统计 / 本年审结 | 189)", () => {
    const t = "行政复议案件统计\n项目 | 数量(件)\n新收申请 | 231\n本年审结 | 204\n调解和解结案 | 37\n审限内审结率 | 100%";
    const got = values(t);
    expect([got.get("recon.received"), got.get("recon.closed"), got.get("recon.ontime_rate")]).toEqual([231, 204, 100]);
  });

  it("reads a row of values under a header of labels, each value its column's (调解纠纷（件） over 2104)", () => {
    const t = "表1 2024年人民调解工作情况\n调解组织（个）|调解纠纷（件）|调解成功（件）|调解成功率（%）\n286|2104|2088|99.2";
    const got = values(t);
    expect([got.get("mediation.organizations"), got.get("mediation.cases"), got.get("mediation.succeeded"), got.get("mediation.success_rate")]).toEqual([286, 2104, 2088, 99.2]);
    // the evidence shows the header with the row
    const r = extract(`某某县2024年法治政府建设情况报告\n${t}`, { source: "t.txt" });
    expect(r.indicators.find((v) => v.code === "mediation.cases")?.evidence.text).toBe("调解组织（个）|调解纠纷（件）|调解成功（件）|调解成功率（%）\n286|2104|2088|99.2");
  });

  it("reads such a table pasted with tabs as it reads it with pipes (a word processor's table: labels over figures)", () => {
    const t = "表1 2024年人民调解工作情况\n调解组织（个）\t调解纠纷（件）\t调解成功（件）\t调解成功率（%）\n286\t2104\t2088\t99.2";
    const got = values(t);
    expect([got.get("mediation.organizations"), got.get("mediation.cases"), got.get("mediation.succeeded"), got.get("mediation.success_rate")]).toEqual([286, 2104, 2088, 99.2]);
    // (a line of words parted by tabs with no row of figures under it is no table)
    expect(values("调解组织\t调解纠纷\n全年共调解矛盾纠纷1200件,调解成功1190件。").get("mediation.cases")).toBe(1200);
  });

  it("reads only the report's year's row of a table whose rows are years (年度 | 收案数 / 2024 | 61)", () => {
    const t = "行政复议案件办理情况\n年度 | 行政复议收案数（件） | 纠错率（%）\n2023 | 56 | 10.7\n2024 | 61 | 12.1";
    const got = values(t);
    expect([got.get("recon.received"), got.get("recon.correction_rate")]).toEqual([61, 12.1]);
    expect(tableView(t, 2024).quantities.map((q) => q.value)).toEqual([61, 12.1]);
    expect(tableView(t, 2022).quantities).toEqual([]);
  });

  it("keeps a header over rows pasted with blank lines between them (a web page's table: 本年制发件数 counts no review)", () => {
    const t = "二、主动公开政府信息情况\n\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n\n规章 | 0 | 0 | 3\n\n行政规范性文件 | 6 | 2 | 41";
    expect(values(t).get("legality.reviewed")).toBeUndefined();
    // (a header that names only the figure, 数量（件）, still gives a row past a blank line its count)
    expect(values("项目 | 数量（件）\n\n审核行政规范性文件 | 27").get("legality.reviewed")).toBe(27);
  });

  it("stays linear on a hostile header of labels and a row of values as wide", () => {
    const wide = (n: number) => `某某县2024年法治政府建设情况报告\n${"调解成功（件）|".repeat(n)}\n${"12|".repeat(n)}`;
    extract(wide(500), { source: "t.txt" });
    const t0 = performance.now();
    extract(wide(2_000), { source: "t.txt" });
    const small = performance.now() - t0;
    const t1 = performance.now();
    extract(wide(20_000), { source: "t.txt" });
    const big = performance.now() - t1;
    expect(big / Math.max(small, 1)).toBeLessThan(30);
  });

  it("stays linear on hostile spaced rows", () => {
    const row = "1 主动公开政府信息 条 2\n";
    const t0 = performance.now();
    extract(row.repeat(2_000), { source: "t.txt" });
    const small = performance.now() - t0;
    const t1 = performance.now();
    extract(row.repeat(20_000), { source: "t.txt" });
    const big = performance.now() - t1;
    expect(big / Math.max(small, 1)).toBeLessThan(30);
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
