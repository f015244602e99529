/**
 * 汇总's subtotal headings name their places from the gazetteer (province down), not only codes.
 */
import type { ReportResult } from "../../src/core/types";
import { describeWorkbook } from "../../src/workbook/describe";
import { groupLabel, summaryGroups } from "../../src/workbook/sheets/summary";
import { iv } from "./fixtures";

function report(source: string, region: string, divisionCode: string, year: number): ReportResult {
  const level = divisionCode.length === 9 ? ("乡镇街道" as const) : divisionCode.length === 6 ? ("县" as const) : ("市" as const);
  return { source, meta: { region, divisionCode, level, year, published: null, issuer: null }, indicators: [iv("mediation.cases", 10, "调解纠纷10件")], flags: [] };
}

describe("汇总's group headings", () => {
  it("name a group's places from its province down", () => {
    expect(groupLabel("33")).toBe("浙江省 小计");
    expect(groupLabel("3301")).toBe("浙江省 · 杭州市 小计");
    expect(groupLabel("330106")).toBe("浙江省 · 杭州市 · 西湖区 小计");
    // same-named districts are told apart by their parents
    expect(groupLabel("110112")).toBe("北京市 · 通州区 小计");
    expect(groupLabel("320612")).toBe("江苏省 · 南通市 · 通州区 小计");
  });

  it("name a municipality's placeholder level by what it groups, and a code the gazetteer does not know by the report's region", () => {
    expect(groupLabel("1101")).toBe("北京市 · 所辖区县 小计");
    expect(groupLabel("110105")).toBe("北京市 · 朝阳区 小计");
    expect(groupLabel("9901", new Map([["9901", "某试验区"]]))).toBe("某试验区 小计");
    expect(groupLabel("9901")).toBe("区划 9901 小计");
  });

  it("label every subtotal of a batch of two prefectures and two years", () => {
    const units = [
      { year: 2023, divisionCode: "330106", region: "西湖区" },
      { year: 2023, divisionCode: "330782", region: "义乌市" },
      { year: 2024, divisionCode: "330106", region: "西湖区" },
      { year: 2024, divisionCode: "330106001", region: "北山街道" },
      { year: 2024, divisionCode: null, region: null },
    ];
    expect(summaryGroups(units).map((g) => `${g.year} ${g.label}`)).toEqual([
      "2023 全部",
      "2023 浙江省 小计",
      "2023 浙江省 · 杭州市 小计",
      "2023 浙江省 · 金华市 小计",
      "2023 未识别区划",
      "2024 全部",
      "2024 浙江省 小计",
      "2024 浙江省 · 杭州市 小计",
      "2024 浙江省 · 杭州市 · 西湖区 小计",
      "2024 未识别区划",
    ]);
  });

  it("show the names in the sheet's headings, with the code", () => {
    const d = describeWorkbook([report("xihu-2023.txt", "西湖区", "330106", 2023), report("yiwu-2023.txt", "义乌市", "330782", 2023)], { generatedAt: "2024-05-01T08:00:00+08:00" });
    const sheet = d.sheets.find((s) => s.name === "汇总")!;
    const headings = sheet.rows.map((r) => r[0]?.value).flatMap((v) => (v?.kind === "formula" ? [v.formula] : []));
    expect(headings.some((f) => f.includes("2023年 · 3301 浙江省 · 杭州市 小计 · "))).toBe(true);
    expect(headings.some((f) => f.includes("2023年 · 3307 浙江省 · 金华市 小计 · "))).toBe(true);
    expect(headings.some((f) => f.includes("2023年 · 33 浙江省 小计 · "))).toBe(true);
  });
});
