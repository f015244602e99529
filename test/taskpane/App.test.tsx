/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type WorkbookActions } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { DocumentReadError, ExtractTimeoutError } from "../../src/taskpane/extractClient";
import { STRINGS } from "../../src/taskpane/i18n";
import { OFFICE_SCRIPT_ID, watchHost, type HostState } from "../../src/taskpane/office";
import { summariseBatch } from "../../src/taskpane/batchSummary";
import { TextDecoder, TextEncoder } from "node:util";
import type { ReportResult } from "../../src/core/types";

const TEXT = "2023年，全年办理“12345”各类诉求工单5187件，办结率100%。旁听庭审320余人次。";

function fakeResult(source: string): ReportResult {
  const at = TEXT.indexOf("5187");
  const at2 = TEXT.indexOf("320");
  return {
    source,
    meta: { region: "晋城市城区", year: 2023, published: "2024-02-26", issuer: null },
    indicators: [
      { code: "hotline.tickets", value: 5187, unit: "件", approx: null, evidence: { start: at, end: at + 5, text: "5187件" } },
      { code: "study.court_observation", value: 320, unit: "人次", approx: "at_least", evidence: { start: at2, end: at2 + 6, text: "320余人次" } },
    ],
    flags: [
      { check: "approximate", severity: "info", codes: ["study.court_observation"], message: "旁听庭审人次为约数" },
      { check: "conflict", severity: "warning", codes: ["hotline.tickets"], message: "找到两个不同数值" },
    ],
  };
}

function setup(host: HostState, lang: "zh" | "en" = "zh") {
  const extractor = jest.fn(async (job: { text: string; source: string }) => fakeResult(job.source));
  const workbook: WorkbookActions = {
    fill: jest.fn(async (results, confirm) => {
      const ok = await confirm([{ label: "晋城市城区 2023 (a.txt)" }]);
      return { written: ok ? results.length : 0, skipped: ok ? 0 : 1, messages: [] };
    }),
    download: jest.fn(async () => ({ blob: new Blob(["x"]), filename: "指标.xlsx" })),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} strings={STRINGS[lang]} lang={lang} extractor={extractor} workbook={workbook} />
    </FluentProvider>,
  );
  return { extractor, workbook };
}

