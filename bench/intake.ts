/**
 * Intake benchmark: 1,000 mixed reports (.txt / .docx / .pdf made from the
 * seeds, with varied names and numbers) through the CLI with `--jobs 2`:
 * reports per second, peak memory, and the time of .docx and .pdf intake
 * against plain text (per format through the CLI, and readDocument alone).
 *
 *   node --import tsx bench/intake.ts [N]
 *
 * .txt and .docx carry varied text (the extraction bench's corpus maker; the
 * .docx are built directly as zips). The .pdf are made once from the seeds
 * with LibreOffice and copied under varied names (skipped without soffice).
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCorpus } from "./extract";
import { buildDocx, seedFiles, SEEDS, soffice, sofficePath, write, ROOT } from "../test/cli/helpers";
import { readDocument } from "../src/core/intake";

export interface CliRunFigures {
  files: number;
  seconds: number;
  reportsPerSecond: number;
  peakRssMb: number;
  failed: number;
}

export interface IntakeBench {
  mixed: CliRunFigures & { txt: number; docx: number; pdf: number };
  perFormat: Record<string, CliRunFigures>;
  /** readDocument alone, in this process: mean ms per report. */
  intakeMsPerReport: Record<string, number>;
  docxVsText: number;
  pdfVsText: number;
}

/** Run the CLI on a folder; wall time, and the peak RSS of the CLI process (GNU time, else /proc polling). */
function runCli(args: string[]): Promise<{ seconds: number; peakRssMb: number; failed: number; status: number | null }> {
  return new Promise((resolve, reject) => {
    const gnuTime = existsSync("/usr/bin/time");
    const node = [process.execPath, "--import", "tsx", join(ROOT, "src/cli/main.ts"), "extract", "--json", ...args];
    const cmd = gnuTime ? "/usr/bin/time" : node[0]!;
    const argv = gnuTime ? ["-f", "ZB_MAXRSS_KB=%M", ...node] : node.slice(1);
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let polledKb = 0;
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) polledKb = Math.max(polledKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 100);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const m = /ZB_MAXRSS_KB=(\d+)/.exec(err);
      const kb = m ? Number(m[1]) : polledKb;
      let failed = 0;
      try {
        failed = (JSON.parse(out) as { reports: Array<{ error?: string }> }).reports.filter((r) => r.error).length;
      } catch {
        failed = -1;
      }
      resolve({ seconds, peakRssMb: Math.round(kb / 1024), failed, status });
    });
  });
}

function figures(files: number, r: { seconds: number; peakRssMb: number; failed: number }): CliRunFigures {
  return { files, seconds: Number(r.seconds.toFixed(2)), reportsPerSecond: Number((files / r.seconds).toFixed(1)), peakRssMb: r.peakRssMb, failed: r.failed };
}

