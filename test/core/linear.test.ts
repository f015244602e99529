/**
 * Extraction time is linear in the size of the text, on the hostile inputs of
 * bench/pathological.ts as on ordinary reports (issue 9, "time per KB must stay
 * flat"; issue 14, item 7).
 *
 * Each family is extracted at ~20 KB and ~200 KB (median of 3 runs each, CPU
 * time, after a warm-up), and the time per KB at 200 KB must be at most 4× the
 * time per KB at 20 KB. Linear growth gives ≈ 1 (measured: 0.5–2, the larger
 * text meeting the old-generation garbage collector); quadratic growth gives
 * 10 (ten times the text, a hundred times the time: ten times the time per
 * KB), and n·log n about 1.2 — so the bound is generous to noise on a shared
 * machine and still fails a quadratic stage clearly. (A quadratic stage that
 * costs a tenth of the 20 KB time gives 0.9 + 0.1 × 10 ≈ 1.9 and passes here:
 * `npm run bench -- pathological` measures the same families up to the CLI's
 * 5 MB limit, where such a stage shows.) Before the defused rules
 * and the one-pass engine, 40,000 Chinese numerals took 70 s and a run of 共 of
 * 300 KB 79 s; here no family may take 10 s at 200 KB.
 *
 * CPU time (process.cpuUsage) rather than wall time: tests run beside other
 * work on two cores, and wall time then measures the neighbours. A ratio over
 * the bound is measured once more (5 runs) before failing, so one unlucky
 * collection does not fail the suite; a quadratic stage fails both times.
 */
import { extract } from "../../src/core/extract";
import { FAMILIES, cpuMs, make, warmUp } from "../../bench/pathological";

const KB = 1024;
const SMALL = 20 * KB;
const LARGE = 200 * KB;
const MAX_GROWTH = 4;
const MAX_LARGE_MS = 10_000;

function medianMs(text: string, runs: number): number {
  const t: number[] = [];
  for (let k = 0; k < runs; k++) t.push(cpuMs(() => extract(text, { source: "linear" })));
  t.sort((a, b) => a - b);
  return t[Math.floor(runs / 2)]!;
}

function perKb(text: string, runs: number): { ms: number; perKb: number } {
  const ms = medianMs(text, runs);
  return { ms, perKb: ms / (Buffer.byteLength(text, "utf8") / KB) };
}

/** `LINEAR_REPORT=1 npx jest test/core/linear.test.ts` prints the figures. */
const measured: string[] = [];
afterAll(() => {
  if (process.env.LINEAR_REPORT) process.stdout.write(`\n${measured.join("\n")}\n`);
});


describe.each(FAMILIES.map((f) => [f.name, f] as const))("%s", (_name, family) => {
  test(`time per KB at 200 KB ≤ ${MAX_GROWTH}× the time per KB at 20 KB; 200 KB under ${MAX_LARGE_MS / 1000} s`, () => {
    const small = make(family, SMALL);
    const large = make(family, LARGE);
    // the gazetteer, the converter and the JIT: a cold start would inflate the 20 KB time per KB and hide growth
    warmUp(family, 400);
    let s = perKb(small, 3);
    let l = perKb(large, 3);
    expect(l.ms).toBeLessThan(MAX_LARGE_MS);
    if (l.perKb / s.perKb > MAX_GROWTH) {
      // confirm before failing: 5 runs each
      s = perKb(small, 5);
      l = perKb(large, 5);
    }
    const growth = l.perKb / s.perKb;
    measured.push(`${family.name.padEnd(16)} 20 KB ${s.ms.toFixed(1).padStart(7)} ms  200 KB ${l.ms.toFixed(1).padStart(8)} ms  per-KB ×${growth.toFixed(2)}`);
    if (growth > MAX_GROWTH) {
      throw new Error(`${family.name}: ${s.ms.toFixed(1)} ms at 20 KB, ${l.ms.toFixed(1)} ms at 200 KB: time per KB ×${growth.toFixed(2)} (bound ×${MAX_GROWTH}; quadratic would be ×10)`);
    }
  });
});

// issue 14, item 2: the sentence (≈ 400 bytes) that ran past 420 s in the old rules' backtracking
test("the sentence listing twenty kinds of document extracts in under 1 s", () => {
  const sentence =
    "全年审核规范性文件、合同、协议、重大行政决策事项、行政处罚决定书、行政许可决定、招商引资合同、政府采购合同、土地出让合同、征收补偿协议、会议纪要、信访答复意见、执法案卷、复议决定书、应诉答辩状、信息公开答复书、建议提案答复、调解协议书、仲裁文书、其他涉法文件等各类文件。";
  const t0 = Date.now();
  const r = extract(sentence, { source: "enumeration" });
  const wall = Date.now() - t0;
  expect(r.indicators).toEqual([]);
  expect(wall).toBeLessThan(1000);
});