beforeAll(() => {
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => "blob:x";
  (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});

test("outside Excel: paste, see values with qualifiers, evidence and coloured flags, untick, download", async () => {
  const { extractor, workbook } = setup({ status: "none", reason: "no-office" });
  expect(screen.getByTestId("host-status").textContent).toContain("未在 Excel 中运行");
  expect(screen.queryByTestId("fill")).toBeNull();
  fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
  fireEvent.click(screen.getByTestId("extract"));
  await waitFor(() => expect(screen.getAllByTestId("indicator")).toHaveLength(2));
  expect(extractor).toHaveBeenCalledWith(expect.objectContaining({ text: TEXT, source: "粘贴的报告 1" }));
  const values = screen.getAllByTestId("indicator-value").map((e) => e.textContent);
  expect(values).toEqual(["5,187件", "320余人次"]);
  // the evidence sentence and the flags' messages open on demand (a row clicked)
  expect(screen.queryByTestId("evidence-number")).toBeNull();
  for (const row of screen.getAllByTestId("indicator")) fireEvent.click(within(row).getAllByRole("cell")[1]!);
  expect(screen.getAllByTestId("evidence-number").map((e) => e.textContent)).toEqual(["5187", "320"]);
  expect(screen.getByTestId("report-region").textContent).toContain("晋城市城区");
  const flags = screen.getAllByTestId("flag");
  expect(flags.map((f) => f.getAttribute("data-severity"))).toEqual(["warning", "info"]);
  // untick the hotline value: it must not reach the workbook
  const row = screen.getAllByTestId("indicator")[0]!;
  fireEvent.click(within(row).getByRole("checkbox"));
  fireEvent.click(screen.getByTestId("download"));
  await waitFor(() => expect(workbook.download).toHaveBeenCalledTimes(1));
  const sent = (workbook.download as jest.Mock).mock.calls[0][0] as ReportResult[];
  expect(sent[0]!.indicators.map((v) => v.code)).toEqual(["study.court_observation"]);
  expect(sent[0]!.flags.map((f) => f.check)).toEqual(["approximate"]);
});

test("in Excel (English): fill asks before replacing a report already in the workbook", async () => {
  const { workbook } = setup({ status: "excel", displayLanguage: "en-US", excelApi: ["1.7"] }, "en");
  expect(screen.getByTestId("host-status").textContent).toContain("Connected to Excel");
  fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
  fireEvent.click(screen.getByTestId("extract"));
  await waitFor(() => expect(screen.getAllByTestId("indicator")).toHaveLength(2));
  expect(screen.getAllByTestId("indicator-value")[1]!.textContent).toBe("≥ 320 人次");
  fireEvent.click(screen.getByTestId("fill"));
  await waitFor(() => expect(screen.getByTestId("confirm-text").textContent).toContain("晋城市城区 2023"));
  fireEvent.click(screen.getByTestId("confirm-no"));
  await waitFor(() => expect(screen.getAllByTestId("notice")[0]!.textContent).toContain("Filled 0"));
  expect(workbook.fill).toHaveBeenCalledTimes(1);
});

test("a failing extraction is shown on its report, the pane keeps working", async () => {
  const extractor = jest.fn(async () => {
    throw new Error("boom");
  });
  render(
    <App
      host={{ status: "none", reason: "no-host" }}
      strings={STRINGS.zh}
      lang="zh"
      extractor={extractor}
      workbook={{ fill: jest.fn(), download: jest.fn() }}
    />,
  );
  fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
  fireEvent.click(screen.getByTestId("extract"));
  await waitFor(() => expect(screen.getByTestId("report-error").textContent).toContain("boom"));
});

test("the error boundary says what happened and what to do", () => {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  function Broken(): React.JSX.Element {
    throw new Error("render failed");
  }
  render(
    <ErrorBoundary strings={STRINGS.zh}>
      <Broken />
    </ErrorBoundary>,
  );
  expect(screen.getByRole("alert").textContent).toContain("任务窗格出错了");
  expect(screen.getByRole("alert").textContent).toContain("重新开始");
  expect(screen.getByRole("alert").textContent).toContain("render failed");
  spy.mockRestore();
  act(() => undefined);
});

test("a file the intake refuses gets a Chinese message naming it and what to do (English in an English Office)", async () => {
  const readDocument = jest.fn(async (_b: Uint8Array, name: string) => {
    if (name.endsWith(".doc")) throw new DocumentReadError("is an old Word file (.doc), which cannot be read; open it in Word or WPS and save it as .docx", "unsupported");
    throw new DocumentReadError("is a PDF without a text layer (a scan); run OCR on it first (or give the .docx it was made from)", "needs_ocr");
  });
  const file = (name: string) => {
    const f = new File([new Uint8Array([1, 2, 3])], name);
    Object.defineProperty(f, "arrayBuffer", { value: async () => new Uint8Array([1, 2, 3]).buffer });
    return f;
  };
  for (const lang of ["zh", "en"] as const) {
    const { unmount } = render(
      <App
        host={{ status: "none", reason: "no-host" }}
        strings={STRINGS[lang]}
        lang={lang}
        extractor={jest.fn()}
        workbook={{ fill: jest.fn(), download: jest.fn() }}
        readDocument={readDocument}
      />,
    );
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("旧报告.doc"), file("扫描件.pdf")] } });
    await waitFor(() => expect(screen.getAllByTestId("report-error")).toHaveLength(2));
    // newest report first: the list shows the batch's last file on top
    const [pdf = "", doc = ""] = screen.getAllByTestId("report-error").map((e) => e.textContent ?? "");
    if (lang === "zh") {
      expect(doc).toMatch(/旧报告\.doc.*另存为 \.docx/);
      expect(pdf).toMatch(/扫描件\.pdf.*文字识别\(OCR\)/);
      expect(doc + pdf).not.toMatch(/cannot be read|run OCR/);
    } else {
      expect(doc).toContain("旧报告.doc: is an old Word file (.doc)");
      expect(pdf).toContain("扫描件.pdf: is a PDF without a text layer");
    }
    unmount();
  }
});

