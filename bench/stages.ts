/**
 * Where extraction's time goes: each stage of extract() timed alone (CPU
 * milliseconds per MB of UTF-8 input) over the seed-made corpus, its inputs
 * made beforehand by the stages before it. The machine is shared, so each
 * stage is timed several times and the least is kept.
 *
 *   node --import tsx bench/stages.ts [N=300] [ROUNDS=5]
 */
import { makeCorpus } from "./extract";
import { runEngine } from "../src/core/engine";
import { extract } from "../src/core/extract";
import { readMeta } from "../src/core/meta";
import { applyRules, isDepartmentReport, levelOf } from "../src/core/rules/apply";
import { defuse } from "../src/core/rules/defuse";
import { normalise } from "../src/core/text/normalise";
import { tiers, withRules } from "../src/core/tiers";

function cpu(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export function benchStages(n = 300, rounds = 5): Record<string, number> {
  const corpus = makeCorpus(n);
  const mb = corpus.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0) / 1e6;
  const clean = corpus.map((t) => normalise(t).text);
  const metas = clean.map((t) => readMeta(t));
  const defused = clean.map((t) => defuse(t));
  const rules = defused.map((d, i) => applyRules(d, metas[i]!.year, undefined, levelOf(metas[i]!.region), isDepartmentReport(clean[i]!), metas[i]!.region));
  const engine = clean.map((t, i) => runEngine(t, metas[i]!.year));
  const stages: [string, () => void][] = [
    ["normalise", () => corpus.forEach((t) => normalise(t))],
    ["meta", () => clean.forEach((t) => readMeta(t))],
    ["defuse", () => clean.forEach((t) => defuse(t))],
    ["rules", () => defused.forEach((d, i) => applyRules(d, metas[i]!.year, undefined, levelOf(metas[i]!.region), isDepartmentReport(clean[i]!), metas[i]!.region))],
    ["engine", () => clean.forEach((t, i) => runEngine(t, metas[i]!.year))],
    ["tiers", () => engine.forEach((e, i) => tiers(withRules(e, rules[i]!)))],
    ["extract", () => corpus.forEach((t, i) => extract(t, { source: `r${i}` }))],
  ];
  const best: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of stages) {
      const ms = cpu(fn) / mb;
      best[name] = Math.min(best[name] ?? Infinity, ms);
    }
  }
  for (const k of Object.keys(best)) best[k] = Number(best[k]!.toFixed(1));
  return best;
}

if (require.main === module) {
  const r = benchStages(Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 5));
  console.log("ms per MB (CPU, least of the rounds)");
  for (const [k, v] of Object.entries(r)) console.log(`  ${k.padEnd(10)} ${v}`);
}
