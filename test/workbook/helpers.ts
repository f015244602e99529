/** Shared helpers for the workbook tests: temp dirs, LibreOffice evaluation, CSV. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { ReportResult } from "../../src/core/types";

export function tempDir(prefix = "zhibiao-wb-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sofficePath(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  try {
    const p = execFileSync("which", ["soffice"], { encoding: "utf8" }).trim();
    return p || null;
  } catch {
    return null;
  }
}

/**
 * LibreOffice tests run when soffice exists; when it does not, they are
 * skipped locally but FAIL under CI (env CI set).
 */
export const SOFFICE = sofficePath();
export const itWithSoffice: jest.It = SOFFICE || process.env.CI ? it : it.skip;
export function requireSoffice(): string {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed; CI must install libreoffice-calc-nogui");
  return SOFFICE;
}

/** A command-line tool a test needs (pdfinfo, pdftoppm …): its name, or a message naming the Debian package that brings it. */
export function requireTool(name: string, debianPackage: string): string {
  try {
    execFileSync("which", [name], { stdio: "pipe" });
    return name;
  } catch {
    throw new Error(`${name} is not installed; run scripts/system-deps.sh as root (it installs ${debianPackage})`);
  }
}

/** Minimal RFC 4180 CSV parser. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Opens the workbook in LibreOffice, recalculates every formula and exports
 * every sheet as CSV, values as shown. Returns sheet name → rows of cells.
 */
export function evaluateWithLibreOffice(xlsxPath: string): Record<string, string[][]> {
  const soffice = requireSoffice();
  const dir = tempDir("zhibiao-lo-");
  const profile = join(dir, "profile");
  const out = join(dir, "out");
  // 44 , | 34 " | 76 UTF-8 | line 1 | | lang | quoted-as-text no | detect numbers | as shown | formulas no | trim no | all sheets (-1)
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      "--outdir",
      out,
      xlsxPath,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  const base = basename(xlsxPath).replace(/\.xlsx$/i, "");
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(out)) {
    const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-(.+)\\.csv$`).exec(f);
    if (m) sheets[m[1]!] = parseCsv(readFileSync(join(out, f), "utf8"));
  }
  if (Object.keys(sheets).length === 0) throw new Error(`LibreOffice wrote no per-sheet CSV: ${readdirSync(out).join(", ")}`);
  return sheets;
}

/** Spreadsheet error values as LibreOffice or Excel show them. */
export const ERROR_VALUE = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+|#ERR)/;

/** Column index (0-based) of a key in header row 3 (index 2). */
export function colOf(rows: string[][], key: string, headerRow = 2): number {
  const i = rows[headerRow]!.indexOf(key);
  if (i < 0) throw new Error(`no column ${key} in ${rows[headerRow]!.join(",")}`);
  return i;
}

/** Writes an `extract --json` document with these reports; returns its path. */
export function writeExtractJson(dir: string, name: string, reports: ReportResult[]): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify({ reports }));
  return p;
}

/** Captures stdout/stderr of runFill. */
export function captureIO(): { out: string[]; err: string[]; io: { stdout(t: string): void; stderr(t: string): void; now(): Date } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), now: () => new Date("2024-05-01T08:00:00Z") } };
}
