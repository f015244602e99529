/**
 * The reviewer's loop end to end, in Debian's chromium at 350 px, the pane hosted by a fake Excel
 * (the project's test/taskpane/fakeExcel.ts, bundled for the page, which keeps its cells):
 * paste a report that yields a suggestion and two flags; take the suggestion, 更正 one flag,
 * 忽略 the other, with the pane's keys; download the .xlsx and open it in LibreOffice headless:
 * the value taken and the correction are on 指标, the decisions on 审核, the status counts no
 * undecided flag. Then fill the open (fake) workbook, type a 报送 value, reload the pane (a new
 * session: it remembers no decision), paste the same report again: the pane reads the book's 审核
 * and shows its three decisions (工作簿中已决定, nothing undecided); replace it: the book's
 * decisions are re-applied, once each, 报送 and the correction unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startPreview } from "../../scripts/preview";
import { a1 } from "../../src/workbook/description";
import { codeColumn, reviewColumn, REVIEW_FIRST_ROW } from "../../src/workbook/layout";
import { colOf, evaluateWithLibreOffice, SOFFICE, tempDir } from "../workbook/helpers";
import { ARTIFACTS, DIST, describeE2e, ensureBuilt, fakeExcelScript, launchChromium, openPane } from "./browser";

jest.setTimeout(300_000);

const REPORT = fs.readFileSync(path.join(__dirname, "review-report.txt"), "utf8");
const WIDTH = 350;

async function extract(page: Page): Promise<void> {
  await page.getByTestId("paste").fill(REPORT);
  await page.getByTestId("extract").click();
  await page.locator("[data-testid=report][data-status=done]").first().locator("[data-testid=indicators]").waitFor({ timeout: 60_000 });
}

/** Selects a row of the list (a click) and presses a key on it, as a reviewer does. */
async function press(page: Page, row: ReturnType<Page["locator"]>, key: string): Promise<void> {
  await row.click();
  await row.press(key);
}

const undecided = (page: Page) => page.getByTestId("undecided").getAttribute("data-count");

