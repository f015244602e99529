/**
 * Workbook bench: 1,000 and 10,000 synthetic reports → describe → .xlsx bytes
 * with the streaming writer the CLI uses (writeXlsxStream). Each size runs in a
 * child process of its own, so its peak RSS is its own. Reports wall time, peak
 * RSS, file size, and how time and memory grow from 1,000 to 10,000 (linear
 * growth gives ≈10 for time). Targets: 10,000 reports < 30 s and < 1 GB peak;
 * 1,000 reports no slower than 2.7 s (the in-memory writer's last figure).
 *
 *   node --import tsx bench/workbook.ts
 */
import { CATALOG } from "../src/core/catalog";
import type { IndicatorValue, ReportResult } from "../src/core/types";
import { describeLazily } from "../src/workbook/describe";
import { execFileSync } from "node:child_process";
import { writeXlsxStream } from "../src/workbook/writeXlsxStream";

export interface WorkbookBenchRun {
  reports: number;
  values: number;
  describeMs: number;
  writeMs: number;
  totalMs: number;
  /** CPU time (user + system) of the run: what wall time would be on an idle machine, about. */
  cpuMs: number;
  bytes: number;
  peakRssMB: number;
}

export interface WorkbookBenchResult {
  runs: WorkbookBenchRun[];
  /** totalMs(10000) / totalMs(1000): ≈10 when growth is linear. */
  timeRatio: number;
  /** peakRssMB(10000) / peakRssMB(1000). */
  memoryRatio: number;
  ok: boolean;
}

/** Deterministic pseudo-random numbers (no Math.random: runs are comparable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PROVINCES = ["山西省", "广东省", "浙江省", "四川省", "河南省", "湖北省", "江苏省", "福建省"];
const CITIES = ["晋城市", "汕头市", "杭州市", "成都市", "洛阳市", "宜昌市", "苏州市", "泉州市", "大同市", "佛山市"];
const DISTRICTS = ["城区", "濠江区", "西湖区", "武侯区", "涧西区", "夷陵区", "姑苏区", "丰泽区", "新荣区", "南海区", "高新区", "开发区"];

export function syntheticReports(n: number, seed = 42): ReportResult[] {
  const r = rng(seed);
  const out: ReportResult[] = [];
  for (let i = 0; i < n; i++) {
    const region = `${PROVINCES[i % PROVINCES.length]}${CITIES[Math.floor(i / 8) % CITIES.length]}${DISTRICTS[Math.floor(i / 80) % DISTRICTS.length]}${i}`;
    const year = 2019 + (i % 6);
    const indicators: IndicatorValue[] = [];
    let offset = 0;
    const counts = new Map<string, number>();
    for (const d of CATALOG) {
      if (r() < 0.35) continue; // not every report states every indicator
      let value: number;
      if (d.kind === "rate") {
        const p = r();
        value = p < 0.5 ? 100 : Math.round((90 + r() * 10) * (p < 0.8 ? 10 : 100)) / (p < 0.8 ? 10 : 100);
      } else {
        const whole = d.partOf ? counts.get(d.partOf) : undefined;
        value = whole !== undefined ? Math.max(0, whole - Math.floor(r() * 20)) : Math.floor(r() * (r() < 0.2 ? 100000 : 2000));
        counts.set(d.code, value);
      }
      const approx = d.kind === "count" && r() < 0.1 ? (r() < 0.5 ? "at_least" : "about") : null;
      const text = `全年${d.name}${approx === "about" ? "约" : ""}${value}${approx === "at_least" ? "余" : ""}${d.unit},较上年有所变化。`;
      indicators.push({ code: d.code, value, unit: d.unit, approx, evidence: { start: offset, end: offset + text.length, text }, rule: "bench" });
      offset += text.length + 17;
    }
    out.push({
      source: `report-${String(i).padStart(5, "0")}.txt`,
      sha256: (i.toString(16).padStart(8, "0")).repeat(8),
      meta: { region, year, published: `${year + 1}-03-${String(1 + (i % 28)).padStart(2, "0")}`, issuer: `${region}人民政府` },
      indicators,
      flags: r() < 0.2 ? [{ check: "conflict", severity: "warning", codes: [indicators[0]?.code ?? "recon.received"], message: "两个不同数值" }] : [],
    });
  }
  return out;
}

async function runOnce(n: number): Promise<WorkbookBenchRun> {
  const reports = syntheticReports(n, n);
  const inputs = reports.map((r) => ({ name: r.source, sha256: r.sha256 ?? "" }));
  // previous years of the same regions, so year_over_year does real work
  const previous = reports.slice(0, Math.ceil(n / 2)).map((r) => ({
    region: r.meta.region ?? "",
    year: (r.meta.year ?? 2020) - 1,
    source: null,
    values: Object.fromEntries(r.indicators.filter((v) => v.unit !== "%").map((v) => [v.code, v.value * 4])),
  }));
  const submitted = reports.slice(0, Math.ceil(n / 3)).map((r) => ({
    region: r.meta.region,
    year: r.meta.year,
    source: r.source,
    values: Object.fromEntries(r.indicators.slice(0, 3).filter((v) => v.unit !== "%").map((v) => [v.code, v.value + 1])),
  }));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const d = describeLazily(reports, { generatedAt: new Date().toISOString(), inputs, submitted, previous });
  const t1 = performance.now();
  const bytes = await writeXlsxStream(d);
  const t2 = performance.now();
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return {
    reports: n,
    values: reports.reduce((s, r) => s + r.indicators.length, 0),
    describeMs: Math.round(t1 - t0),
    writeMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    bytes: bytes.byteLength,
    peakRssMB: Math.round(peak / 1024 / 1024),
  };
}

/** One size in a child process of its own (its peak RSS is its own), as JSON. */
function runInChild(n: number): WorkbookBenchRun {
  const out = execFileSync(process.execPath, ["--import", "tsx", __filename, "--one", String(n)], { encoding: "utf8", maxBuffer: 1 << 20, timeout: 300_000 });
  return JSON.parse(out.trim().split("\n").pop()!) as WorkbookBenchRun;
}

