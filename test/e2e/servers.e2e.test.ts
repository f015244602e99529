/**
 * End to end: the two servers of the README's add-in section, in Debian's chromium.
 * - `npm start`'s dev server (the same startDevServer, on a free port, http): the development
 *   page loads under the page's own Content-Security-Policy (no eval devtool), renders and
 *   extracts a pasted report.
 * - `npm run preview` (startPreview of dist/, over https with certificates made as `npm start`
 *   makes them, in a temporary folder): the same; and when the office.js request never answers
 *   the pane is usable within 2 s, says after its timeout that Office does not answer, and turns
 *   into the Excel pane if Office answers late.
 * - A screenshot at 350 px (the narrow task pane) goes to test/artifacts/pane-350.png.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { startDevServer, type RunningServer } from "../../scripts/serve";
import { resolveStatic, startPreview } from "../../scripts/preview";
import { ARTIFACTS, DIST, EXCEL_STUB, SEEDS, describeE2e, ensureBuilt, freePort, launchChromium, openPane, pasteAndExtract, seedFiles, shippedCsp } from "./browser";

jest.setTimeout(300_000);

const seed0 = () => fs.readFileSync(path.join(SEEDS, seedFiles[0]!), "utf8");

async function pageCsp(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null);
}

describeE2e("npm start: the development server", () => {
  let browser: Browser;
  let dev: RunningServer;

  beforeAll(async () => {
    browser = await launchChromium();
    dev = await startDevServer({ port: await freePort(), server: { type: "http" } });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  test("the development page loads under the shipped CSP, renders and extracts a pasted report", async () => {
    const context = await browser.newContext({ viewport: { width: 400, height: 900 } });
    const { page, watch } = await openPane(context, dev.url, "stub");
    expect(await pageCsp(page)).toBe(shippedCsp());
    // the boot text is replaced by the pane: React ran (an eval devtool stops here under the CSP)
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "none");
    expect(await page.locator("#boot").count()).toBe(0);
    const values = await pasteAndExtract(page, seed0());
    expect(values).toContain(5187);
    expect(await page.locator("[data-testid=report]").getAttribute("data-status")).toBe("done");
    // the page's scripts are the development build, with no eval anywhere in their source maps' way
    const js = await page.evaluate(async () => (await fetch("taskpane.js")).text());
    expect(js).not.toMatch(/\beval\(/);
    expect(js).toMatch(/sourceMappingURL=taskpane\.js\.map/);
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
    await context.close();
  });
});

describeE2e("npm run preview: dist/ over https", () => {
  let browser: Browser;
  let preview: RunningServer;
  let certDir: string;

  beforeAll(async () => {
    ensureBuilt();
    certDir = fs.mkdtempSync(path.join(os.tmpdir(), "zhibiao-certs-"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const certs = require("office-addin-dev-certs") as typeof import("office-addin-dev-certs");
    const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(certDir, f)) as [string, string, string];
    await certs.generateCertificates(ca, cert, key);
    const options = { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
    browser = await launchChromium();
    preview = await startPreview({ dir: DIST, port: await freePort(), server: { type: "https", options } });
  }, 600_000); // a production build first, when dist/ is older than the sources
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    fs.rmSync(certDir, { recursive: true, force: true });
  });

  test("the production page loads over https under the shipped CSP, renders and extracts a pasted report", async () => {
    expect(preview.url).toMatch(/^https:\/\/localhost:\d+$/);
    // the test's own CA is not in chromium's store: certificate errors are ignored here, nothing else
    const context = await browser.newContext({ viewport: { width: 400, height: 900 }, ignoreHTTPSErrors: true });
    const { page, watch } = await openPane(context, preview.url, "stub");
    expect(await pageCsp(page)).toBe(shippedCsp());
    const values = await pasteAndExtract(page, seed0());
    expect(values).toContain(5187);
    expect(watch.errors).toEqual([]);
    // the server serves dist/ only: nothing outside it, nothing but GET/HEAD
    const probe = await page.evaluate(async () => [
      (await fetch("manifest.xml")).status,
      (await fetch("no-such-file.js")).status,
      (await fetch("taskpane.html", { method: "POST" })).status,
    ]);
    expect(probe).toEqual([200, 404, 405]);
    // an encoded "../" (which a browser would not send as such) cannot leave dist/
    expect(fs.existsSync(path.join(DIST, "../package.json"))).toBe(true);
    for (const p of ["/..%2fpackage.json", "/%2e%2e%2fpackage.json", "/assets/..%2f..%2fpackage.json", "/%00"]) expect(resolveStatic(DIST, p)).toBeNull();
    expect(resolveStatic(DIST, "/")).toBe(path.join(DIST, "taskpane.html"));
    expect(watch.outside).toEqual([]);
    await context.close();
  });

  test("office.js never answers: a working pane within 2 s, a message after the timeout, Excel when Office answers late", async () => {
    const context = await browser.newContext({ viewport: { width: 350, height: 900 }, ignoreHTTPSErrors: true, locale: "zh-CN" });
    const { page, watch, shownMs } = await openPane(context, preview.url, "hang");
    expect(shownMs).toBeLessThan(2_000);
    expect(watch.held).toHaveLength(1); // office.js was asked for and is still pending
    expect(await page.getByTestId("host-status").getAttribute("data-host")).toBe("loading");

    // a complete tool meanwhile: paste, extract, download
    const values = await pasteAndExtract(page, seed0());
    expect(values).toContain(5187);
    await expect(page.getByTestId("download").isEnabled()).resolves.toBe(true);
    const notice = page.getByTestId("notice");
    expect(await notice.getAttribute("data-intent")).toBe("success");
    expect(await notice.textContent()).toContain("已完成 1 份报告");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    // after the timeout (office.ts: 10 s) the pane says Office does not answer
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-reason") === "timeout", undefined, {
      timeout: 20_000,
    });
    expect(await page.getByTestId("host-status").textContent()).toContain("Office 没有响应");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.waitForTimeout(400); // let Fluent's colour transitions finish
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-350.png") });
    expect(await page.getByTestId("fill").count()).toBe(0);

    // Office answers late (in Excel): the Excel features appear
    await watch.held[0]!.fulfill({ status: 200, contentType: "text/javascript", body: EXCEL_STUB });
    await page.waitForFunction(() => document.querySelector("[data-testid=host-status]")?.getAttribute("data-host") === "excel");
    await page.getByTestId("fill").waitFor();
    expect(watch.errors).toEqual([]);
    expect(watch.outside).toEqual([]);
    await context.close();
  });
});
