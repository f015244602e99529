/**
 * `npm run explain -- "句子"` (or `-- --file report.txt [--year 2023]`): tokens → frames → features →
 * score for one sentence or report, and why each figure was or was not taken.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runEngine, type EngineTrace } from "../src/core/engine";
import { ownName, readMeta } from "../src/core/meta";
import { WEIGHTS } from "../src/core/score/weights";
import { normalise } from "../src/core/text/normalise";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { file: { type: "string" }, year: { type: "string" }, all: { type: "boolean" }, help: { type: "boolean", short: "h" } },
});
if (values.help || (!values.file && positionals.length === 0)) {
  console.log('usage: npm run explain -- "句子" | --file REPORT.txt [--year 2023] [--all]');
  process.exit(values.help ? 0 : 1);
}
const input = values.file ? readFileSync(values.file, "utf8") : positionals.join(" ");
const { text } = normalise(input);
const meta = readMeta(text);
const year = values.year ? Number(values.year) : meta.year;
const trace = {} as EngineTrace;
const cands = runEngine(text, year, trace, meta.published, ownName(text, meta));
console.log(`year ${year ?? "?"}; ${trace.frames.length} quantities; value ≥ ${WEIGHTS.value_threshold}, suggestion ≥ ${WEIGHTS.suggestion_threshold}`);
for (const f of trace.frames) {
  const q = f.q;
  const mine = cands.filter((c) => c.numStart === q.start).sort((a, b) => b.score - a.score);
  if (!values.all && values.file && !mine.some((c) => c.score >= WEIGHTS.suggestion_threshold)) continue;
  const show = text.slice(Math.max(f.sentence.start, q.start - 40), Math.min(f.sentence.end, q.end + 10)).replace(/\n/g, "⏎");
  console.log(`\n「${text.slice(q.start, q.end)}」 ${q.value}${q.percent ? "%" : ` ${q.unit} (${q.unitClasses.join("/")})`}  …${show}…`);
  const words = [...f.before.filter((w) => w.start >= f.sentence.start), ...f.after].map((w) => `${w.word}:${w.kind}/${w.ids.join("|")}`);
  console.log(`  words: ${words.join(" ") || "-"}`);
  if (!mine.length) console.log("  no code: no concept or rate noun of a matching unit attaches to it");
  for (const c of mine) {
    const tier = c.score >= WEIGHTS.value_threshold ? "VALUE" : c.score >= WEIGHTS.suggestion_threshold ? "suggestion" : "below";
    console.log(`  ${tier.padEnd(10)} ${c.code.padEnd(26)} ${c.score.toFixed(2).padStart(6)}  ${c.how}  [${c.features.join(", ")}]${c.reasons.length ? `  理由: ${c.reasons.join("; ")}` : ""}`);
  }
}
