/**
 * End to end: the built pane (dist/, served by `npm run preview`'s server) in Debian's chromium,
 * no Office host.
 * - Office.js from the CDN is answered locally (a stub: Office present, no host) or refused
 *   (Office undefined): the pane renders and works in both cases.
 * - Any request outside localhost/127.0.0.1 fails the test (the Office.js URL is intercepted).
 * - Paste a seed report → values and flags; upload two seed files; download the .xlsx and read
 *   it back with ExcelJS; a screenshot goes to test/artifacts/pane.png.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import ExcelJS from "exceljs";
import { benchBundle, FIRST_LOAD_BUDGET } from "../../bench/bundle";
import { makeDocx } from "../helpers/docx";
import { startPreview } from "../../scripts/preview";
import { ARTIFACTS, DIST, SEEDS, describeE2e, ensureBuilt, launchChromium, openPane, seedFiles } from "./browser";

jest.setTimeout(240_000);

/** A minimal one-page PDF with one line of text (Helvetica). */
function makePdf(line: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}


describeE2e("task pane in chromium, no Office host", () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    ensureBuilt();
    server = await startPreview({ dir: DIST, port: 0, server: { type: "http" } });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the first load (HTML + JS + CSS, gzip) is within the budget; ExcelJS is its own chunk", () => {
    const r = benchBundle({ dist: DIST, print: false });
    expect(r.firstLoad.gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    expect(r.firstLoad.files.map((f) => f.file)).toEqual(["taskpane.html", "taskpane.js"]);
    expect(r.chunks.some((c) => /exceljs/.test(c.file))).toBe(true);
    expect(r.chunks.some((c) => /pdfjs/.test(c.file))).toBe(true);
  });

  test("paste a seed report, see values and flags, upload two seeds, download and read the .xlsx", async () => {
    expect(seedFiles.length).toBeGreaterThanOrEqual(3);
    const context = await browser.newContext({ viewport: { width: 400, height: 1000 }, acceptDownloads: true, locale: "zh-CN" });
    const { page, watch } = await openPane(context, server.url, "stub");

    // Office present but no host: the pane says so and offers the download
    await expect(page.getByTestId("host-status").getAttribute("data-host")).resolves.toBe("none");
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "none");

    // 1. paste seed 000
    const seed0 = fs.readFileSync(path.join(SEEDS, seedFiles[0]!), "utf8");
    await page.getByTestId("paste").fill(seed0);
    await page.getByTestId("extract").click();
    const first = page.getByTestId("report").first();
    await first.locator("[data-testid=indicators], [data-testid=no-indicators]").first().waitFor({ timeout: 60_000 });
    expect(await first.getAttribute("data-status")).toBe("done");
    const values = await first.getByTestId("indicator-value").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
    if (values.length > 0) {
      // the real extractor is in: the hotline figure of seed 000 is found, with its evidence
      expect(values).toContain(5187);
      const row = first.locator("[data-testid=indicator][data-code='hotline.tickets']");
      // the evidence sentence opens on demand, under its row
      await row.getByRole("cell").nth(1).click();
      await expect(first.getByTestId("indicator-detail").getByTestId("evidence-number").textContent()).resolves.toContain("5187");
      await expect(row.getByRole("checkbox").isChecked()).resolves.toBe(true);
      await expect(first.getByTestId("report-undecided").getAttribute("data-count")).resolves.toMatch(/^\d+$/);
    } else {
      await first.getByTestId("no-indicators").waitFor();
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.waitForFunction(() => !(document.querySelector("[data-testid=download]") as HTMLButtonElement | null)?.disabled);
    await page.waitForTimeout(400); // let Fluent's colour transitions finish
    await page.screenshot({ path: path.join(ARTIFACTS, "pane.png") });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-full.png"), fullPage: true });

    // untick one value: it must not reach the workbook
    let unticked: string | null = null;
    if (values.length > 1) {
      const last = first.getByTestId("indicator").last();
      unticked = await last.getAttribute("data-code");
      await last.getByRole("checkbox").click();
      await expect(last.getByRole("checkbox").isChecked()).resolves.toBe(false);
    }

    // 2. upload two seed files at once
    await page.getByTestId("file-input").setInputFiles([path.join(SEEDS, seedFiles[1]!), path.join(SEEDS, seedFiles[2]!)]);
    await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll("[data-testid=report]")];
        return cards.length === 3 && cards.every((c) => c.getAttribute("data-status") === "done");
      },
      undefined,
      { timeout: 90_000 },
    );
    const sources = await page.getByTestId("report").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
    // newest report first
    expect(sources).toEqual([seedFiles[2], seedFiles[1], "粘贴的报告 1"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-batch.png"), fullPage: true });

    // 3. download the .xlsx and read it back
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(ARTIFACTS, "pane-download.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["指标", "核对", "报送", "出处"]));
    const sheet = wb.getWorksheet("指标")!;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(typeof c.value === "object" && c.value && "result" in c.value ? c.value.result : c.value)));
    const text = JSON.stringify(cells);
    for (const s of seedFiles.slice(1, 3)) expect(text).toContain(s);
    if (values.includes(5187)) expect(cells).toContain(5187);
    // 出处: one row per value (code in D, source in L); the unticked value of the pasted report is absent
    const evidence = wb.getWorksheet("出处")!;
    const evRows: { code: string; source: string }[] = [];
    evidence.eachRow((row, n) => {
      if (n > 2) evRows.push({ code: String(row.getCell(4).value ?? ""), source: String(row.getCell(12).value ?? "") });
    });
    const pasted = evRows.filter((r) => r.source === "粘贴的报告 1");
    if (values.length > 0) expect(pasted.length).toBeGreaterThan(0);
    if (unticked) expect(pasted.map((r) => r.code)).not.toContain(unticked);
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  test("in Excel (stubbed host): fill writes the open workbook through Excel.run in ≤ 3 syncs", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    const { page, watch } = await openPane(context, server.url, "excel");
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "excel");
    await page.getByTestId("paste").fill(fs.readFileSync(path.join(SEEDS, seedFiles[0]!), "utf8"));
    await page.getByTestId("extract").click();
    await page.locator("[data-testid=report][data-status=done]").waitFor({ timeout: 60_000 });
    await page.getByTestId("fill").click();
    // the extraction's own success notice is already there: wait for the fill's
    await page.locator("[data-testid=notice][data-intent=success][data-kind=filled]").waitFor({ timeout: 30_000 });
    const xl = (await page.evaluate(() => (window as unknown as { __xl: unknown }).__xl)) as { syncs: number; writes: [string, string, unknown][] };
    expect(xl.syncs).toBeGreaterThanOrEqual(1);
    expect(xl.syncs).toBeLessThanOrEqual(3);
    const row4 = xl.writes.find(([p, prop]) => p.includes("add(指标).getRange(A4:") && prop === "formulas");
    expect(row4).toBeDefined();
    const cells = (row4![2] as unknown[][])[0]!;
    const region = await page.getByTestId("report-region").first().textContent();
    expect(region).toContain(String(cells[0]));
    // number formats are set before contents; text cells are "@"
    const fmtIdx = xl.writes.findIndex(([p, prop]) => p.includes("add(指标).getRange(A4:") && prop === "numberFormat");
    expect(fmtIdx).toBeGreaterThanOrEqual(0);
    expect(fmtIdx).toBeLessThan(xl.writes.indexOf(row4!));
    expect((xl.writes[fmtIdx]![2] as string[][])[0]![0]).toBe("@");
    expect(watch.outside).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  test("Office.js cannot load (offline): the pane still renders and extracts", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    const { page, watch } = await openPane(context, server.url, "fail");
    // the refused script is noticed at once (not only after the 10 s timeout)
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "none", undefined, { timeout: 3_000 });
    expect(await page.getByTestId("host-status").getAttribute("data-reason")).toBe("no-office");
    await page.getByTestId("paste").fill(fs.readFileSync(path.join(SEEDS, seedFiles[3] ?? seedFiles[0]!), "utf8"));
    await page.getByTestId("extract").click();
    await page.locator("[data-testid=report][data-status=done]").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("download").isEnabled()).resolves.toBe(true);
    expect(watch.outside).toEqual([]);
    expect(watch.errors.filter((e) => !/office/i.test(e))).toEqual([]);
    await context.close();
  });

  test("a .docx and a .pdf are read in the browser; unreadable files get a clear message, never a crash", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    const { page, watch } = await openPane(context, server.url, "stub");
    const docx = Buffer.from(await makeDocx("2023年，某区全年办理“12345”各类诉求工单5187件，办结率100%。"));
    await page.getByTestId("file-input").setInputFiles([
      { name: "report.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx },
      { name: "report.pdf", mimeType: "application/pdf", buffer: makePdf("2023 hotline tickets 5187") },
      { name: "report.xyz", mimeType: "application/octet-stream", buffer: Buffer.from([1, 2, 3, 0, 0, 0, 7]) },
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("") },
    ]);
    await page.waitForFunction(
      () => [...document.querySelectorAll("[data-testid=report]")].filter((c) => !["queued", "running"].includes(c.getAttribute("data-status") ?? "")).length === 4,
      undefined,
      { timeout: 60_000 },
    );
    const statuses = await page.getByTestId("report").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    const errors = await page.getByTestId("report-error").allTextContents();
    // newest report first: the two refused files (given last) are on top
    expect([statuses, errors]).toEqual([[expect.anything(), expect.anything(), "done", "done"], expect.anything()]);
    expect(statuses.slice(0, 2).every((s) => s === "error" || s === "unsupported")).toBe(true);
    const msgs = await page.getByTestId("report-error").allTextContents();
    expect(msgs).toHaveLength(2);
    for (const m of msgs) expect(m).toMatch(/report\.xyz|empty\.txt/);
    // the Chinese pane says what is wrong and what to do in Chinese (IntakeError kind → i18n)
    expect(msgs.find((m) => m.includes("empty.txt"))).toMatch(/空文件/);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-files.png"), fullPage: true });
    for (const m of msgs) expect(m).not.toMatch(/\b(is|the|check|give)\b/);
    // the documents were parsed in the pane's worker: the page itself loaded no reader code
    // (its own resource timeline holds neither pdfjs nor the intake); pdfjs ran in a worker of its
    // own, started by the pane's worker
    const pageResources = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(pageResources.filter((u) => /pdfjs|intake|pdf\.worker|core/.test(u))).toEqual([]);
    const workers = page.workers().map((w) => new URL(w.url()).pathname);
    expect(workers).toEqual(expect.arrayContaining(["/worker.js", "/pdfjs/pdf.worker.min.mjs"]));
    expect(pageResources.some((u) => /worker\.js$/.test(u))).toBe(true);
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
    await context.close();
  });
});
