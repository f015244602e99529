/**
 * Output-equality harness for performance work: runs extract() over every
 * text the project can see (../shared/corpus/reports, seeds, test/fixtures
 * .txt files, the bench's seed-made reports and its pathological families at
 * two small sizes) and writes each result as the CLI's --json prints it.
 *
 *   node --import tsx scripts/speed-equal.ts save  [DIR]   (default /tmp/speed-baseline)
 *   node --import tsx scripts/speed-equal.ts check [DIR]   exit 1 on any byte difference
 *
 * A change that makes extraction faster must leave `check` silent.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { extract } from "../src/core/extract";
import { decodeText } from "../src/core/intake";
import { FAMILIES, make } from "../bench/pathological";
import { makeCorpus } from "../bench/extract";

const ROOT = join(__dirname, "..");
const CORPUS = join(ROOT, "..", "shared", "corpus", "reports");

function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...txtFiles(p));
    else if (name.endsWith(".txt")) out.push(p);
  }
  return out;
}

function inputs(): [name: string, text: string][] {
  const out: [string, string][] = [];
  for (const f of [...txtFiles(CORPUS), ...txtFiles(join(ROOT, "seeds")), ...txtFiles(join(ROOT, "test", "fixtures"))]) {
    const name = f.startsWith(ROOT) ? relative(ROOT, f) : "shared/" + relative(join(ROOT, "..", "shared"), f);
    out.push([name, decodeText(readFileSync(f)).text]);
  }
  makeCorpus(60).forEach((t, i) => out.push([`bench/corpus-${i}`, t]));
  for (const fam of FAMILIES) for (const kb of [3, 40]) out.push([`bench/${fam.name}-${kb}k`, make(fam, kb * 1024)]);
  return out;
}

function main(): number {
  const [mode, dirArg] = process.argv.slice(2);
  const dir = dirArg ?? "/tmp/speed-baseline";
  if (mode !== "save" && mode !== "check") {
    console.error("usage: speed-equal.ts save|check [DIR]");
    return 2;
  }
  if (mode === "save") mkdirSync(dir, { recursive: true });
  let differ = 0;
  let n = 0;
  for (const [name, text] of inputs()) {
    const file = join(dir, name.replace(/[/\\]/g, "__") + ".json");
    const json = JSON.stringify(extract(text, { source: name }), null, 1) + "\n";
    n++;
    if (mode === "save") writeFileSync(file, json);
    else if (!existsSync(file) || readFileSync(file, "utf8") !== json) {
      differ++;
      console.log(`DIFFERS: ${name}`);
      writeFileSync(file.replace(/\.json$/, ".now.json"), json);
    }
  }
  console.log(`${mode}: ${n} outputs${mode === "check" ? `, ${differ} differ` : ""} (${dir})`);
  return differ ? 1 : 0;
}

process.exitCode = main();
