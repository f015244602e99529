/** @jest-environment jsdom */
/**
 * The open workbook's decisions (审核) in the pane, before a fill: shown decided with the
 * workbook's badge, counted as decided, 需重新核对 where they no longer match, overridden by the
 * pane's own decision on the same target; fill writes the merged set once. Outside Excel nothing
 * is read.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { BookDecisions, WorkbookActions } from "../../src/taskpane/workbookPort";
import type { HostState } from "../../src/taskpane/office";
import { STRINGS } from "../../src/taskpane/i18n";
import { matchBook, overlayDecisions } from "../../src/taskpane/bookDecisions";
import { makeDecision, reportKey, targetKey, type Decision, type ReviewData } from "../../src/core/decisions";
import type { ReportResult } from "../../src/core/types";
import { a1 } from "../../src/workbook/description";
import { REVIEW_FIRST_ROW, reviewColumn } from "../../src/workbook/layout";
import { readReviewOffice, writeOffice } from "../../src/workbook/writeOffice";
import { FakeWorkbook } from "./fakeExcel";
import { TextDecoder, TextEncoder } from "node:util";
import { TEXT, result } from "./reviewFixture";

const THEN = new Date(2026, 11, 3, 9, 0, 0);
const valueOf = (r: ReportResult, code: string) => r.indicators.find((v) => v.code === code)!;

/** What an earlier session decided and filled: 核实 the hotline's flag, 采纳 the court's figure. */
function bookDecisions(r = result()): Decision[] {
  const key = reportKey(r);
  return [
    makeDecision(key, { kind: "flag", code: "hotline.tickets", check: "other_period", value: valueOf(r, "hotline.tickets") }, "核实", { now: THEN, note: "年报口径" }),
    makeDecision(key, { kind: "suggestion", code: "litig.cases", suggestion: r.suggestions![0]! }, "采纳", { now: THEN }),
  ];
}
/** A 更正 made when 结案数 was read as 45: the report now says 50, so it no longer matches. */
function staleCorrection(): Decision {
  const old = result();
  old.indicators[1] = { ...old.indicators[1]!, value: 45 };
  return makeDecision(reportKey(old), { kind: "flag", code: "recon.closed", check: "part_le_whole", value: valueOf(old, "recon.closed") }, "更正", { now: THEN, valueDecided: 40 });
}

const EXCEL: HostState = { status: "excel", displayLanguage: "zh-CN", excelApi: ["1.9"] };

function setup(opts: { host?: HostState; read?: () => Promise<BookDecisions>; fill?: WorkbookActions["fill"] } = {}) {
  const extractor = jest.fn(async (job: { text: string; source: string }) => result(job.source));
  const readDecisions = jest.fn(opts.read ?? (async () => ({ decisions: bookDecisions(), problems: [] })));
  const fill = jest.fn(opts.fill ?? (async () => ({ written: 1, skipped: 0, messages: [] })));
  const workbook: WorkbookActions = { fill, download: jest.fn(), readDecisions };
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={opts.host ?? EXCEL} strings={STRINGS.zh} lang="zh" extractor={extractor} workbook={workbook} />
    </FluentProvider>,
  );
  return { extractor, readDecisions, fill };
}
const paste = async (n = 1) => {
  fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
  fireEvent.click(screen.getByTestId("extract"));
  await waitFor(() => expect(screen.getAllByTestId("report")).toHaveLength(n));
  await waitFor(() => expect(screen.getAllByTestId("report")[0]!.getAttribute("data-status")).toBe("done"));
};
const counter = () => Number(screen.getByTestId("undecided").getAttribute("data-count"));
const row = (code: string, card: HTMLElement = screen.getAllByTestId("report")[0]!) =>
  within(card).getAllByTestId("indicator").find((r) => r.getAttribute("data-code") === code)!;
const suggestion = (code: string, card: HTMLElement = screen.getAllByTestId("report")[0]!) =>
  within(card).getAllByTestId("suggestion").find((r) => r.getAttribute("data-code") === code)!;
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? screen.getByTestId("review"), { key: k });