describe("a batch's closing message counts what succeeded and what failed", () => {
  const file = (name: string, body = TEXT) => {
    const bytes = new TextEncoder().encode(body);
    const f = new File([bytes], name);
    Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
    return f;
  };
  /** A reader that refuses every file whose name starts with "bad" (as the intake would). */
  const reader = jest.fn(async (bytes: Uint8Array, name: string) => {
    if (name.startsWith("bad")) throw new DocumentReadError("is a damaged or incomplete .docx", "corrupt");
    return { text: new TextDecoder().decode(bytes) };
  });
  /** An extractor that finds nothing in a text containing "无指标". */
  const extractor = jest.fn(async (job: { text: string; source: string }) =>
    job.text.includes("无指标") ? { ...fakeResult(job.source), indicators: [], flags: [] } : fakeResult(job.source),
  );

  function renderPane(lang: "zh" | "en" = "zh") {
    return render(
      <App host={{ status: "none", reason: "no-host" }} strings={STRINGS[lang]} lang={lang} extractor={extractor} workbook={{ fill: jest.fn(), download: jest.fn() }} readDocument={reader} />,
    );
  }
  async function closingNotice(): Promise<HTMLElement> {
    await waitFor(() => expect(screen.getByTestId("notice").getAttribute("data-kind")).toBe("extracted"));
    return screen.getByTestId("notice");
  }

  test("none failed: green, with the count", async () => {
    renderPane();
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("a.docx"), file("b.docx")] } });
    const n = await closingNotice();
    expect(n.getAttribute("data-intent")).toBe("success");
    expect(n.textContent).toContain("已完成 2 份报告");
    expect(n.textContent).not.toMatch(/失败|没有找到/);
  });

  test("some failed: amber, counting both", async () => {
    renderPane();
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("a.docx"), file("bad1.docx"), file("c.docx")] } });
    const n = await closingNotice();
    expect(n.getAttribute("data-intent")).toBe("warning");
    expect(n.textContent).toContain("已完成 2 份报告");
    expect(n.textContent).toContain("1 份失败");
    expect(screen.getAllByTestId("report-error")).toHaveLength(1);
  });

  test("all failed: red, never 'done', in both languages", async () => {
    for (const lang of ["zh", "en"] as const) {
      const { unmount } = renderPane(lang);
      fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("bad1.docx"), file("bad2.docx"), file("bad3.docx")] } });
      const n = await closingNotice();
      expect(n.getAttribute("data-intent")).toBe("error");
      expect(n.textContent).toContain(lang === "zh" ? "3 份报告均未能读取" : "Nothing was read: all 3 reports failed");
      expect(n.textContent).not.toMatch(/已完成|Done/);
      unmount();
    }
  });

  test("read but nothing found is not green either; the counts add up", async () => {
    renderPane();
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("a.docx"), file("n.docx", "无指标的一段话。")] } });
    const n = await closingNotice();
    expect(n.getAttribute("data-intent")).toBe("warning");
    expect(n.textContent).toBe("已完成 2 份报告，1 份没有找到指标。");
    expect(summariseBatch([])).toEqual({ intent: "error", counts: { total: 0, found: 0, nothingFound: 0, failed: 0 } });
    expect(summariseBatch(["found", "failed", "nothing_found"]).counts).toEqual({ total: 3, found: 1, nothingFound: 1, failed: 1 });
  });

  test("a report stopped at the time limit is reported as such and the batch goes on", async () => {
    const stuck = jest.fn(async (job: { text: string; source: string }) => {
      if (job.source === "slow.docx") throw new ExtractTimeoutError(60);
      return fakeResult(job.source);
    });
    render(
      <App host={{ status: "none", reason: "no-host" }} strings={STRINGS.zh} lang="zh" extractor={stuck} workbook={{ fill: jest.fn(), download: jest.fn() }} readDocument={reader} />,
    );
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("slow.docx"), file("next.docx")] } });
    const n = await closingNotice();
    expect(stuck).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId("report-error").textContent).toMatch(/提取“slow\.docx”超过 60 秒仍未完成，已停止/);
    expect(screen.getAllByTestId("report").map((r) => r.getAttribute("data-status"))).toEqual(["done", "error"]);
    expect(n.getAttribute("data-intent")).toBe("warning");
    expect(n.textContent).toContain("1 份失败");
  });
});

