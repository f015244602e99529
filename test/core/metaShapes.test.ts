/**
 * Shapes real reports and news items take that the visible corpus has few of: texts written
 * for these tests (invented offices, figures and wording; real division names, since the
 * gazetteer must know them). Each case is one shape; none is a corpus sentence.
 */
import { extract } from "../../src/core/extract";
import { MetaSchema, type Meta } from "../../src/core/types";
import { normalise } from "../../src/core/text/normalise";

const meta = (text: string): Meta => MetaSchema.parse(extract(text, { source: "t" }).meta);

describe("a news headline stays a title", () => {
  it("is not run on into a body that opens with 近日 / 2023年以来 / 9月4日 (its place outweighs the city the body names)", () => {
    const text =
      "桃源县多措并举推进行政复议工作提质增效取得明显成效\n近日,记者从常德市司法局获悉,今年以来,常德市行政复议工作稳步推进,该县共办理行政复议案件12件,位居常德市前列。常德市司法局对该县做法予以肯定。\n";
    expect(normalise(text).text.split("\n")[0]).toBe("桃源县多措并举推进行政复议工作提质增效取得明显成效");
    expect(meta(text)).toMatchObject({ region: "桃源县", divisionCode: "430725" });
    for (const opener of ["2023年以来,", "9月4日,", "本报讯 ", "日前,"]) {
      const t = `攸县创新推行行政复议一站式服务群众满意度持续提升取得实效\n${opener}攸县司法局共办理行政复议案件35件。`;
      expect(normalise(t).text.split("\n")[0]).toBe("攸县创新推行行政复议一站式服务群众满意度持续提升取得实效");
    }
  });

  it("is not run on into the page's source or date line under it", () => {
    for (const under of ["来源:株洲日报 发布时间:2023-11-02", "2023-11-02 10:21 来源:株洲日报", "发布日期:2023-11-02"]) {
      const t = `攸县创新推行行政复议一站式服务群众满意度持续提升取得实效\n${under}\n今年以来,攸县司法局共办理行政复议案件35件。`;
      expect(normalise(t).text.split("\n")[0]).toBe("攸县创新推行行政复议一站式服务群众满意度持续提升取得实效");
    }
  });

  it("a wrapped sentence of the body still joins; so does one after the body has begun", () => {
    const t = "2023年,全县坚持依法行政,全年共办理行政复议案件35件,纠错率为百分之十二点五\n近日召开的会议对此予以肯定。";
    expect(normalise(t).text).toBe("2023年,全县坚持依法行政,全年共办理行政复议案件35件,纠错率为百分之十二点五近日召开的会议对此予以肯定。");
    const after = "全县共办理行政复议案件35件。\n县司法局组织开展行政执法案卷评查活动并通报评查结果和整改\n近日召开的会议对此予以肯定。";
    expect(normalise(after).text).toContain("整改近日召开");
  });
});

describe("a news item speaks of its subject as 该县", () => {
  it("该县 is the level the item speaks at, as 我县 is a report's", () => {
    const text = "来源:常德日报\n近日,记者从常德市司法局获悉,常德市今年行政复议工作稳步推进,桃源县共办理行政复议案件12件,该县纠错率12%,该县做法得到常德市肯定。";
    expect(meta(text)).toMatchObject({ region: "桃源县", level: "县" });
  });
});

describe("a page's header", () => {
  it("a site's name above its navigation is the publisher, not the title", () => {
    const text = "常德市人民政府门户网站\n首页 > 区县动态\n桃源县2023年法治政府建设年度报告\n2023年,在常德市委、市政府的坚强领导下,我县坚持依法行政,共办理行政复议案件12件。";
    expect(meta(text)).toMatchObject({ region: "桃源县", divisionCode: "430725", year: 2023 });
  });
});