describe("the open workbook's decisions in the pane (Excel)", () => {
  test("a decided flag and suggestion show decided with the workbook's badge; the counter and the filter count them decided", async () => {
    const { readDecisions } = setup();
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-decisions").getAttribute("data-applied")).toBe("2"));
    expect(readDecisions).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("book-decisions").textContent).toContain("工作簿“审核”表中已有这些报告的 2 项决定");
    // the hotline's warning: 核实 in the book
    const hot = row("hotline.tickets");
    expect(hot.getAttribute("data-undecided")).toBeNull();
    expect(within(hot).getByTestId("verdict").textContent).toBe("核实");
    expect(within(hot).getByTestId("from-book").getAttribute("aria-label")).toBe("工作簿中已决定");
    // its detail says so in full, with the book's note, and offers no undo (decide again to override)
    fireEvent.click(within(hot).getAllByRole("cell")[1]!);
    const note = screen.getByTestId("from-book-note");
    expect(within(note).getByTestId("from-book").textContent).toBe("工作簿中已决定");
    expect(note.textContent).toContain("年报口径");
    expect(within(screen.getByTestId("indicator-detail")).queryByTestId("act-u")).toBeNull();
    // the court's figure: taken in the book, so it is a value now, and its suggestion shows the decision
    expect(within(row("litig.cases")).getByTestId("indicator-value").getAttribute("data-decided")).toBe("采纳");
    const court = suggestion("litig.cases");
    expect(court.getAttribute("data-undecided")).toBeNull();
    expect(within(court).getByTestId("verdict").textContent).toBe("采纳");
    expect(within(court).getByTestId("from-book").textContent).toBe("工作簿中已决定");
    // 5 to decide without the book (one error, one warning, three suggestions): 3 with it
    expect(counter()).toBe(3);
    expect(screen.getByTestId("report-undecided").getAttribute("data-count")).toBe("3");
    // only undecided: the book's decided rows go
    fireEvent.click(screen.getByTestId("only-undecided"));
    expect(screen.queryAllByTestId("indicator").some((r) => r.getAttribute("data-code") === "hotline.tickets")).toBe(false);
    expect(screen.getAllByTestId("suggestion").map((s) => s.getAttribute("data-code"))).toEqual(["study.party_sessions", "recon.received"]);
    // the same report pasted again (a second batch) reads the book again, once, and finds them too
    fireEvent.click(screen.getByTestId("only-undecided"));
    await paste(2);
    await waitFor(() => expect(readDecisions).toHaveBeenCalledTimes(2));
    expect(screen.getAllByTestId("report-undecided").map((c) => c.getAttribute("data-count"))).toEqual(["3", "3"]);
  });

  test("a book decision whose value changed is shown 需重新核对 with the badge, applies nothing, and leaves its flag undecided", async () => {
    setup({ read: async () => ({ decisions: [...bookDecisions(), staleCorrection()], problems: [] }) });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-decisions").getAttribute("data-recheck")).toBe("1"));
    expect(screen.getByTestId("book-decisions").textContent).toContain("1 项与重新提取的数值或原文不再一致，需重新核对");
    const item = screen.getByTestId("recheck-item");
    expect(item.textContent).toContain("需重新核对：行政复议结案数：此前的“更正”（40）");
    expect(item.getAttribute("data-from-book")).toBe("true");
    expect(within(item).getByTestId("from-book")).toBeDefined();
    // not applied: the value is as extracted, its error still waits for a decision
    expect(within(row("recon.closed")).getByTestId("indicator-value").textContent).toBe("50件");
    expect(row("recon.closed").getAttribute("data-undecided")).toBe("true");
    expect(counter()).toBe(3);
  });

  test("what the reviewer decides in the pane replaces the book's decision on the same target; fill gets the merged set once", async () => {
    const { fill } = setup({ read: async () => ({ decisions: [...bookDecisions(), staleCorrection()], problems: [] }) });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-decisions")).toBeDefined());
    // 更正 the hotline figure the book had 核实
    act(() => row("hotline.tickets").focus());
    key("c");
    const input = screen.getByTestId("correct-input");
    fireEvent.change(input, { target: { value: "5100" } });
    fireEvent.keyDown(input, { key: "Enter" });
    const hot = row("hotline.tickets");
    expect(within(hot).getByTestId("verdict").textContent).toBe("更正");
    expect(within(hot).queryByTestId("from-book")).toBeNull();
    expect(within(hot).getByTestId("indicator-value").textContent).toBe("5,100件");
    expect(counter()).toBe(3);
    expect(screen.getByTestId("book-decisions").getAttribute("data-applied")).toBe("1");
    // u on the pane's decision gives the book's back (never deletes the book's)
    act(() => row("hotline.tickets").focus());
    key("u");
    expect(within(row("hotline.tickets")).getByTestId("verdict").textContent).toBe("核实");
    expect(within(row("hotline.tickets")).getByTestId("from-book")).toBeDefined();
    // u on the book's decision does nothing: it stays
    key("u");
    expect(within(row("hotline.tickets")).getByTestId("verdict").textContent).toBe("核实");
    // decide again, then fill
    key("c");
    const again = screen.getByTestId("correct-input");
    fireEvent.change(again, { target: { value: "5100" } });
    fireEvent.keyDown(again, { key: "Enter" });
    fireEvent.click(screen.getByTestId("fill"));
    await waitFor(() => expect(fill).toHaveBeenCalledTimes(1));
    const [results, , review] = fill.mock.calls[0]! as unknown as [ReportResult[], unknown, ReviewData];
    const by = new Map(results[0]!.indicators.map((v) => [v.code, v]));
    expect(by.get("hotline.tickets")).toMatchObject({ value: 5100, decided: "更正" });
    expect(by.get("litig.cases")).toMatchObject({ value: 60, decided: "采纳" });
    expect(by.get("recon.closed")).toMatchObject({ value: 50 });
    expect(by.get("recon.closed")!.decided).toBeUndefined();
    expect(review.decisions.map((d) => [d.code, d.decision, d.status ?? ""])).toEqual([
      ["litig.cases", "采纳", ""],
      ["recon.closed", "更正", "需重新核对"],
      ["hotline.tickets", "更正", ""],
    ]);
    expect(new Set(review.decisions.map(targetKey)).size).toBe(review.decisions.length);
  });

  test("rows of 审核 that are not decisions: a Chinese message, the rest shown", async () => {
    setup({ read: async () => ({ decisions: bookDecisions(), problems: ["工作表“审核”第 9 行不是有效的审核决定(decision: Invalid),已原样保留"] }) });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-review-issue").textContent).toContain("工作簿“审核”表中有 1 行不是有效的决定"));
    expect(screen.getByTestId("book-review-issue").textContent).toContain("第 9 行");
    expect(counter()).toBe(3);
  });

  test("an error reading 审核 is a message in the pane; the review works as without a book", async () => {
    setup({ read: async () => Promise.reject(new Error("RichApi.Error: 无法访问")) });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-review-issue").textContent).toContain("未能读取工作簿“审核”表中的决定（RichApi.Error: 无法访问）"));
    expect(screen.queryByTestId("book-decisions")).toBeNull();
    expect(counter()).toBe(5);
    act(() => row("hotline.tickets").focus());
    key("v");
    expect(counter()).toBe(4);
  });

  test("a port that throws at once is caught too", async () => {
    setup({
      read: () => {
        throw new Error("Excel is not available");
      },
    });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-review-issue").textContent).toContain("Excel is not available"));
    expect(counter()).toBe(5);
  });

  test("outside Excel nothing is read and nothing changes", async () => {
    const { readDecisions } = setup({ host: { status: "none", reason: "no-office" } });
    await paste();
    await new Promise((r) => setTimeout(r, 20));
    expect(readDecisions).not.toHaveBeenCalled();
    expect(screen.queryByTestId("book-decisions")).toBeNull();
    expect(screen.queryByTestId("from-book")).toBeNull();
    expect(counter()).toBe(5);
  });
});

