/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReviewList } from "../../src/taskpane/components/ReviewList";
import { App, type WorkbookActions } from "../../src/taskpane/App";
import { STRINGS } from "../../src/taskpane/i18n";
import type { ReportItem } from "../../src/taskpane/state";
import { DecisionSchema, withDecision, withoutDecision, type Decision, type ReviewData } from "../../src/core/decisions";
import type { ReportResult } from "../../src/core/types";
import { parseTypedNumber } from "../../src/taskpane/format";
import { S1, S2, S4, TEXT, result, span } from "./reviewFixture";

const item = (id: number, source: string, r: ReportResult = result(source)): ReportItem => ({ id, source, text: TEXT, status: "done", result: r, excluded: [] });
const NOW = () => new Date(2026, 11, 4, 18, 30, 0);

/** The list as the pane holds it: decisions in state, handed down. */
function setup(items: ReportItem[] = [item(1, "a.txt")]) {
  const state: { decisions: Decision[]; toggles: [number, string, boolean][] } = { decisions: [], toggles: [] };
  function Harness(): React.JSX.Element {
    const [decisions, setDecisions] = React.useState<Decision[]>([]);
    state.decisions = decisions;
    return (
      <FluentProvider theme={webLightTheme}>
        <ReviewList
          items={items}
          decisions={decisions}
          strings={STRINGS.zh}
          lang="zh"
          now={NOW}
          onDecide={(ds) => setDecisions((p) => ds.reduce(withDecision, p))}
          onUndo={(ds) => setDecisions((p) => ds.reduce(withoutDecision, p))}
          onToggle={(id, code, on) => state.toggles.push([id, code, on])}
          onRemove={() => undefined}
        />
      </FluentProvider>
    );
  }
  render(<Harness />);
  return state;
}

const list = () => screen.getByTestId("review");
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? list(), { key: k });
const counter = () => Number(screen.getByTestId("undecided").getAttribute("data-count"));
const row = (code: string) => screen.getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === code)!;
const suggestion = (code: string) => screen.getAllByTestId("suggestion").find((r) => r.getAttribute("data-code") === code)!;

