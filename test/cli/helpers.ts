/**
 * Test helpers: run the CLI as a subprocess (the real edge, including worker
 * threads and the ESM-only PDF reader), make .docx/.pdf from seeds with
 * LibreOffice, and small zip/PDF builders for hostile files.
 */
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { deflateRawSync, crc32 } from "node:zlib";

export const ROOT = resolve(__dirname, "../..");
export const SEEDS = join(ROOT, "seeds");

export function seedFiles(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

export function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `zhibiao-${prefix}-`));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  input?: string | Buffer;
  cwd?: string;
  timeoutMs?: number;
  /** The locale (LANG); LC_ALL and LC_MESSAGES are cleared. Default: English. */
  lang?: string;
}

/** The environment of a CLI run: English unless `lang` says otherwise, whatever the machine's locale. */
export function cliEnv(lang = "C.UTF-8"): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: "0", LANG: lang };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return env;
}

/** For tests that call the CLI's code in-process: its messages in English, whatever the machine's locale. */
export function pinEnglish(): void {
  process.env.LANG = "C.UTF-8";
  delete process.env.LC_ALL;
  delete process.env.LC_MESSAGES;
}

export const CLI_MAIN = join(ROOT, "src/cli/main.ts");
/** tsx by absolute URL, so the CLI runs from any working directory. */
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