describe("when 审核 is read", () => {
  const file = (name: string) => {
    const bytes = new TextEncoder().encode(TEXT);
    const f = new File([bytes], name);
    Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
    return f;
  };
  const reader = async (bytes: Uint8Array) => ({ text: new TextDecoder().decode(bytes) });

  test("once a batch, when its first result arrives: three files, one read; every card finds the book's decisions", async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const extractor = jest.fn(async (job: { text: string; source: string }) => {
      await gate;
      return result(job.source);
    });
    const readDecisions = jest.fn(async () => ({ decisions: bookDecisions(), problems: [] }));
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={EXCEL} strings={STRINGS.zh} lang="zh" extractor={extractor} workbook={{ fill: jest.fn(), download: jest.fn(), readDecisions }} readDocument={reader} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("a.txt"), file("b.txt"), file("c.txt")] } });
    await waitFor(() => expect(extractor).toHaveBeenCalled());
    expect(readDecisions).not.toHaveBeenCalled(); // no result yet: nothing to match
    act(() => open());
    await waitFor(() => expect(screen.getAllByTestId("report").every((c) => c.getAttribute("data-status") === "done")).toBe(true));
    await waitFor(() => expect(screen.getAllByTestId("report-undecided").map((c) => c.getAttribute("data-count"))).toEqual(["3", "3", "3"]));
    expect(readDecisions).toHaveBeenCalledTimes(1);
  });

  test("results already there when Excel connects: read then", async () => {
    const extractor = jest.fn(async (job: { text: string; source: string }) => result(job.source));
    const readDecisions = jest.fn(async () => ({ decisions: bookDecisions(), problems: [] }));
    const pane = (host: HostState) => (
      <FluentProvider theme={webLightTheme}>
        <App host={host} strings={STRINGS.zh} lang="zh" extractor={extractor} workbook={{ fill: jest.fn(), download: jest.fn(), readDecisions }} />
      </FluentProvider>
    );
    const { rerender } = render(pane({ status: "loading" }));
    await paste();
    expect(counter()).toBe(5);
    expect(readDecisions).not.toHaveBeenCalled();
    rerender(pane(EXCEL));
    await waitFor(() => expect(counter()).toBe(3));
    expect(readDecisions).toHaveBeenCalledTimes(1);
  });
});