export async function benchIntake(n = 1000, log: (line: string) => void = (l) => console.log(l)): Promise<IntakeBench> {
  const dir = join(tmpdir(), `zhibiao-bench-intake-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const sub = { txt: join(dir, "txt"), docx: join(dir, "docx"), pdf: join(dir, "pdf") };
  for (const d of Object.values(sub)) mkdirSync(d, { recursive: true });
  const seeds = seedFiles();
  const havePdf = sofficePath() !== null;

  // 1. the corpus: half text, a quarter .docx, a quarter .pdf
  const corpus = makeCorpus(n, 7);
  const nPdf = havePdf ? Math.floor(n / 4) : 0;
  const nDocx = Math.floor(n / 4);
  const nTxt = n - nPdf - nDocx;
  const t0 = Date.now();
  for (let i = 0; i < nTxt; i++) write(sub.txt, `报告 ${String(i).padStart(4, "0")} 第${i % 7}区.txt`, corpus[i]!);
  for (let i = 0; i < nDocx; i++) {
    const text = corpus[nTxt + i]!;
    write(sub.docx, `report-${String(i).padStart(4, "0")}.docx`, buildDocx(text.split("\n")));
  }
  if (havePdf) {
    const srcDir = join(dir, "pdf-src");
    mkdirSync(srcDir, { recursive: true });
    const txts = seeds.map((f) => {
      copyFileSync(join(SEEDS, f), join(srcDir, f));
      return join(srcDir, f);
    });
    soffice(txts, "pdf:writer_pdf_Export", srcDir);
    const pdfs = readdirSync(srcDir).filter((f) => f.endsWith(".pdf")).sort();
    for (let i = 0; i < nPdf; i++) copyFileSync(join(srcDir, pdfs[i % pdfs.length]!), join(sub.pdf, `扫描件 ${String(i).padStart(4, "0")}.pdf`));
  }
  log(`intake: corpus of ${n} (${nTxt} .txt, ${nDocx} .docx, ${nPdf} .pdf) made in ${((Date.now() - t0) / 1000).toFixed(1)} s${havePdf ? "" : " (no LibreOffice: no .pdf)"}`);

  // 2. the mixed batch through the CLI, --jobs 2
  const mixedRun = await runCli(["--jobs", "2", sub.txt, sub.docx, sub.pdf]);
  const mixed = { ...figures(n, mixedRun), txt: nTxt, docx: nDocx, pdf: nPdf };
  log(`intake: ${n} mixed reports, CLI --jobs 2: ${mixed.seconds} s, ${mixed.reportsPerSecond} reports/s, peak RSS ${mixed.peakRssMb} MB, failed ${mixed.failed}`);

  // 3. each format alone through the CLI (same number of files each)
  const each = Math.min(nDocx, nTxt, havePdf ? nPdf : Infinity);
  const perFormat: Record<string, CliRunFigures> = {};
  for (const [fmt, d] of Object.entries(sub)) {
    if (fmt === "pdf" && !havePdf) continue;
    const files = readdirSync(d).sort().slice(0, each).map((f) => join(d, f));
    const r = await runCli(["--jobs", "2", ...files]);
    perFormat[fmt] = figures(files.length, r);
    log(`intake: ${files.length} .${fmt} alone, CLI --jobs 2: ${perFormat[fmt]!.seconds} s, ${perFormat[fmt]!.reportsPerSecond} reports/s, peak RSS ${perFormat[fmt]!.peakRssMb} MB`);
  }

  // 4. readDocument alone (intake without extraction or process start), one core
  const intakeMsPerReport: Record<string, number> = {};
  for (const [fmt, d] of Object.entries(sub)) {
    const files = readdirSync(d).sort().slice(0, 60);
    if (!files.length) continue;
    const bytes = files.map((f) => new Uint8Array(readFileSync(join(d, f))));
    for (const b of bytes.slice(0, 5)) await readDocument(b, `warm.${fmt}`);
    const s = process.hrtime.bigint();
    for (let i = 0; i < bytes.length; i++) await readDocument(bytes[i]!, files[i]!);
    intakeMsPerReport[fmt] = Number((Number(process.hrtime.bigint() - s) / 1e6 / bytes.length).toFixed(2));
  }
  const base = Math.max(0.01, intakeMsPerReport.txt ?? 0.01);
  const docxVsText = Number(((intakeMsPerReport.docx ?? 0) / base).toFixed(1));
  const pdfVsText = Number(((intakeMsPerReport.pdf ?? 0) / base).toFixed(1));
  log(
    `intake: readDocument per report: .txt ${intakeMsPerReport.txt} ms, .docx ${intakeMsPerReport.docx} ms (${docxVsText}× text)` +
      (intakeMsPerReport.pdf !== undefined ? `, .pdf ${intakeMsPerReport.pdf} ms (${pdfVsText}× text)` : ""),
  );
  rmSync(dir, { recursive: true, force: true });
  return { mixed, perFormat, intakeMsPerReport, docxVsText, pdfVsText };
}

if (require.main === module) {
  benchIntake(Number(process.argv[2] ?? 1000)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