describeE2e("the reviewer's loop at 350 px", () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  let host: string;

  beforeAll(async () => {
    ensureBuilt();
    host = fakeExcelScript();
    server = await startPreview({ dir: DIST, port: 0, server: { type: "http" } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("take a suggestion, 更正 a flag, 忽略 another; the .xlsx in LibreOffice; fill, reload, paste again, replace: the decisions re-applied", async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
    const { page, watch } = await openPane(context, server.url, { script: host });
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "excel");
    await extract(page);

    // what the report yields: a suggestion (法院的 60 件) and two flags (48 > 44; 95% vs 880/900)
    const card = page.getByTestId("report").first();
    const suggestion = card.getByTestId("suggestion").filter({ hasText: "60" });
    await expect(suggestion.count()).resolves.toBe(1);
    const closed = card.locator("[data-testid=indicator][data-code='recon.closed']");
    const rate = card.locator("[data-testid=indicator][data-code='mediation.success_rate']");
    await expect(closed.getByTestId("flag-badge").getAttribute("data-severity")).resolves.toBe("error");
    await expect(rate.getByTestId("flag-badge").getAttribute("data-severity")).resolves.toBe("warning");
    expect(await undecided(page)).toBe("3");

    // a: take the suggestion
    await press(page, suggestion, "a");
    await expect(suggestion.getByTestId("verdict").getAttribute("data-verdict")).resolves.toBe("采纳");
    // c: 更正 48 → 40
    await press(page, closed, "c");
    await page.getByTestId("correct-input").fill("40");
    await page.getByTestId("correct-input").press("Enter");
    await expect(closed.getByTestId("indicator-value").getAttribute("data-value")).resolves.toBe("40");
    // i: 忽略 the rate's flag, with a note
    await press(page, rate, "i");
    await page.getByTestId("note-input").fill("原文如此,已与单位核对");
    await page.getByTestId("note-input").press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=undecided]")?.getAttribute("data-count") === "0");

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.waitForTimeout(400); // Fluent's colour transitions
    await page.screenshot({ path: path.join(ARTIFACTS, "review-350.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "review-350-full.png"), fullPage: true });

    // the download, opened in LibreOffice
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const file = path.join(tempDir(), "review.xlsx");
    await download.saveAs(file);
    fs.copyFileSync(file, path.join(ARTIFACTS, "review-download.xlsx"));
    if (SOFFICE || process.env.CI) {
      const sheets = evaluateWithLibreOffice(file);
      const ind = sheets["指标"]!;
      const row = ind[3]!;
      expect(row[colOf(ind, "litig.cases")]).toBe("60");
      expect(row[colOf(ind, "recon.closed")]).toBe("40");
      expect(row[colOf(ind, "recon.received")]).toBe("44");
      expect(row[colOf(ind, "status")]).toBe("正常"); // no undecided error or warning
      const chk = sheets["核对"]!;
      expect(chk[3]![colOf(chk, "errors")]).toBe("0");
      expect(chk[3]![colOf(chk, "warnings")]).toBe("0");
      expect(chk[3]![colOf(chk, "decisions")]).toMatch(/部分大于整体[\s\S]*更正 40[\s\S]*比率与数量不符[\s\S]*忽略:原文如此/);
      const rv = sheets["审核"]!;
      const rows = rv.slice(2).map((r) => `${r[colOf(rv, "code", 1)]}|${r[colOf(rv, "decision", 1)]}|${r[colOf(rv, "decided", 1)]}|${r[colOf(rv, "status", 1)]}`);
      expect(rows.sort()).toEqual(["litig.cases|采用建议|60|已应用", "mediation.success_rate|忽略||已应用", "recon.closed|更正|40|已应用"].sort());
      expect(sheets["出处"]!.some((r) => r.some((c) => c === "人工更正:原提取值 48"))).toBe(true);
    }

    // fill the open workbook, then a user types a 报送 value
    await page.getByTestId("fill").click();
    await page.locator("[data-testid=notice][data-kind=filled]").waitFor({ timeout: 30_000 });
    const cell = (sheet: string, row: number, col: number) => page.evaluate(([s, a]) => (window as unknown as { __cell(s: string, a: string): unknown }).__cell(s!, a!), [sheet, a1(row, col)]);
    expect(await cell("指标", 4, codeColumn("recon.closed"))).toBe(40);
    await page.evaluate((col) => (window as unknown as { __type(s: string, r: number, c: number, v: unknown): void }).__type("报送", 4, col, 42), codeColumn("recon.closed"));
    const saved = await page.evaluate(() => (window as unknown as { __saveBook(): unknown }).__saveBook());
    await page.close();

    // a new pane session over the same book: it remembers no decision
    await context.addInitScript((book) => void ((window as unknown as { __savedBook: unknown }).__savedBook = book), saved);
    const second = await openPane(context, server.url, { script: host });
    const page2 = second.page;
    await page2.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "excel");
    await extract(page2);
    // before filling, the pane shows the decisions the open book holds: nothing is undecided
    await page2.waitForFunction(() => document.querySelector("[data-testid=undecided]")?.getAttribute("data-count") === "0", undefined, { timeout: 30_000 });
    await expect(page2.getByTestId("book-decisions").getAttribute("data-applied")).resolves.toBe("3");
    const card2 = page2.getByTestId("report").first();
    await expect(card2.locator("[data-testid=indicator][data-code='recon.closed']").getByTestId("from-book").count()).resolves.toBe(1);
    await expect(card2.getByTestId("suggestion").filter({ hasText: "60" }).getByTestId("from-book").textContent()).resolves.toBe("工作簿中已决定");
    await page2.screenshot({ path: path.join(ARTIFACTS, "review-book-350.png"), fullPage: true });
    await page2.getByTestId("fill").click();
    await page2.getByTestId("confirm-yes").click(); // the report is already in the book: replace it
    await page2.locator("[data-testid=notice][data-kind=filled]").waitFor({ timeout: 30_000 });
    const cell2 = (sheet: string, row: number, col: number) => page2.evaluate(([s, a]) => (window as unknown as { __cell(s: string, a: string): unknown }).__cell(s!, a!), [sheet, a1(row, col)]);
    expect(await cell2("指标", 4, codeColumn("recon.closed"))).toBe(40); // the correction, re-applied
    expect(await cell2("指标", 4, codeColumn("litig.cases"))).toBe(60); // the suggestion taken, re-applied
    expect(await cell2("指标", 5, codeColumn("recon.closed"))).toBeUndefined(); // replaced in place, not added
    expect(await cell2("报送", 4, codeColumn("recon.closed"))).toBe(42); // 报送 untouched
    const review: string[] = [];
    for (let r = REVIEW_FIRST_ROW; r < REVIEW_FIRST_ROW + 5; r++) {
      const code = await cell2("审核", r, reviewColumn("code"));
      if (code === undefined || code === "") break;
      review.push(`${code}|${await cell2("审核", r, reviewColumn("decision"))}|${await cell2("审核", r, reviewColumn("status"))}`);
    }
    expect(review.sort()).toEqual(["litig.cases|采用建议|已应用", "mediation.success_rate|忽略|已应用", "recon.closed|更正|已应用"].sort());
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(second.watch.outside).toEqual([]);
    expect(second.watch.errors).toEqual([]);
    await context.close();
  });
});
