/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type WorkbookActions } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { DocumentReadError } from "../../src/taskpane/extractClient";
import { STRINGS } from "../../src/taskpane/i18n";
import type { HostState } from "../../src/taskpane/office";
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
    const [doc = "", pdf = ""] = screen.getAllByTestId("report-error").map((e) => e.textContent ?? "");
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
