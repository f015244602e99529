/**
 * What the end-to-end tests share: Debian's chromium (never a downloaded browser), the Office.js
 * stand-ins, a pane page whose every request outside localhost fails the test, and the
 * production build of dist/.
 */
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const SEEDS = path.join(ROOT, "seeds");
export const ARTIFACTS = path.join(ROOT, "test/artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const haveChromium = fs.existsSync(CHROMIUM);

if (!haveChromium && process.env.CI) {
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the e2e test`);
}
export const describeE2e = haveChromium ? describe : describe.skip;

export const seedFiles = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort() : [];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

function newestMtime(dir: string): number {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function isBuilt(): boolean {
  const html = path.join(DIST, "taskpane.html");
  const built = fs.existsSync(html) && fs.existsSync(path.join(DIST, "worker.js")) ? fs.statSync(html).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "assets")),
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
    fs.statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
  );
  return built > sources;
}

/**
 * Builds dist/ (as `npm run build` does) unless it is newer than every source it is made from.
 * Test files running in parallel take turns (a lock directory), so two builds never clean and
 * write dist/ at once.
 */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = path.join(ROOT, "node_modules/.cache/zhibiao-dist.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // a lock older than 10 minutes was left by a killed run
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(pause, 0, 0, 500);
    }
  }
  try {
    if (!isBuilt())
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  } catch (e) {
    // say what webpack said, not only that it failed
    const out = String((e as { stdout?: unknown }).stdout ?? "") + String((e as { stderr?: unknown }).stderr ?? "");
    const errors = out.slice(Math.max(0, out.indexOf("ERROR")));
    throw new Error(`npm run build failed:\n${errors.slice(0, 3000)}`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** A port nobody listens on now (the servers under test take a number, as `PORT=` does). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "localhost", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The Content-Security-Policy the page ships (its <meta> in src/taskpane/taskpane.html). */
export function shippedCsp(): string {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const m = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
  if (!m) throw new Error("taskpane.html has no Content-Security-Policy");
  return m[1]!;
}

/** Office.js stand-in: Office exists, Office.onReady reports no host (a browser tab). */
export const OFFICE_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: null, requirements: { isSetSupported: function () { return false; } } },
  onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); }
};`;

/**
 * Office.js stand-in for Excel: Office.onReady reports Excel, and Excel.run hands the writer a
 * recording context (every property set is logged in window.__xl; every sheet is new).
 */
export const EXCEL_STUB = `(function () {
  var xl = (window.__xl = { syncs: 0, writes: [] });
  function rec(path) {
    return new Proxy(function () {}, {
      get: function (t, p) {
        if (p === "then" || typeof p === "symbol") return undefined;
        if (p === "isNullObject") return true;
        if (p === "load") return function () {};
        if (p === "sync") return function () { xl.syncs++; return Promise.resolve(); };
        return rec(path + "." + String(p));
      },
      set: function (t, p, v) { xl.writes.push([path, String(p), v]); return true; },
      apply: function (t, self, args) {
        return rec(path + "(" + args.map(function (a) { return typeof a === "string" ? a : "*"; }).join(",") + ")");
      }
    });
  }
  window.Excel = { run: function (cb) { return Promise.resolve(cb(rec("ctx"))); } };
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: function () { return true; } } },
    onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); }
  };
})();`;

export interface Watch {
  /** requests that tried to leave localhost (each one fails the test) */
  outside: string[];
  /** page errors, console errors (office.js' own absence aside), CSP violations */
  errors: string[];
  /** office.js requests held unanswered ("hang"): answer one with `answer(body)` */
  held: Route[];
}

/**
 * Opens the pane at `base`/taskpane.html. office.js is answered with a stand-in ("stub": no host,
 * "excel": Excel), refused ("fail", as offline) or never answered ("hang", as an intranet that
 * drops outside traffic). The page is waited for until DOMContentLoaded, not `load` (which an
 * unanswered async script holds back), then until the paste box shows.
 */
export async function openPane(
  context: BrowserContext,
  base: string,
  office: "stub" | "fail" | "excel" | "hang" | { script: string },
): Promise<{ page: Page; watch: Watch; shownMs: number }> {
  const watch: Watch = { outside: [], errors: [], held: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS)) {
      if (office === "hang") watch.held.push(route);
      else if (office === "fail") await route.abort("internetdisconnected");
      else await route.fulfill({ status: 200, contentType: "text/javascript", body: typeof office === "object" ? office.script : office === "excel" ? EXCEL_STUB : OFFICE_STUB });
      return;
    }
    const host = new URL(url).hostname;
    if (["127.0.0.1", "localhost"].includes(host) || url.startsWith("blob:") || url.startsWith("data:")) {
      await route.continue();
      return;
    }
    watch.outside.push(url);
    await route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/office\.js|ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/i.test(m.text() + m.location().url))
      watch.errors.push(`console: ${m.text()}`);
  });
  const t0 = Date.now();
  // (a generous limit: the dev server holds the page until a rebuild triggered by an edit is done)
  await page.goto(`${base}/taskpane.html`, { waitUntil: "domcontentloaded", timeout: 120_000 });
  await page.getByTestId("paste").waitFor();
  return { page, watch, shownMs: Date.now() - t0 };
}

/** The fake Excel of test/taskpane/fakeExcel.ts as an office.js stand-in for the page (see fakeExcelHost.ts). */
export function fakeExcelScript(): string {
  // esbuild ships with the dev dependencies (tsx); the bundle is made for this run only
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = esbuild.buildSync({ entryPoints: [path.join(__dirname, "fakeExcelHost.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false });
  return out.outputFiles[0]!.text;
}

/** Pastes a report, extracts it, and returns the values shown on its card (once it is done). */
export async function pasteAndExtract(page: Page, text: string): Promise<number[]> {
  await page.getByTestId("paste").fill(text);
  await page.getByTestId("extract").click();
  const card = page.locator("[data-testid=report]").last();
  await card.locator("[data-testid=indicators], [data-testid=no-indicators], [data-testid=report-error]").first().waitFor({ timeout: 60_000 });
  return card.getByTestId("indicator-value").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-value"))));
}
