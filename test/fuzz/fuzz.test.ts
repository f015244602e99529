/**
 * Fuzzing with a bounded budget (fast-check): random and mutated report text
 * through extract, mutated .docx bytes through the intake, and mutated .xlsx
 * books through `fill --submitted`. Nothing throws past its boundary, nothing
 * hangs, every span slices its input, and a book's 报送 is never lost.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { extract } from "../../src/core/extract";
import { readDocument } from "../../src/core/intake";
import { isIntakeError } from "../../src/core/intake/errors";
import { makeDocx } from "../helpers/docx";
import { runCli, seedFiles, SEEDS, tmp } from "../cli/helpers";

const seed = readFileSync(join(SEEDS, seedFiles()[0]!), "utf8");
/** Characters the extractor's constructions turn on: figures, units, 共, 其中, lists, tables, titles. */
const DOMAIN = [..."0123456789一二三四五六七八九十百千万件次人%共其中、,。;:|《》“”\n 余约近以上分别均为收到受理办结调解纠纷复议诉讼学法"];

const mutated = fc
  .tuple(fc.nat(seed.length - 600), fc.array(fc.tuple(fc.nat(600), fc.nat(3), fc.array(fc.constantFrom(...DOMAIN), { maxLength: 12 })), { maxLength: 25 }))
  .map(([at, edits]) => {
    let s = seed.slice(at, at + 600);
    for (const [pos, del, ins] of edits) s = s.slice(0, pos) + ins.join("") + s.slice(pos + del);
    return s;
  });

test("mutated and random report text: extract never throws, keeps every span, and stays fast", () => {
  // the first call builds the lexicon's and the gazetteer's tables once (~0.7 s, more on a loaded machine): the bound is
  // for what an input costs, so it is measured warm
  extract("2023年,县政府共收到行政复议申请126件。", { source: "warm-up" });
  fc.assert(
    fc.property(fc.oneof(mutated, fc.string({ unit: "grapheme", maxLength: 400 }), fc.array(fc.constantFrom(...DOMAIN), { maxLength: 2000 }).map((a) => a.join(""))), (s) => {
      const t0 = performance.now();
      const r = extract(s, { source: "fuzz" });
      const ms = performance.now() - t0;
      const spans = [...r.indicators, ...(r.suggestions ?? [])].every((i) => s.slice(i.evidence.start, i.evidence.end) === i.evidence.text);
      return spans && ms < 2000;
    }),
    { numRuns: 250 },
  );
});

test("mutated .docx bytes: the intake gives text or a one-line IntakeError, never another exception", async () => {
  const good = await makeDocx(seed.slice(0, 2000));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 30 }), fc.nat(good.length), async (flips, cut) => {
      const bytes = good.slice(0, Math.max(1, cut));
      for (const [i, b] of flips) if (i < bytes.length) bytes[i] = b;
      try {
        const r = await readDocument(bytes, "report.docx");
        return typeof r.text === "string";
      } catch (e) {
        return isIntakeError(e) && !e.message.includes("\n");
      }
    }),
    { numRuns: 60 },
  );
});

test("a mutated workbook given as --submitted: fill ends with a message (no stack trace, no hang) and the book's 报送 is kept", () => {
  const dir = tmp("fuzz-fill");
  const report = join(dir, "a.txt");
  copyFileSync(join(SEEDS, seedFiles()[0]!), report);
  const book = join(dir, "book.xlsx");
  expect(runCli(["fill", report, "--out", book]).status).toBe(0);
  const original = readFileSync(book);
  const rand = fc.sample(fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { minLength: 1, maxLength: 40 }), { numRuns: 4, seed: 42 });
  for (const [k, flips] of rand.entries()) {
    const bad = Buffer.from(original.subarray(0, k % 2 ? Math.floor(original.length / (k + 2)) : original.length));
    for (const [i, b] of flips) if (i < bad.length) bad[i] = b;
    const submitted = join(dir, `bad${k}.xlsx`);
    writeFileSync(submitted, bad);
    const out = join(dir, `out${k}.xlsx`);
    copyFileSync(book, out);
    const before = readFileSync(out);
    const r = runCli(["fill", report, "--out", out, "--replace", "--submitted", submitted], { timeoutMs: 120_000 });
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u); // no stack trace
    // the book still opens, and a refused fill leaves it byte for byte as it was
    expect(existsSync(out)).toBe(true);
    if (r.status === 1) expect(readFileSync(out).equals(before)).toBe(true);
  }
}, 600_000);