describe("the compact review list", () => {
  test("values as a table (名称 · 数值 · flag badge), evidence on demand, newest report first, collapsible", () => {
    setup([item(1, "old.txt"), item(2, "new.txt")]);
    const cards = screen.getAllByTestId("report");
    expect(cards.map((c) => c.getAttribute("aria-label"))).toEqual(["new.txt", "old.txt"]);
    const first = within(cards[0]!);
    const rows = first.getAllByTestId("indicator");
    expect(rows.map((r) => within(r).getAllByRole("cell")[1]!.textContent)).toEqual(["行政复议申请收到/受理数", "行政复议结案数", "12345热线诉求(工单)办理数"]);
    expect(first.getAllByTestId("indicator-value").map((v) => v.textContent)).toEqual(["44件", "50件", "5,187件"]);
    expect(first.getAllByTestId("flag-badge").map((b) => [b.textContent, b.getAttribute("data-severity")])).toEqual([
      ["错误", "error"],
      ["错误", "error"],
      ["警告", "warning"],
    ]);
    // no sentence until asked: a 21-value report stays one line a value
    expect(first.queryByTestId("indicator-detail")).toBeNull();
    expect(within(first.getByTestId("indicators")).queryByTestId("evidence")).toBeNull();
    fireEvent.click(within(rows[1]!).getAllByRole("cell")[1]!);
    const detail = first.getByTestId("indicator-detail");
    expect(within(detail).getByTestId("evidence-number").textContent).toBe("50");
    expect(within(detail).getByTestId("evidence").textContent).toContain("结案50件");
    expect(within(detail).getByTestId("flag").textContent).toContain("大于");
    // a flag on no value is listed under the card
    expect(first.getAllByTestId("flag").some((f) => f.getAttribute("data-check") === "missing")).toBe(true);
    // collapse the newest: its rows go, the other report's stay
    fireEvent.click(first.getByTestId("collapse"));
    expect(within(screen.getAllByTestId("report")[0]!).queryByTestId("indicators")).toBeNull();
    expect(within(screen.getAllByTestId("report")[1]!).getAllByTestId("indicator")).toHaveLength(3);
  });

  test("the 待核 group: every name a figure may be, its value, the sentence with the number highlighted, the reasons; unticked", () => {
    setup();
    const g = screen.getByTestId("suggestions");
    expect(within(g).getByRole("heading").textContent).toBe("待核（3）");
    const court = suggestion("litig.cases");
    expect(within(court).getByTestId("suggestion-value").textContent).toBe("60件");
    expect(within(court).getByTestId("evidence-number").textContent).toBe("60");
    expect(within(court).getByTestId("suggestion-reasons").textContent).toBe("疑点：主语可能是法院");
    const study = suggestion("study.party_sessions");
    expect(within(study).getAllByTestId("suggestion-take").map((c) => (c as HTMLInputElement).labels![0]!.textContent)).toEqual(["党委(常委会、理论学习中心组)集体学法次数", "政府常务会议(主任办公会)学法次数"]);
    for (const box of screen.getAllByRole("checkbox").filter((c) => c.closest("[data-testid=suggestion]"))) expect((box as HTMLInputElement).checked).toBe(false);
    // two flags (error, warning) and three suggestions are undecided; info flags are not counted
    expect(counter()).toBe(5);
    expect(screen.getByTestId("undecided").textContent).toBe("待核 5 项");
    expect(screen.getByTestId("keys").textContent).toContain("v 核实");
  });

  test("ticking a suggestion takes it as the value; unticking gives it back", () => {
    const state = setup();
    const box = within(suggestion("litig.cases")).getByRole("checkbox");
    fireEvent.click(box);
    expect(row("litig.cases")).toBeDefined();
    expect(within(row("litig.cases")).getByTestId("indicator-value").getAttribute("data-decided")).toBe("采纳");
    expect(within(suggestion("litig.cases")).getByTestId("verdict").textContent).toBe("采纳");
    expect(counter()).toBe(4);
    expect(state.decisions).toHaveLength(1);
    expect(DecisionSchema.parse(state.decisions[0])).toMatchObject({ kind: "suggestion", code: "litig.cases", decision: "采纳", valueExtracted: 60, valueDecided: 60, evidence: S2 });
    expect(state.toggles).toContainEqual([1, "litig.cases", true]);
    fireEvent.click(within(suggestion("litig.cases")).getByRole("checkbox"));
    expect(screen.getAllByTestId("indicator").some((r) => r.getAttribute("data-code") === "litig.cases")).toBe(false);
    expect(state.decisions).toEqual([]);
    expect(counter()).toBe(5);
  });

  test("a figure with several possible codes is taken as the name ticked", () => {
    const state = setup();
    const gov = within(suggestion("study.party_sessions")).getAllByRole("checkbox")[1]!;
    fireEvent.click(gov);
    expect(row("study.gov_sessions")).toBeDefined();
    expect(screen.getAllByTestId("indicator").some((r) => r.getAttribute("data-code") === "study.party_sessions")).toBe(false);
    expect(state.decisions[0]).toMatchObject({ code: "study.gov_sessions", decision: "采纳" });
  });

  test("ticking a suggestion for a code that has a value asks which to keep", () => {
    const state = setup();
    fireEvent.click(within(suggestion("recon.received")).getByRole("checkbox"));
    const ask = screen.getByTestId("suggestion-conflict");
    expect(ask.textContent).toContain("该指标已有数值 44件：保留哪一个？");
    expect(state.decisions).toEqual([]);
    fireEvent.click(within(ask).getByTestId("keep-existing"));
    expect(within(row("recon.received")).getByTestId("indicator-value").textContent).toBe("44件");
    expect(state.decisions[0]).toMatchObject({ decision: "忽略", note: "保留原值 44件", code: "recon.received" });
    // change of mind: take the suggestion instead
    fireEvent.click(within(suggestion("recon.received")).getByRole("checkbox"));
    fireEvent.click(screen.getByTestId("take-suggestion"));
    expect(within(row("recon.received")).getByTestId("indicator-value").textContent).toBe("48件");
    expect(state.decisions).toHaveLength(1);
    expect(state.decisions[0]).toMatchObject({ decision: "采纳", valueDecided: 48 });
  });
});

