/**
 * Pathological extraction benchmark: texts no report writes but a hostile or
 * broken file may hold, each family made at 1 KB, 10 KB, 100 KB, 1 MB and at
 * the CLI's text limit, extracted in a child process of its own (so its peak
 * RSS is its own). Prints, per family and size, ms per MB (median of several
 * runs where a run is short), peak RSS, and per family the ratio of the
 * largest size's time per KB to the smallest's and to 100 KB's: linear
 * extraction keeps them near 1 (a fixed per-call cost makes the 1 KB figure
 * the largest); quadratic growth would make the limit/100 KB ratio ≈ 50.
 *
 * The CLI's limit is the smaller of MAX_TEXT_BYTES (5 MB of a text file) and
 * MAX_TEXT_CHARS (2,000,000 characters of text), both in src/cli/limits.ts: a
 * family of three-byte Chinese characters hits the byte limit (≈ 1.75 M
 * characters), a family of ASCII digits and pipes hits the character limit.
 *
 * `node --import tsx bench/pathological.ts [family…]` runs it alone;
 * `--stages` adds, per size, the time of normalise, readMeta, defuse +
 * applyRules, runEngine and tiers separately (where super-linear growth lives).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { extract } from "../src/core/extract";
import { runEngine } from "../src/core/engine";
import { readMeta } from "../src/core/meta";
import { applyRules, isDepartmentReport, levelOf } from "../src/core/rules/apply";
import { defuse } from "../src/core/rules/defuse";
import { tiers, withRules } from "../src/core/tiers";
import { normalise } from "../src/core/text/normalise";
import { MAX_TEXT_BYTES, MAX_TEXT_CHARS } from "../src/cli/limits";
import { makeCorpus } from "./extract";

const KB = 1024;

/** One family: a unit repeated (with an optional head and tail) up to a size. */
interface Family {
  name: string;
  what: string;
  head?: string;
  unit: string | ((i: number) => string);
  tail?: string;
}

const ENUM_ITEMS =
  "规范性文件、合同、协议、重大行政决策事项、行政处罚决定书、行政许可决定、招商引资合同、政府采购合同、土地出让合同、征收补偿协议、会议纪要、信访答复意见、执法案卷、复议决定书、应诉答辩状、信息公开答复书、建议提案答复、调解协议书、仲裁文书、其他涉法文件、";

let normalCache: string | null = null;
function normalText(): string {
  // the seed-made reports of bench/extract.ts joined: ordinary report text
  normalCache ??= makeCorpus(20).join("\n");
  return normalCache;
}

export const FAMILIES: Family[] = [
  { name: "enumeration", what: "全年审核规范性文件、合同、协议、… (one sentence)", head: "全年审核", unit: ENUM_ITEMS, tail: "等各类文件。" },
  { name: "arabic-digits", what: "1234567890… (one run)", unit: "1234567890" },
  { name: "cn-numerals", what: "一二三四五六七八九十百千万… (one run)", unit: "一二三四五六七八九十百千万" },
  { name: "gong", what: "共共共… (one run)", unit: "共", tail: "12件。" },
  { name: "quannian-gongji", what: "全年共计全年共计…", unit: "全年共计", tail: "12件。" },
  { name: "qizhong", what: "其中受理12件，其中受理12件，…", head: "全年收到行政复议申请100件，", unit: "其中受理12件，", tail: "。" },
  { name: "pipes-rows", what: "| 收到 | 12件 |⏎ rows", unit: (i) => `| 收到 | ${(i % 90) + 10}件 |\n` },
  { name: "pipes-flat", what: "| 收到 | 12件 | … no newlines", unit: (i) => `| 收到 | ${(i % 90) + 10}件 | ` },
  { name: "spaced-rows", what: "1 收到 件 12⏎ rows (a table laid out with spaces)", unit: (i) => `${i % 100} 行政复议收案数 件 ${(i % 90) + 10}\n` },
  { name: "normal", what: "seed-made reports, joined", unit: "" },
];

/** The CLI's text limit for a family: bytes and characters both under theirs. */
function limitFor(f: Family): number {
  const sample = make(f, 64 * KB);
  const bytesPerChar = Buffer.byteLength(sample, "utf8") / sample.length;
  // the byte size at which the character limit is reached, if lower
  return Math.min(MAX_TEXT_BYTES, Math.floor(MAX_TEXT_CHARS * bytesPerChar) - 16);
}

/** The family's text of (just under) `bytes` bytes of UTF-8. */
export function make(f: Family, bytes: number): string {
  if (f.name === "normal") {
    let base = normalText();
    while (Buffer.byteLength(base, "utf8") < bytes) base += "\n" + base;
    // cut at a character boundary under the size
    let s = base.slice(0, bytes);
    while (Buffer.byteLength(s, "utf8") > bytes) s = s.slice(0, Math.floor(s.length * 0.99));
    return s;
  }
  const head = f.head ?? "";
  const tail = f.tail ?? "";
  let size = Buffer.byteLength(head + tail, "utf8");
  const parts: string[] = [head];
  for (let i = 0; ; i++) {
    const u = typeof f.unit === "string" ? f.unit : f.unit(i);
    const b = Buffer.byteLength(u, "utf8");
    if (size + b > bytes && i > 0) break;
    parts.push(u);
    size += b;
  }
  parts.push(tail);
  return parts.join("");
}

