/**
 * The frame engine alone (runEngine: frames → features → score), where a feature decides and
 * the wording rules beside it would hide whether the frames read it.
 */
import { runEngine, type EngineCandidate } from "../../src/core/engine";

function at(text: string, code: string, figure: string): EngineCandidate {
  const cands = runEngine(text, 2023).filter((c) => c.code === code && text.slice(c.numStart, c.numEnd).startsWith(figure));
  expect(cands.length).toBeGreaterThan(0);
  return cands.sort((a, b) => b.score - a.score)[0]!;
}

describe("a sentence that opens with 其中", () => {
  it("names a part of the sentence before's whole, whatever verb it repeats", () => {
    const text = "2023年,全县各级人民调解组织共调解矛盾纠纷2140件,调解成功率98.6%。其中,城关镇调解纠纷512件。";
    expect(at(text, "mediation.cases", "512").features).toContain("part");
    expect(at(text, "mediation.cases", "2140").features).not.toContain("part");
  });

  it("…but a code that is itself a part is read by its own verb (审结 of the applications received)", () => {
    const text = "2023年,全县共收到行政复议申请95件。其中,审结90件。";
    expect(at(text, "recon.closed", "90").features).not.toContain("part");
  });
});

describe("an ordinal lead inside a paragraph (一是…。二是…。)", () => {
  it("heads the sentences after it: their figures take its noun, not the noun of the item before", () => {
    const text = "一是认真办理人大代表建议。全年共办理53件。二是认真办理政协委员提案。全年共办理67件。";
    const c67 = at(text, "proposals.cppcc", "67");
    expect(c67.how).toMatch(/^count:heading:/);
    expect(c67.features).toContain("heading_clean");
    expect(runEngine(text, 2023).filter((c) => c.code === "proposals.npc" && text.slice(c.numStart, c.numEnd) === "67").every((c) => c.score < c67.score)).toBe(true);
  });

  it("is no heading when its own sentence has the figure, and is not in force past its paragraph", () => {
    const inline = "一是办理人大代表建议53件。全年共办理67件。";
    expect(at(inline, "proposals.npc", "67").how).not.toMatch(/^count:heading:/);
    const nextParagraph = "一是认真办理人大代表建议。\n全年共办理67件。";
    expect(runEngine(nextParagraph, 2023).filter((c) => c.code === "proposals.npc").every((c) => !c.how.startsWith("count:heading:"))).toBe(true);
  });
});

describe("a line ending in a colon over label lines (行政复议工作情况： / 审结：59件)", () => {
  it("heads its label lines: a bare verb's figure takes the header's noun, a label takes the header's verb", () => {
    expect(at("行政复议工作情况：\n收到行政复议申请：67件\n审结：59件", "recon.closed", "59").how).toBe("count:heading:行政复议");
    expect(at("建议提案办理情况：\n人大代表建议：84件", "proposals.npc", "84").features).not.toContain("event_missing_required");
  });

  it("heads nothing past the run of label lines, nor a line of prose", () => {
    const after = "行政复议工作情况：\n审结：59件\n深化府院联动，审结43件。";
    expect(runEngine(after, 2023).filter((c) => text(after, c) === "43" && c.how.startsWith("count:heading:"))).toEqual([]);
    const prose = "行政复议工作情况：\n深化府院联动，审结43件。";
    expect(runEngine(prose, 2023).filter((c) => text(prose, c) === "43" && c.how.startsWith("count:heading:"))).toEqual([]);
  });

  it("makes one record of its lines: a rate takes the topic of the count line above", () => {
    const rec = "12345热线工单：15,876件\n办结率：99.6%";
    expect(at(rec, "hotline.completion_rate", "99.6").features).not.toContain("topic_inherited");
  });
});

function text(t: string, c: EngineCandidate): string {
  return t.slice(c.numStart, c.numEnd);
}

describe("a sentence that opens with a later year than the report's", () => {
  it("is a plan wherever its 力争 stands, for every figure after it", () => {
    const text = "某某县2023年法治政府建设情况报告\n2024年，力争行政复议调解和解率提高到40%，直接纠错率保持在10%左右。";
    expect(at(text, "recon.correction_rate", "10").features).toContain("plan");
  });

  it("…but 力争 alone in a clause of this year's sentence plans only its own clause", () => {
    const text = "某某县2023年法治政府建设情况报告\n2023年，直接纠错率为10.5%，力争明年调解和解率提高到40%。";
    expect(at(text, "recon.correction_rate", "10.5").features).not.toContain("plan");
  });
});

