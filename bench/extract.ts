/**
 * Extraction benchmark: a corpus of N reports made from the seeds (names and
 * numbers varied), extracted in one process on one core.
 * Prints throughput (MB/s of UTF-8 input, from CPU time: the machine is
 * shared, so wall time is printed beside it), peak RSS, the ratio against a
 * single-pass digit scan over the same text in the same run, and the time
 * ratio 1,000 / 100 reports (linear growth is ≈ 10). Pathological inputs:
 * bench/pathological.ts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../src/core/extract";

const SEEDS = join(__dirname, "../seeds");
const REGIONS = ["城关区", "新城区", "河西县", "东湖镇", "南山区", "北塘街道", "临江市", "青石县", "白水乡", "龙门区"];

/** A deterministic generator (mulberry32) so runs are comparable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeCorpus(n: number, seed = 1): string[] {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), "utf8"));
  const rand = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length]!;
    const region = REGIONS[Math.floor(rand() * REGIONS.length)]!;
    // vary counts (not years, not rates): every integer of 2–5 digits followed by a unit
    const text = base
      .replace(/(区|县|市)(?=法治|坚持|2\d{3})/g, `$1`)
      .replace(/(\d{2,5})(?=[件次人个条份])/g, (m) => String(Math.max(1, Math.round(Number(m) * (0.5 + rand())))))
      .replace(/我区|我县|我市/g, region);
    out.push(text);
  }
  return out;
}

/** Baseline: one pass over every UTF-16 unit, counting digit runs. */
function digitScan(texts: string[]): number {
  let runs = 0;
  for (const t of texts) {
    let inRun = false;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      const d = c >= 48 && c <= 57;
      if (d && !inRun) runs++;
      inRun = d;
    }
  }
  return runs;
}

/** Wall and CPU seconds (user + system) of `fn`; the CPU figure holds on a machine shared with other work. */
function time(fn: () => void): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6 };
}

export interface ExtractBench {
  reports: number;
  megabytes: number;
  /** CPU seconds of the 1,000 extractions (the figures below are from CPU time unless named wall) */
  cpuSeconds: number;
  mbPerSecond: number;
  reportsPerSecond: number;
  wallSeconds: number;
  mbPerSecondWall: number;
  digitScanSeconds: number;
  ratioVsDigitScan: number;
  cpuSeconds100: number;
  growth1000over100: number;
  peakRssMb: number;
  indicatorsFound: number;
}

export function benchExtract(n = 1000): ExtractBench {
  const corpus = makeCorpus(n);
  const small = corpus.slice(0, Math.max(1, Math.round(n / 10)));
  const bytes = corpus.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0);
  // warm up the JIT and the converter
  for (const t of corpus.slice(0, 20)) extract(t, { source: "warm" });
  let found = 0;
  const t100 = time(() => {
    for (const t of small) extract(t, { source: "s" });
  });
  const t1000 = time(() => {
    for (let i = 0; i < corpus.length; i++) found += extract(corpus[i]!, { source: `r${i}` }).indicators.length;
  });
  let runs = 0;
  const scan = time(() => {
    for (let k = 0; k < 5; k++) runs += digitScan(corpus);
  });
  const digitScanSeconds = Math.max(1e-6, Math.min(scan.cpu, scan.wall) / 5);
  if (runs < 0) throw new Error("unreachable");
  const mb = bytes / 1e6;
  return {
    reports: n,
    megabytes: Number(mb.toFixed(2)),
    cpuSeconds: Number(t1000.cpu.toFixed(3)),
    mbPerSecond: Number((mb / t1000.cpu).toFixed(2)),
    reportsPerSecond: Math.round(n / t1000.cpu),
    wallSeconds: Number(t1000.wall.toFixed(3)),
    mbPerSecondWall: Number((mb / t1000.wall).toFixed(2)),
    digitScanSeconds: Number(digitScanSeconds.toFixed(4)),
    ratioVsDigitScan: Number((t1000.cpu / digitScanSeconds).toFixed(1)),
    cpuSeconds100: Number(t100.cpu.toFixed(3)),
    growth1000over100: Number((t1000.cpu / t100.cpu).toFixed(2)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    indicatorsFound: found,
  };
}

if (require.main === module) {
  const r = benchExtract(Number(process.argv[2] ?? 1000));
  console.log("extraction benchmark (one core)");
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(20)} ${v}`);
}