describe("office.js loads alongside the pane (watchHost)", () => {
  function scriptDoc() {
    const script = document.createElement("script");
    script.id = OFFICE_SCRIPT_ID;
    return { script, doc: { getElementById: (id: string) => (id === OFFICE_SCRIPT_ID ? script : null) } };
  }
  const excelOffice = () =>
    ({
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      context: { displayLanguage: "zh-CN", requirements: { isSetSupported: (_n: string, v: string) => v === "1.1" } },
    }) as unknown as typeof Office;

  test("office.js never answers: a timeout message, then Excel when it finally loads", async () => {
    const { script, doc } = scriptDoc();
    let office: typeof Office | undefined;
    const seen: HostState[] = [];
    const stop = watchHost((h) => seen.push(h), { timeoutMs: 30, doc, office: () => office });
    expect(seen).toEqual([]);
    await waitFor(() => expect(seen).toEqual([{ status: "none", reason: "timeout" }]));
    office = excelOffice();
    script.dispatchEvent(new Event("load"));
    await waitFor(() => expect(seen[1]).toEqual({ status: "excel", displayLanguage: "zh-CN", excelApi: ["1.1"] }));
    stop();
  });

  test("office.js fails to load: no Office, at once; Office already there: read at once; no script: no Office", async () => {
    const { script, doc } = scriptDoc();
    const seen: HostState[] = [];
    const stop = watchHost((h) => seen.push(h), { timeoutMs: 10_000, doc, office: () => undefined });
    script.dispatchEvent(new Event("error"));
    expect(seen).toEqual([{ status: "none", reason: "no-office" }]);
    stop();

    const seen2: HostState[] = [];
    const stop2 = watchHost((h) => seen2.push(h), { timeoutMs: 10_000, doc, office: excelOffice });
    await waitFor(() => expect(seen2).toEqual([{ status: "excel", displayLanguage: "zh-CN", excelApi: ["1.1"] }]));
    stop2();

    // the fetch failed before the pane's code ran (its error event is gone): no Office after a short grace, not after the timeout
    script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    let office: typeof Office | undefined;
    const seen4: HostState[] = [];
    const t0 = Date.now();
    const stop4 = watchHost((h) => seen4.push(h), { timeoutMs: 10_000, doc, office: () => office, fetched: (u) => u === script.src });
    expect(seen4).toEqual([]);
    await waitFor(() => expect(seen4).toEqual([{ status: "none", reason: "no-office" }]));
    expect(Date.now() - t0).toBeLessThan(2_000);
    // … and should it run after all, Excel still comes
    office = excelOffice();
    script.dispatchEvent(new Event("load"));
    await waitFor(() => expect(seen4[1]).toMatchObject({ status: "excel" }));
    stop4();

    const seen3: HostState[] = [];
    watchHost((h) => seen3.push(h), { timeoutMs: 10_000, doc: { getElementById: () => null }, office: () => undefined })();
    expect(seen3).toEqual([{ status: "none", reason: "no-office" }]);
  });

  test("a timed-out host says so in the pane, which stays a complete tool", async () => {
    const extractor = jest.fn(async (job: { text: string; source: string }) => fakeResult(job.source));
    render(
      <App host={{ status: "none", reason: "timeout" }} strings={STRINGS.zh} lang="zh" extractor={extractor} workbook={{ fill: jest.fn(), download: jest.fn() }} />,
    );
    expect(screen.getByTestId("host-status").getAttribute("data-reason")).toBe("timeout");
    expect(screen.getByTestId("host-status").textContent).toContain("Office 没有响应");
    fireEvent.change(screen.getByTestId("paste"), { target: { value: TEXT } });
    fireEvent.click(screen.getByTestId("extract"));
    await waitFor(() => expect(screen.getAllByTestId("indicator")).toHaveLength(2));
    expect(screen.getByTestId("download")).toBeTruthy();
    expect(screen.queryByTestId("fill")).toBeNull();
  });
});