describe("decisions, keyboard first", () => {
  test("j/k and ↑/↓ move; v 核实, c 更正 (typed), i 忽略 (with a note), u 撤销; the counter follows", () => {
    const state = setup();
    act(() => list().focus());
    expect(row("recon.received").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(row("recon.received"));
    // v: the value is right as it stands — settles part_le_whole for both its codes
    key("v");
    expect(within(row("recon.received")).getByTestId("verdict").textContent).toBe("核实");
    expect(within(row("recon.closed")).getByTestId("verdict").textContent).toBe("核实");
    expect(state.decisions).toMatchObject([{ kind: "flag", check: "part_le_whole", code: "recon.received", decision: "核实", valueDecided: 44 }]);
    expect(counter()).toBe(4);
    // j then c: correct 结案数 50 → 40
    key("j");
    expect(row("recon.closed").getAttribute("aria-selected")).toBe("true");
    key("c");
    const input = screen.getByTestId("correct-input") as HTMLInputElement;
    expect(input.value).toBe("50");
    fireEvent.change(input, { target: { value: "四十" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByTestId("correct-error").textContent).toContain("请输入一个数字");
    fireEvent.change(input, { target: { value: "４0件" } });
    fireEvent.keyDown(input, { key: "Enter" });
    const closed = within(row("recon.closed")).getByTestId("indicator-value");
    expect([closed.textContent, closed.getAttribute("data-decided")]).toEqual(["40件", "更正"]);
    expect(screen.getByTestId("was").textContent).toBe("原为 50件");
    expect(state.decisions[1]).toMatchObject({ code: "recon.closed", decision: "更正", valueExtracted: 50, valueDecided: 40 });
    // ArrowDown to the hotline row, i: ignored, then a note
    act(() => row("recon.closed").focus());
    key("ArrowDown");
    key("i");
    expect(within(row("hotline.tickets")).getByTestId("verdict").textContent).toBe("忽略");
    expect(counter()).toBe(3);
    const note = screen.getByTestId("note-input");
    fireEvent.change(note, { target: { value: "年度无误" } });
    fireEvent.keyDown(note, { key: "Enter" });
    expect(state.decisions[2]).toMatchObject({ code: "hotline.tickets", decision: "忽略", note: "年度无误", check: "other_period" });
    // k back up, u: the correction is undone
    act(() => row("hotline.tickets").focus());
    key("k");
    key("u");
    expect(within(row("recon.closed")).getByTestId("indicator-value").textContent).toBe("50件");
    expect(state.decisions.map((d) => d.code)).toEqual(["recon.received", "hotline.tickets"]);
  });

  test("a on a suggestion takes it; with several codes a digit chooses; the buttons show their keys", () => {
    const state = setup();
    act(() => list().focus());
    for (let i = 0; i < 3; i++) key("j");
    expect(suggestion("litig.cases").getAttribute("aria-selected")).toBe("true");
    expect(within(suggestion("litig.cases")).getByTestId("act-a").textContent).toBe("采纳A");
    key("a");
    expect(row("litig.cases")).toBeDefined();
    act(() => suggestion("litig.cases").focus());
    key("j");
    key("a");
    expect(screen.getByTestId("suggestion-choose").textContent).toContain("这个数字是哪个指标？");
    key("2");
    expect(state.decisions.map((d) => [d.code, d.decision])).toEqual([
      ["litig.cases", "采纳"],
      ["study.gov_sessions", "采纳"],
    ]);
    // i on the last suggestion: dismissed
    act(() => suggestion("study.party_sessions").focus());
    key("j");
    key("i");
    key("Escape");
    expect(within(suggestion("recon.received")).getByTestId("verdict").textContent).toBe("忽略");
    expect(counter()).toBe(2);
  });

  test("only undecided: decided rows and values with nothing to decide are hidden; the cursor stays in place", () => {
    setup();
    fireEvent.click(screen.getByTestId("only-undecided"));
    expect(screen.getAllByTestId("indicator").map((r) => r.getAttribute("data-code"))).toEqual(["recon.received", "recon.closed", "hotline.tickets"]);
    act(() => list().focus());
    key("v"); // part_le_whole settled: both its rows leave
    expect(screen.getAllByTestId("indicator").map((r) => r.getAttribute("data-code"))).toEqual(["hotline.tickets"]);
    expect(row("hotline.tickets").getAttribute("aria-selected")).toBe("true");
    key("v");
    expect(screen.queryAllByTestId("indicator")).toHaveLength(0);
    expect(suggestion("litig.cases").getAttribute("aria-selected")).toBe("true");
    key("i");
    key("Escape");
    key("i");
    key("Escape");
    key("i");
    key("Escape");
    expect(counter()).toBe(0);
    expect(screen.getByTestId("undecided").textContent).toBe("全部已核");
    expect(screen.getByTestId("nothing-undecided")).toBeDefined();
  });

  test("the same report read again finds its decisions; one whose value changed is shown as 需重新核对", () => {
    const revised = result("b.txt");
    revised.indicators[1] = { ...revised.indicators[1]!, value: 45 }; // 结案数 now read as 45
    setup([item(1, "a.txt"), item(2, "b.txt", revised)]);
    const [newest, older] = screen.getAllByTestId("report");
    // decide on the older read: 核实 the hotline figure, 更正 结案数
    act(() => within(older!).getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === "hotline.tickets")!.focus());
    key("v");
    act(() => within(older!).getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === "recon.closed")!.focus());
    key("c");
    const input = screen.getByTestId("correct-input");
    fireEvent.change(input, { target: { value: "40" } });
    fireEvent.keyDown(input, { key: "Enter" });
    // the newer read of the same report: the hotline decision holds, the correction no longer matches 45
    const hot = within(newest!).getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === "hotline.tickets")!;
    expect(within(hot).getByTestId("verdict").textContent).toBe("核实");
    const closed = within(newest!).getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === "recon.closed")!;
    expect(within(closed).getByTestId("indicator-value").textContent).toBe("45件");
    expect(within(newest!).getByTestId("recheck").textContent).toContain("需重新核对：行政复议结案数");
    expect(within(older!).queryByTestId("recheck")).toBeNull();
  });

  test("a warning about the whole report (no codes) is a row of its own: 核实 or 忽略, never 更正", () => {
    const r = result();
    r.flags.push({ check: "other_period", severity: "warning", codes: [], message: "未能识别报告的地区" });
    const state = setup([item(1, "a.txt", r)]);
    expect(counter()).toBe(6);
    const flagRow = screen.getByTestId("flag-row");
    expect(flagRow.textContent).toContain("未能识别报告的地区");
    fireEvent.click(within(flagRow).getAllByRole("cell")[1]!);
    expect(screen.queryByTestId("act-c")).toBeNull();
    act(() => flagRow.focus());
    key("c");
    expect(screen.queryByTestId("correct-input")).toBeNull();
    key("i");
    expect(counter()).toBe(5);
    fireEvent.keyDown(screen.getByTestId("note-input"), { key: "Escape" });
    act(() => screen.getByTestId("flag-row").focus());
    key("u");
    expect(counter()).toBe(6);
    fireEvent.click(screen.getByTestId("act-v"));
    expect(counter()).toBe(5);
    expect(state.decisions[0]).toMatchObject({ kind: "flag", code: "", check: "other_period", decision: "核实", valueExtracted: null });
  });

  test("an unticked value is not filled, so its flag waits for no decision", () => {
    setup([{ ...item(1, "a.txt"), excluded: ["hotline.tickets"] }]);
    expect(counter()).toBe(4);
    expect(row("hotline.tickets").getAttribute("data-undecided")).toBeNull();
  });

  test("a rate corrected outside 0–100 is refused with a reason", () => {
    const r = result();
    r.indicators.push({ code: "hotline.completion_rate", value: 100, unit: "%", approx: null, evidence: span(S4) });
    const state = setup([item(1, "a.txt", r)]);
    act(() => row("hotline.completion_rate").focus());
    key("c");
    const input = screen.getByTestId("correct-input");
    fireEvent.change(input, { target: { value: "998" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByTestId("correct-error").textContent).toBe("比率应在 0–100 之间（按百分数填写）");
    fireEvent.change(input, { target: { value: "99.8%" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(within(row("hotline.completion_rate")).getByTestId("indicator-value").textContent).toBe("99.8%");
    expect(state.decisions[0]).toMatchObject({ kind: "value", code: "hotline.completion_rate", decision: "更正", valueDecided: 99.8 });
  });

  test("typed numbers: full-width digits, separators, a unit or % are read; words are not", () => {
    expect(parseTypedNumber("１,２３４件")).toBe(1234);
    expect(parseTypedNumber(" 99.8% ")).toBe(99.8);
    expect(parseTypedNumber("四十")).toBeNull();
    expect(parseTypedNumber("1.2.3")).toBeNull();
    expect(parseTypedNumber("")).toBeNull();
  });
});

describe("in the pane", () => {
  test("decisions reach the workbook port as data and the results carry what they decided; the same report read again finds them", async () => {
    const extractor = jest.fn(async (job: { text: string; source: string }) => result(job.source));
    const download = jest.fn(async (_r: ReportResult[], _review?: ReviewData) => ({ blob: new Blob(["x"]), filename: "指标.xlsx" }));
    const workbook: WorkbookActions = { fill: jest.fn(), download };
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:x";
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => undefined;
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={{ status: "none", reason: "no-office" }} strings={STRINGS.zh} lang="zh" extractor={extractor} workbook={workbook} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
    fireEvent.click(screen.getByTestId("extract"));
    await waitFor(() => expect(screen.getAllByTestId("indicator")).toHaveLength(3));
    expect(counter()).toBe(5);
    fireEvent.click(within(suggestion("litig.cases")).getByRole("checkbox"));
    act(() => row("recon.closed").focus());
    key("c");
    const input = screen.getByTestId("correct-input");
    fireEvent.change(input, { target: { value: "40" } });
    fireEvent.keyDown(input, { key: "Enter" });
    act(() => row("recon.closed").focus());
    key("j"); // the suggestion taken is a value now, in catalog order
    expect(row("litig.cases").getAttribute("aria-selected")).toBe("true");
    key("j");
    key("i");
    key("Escape");
    expect(counter()).toBe(2);
    fireEvent.click(screen.getByTestId("download"));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [results, review] = download.mock.calls[0]!;
    const by = new Map(results[0]!.indicators.map((v) => [v.code, v]));
    expect(by.get("litig.cases")).toMatchObject({ value: 60, decided: "采纳" });
    expect(by.get("recon.closed")).toMatchObject({ value: 40, decided: "更正", evidence: { text: S1 } });
    expect(review!.decisions.map((d) => [d.code, d.decision, d.status])).toEqual([
      ["litig.cases", "采纳", undefined],
      ["recon.closed", "更正", undefined],
      ["hotline.tickets", "忽略", undefined],
    ]);
    expect(review!.decisions.every((d) => d.report === "r:晋城市城区|2023|")).toBe(true);
    // the same report pasted again: its decisions are re-applied on the new card
    fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
    fireEvent.click(screen.getByTestId("extract"));
    await waitFor(() => expect(screen.getAllByTestId("report")).toHaveLength(2));
    await waitFor(() => expect(screen.getAllByTestId("report-undecided").map((c) => c.getAttribute("data-count"))).toEqual(["2", "2"]));
    const newest = within(screen.getAllByTestId("report")[0]!);
    expect(newest.getAllByTestId("indicator-value").map((v) => v.textContent)).toContain("40件");
  });
});