/** Runs the workbook bench; prints one line per run and returns the figures. */
export async function benchWorkbook(log: (line: string) => void = (l) => console.log(l)): Promise<WorkbookBenchResult> {
  const runs: WorkbookBenchRun[] = [];
  for (const n of [1000, 10000]) {
    const run = runInChild(n);
    runs.push(run);
    log(
      `workbook: ${run.reports} reports (${run.values} values) → ${(run.bytes / 1024 / 1024).toFixed(1)} MB in ${run.totalMs} ms ` +
        `(describe ${run.describeMs} ms, write ${run.writeMs} ms; CPU ${run.cpuMs} ms), peak RSS ${run.peakRssMB} MB`,
    );
  }
  const [small, big] = [runs[0]!, runs[1]!];
  const timeRatio = big.totalMs / Math.max(1, small.totalMs);
  const memoryRatio = big.peakRssMB / Math.max(1, small.peakRssMB);
  const ok = big.totalMs < 30_000 && big.peakRssMB < 1024 && small.totalMs <= 2700;
  log(
    `workbook: ×10 reports → time ×${timeRatio.toFixed(1)}, peak memory ×${memoryRatio.toFixed(1)}; ` +
      `targets 10,000 < 30 s and < 1 GB, 1,000 ≤ 2.7 s: ${ok ? "met" : "NOT MET"}`,
  );
  return { runs, timeRatio: Math.round(timeRatio * 10) / 10, memoryRatio: Math.round(memoryRatio * 10) / 10, ok };
}

async function main(): Promise<void> {
  const one = process.argv.indexOf("--one");
  if (one >= 0) {
    await runOnce(10); // warm up (module loading, JIT)
    console.log(JSON.stringify(await runOnce(Number(process.argv[one + 1]))));
    return;
  }
  const r = await benchWorkbook();
  if (!r.ok) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
