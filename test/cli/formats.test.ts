/**
 * The same report as .txt, .docx, .pdf and .html gives the same indicator
 * values, every evidence span slices the text the core saw, and the text read
 * from .docx/.pdf/.html contains the report's key sentences.
 *
 * The .docx and .pdf are made from the seeds here with LibreOffice (nothing
 * binary is committed). In CI LibreOffice is required; elsewhere the
 * LibreOffice cases are skipped with a note when it is missing.
 */
import { rmSync, copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SEEDS, keySentences, parseDoc, runCli, seedFiles, soffice, sofficePath, squash, tmp, write, type ReportJson } from "./helpers";

const haveSoffice = sofficePath() !== null;
if (!haveSoffice && process.env.CI) throw new Error("CI needs LibreOffice: .ci/run installs libreoffice-writer-nogui");
const withLo = haveSoffice ? describe : describe.skip;

function toHtml(text: string, title: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paras = text
    .split(/\n/)
    .filter((l) => l.trim() !== "")
    .map((l) => `  <p style="text-indent:2em">${esc(l)}</p>`)
    .join("\n");
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<script>var tracking = "页面统计代码 99999件";</script>
<style>p { margin: 0 }</style></head>
<body onload="init()">
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="content">
${paras}
</div>
<iframe src="https://example.invalid/share">分享到 88888次</iframe>
</body></html>`;
}

const seeds = seedFiles();
const dir = tmp("formats");
const textDir = join(dir, "text");
let doc: { reports: ReportJson[] } = { reports: [] };
let status: number | null = null;
let stderr = "";
const FORMATS = haveSoffice ? ["txt", "docx", "pdf", "html"] : ["txt", "html"];

beforeAll(() => {
  const txts = seeds.map((f) => {
    const p = join(dir, f);
    copyFileSync(join(SEEDS, f), p);
    return p;
  });
  for (const f of seeds) write(dir, f.replace(/\.txt$/, ".html"), toHtml(readFileSync(join(SEEDS, f), "utf8"), f));
  if (haveSoffice) {
    soffice(txts, "docx:MS Word 2007 XML", dir);
    soffice(txts, "pdf:writer_pdf_Export", dir);
  }
  const inputs = seeds.flatMap((f) => FORMATS.map((ext) => join(dir, f.replace(/\.txt$/, `.${ext}`))));
  for (const p of inputs) if (!existsSync(p)) throw new Error(`not generated: ${p}`);
  const r = runCli(["extract", "--json", "--jobs", "2", "--save-text", textDir, ...inputs]);
  status = r.status;
  stderr = r.stderr;
  doc = parseDoc(r.stdout);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reportOf(name: string): ReportJson {
  const r = doc.reports.find((x) => x.source === name);
  if (!r) throw new Error(`no report for ${name}`);
  return r;
}

function valueSet(r: ReportJson): string[] {
  return (r.indicators ?? []).map((i) => `${i.code}=${i.value}${i.approx ? `(${i.approx})` : ""}`).sort();
}

test("every format of every seed is read (exit 0, one report per input, in order)", () => {
  expect(stderr).toBe("");
  expect(status).toBe(0);
  expect(doc.reports.map((r) => r.source)).toEqual(seeds.flatMap((f) => FORMATS.map((ext) => f.replace(/\.txt$/, `.${ext}`))));
  for (const r of doc.reports) expect(r.error).toBeUndefined();
});

describe.each(seeds)("%s", (seed) => {
  const base = seed.replace(/\.txt$/, "");

  test("the .txt yields indicators (when the extractor is in place)", () => {
    expect(Array.isArray(reportOf(`${base}.txt`).indicators)).toBe(true);
  });

  test.each(FORMATS.filter((f) => f !== "txt"))("the .%s gives the same (code, value, qualifier) set as the .txt", (ext) => {
    expect(valueSet(reportOf(`${base}.${ext}`))).toEqual(valueSet(reportOf(`${base}.txt`)));
  });

  test.each(FORMATS)("every evidence span of the .%s slices the text the core saw", (ext) => {
    const name = `${base}.${ext}`;
    const text = readFileSync(join(textDir, `${name}.txt`), "utf8");
    for (const i of reportOf(name).indicators ?? []) {
      expect(i.evidence.end).toBeGreaterThan(i.evidence.start);
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
      if (ext === "pdf") expect(i.evidence.page ?? 1).toBeGreaterThanOrEqual(1);
    }
  });

  test.each(FORMATS.filter((f) => f !== "txt"))("the text read from the .%s contains the key sentences of the report", (ext) => {
    const original = readFileSync(join(SEEDS, seed), "utf8");
    const got = squash(readFileSync(join(textDir, `${base}.${ext}.txt`), "utf8"));
    const sentences = keySentences(original);
    expect(sentences.length).toBeGreaterThan(3);
    const missing = sentences.filter((s) => !got.includes(squash(s)));
    expect(missing).toEqual([]);
  });

  test("the .html text has no script, style or iframe content", () => {
    const got = readFileSync(join(textDir, `${base}.html.txt`), "utf8");
    expect(got).not.toContain("页面统计代码");
    expect(got).not.toContain("99999");
    expect(got).not.toContain("分享到");
    expect(got).not.toContain("margin");
    expect(got).not.toContain("init()");
  });
});

withLo("PDF specifics", () => {
  test("page starts are given: evidence past page 1 names a later page", () => {
    const evidence = doc.reports.filter((r) => r.source.endsWith(".pdf")).flatMap((r) => (r.indicators ?? []).map((i) => i.evidence));
    const pages = evidence.map((e) => e.page);
    for (const p of pages) expect(p).toEqual(expect.any(Number));
    if (pages.length > 0) expect(Math.max(...(pages as number[]))).toBeGreaterThan(1);
    // and no evidence of a .txt names a page
    for (const r of doc.reports.filter((x) => x.source.endsWith(".txt"))) for (const i of r.indicators ?? []) expect(i.evidence.page).toBeUndefined();
  });

  test("a sentence wrapped across lines is joined without a break or space", () => {
    const seed = seeds[0]!;
    const pdfText = readFileSync(join(textDir, `${seed.replace(/\.txt$/, "")}.pdf.txt`), "utf8");
    const original = readFileSync(join(SEEDS, seed), "utf8");
    // the longest paragraph of the report is certainly wrapped in the PDF
    const longest = original.split("\n").sort((a, b) => b.length - a.length)[0]!.trim();
    expect(longest.length).toBeGreaterThan(120);
    expect(pdfText.replace(/ /g, "")).toContain(longest.replace(/ /g, ""));
  });
});

test("the project root is the checkout (sanity)", () => {
  expect(existsSync(join(ROOT, "package.json"))).toBe(true);
});