export function runCli(args: string[], opts: CliOptions = {}): CliRun {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ["--import", TSX, CLI_MAIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? "",
    encoding: "utf8",
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: cliEnv(opts.lang),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** The same, without blocking: for runs that must overlap. */
export function runCliAsync(args: string[], opts: CliOptions = {}): Promise<CliRun> {
  const t0 = Date.now();
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ["--import", TSX, CLI_MAIN, ...args], { cwd: opts.cwd ?? ROOT, env: cliEnv(opts.lang) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.stdin.end(opts.input ?? "");
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolveRun({ status, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

export function sofficePath(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) if (existsSync(p)) return p;
  try {
    return execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Convert UTF-8 .txt files with LibreOffice (one process, its own profile so
 * parallel runs do not collide). `target` is e.g. "docx" or "pdf" or a full
 * filter spec.
 */
export function soffice(files: string[], target: string, outDir: string): void {
  const bin = sofficePath();
  if (!bin) throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui fonts-noto-cjk");
  const profile = tmp("lo-profile");
  execFileSync(
    bin,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--infilter=Text (encoded):UTF8,LF,,,",
      "--convert-to",
      target,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  rmSync(profile, { recursive: true, force: true });
}

/** Whitespace-free form for containment checks across formats. */
export function squash(s: string): string {
  return s.replace(/[\s\u3000]+/g, "");
}

/** Key sentences of a report: sentences with a digit, 8–120 characters. */
export function keySentences(text: string, max = 12): string[] {
  const out: string[] = [];
  for (const s of text.split(/[。；\n]/)) {
    const t = s.trim();
    if (t.length >= 8 && t.length <= 120 && /[0-9]/.test(t)) out.push(t);
  }
  // spread over the report
  const step = Math.max(1, Math.floor(out.length / max));
  return out.filter((_, i) => i % step === 0).slice(0, max);
}

export interface ReportJson {
  source: string;
  error?: string;
  indicators?: Array<{ code: string; value: number; approx: string | null; evidence: { start: number; end: number; text: string; page?: number } }>;
}

export function parseDoc(stdout: string): { reports: ReportJson[] } {
  return JSON.parse(stdout) as { reports: ReportJson[] };
}

// ---------------------------------------------------------------- zip by hand

export interface RawEntry {
  name: string;
  data: Buffer; // uncompressed
  /** Override the declared uncompressed size (a lying header). */
  declaredSize?: number;
}

/** A zip (deflate) built byte by byte, so headers can be made to lie. */
export function buildZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const comp = deflateRawSync(e.data, { level: 1 });
    const name = Buffer.from(e.name, "utf8");
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(comp.length, 18);
    lh.writeUInt32LE(size, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(comp.length, 20);
    ch.writeUInt32LE(size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, comp);
    centrals.push(ch, name);
    offset += lh.length + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A minimal real .docx: paragraphs, and optionally a table (rows of cells). */
export function buildDocx(paragraphs: string[], table?: string[][]): Buffer {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r></w:p>`;
  const tbl = table
    ? `<w:tbl>${table.map((row) => `<w:tr>${row.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`).join("")}</w:tbl>`
    : "";
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join("")}${tbl}</w:body></w:document>`;
  return buildZip([
    { name: "[Content_Types].xml", data: Buffer.from(CONTENT_TYPES) },
    { name: "_rels/.rels", data: Buffer.from(RELS) },
    { name: "word/document.xml", data: Buffer.from(doc) },
  ]);
}

// ---------------------------------------------------------------- PDF by hand

/** A structurally valid PDF whose pages have no text (what a scan looks like to a text reader). */
export function buildTextlessPdf(pages = 2): Buffer {
  const objs: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${3 + i * 2} 0 R`).join(" ");
  objs.push(`<< /Type /Catalog /Pages 2 0 R >>`);
  objs.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + i * 2} 0 R /Resources << >> >>`);
    const stream = "0.5 g 50 50 495 742 re f";
    objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  }
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

export function write(dir: string, name: string, data: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

export function read(p: string): string {
  return readFileSync(p, "utf8");
}

/**
 * A PDF that is cheap to store but expensive to read: one page whose
 * (compressed) content stream shows `ops` tiny text runs at distinct places.
 */
export function buildSlowPdf(ops = 2_000_000): Buffer {
  const parts: string[] = ["BT /F1 1 Tf"];
  for (let i = 0; i < ops; i++) parts.push(`1 0 0 1 ${i % 500} ${(i >> 9) % 800} Tm (${i % 10}) Tj`);
  parts.push("ET");
  const { deflateSync } = require("node:zlib") as typeof import("node:zlib");
  const content = deflateSync(Buffer.from(parts.join("\n")), { level: 6 });
  const objs: Buffer[] = [
    Buffer.from(`<< /Type /Catalog /Pages 2 0 R >>`),
    Buffer.from(`<< /Type /Pages /Kids [3 0 R] /Count 1 >>`),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`), content, Buffer.from("\nendstream")]),
    Buffer.from(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>`),
  ];
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  let len = chunks[0]!.length;
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(len);
    const c = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from("\nendobj\n")]);
    chunks.push(c);
    len += c.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`;
  chunks.push(Buffer.from(xref));
  return Buffer.concat(chunks);
}

/**
 * A PDF with a Chinese text layer, made by hand (no LibreOffice needed): a
 * Type0 font with Identity-H encoding whose CIDs are the code points, and a
 * ToUnicode map back; lines wrap at 45 characters, `linesPerPage` lines a page.
 */
export function buildTextPdf(lines: string[], linesPerPage = 45): Buffer {
  const hex = (c: string) => c.codePointAt(0)!.toString(16).padStart(4, "0");
  const chars = [...new Set([...lines.join("")].filter((c) => c.codePointAt(0)! <= 0xffff))];
  const bf = chars.map((c) => `<${hex(c)}> <${hex(c)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < bf.length; i += 100) blocks.push(`${Math.min(100, bf.length - i)} beginbfchar\n${bf.slice(i, i + 100).join("\n")}\nendbfchar`);
  const cmap =
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def " +
    `/CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n${blocks.join("\n")}\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  // a page is 45 characters wide: longer lines wrap, as in a real document
  const wrapped = lines.flatMap((l) => {
    const cs = [...l];
    const out: string[] = [];
    for (let i = 0; i < cs.length; i += 45) out.push(cs.slice(i, i + 45).join(""));
    return out;
  });
  const pages: string[][] = [];
  for (let i = 0; i < wrapped.length; i += linesPerPage) pages.push(wrapped.slice(i, i + linesPerPage));
  const fixed = 5; // catalog, pages, font, CID font, ToUnicode, descriptor: objects 1..6
  const objs: string[] = [];
  const pageObj = (k: number) => fixed + 2 + 2 * k;
  objs.push(`<< /Type /Catalog /Pages 2 0 R >>`);
  objs.push(`<< /Type /Pages /Kids [${pages.map((_, k) => `${pageObj(k)} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  objs.push(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>`);
  objs.push(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /CIDToGIDMap /Identity /FontDescriptor 6 0 R >>`,
  );
  objs.push(`<< /Length ${Buffer.byteLength(cmap)} >>\nstream\n${cmap}\nendstream`);
  objs.push(`<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>`);
  pages.forEach((pl, k) => {
    const body = ["BT /F1 10 Tf", ...pl.map((l, i) => `1 0 0 1 50 ${800 - i * 16} Tm <${[...l].filter((c) => c.codePointAt(0)! <= 0xffff).map(hex).join("")}> Tj`), "ET"].join("\n");
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${pageObj(k) + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objs.push(`<< /Length ${Buffer.byteLength(body)} >>\nstream\n${body}\nendstream`);
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "utf8");
}

/** Every cell of every sheet of an .xlsx, as text (what a reader of the book can find in it). */
export async function workbookText(path: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs") as typeof import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`# ${ws.name}`);
    ws.eachRow((row) => row.eachCell((c) => out.push(String(c.text ?? ""))));
  });
  return out.join("\n");
}