describe("through the real Office.js writer and reader (fake Excel)", () => {
  test("a book filled with decisions: the pane shows them, one is decided again, fill leaves 审核 without duplicates", async () => {
    const wb = new FakeWorkbook();
    const all = () => true;
    // an earlier session: the report filled with the two decisions (and nothing else) through writeOffice
    const first = await writeOffice(wb.context(), { reports: [result()], options: { generatedAt: "2026-12-03T09:00:00+08:00", decisions: bookDecisions() } }, { isSetSupported: all });
    expect(first.decisions).toHaveLength(2);
    const fill: WorkbookActions["fill"] = async (results, confirm, review) => {
      const r = await writeOffice(
        wb.context(),
        { reports: results, options: { generatedAt: "2026-12-04T18:30:00+08:00", decisions: review?.decisions ?? [] } },
        { isSetSupported: all, confirmReplace: (e) => confirm(e.map((x) => ({ label: x.label }))) },
      );
      return { written: r.written, skipped: r.skipped.length, messages: r.messages, decisions: r.decisions };
    };
    const read = async (): Promise<BookDecisions> => {
      const r = await readReviewOffice(wb.context());
      return { decisions: r.decisions, problems: r.unread.map((u) => u.problem) };
    };
    setup({ read, fill });
    await paste();
    await waitFor(() => expect(screen.getByTestId("book-decisions").getAttribute("data-applied")).toBe("2"));
    expect(counter()).toBe(3);
    // 忽略 the court's figure the book had taken
    act(() => suggestion("litig.cases").focus());
    key("i");
    fireEvent.keyDown(screen.getByTestId("note-input"), { key: "Escape" });
    expect(within(suggestion("litig.cases")).getByTestId("verdict").textContent).toBe("忽略");
    expect(within(suggestion("litig.cases")).queryByTestId("from-book")).toBeNull();
    fireEvent.click(screen.getByTestId("fill"));
    fireEvent.click(await screen.findByTestId("confirm-yes"));
    await waitFor(() => expect(screen.getAllByTestId("notice").some((n) => n.getAttribute("data-kind") === "filled")).toBe(true));
    const s = wb.sheets.get("审核")!;
    const rows: string[] = [];
    for (let r = REVIEW_FIRST_ROW; s.get(a1(r, reviewColumn("code")))?.value; r++)
      rows.push(`${s.get(a1(r, reviewColumn("code")))!.value}|${s.get(a1(r, reviewColumn("decision")))!.value}|${s.get(a1(r, reviewColumn("status")))!.value}`);
    expect(rows).toEqual(["hotline.tickets|核实|已应用", "litig.cases|忽略|已应用"]);
    // the pane now shows the book's 核实 still, and its own 忽略 (not badged)
    expect(within(row("hotline.tickets")).getByTestId("from-book")).toBeDefined();
    expect(within(suggestion("litig.cases")).queryByTestId("from-book")).toBeNull();
    expect(counter()).toBe(3);
  });
});

