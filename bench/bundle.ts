/**
 * Bundle sizes of the task pane (dist/). The budget: the first load (taskpane.html and the
 * scripts and stylesheets it references from its own origin, gzip) ≤ 300 KB. The worker
 * (loaded on the first extraction) and the on-demand chunks (ExcelJS, document readers)
 * are reported separately.
 *
 *   node --import tsx bench/bundle.ts            (builds dist/ first when missing)
 *   node --import tsx bench/bundle.ts --build    (always rebuilds)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { execFileSync } from "node:child_process";

export const FIRST_LOAD_BUDGET = 300 * 1024;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleReport {
  firstLoad: { files: FileSize[]; bytes: number; gzip: number; budget: number; withinBudget: boolean };
  worker: FileSize | null;
  chunks: FileSize[];
  total: { bytes: number; gzip: number };
}

const ROOT = path.resolve(__dirname, "..");

function size(dist: string, file: string): FileSize {
  const buf = fs.readFileSync(path.join(dist, file));
  return { file, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

export function build(): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

/** Local files a page loads at once: <script src>, <link rel=stylesheet href> (not the Office CDN). */
export function firstLoadFiles(html: string): string[] {
  const refs = [
    ...[...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="?stylesheet"?[^>]*href="?([^"\s>]+)"?/gi)].map((m) => m[1]!),
  ];
  return refs.filter((r) => !/^[a-z]+:\/\//i.test(r) && !r.startsWith("//")).map((r) => r.replace(/^\.?\//, "").split("?")[0]!);
}

export function benchBundle(opts: { dist?: string; rebuild?: boolean; print?: boolean } = {}): BundleReport {
  const dist = opts.dist ?? path.join(ROOT, "dist");
  if (opts.rebuild || !fs.existsSync(path.join(dist, "taskpane.html"))) build();
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const first = ["taskpane.html", ...firstLoadFiles(html)].map((f) => size(dist, f));
  const firstNames = new Set(first.map((f) => f.file));
  const all = [
    ...fs.readdirSync(dist).filter((f) => /\.(js|mjs|css)$/.test(f)),
    ...(fs.existsSync(path.join(dist, "pdfjs")) ? fs.readdirSync(path.join(dist, "pdfjs")).filter((f) => f.endsWith(".mjs")).map((f) => `pdfjs/${f}`) : []),
  ];
  const worker = all.includes("worker.js") ? size(dist, "worker.js") : null;
  const chunks = all
    .filter((f) => !firstNames.has(f) && f !== "worker.js" && f !== "commands.js")
    .map((f) => size(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
  const sum = (xs: FileSize[], k: "bytes" | "gzip") => xs.reduce((n, x) => n + x[k], 0);
  const everything = [...first, ...(worker ? [worker] : []), ...chunks];
  const report: BundleReport = {
    firstLoad: {
      files: first,
      bytes: sum(first, "bytes"),
      gzip: sum(first, "gzip"),
      budget: FIRST_LOAD_BUDGET,
      withinBudget: sum(first, "gzip") <= FIRST_LOAD_BUDGET,
    },
    worker,
    chunks,
    total: { bytes: sum(everything, "bytes"), gzip: sum(everything, "gzip") },
  };
  if (opts.print !== false) print(report);
  return report;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function print(r: BundleReport): void {
  const row = (f: FileSize) => `  ${f.file.padEnd(64)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gz`;
  console.log("first load (HTML + JS + CSS):");
  r.firstLoad.files.forEach((f) => console.log(row(f)));
  console.log(
    `  ${"total".padEnd(64)} ${kb(r.firstLoad.bytes).padStart(10)} ${kb(r.firstLoad.gzip).padStart(10)} gz  ` +
      `(budget ${kb(r.firstLoad.budget)}: ${r.firstLoad.withinBudget ? "ok" : "OVER"})`,
  );
  if (r.worker) console.log(`worker (first extraction):\n${row(r.worker)}`);
  if (r.chunks.length) {
    console.log("on-demand chunks:");
    r.chunks.forEach((f) => console.log(row(f)));
  }
  console.log(`everything: ${kb(r.total.bytes)}, ${kb(r.total.gzip)} gz`);
}

if (require.main === module) {
  const r = benchBundle({ rebuild: process.argv.includes("--build") });
  if (!r.firstLoad.withinBudget) process.exitCode = 1;
}
