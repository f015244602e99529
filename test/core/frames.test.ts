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
