/**
 * A few tests against office-addin-mock (Microsoft's Office.js mock): host detection through
 * Office.onReady / Office.context, and Excel.run wiring of the writer. Most writer tests use
 * the plain fake in fakeExcel.ts, which models load/sync and the workbook's cells.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose index also
// loads ESM-only packages nested where jest.config.js does not transform them.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { detectHost, supportedExcelApi } from "../../src/taskpane/office";
import { langFrom } from "../../src/taskpane/i18n";
import { fillOpenWorkbook } from "../../src/workbook/writeOffice";
import { FakeWorkbook } from "./fakeExcel";

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };
afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

function officeMock(host: string | null, displayLanguage: string, maxMinor: number) {
  // The common API (Office.onReady, Office.context) has no load()/sync(): the mock's host-less
  // Excel mode would demand them, its "outlook" mode reads properties directly, as Office.js does.
  return new OfficeMockObject({
    onReady: async () => ({ host, platform: host ? "OfficeOnline" : null }),
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= maxMinor },
    },
  }, "outlook" as never) as unknown as typeof Office;
}

test("in Excel on the web in English: host, language and requirement sets are read from Office", async () => {
  const office = officeMock("Excel", "en-US", 9);
  const h = await detectHost(1000, office);
  expect(h).toEqual({ status: "excel", displayLanguage: "en-US", excelApi: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"] });
  expect(langFrom(h.status === "excel" ? h.displayLanguage : null)).toBe("en");
  expect(langFrom("zh-CN")).toBe("zh");
});

test("Office.js loaded in a plain browser tab: no host, the pane works without Excel", async () => {
  await expect(detectHost(1000, officeMock(null, "", 0))).resolves.toEqual({ status: "none", reason: "no-host" });
  await expect(detectHost(1000, undefined)).resolves.toEqual({ status: "none", reason: "no-office" });
  expect(supportedExcelApi(undefined)).toEqual([]);
});

test("fillOpenWorkbook runs in Excel.run and checks requirement sets through Office.context", async () => {
  const wb = new FakeWorkbook();
  g.Office = officeMock("Excel", "zh-CN", 5); // ExcelApi up to 1.5: no conditional formats, no 1.7 features
  const run = jest.fn(async (cb: (ctx: unknown) => Promise<unknown>) => cb(wb.context()));
  g.Excel = new OfficeMockObject({ run });
  const desc = {
    reports: [{ source: "a.txt", meta: { region: "某区", year: 2023, published: null, issuer: null }, indicators: [], flags: [] }],
    options: { generatedAt: "2024-01-01T00:00:00Z" },
  };
  const r = await fillOpenWorkbook(desc);
  expect(run).toHaveBeenCalledTimes(1);
  expect(r.written).toBe(1);
  expect(r.messages.join(" ")).toMatch(/ExcelApi 1\.6/);
  expect(wb.sheets.get("指标")!.get("A4")?.value).toBe("某区");
  expect(wb.sheets.get("指标")!.frozen).toBeUndefined();
});

test("fillOpenWorkbook outside Excel says so", async () => {
  const desc = { reports: [], options: { generatedAt: "2024-01-01T00:00:00Z" } };
  await expect(fillOpenWorkbook(desc)).rejects.toThrow(/not running inside Excel/);
});