/**
 * CPU time (user + system, ms) of `fn`: the machine is shared, and wall time
 * under a load of several processes per core says more about the neighbours
 * than about the extractor. (It includes the garbage collector's threads.)
 */
export function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}
const ms = cpuMs;

function wallMs(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export interface StageTimes {
  normalise: number;
  readMeta: number;
  defuseApplyRules: number;
  runEngine: number;
  tiers: number;
}

/** The stages of extract(), timed one by one in the order extract() runs them (ms). */
export function stageTimes(input: string): StageTimes {
  let text = "";
  let meta: ReturnType<typeof readMeta> | undefined;
  let rules: ReturnType<typeof applyRules> = [];
  let engine: ReturnType<typeof runEngine> = [];
  const normaliseMs = ms(() => ({ text } = normalise(input)));
  const readMetaMs = ms(() => (meta = readMeta(text)));
  const m = meta!;
  const rulesMs = ms(() => (rules = applyRules(defuse(text), m.year, undefined, levelOf(m.region), isDepartmentReport(text), m.region)));
  const engineMs = ms(() => (engine = runEngine(text, m.year)));
  const tiersMs = ms(() => void tiers(withRules(engine, rules)));
  return { normalise: normaliseMs, readMeta: readMetaMs, defuseApplyRules: rulesMs, runEngine: engineMs, tiers: tiersMs };
}

/** Median CPU and wall time (ms) of extract() on `text`, over runs filling about `budgetMs` of CPU (at least 1, at most `maxRuns`). */
export function timeExtract(text: string, budgetMs = 300, maxRuns = 5): { ms: number; wallMs: number; runs: number } {
  const cpu: number[] = [];
  const wall: number[] = [];
  do {
    let c = 0;
    wall.push(wallMs(() => (c = ms(() => extract(text, { source: "p" })))));
    cpu.push(c);
  } while (cpu.length < maxRuns && cpu.reduce((a, b) => a + b, 0) < budgetMs);
  return { ms: median(cpu), wallMs: median(wall), runs: cpu.length };
}

export interface PathoRow {
  family: string;
  label: string;
  bytes: number;
  chars: number;
  /** CPU ms (median) */
  ms: number;
  wallMs: number;
  runs: number;
  /** CPU ms per MB (MiB) */
  msPerMb: number;
  peakRssMb: number;
  stages?: StageTimes;
  error?: string;
}

/**
 * Warm up the JIT, the gazetteer and the converter on ordinary text and on the
 * family: V8 needs some twenty calls before extract() runs at its steady speed
 * (a 10 KB report: 280 ms the first time, 30 ms the third, 7.5 ms from the
 * twenty-fifth), and a cold start would inflate the small sizes' time per KB.
 */
export function warmUp(f: Family, budgetMs = 1500): void {
  const normal = make(FAMILIES.find((x) => x.name === "normal")!, 8 * KB);
  const mine = make(f, 4 * KB);
  let spent = 0;
  for (let k = 0; k < 30 && spent < budgetMs; k++) spent += ms(() => (extract(normal, { source: "warm" }), extract(mine, { source: "warm" })));
}

/** In the child: warm up, then time one size. */
function child(name: string, bytes: number, stages: boolean): PathoRow {
  const f = FAMILIES.find((x) => x.name === name);
  if (!f) throw new Error(`no family ${name}`);
  warmUp(f);
  const text = make(f, bytes);
  const real = Buffer.byteLength(text, "utf8");
  const { ms: t, wallMs: w, runs } = timeExtract(text, bytes <= 100 * KB ? 400 : 0, bytes <= 100 * KB ? 21 : 1);
  const row: PathoRow = {
    family: name,
    label: "",
    bytes: real,
    chars: text.length,
    ms: t,
    wallMs: w,
    runs,
    msPerMb: (t / real) * 1024 * KB,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  if (stages) row.stages = stageTimes(text);
  return row;
}

function label(bytes: number): string {
  return bytes >= 1024 * KB ? `${(bytes / (1024 * KB)).toFixed(bytes % (1024 * KB) ? 2 : 0)} MB` : `${Math.round(bytes / KB)} KB`;
}

export interface PathoOptions {
  families?: string[];
  /** add the per-stage times */
  stages?: boolean;
  /** per child (ms); a size past it is reported, not waited for */
  timeoutMs?: number;
  log?: (line: string) => void;
}

const num = (x: number, digits = 0, w = 8) => (Number.isFinite(x) ? x.toFixed(digits) : "-").padStart(w);

/** Every family at every size, each in a child process; prints a table and returns the rows. */
export function benchPathological(opts: PathoOptions = {}): PathoRow[] {
  const log = opts.log ?? ((l: string) => console.log(l));
  const fams = FAMILIES.filter((f) => !opts.families?.length || opts.families.includes(f.name));
  const timeout = opts.timeoutMs ?? 180_000;
  const rows: PathoRow[] = [];
  log(`pathological inputs, each size extracted in a child process of its own; CPU time (user + system, median of up to 21 runs within 0.4 s below 1 MB, one run from 1 MB);`);
  log(`the CLI limit is ${MAX_TEXT_BYTES / (1024 * KB)} MB of text or ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters, whichever comes first; peak RSS includes the child's ≈140 MB of loaded modules`);
  log(`  ${"family".padEnd(16)} ${"size".padStart(13)} ${"chars".padStart(9)} ${"cpu ms".padStart(9)} ${"wall ms".padStart(9)} ${"runs".padStart(4)} ${"ms/MB".padStart(7)} ${"RSS MB".padStart(6)}${opts.stages ? "  normalise  meta  rules engine  tiers (cpu ms)" : ""}`);
  const summary: string[] = [];
  for (const f of fams) {
    const sizes = [KB, 10 * KB, 100 * KB, 1024 * KB, limitFor(f)];
    const mine: PathoRow[] = [];
    for (const [i, bytes] of sizes.entries()) {
      const name = i === sizes.length - 1 ? `limit ${label(bytes)}` : label(bytes);
      const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--child", f.name, String(bytes), ...(opts.stages ? ["--stages"] : [])], {
        cwd: join(__dirname, ".."),
        encoding: "utf8",
        timeout,
        maxBuffer: 16 * 1024 * 1024,
      });
      let row: PathoRow;
      if (r.status === 0) {
        row = { ...(JSON.parse(r.stdout.trim().split("\n").pop()!) as PathoRow), label: name };
      } else {
        const why = r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT" ? `timed out after ${timeout / 1000} s` : (r.stderr || "failed").trim().split("\n").pop()!;
        row = { family: f.name, label: name, bytes, chars: 0, ms: NaN, wallMs: NaN, runs: 0, msPerMb: NaN, peakRssMb: NaN, error: why };
      }
      mine.push(row);
      rows.push(row);
      const st = row.stages;
      log(
        `  ${f.name.padEnd(16)} ${name.padStart(13)} ${String(row.chars).padStart(9)} ${num(row.ms, 1, 9)} ${num(row.wallMs, 1, 9)} ${String(row.runs).padStart(4)} ${num(row.msPerMb, 0, 7)} ${num(row.peakRssMb, 0, 6)}` +
          (st ? `  ${num(st.normalise, 0, 9)} ${num(st.readMeta, 0, 5)} ${num(st.defuseApplyRules, 0, 6)} ${num(st.runEngine, 0, 6)} ${num(st.tiers, 0, 6)}` : "") +
          (row.error ? `  FAILED: ${row.error}` : ""),
      );
      if (row.error) break; // a larger size would only take longer
    }
    const ok = mine.filter((r) => !r.error);
    const first = ok[0];
    const last = ok[ok.length - 1];
    const at100 = ok.find((r) => r.label === "100 KB");
    const ratio = (a?: PathoRow, b?: PathoRow) => (a && b && a !== b ? a.msPerMb / b.msPerMb : NaN);
    summary.push(
      `  ${f.name.padEnd(16)}${mine.map((r) => num(r.msPerMb, 0, 7)).join("")}${" ".repeat(7 * (5 - mine.length))} ${num(ratio(last, first), 2, 9)} ${num(ratio(last, at100), 2, 10)} ${num(last?.peakRssMb ?? NaN, 0, 9)}  ${last?.label ?? ""}${mine.some((r) => r.error) ? "  (a size FAILED)" : ""}`,
    );
  }
  log(`\n  time per KB (CPU ms per MB) by size, and the ratio of the largest size's time per KB to the smallest's and to 100 KB's`);
  log(`  (linear: ≈ 1 or below, since the 1 KB figure carries a fixed per-call cost; quadratic: limit/100 KB ≈ 20–50)`);
  log(`  ${"family".padEnd(16)}${["1 KB", "10 KB", "100 KB", "1 MB", "limit"].map((h) => h.padStart(7)).join("")} ${"lim/1KB".padStart(9)} ${"lim/100KB".padStart(10)} ${"RSS lim".padStart(9)}`);
  for (const l of summary) log(l);
  return rows;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--child");
  if (at >= 0) {
    const row = child(args[at + 1]!, Number(args[at + 2]), args.includes("--stages"));
    process.stdout.write(JSON.stringify(row) + "\n");
  } else {
    benchPathological({ families: args.filter((a) => !a.startsWith("--")), stages: args.includes("--stages") });
  }
}