describe("a first clause that is only a past time (上年度,…)", () => {
  it("dates its whole sentence", () => {
    const text = "某某县2023年法治政府建设情况报告\n上年度，县政府收到行政复议申请52件。本年度收到行政复议申请61件。";
    expect(at(text, "recon.received", "52").features).toContain("last_year");
    expect(at(text, "recon.received", "61").features).not.toContain("last_year");
  });

  it("…not when the clause says more than the time (去年以来,…)", () => {
    const text = "某某县2023年法治政府建设情况报告\n上年度以来持续推进，县政府收到行政复议申请52件。";
    expect(at(text, "recon.received", "52").features).not.toContain("last_year");
  });
});

describe("分别 after a list whose verb stands before its nouns", () => {
  it("gives each figure the list's verb (办理…建议与…提案,数量分别是57件和64件)", () => {
    const text = "办理县人大代表建议与县政协委员提案，数量分别是57件和64件。";
    expect(at(text, "proposals.npc", "57").features).toContain("event_match");
    expect(at(text, "proposals.cppcc", "64").features).not.toContain("event_missing_required");
  });
});

describe("a percent with no rate noun, said by the verb right after it", () => {
  it("实现100%办复 is the proposals' reply rate; 100%按时答复 of requests stays the disclosure response rate", () => {
    const p = "全年承办人大代表建议62件、政协委员提案75件，实现100%办复。";
    expect(at(p, "proposals.reply_rate", "100").how).toBe("rate:after");
    expect(at(p, "proposals.reply_rate", "100").features).toContain("rate_strong");
    const d = "全年受理政府信息公开申请46件，100%按时答复。";
    const best = runEngine(d, 2023).filter((c) => text(d, c) === "100%").sort((a, b) => b.score - a.score)[0]!;
    expect(best.code).toBe("disclosure.response_rate");
  });
});

describe("heads who appeared in court, counted as people", () => {
  it("44名行政机关负责人出庭应诉 counts appearances; 44名干部旁听庭审 does not", () => {
    expect(at("全年共有44名行政机关负责人出庭应诉。", "litig.appearances", "44").score).toBeGreaterThanOrEqual(3.4);
    const watch = "组织44名机关干部旁听庭审。";
    expect(runEngine(watch, 2023).filter((c) => c.code === "litig.appearances" && c.score >= 2.3)).toEqual([]);
  });
});

describe("what should have happened (应出庭)", () => {
  it("is a rate's base, not the act: 应出庭案件40件,实际出庭39件 appears 39 times", () => {
    const text = "全年行政诉讼案件中，负责人应出庭案件40件，实际出庭39件。";
    expect(runEngine(text, 2023).filter((c) => c.code === "litig.appearances" && text.slice(c.numStart, c.numEnd) === "40")).toEqual([]);
    expect(at(text, "litig.appearances", "39").score).toBeGreaterThanOrEqual(3.4);
  });
});

describe("分别 after nouns that are no list", () => {
  it("a subject and its object (人民调解组织调解纠纷数、调解成功数分别为…) do not share out the figures", () => {
    const text = "全县人民调解组织调解纠纷数、调解成功数分别为1342件、1330件。";
    expect(at(text, "mediation.cases", "1342").features).not.toContain("nearer_noun");
    expect(at(text, "mediation.succeeded", "1330").features).toContain("event_match");
  });
});

describe("the whole jurisdiction right before a noun and its figure (全县行政复议案件56件)", () => {
  it("says the count exists, with no verb; a lone noun and figure does not", () => {
    const whole = "某某县2023年法治政府建设情况报告\n2023年，全县行政复议案件56件，行政诉讼案件43件。";
    expect(at(whole, "recon.received", "56").features).toContain("event_match");
    expect(at(whole, "litig.cases", "43").features).not.toContain("event_match");
  });
});

describe("an event counted in people right after its noun", () => {
  it("任前法律知识考试12人次 counts the people who sat it; a gap or another unit does not say so", () => {
    expect(at("新提拔领导干部任前法律知识考试12人次，全部合格。", "study.exam_takers", "12").features).toContain("event_match");
    expect(at("任前法律知识考试中12人次。", "study.exam_takers", "12").features).not.toContain("event_match");
  });
});