describe("overlay and matching (table)", () => {
  const r = result();
  const [hot, court] = bookDecisions(r) as [Decision, Decision];
  const stale = staleCorrection();
  const other = makeDecision("r:别的区|2023|", { kind: "flag", code: "hotline.tickets", check: "other_period", value: valueOf(r, "hotline.tickets") }, "核实", { now: THEN });
  const paneHot = makeDecision(reportKey(r), { kind: "flag", code: "hotline.tickets", check: "other_period", value: valueOf(r, "hotline.tickets") }, "忽略", { now: new Date(2026, 11, 4) });
  const paneCourtOther = makeDecision(reportKey(r), { kind: "suggestion", code: "litig.cases", suggestion: r.suggestions![0]! }, "忽略", { now: new Date(2026, 11, 4) });
  const cases: { name: string; book: Decision[]; pane: Decision[]; decisions: Decision[]; fromBook: Decision[]; applied: number; recheck: number }[] = [
    { name: "no book", book: [], pane: [paneHot], decisions: [paneHot], fromBook: [], applied: 0, recheck: 0 },
    { name: "book only", book: [hot, court], pane: [], decisions: [hot, court], fromBook: [hot, court], applied: 2, recheck: 0 },
    { name: "another report's decision is kept but matches nothing", book: [other, hot], pane: [], decisions: [other, hot], fromBook: [other, hot], applied: 1, recheck: 0 },
    { name: "a stale decision is counted to recheck", book: [hot, stale], pane: [], decisions: [hot, stale], fromBook: [hot, stale], applied: 1, recheck: 1 },
    { name: "the pane's decision on the same target replaces the book's (after it)", book: [hot, court], pane: [paneHot], decisions: [court, paneHot], fromBook: [court], applied: 1, recheck: 0 },
    { name: "a suggestion is one target whatever it was decided as", book: [hot, court], pane: [paneCourtOther], decisions: [hot, paneCourtOther], fromBook: [hot], applied: 1, recheck: 0 },
  ];
  test.each(cases)("$name", (c) => {
    const o = overlayDecisions(c.book, c.pane);
    expect(o.decisions).toEqual(c.decisions);
    expect([...o.fromBook].sort()).toEqual(c.fromBook.map(targetKey).sort());
    expect(matchBook([r], o)).toEqual({ applied: c.applied, recheck: c.recheck });
    // a report read twice counts once
    expect(matchBook([r, result("b.txt")], o)).toEqual({ applied: c.applied, recheck: c.recheck });
  });
});
