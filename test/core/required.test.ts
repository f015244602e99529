/**
 * The words a rule's every match needs (rules/required.ts): applyRules skips a
 * rule whose words a text lacks, so a text the rule matches must never lack them.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { ALL_RULES, TOPIC_FINDS, TOPIC_RE } from "../../src/core/rules/apply";
import { matchesIn, mayMatch, requiredWords, scanPlan, wordFinder } from "../../src/core/rules/required";
import { defuse } from "../../src/core/rules/defuse";
import { normalise } from "../../src/core/text/normalise";

const matches = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return [...text.matchAll(re)].length;
};

it("reads the words of the constructions the rules use", () => {
  expect(requiredWords(/(?:收到|接收)的?行政复议申请\d+件/g)).toEqual(["行政复议申请"]);
  expect(requiredWords(/(?<pre>近|约)?(?<num>\d+)(?<unit>名|人)(?:[^,]{0,10}?)?旁听(?:庭审|审判)/gd)).toEqual(["旁听庭审", "旁听审判"]);
  expect(requiredWords(/(?:^|\n)[ \t|]*考试合格率/g)).toEqual(["考试合格率"]);
  expect(requiredWords(/\d+件/g)).toBeNull(); // one character only: not worth looking for
  expect(requiredWords(/(?:复议)?\d+件/g)).toBeNull(); // optional: not needed
  expect(requiredWords(/(\d)\1复议/g)).toBeNull(); // a back reference: not read
});

it("never skips a rule on one of its own examples", () => {
  for (const r of ALL_RULES) for (const ex of r.examples) if (matches(r.re, ex)) expect(mayMatch(r.re, wordFinder(ALL_RULES).present(ex))).toBe(true);
});

function txtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? txtFiles(p) : n.endsWith(".txt") ? [p] : [];
  });
}

it("never skips a rule on a fixture it matches", () => {
  const files = txtFiles(join(__dirname, "..", "fixtures"));
  expect(files.length).toBeGreaterThan(50);
  for (const f of files) {
    const text = defuse(normalise(readFileSync(f, "utf8")).text);
    const words = wordFinder(ALL_RULES).present(text);
    for (const r of ALL_RULES) if (!mayMatch(r.re, words)) expect([r.name, matches(r.re, text)]).toEqual([r.name, 0]);
  }
});

it("never skips a rule on an example cut and spliced at random", () => {
  const examples = ALL_RULES.flatMap((r) => r.examples);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: examples.length - 1 }), { minLength: 1, maxLength: 4 }), fc.nat(), (picks, cut) => {
      const text = picks.map((k) => examples[k]!).join("").slice(cut % 7);
      const words = wordFinder(ALL_RULES).present(text);
      return ALL_RULES.every((r) => mayMatch(r.re, words) || matches(r.re, text) === 0);
    }),
    { numRuns: 300 },
  );
});

/** What matchesIn gives, as comparable values: every match's offset, text and group offsets. */
const seen = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], JSON.stringify(m.indices?.groups ?? null)]);

function sameMatches(text: string): boolean {
  const scan = wordFinder(ALL_RULES, TOPIC_FINDS).scan(text);
  // the topic words' pattern (its words are many: read with a larger set)
  const topic = scanPlan(TOPIC_RE, 64)!;
  TOPIC_RE.lastIndex = 0;
  const topicAll = JSON.stringify([...text.matchAll(TOPIC_RE)].map((m) => [m.index, m[0], JSON.stringify(m.groups)]));
  const topicSome = JSON.stringify(matchesIn(TOPIC_RE, topic, scan).map((m) => [m.index, m[0], JSON.stringify(m.groups)]));
  if (topicAll !== topicSome) {
    expect(topicSome).toEqual(topicAll);
    return false;
  }
  for (const r of ALL_RULES) {
    const plan = scanPlan(r.re);
    if (!plan || !mayMatch(r.re, scan)) continue;
    r.re.lastIndex = 0;
    const all = seen(text.matchAll(r.re));
    const some = seen(matchesIn(r.re, plan, scan));
    if (JSON.stringify(all) !== JSON.stringify(some)) {
      expect([r.name, some]).toEqual([r.name, all]);
      return false;
    }
  }
  return true;
}

it("reads where a rule's matches may lie: what its pattern never consumes, how far its lookaheads read", () => {
  const p = scanPlan(/收到(?:[^,;。!?|\n]{0,14}?)行政复议申请(?<num>\d+)件(?![\d.%])/dg)!;
  expect(p.words).toEqual(["行政复议申请"]);
  expect(p.reach).toBe(1);
  expect(p.lead).toBe(0);
  const q = scanPlan(/(?:^|\n)[ \t|]*考试合格数(?:[ \t]*\|[ \t]*|\t+)(?<num>\d+)/dg)!;
  expect(q.lead).toBe(1);
  expect(q.words).toEqual(["考试合格数"]);
  expect(q.sticky?.sticky).toBe(true); // a table row: tried only at the line break before a line with its words
  // a row whose value may run over a line break (\s* before %) still starts on the line of its label
  expect(scanPlan(/(?:^|\n)[ \t|]*纠错率(?:[ \t]*\|[ \t]*|\t+)(?<pnum>\d+)\s*%/dg)?.words).toEqual(["纠错率"]);
  expect(scanPlan(/(?:^|\n)[\s|]*纠错率\d+/dg)?.sticky ?? null).toBeNull(); // its first part may cross lines
  expect(scanPlan(/考试.*合格/g)!.mask).toBe(1); // . crosses every clause but not a line: only \n (the first barrier) bounds it
  expect(scanPlan(/考试(?=[^。]*合格)\d+/g)).toBeNull(); // a lookahead of no bounded length
  expect(scanPlan(/考试[\s\S]{0,9}合格/g)).toBeNull(); // crosses everything
});

it("finds, stretch by stretch, the matches a scan of the whole text finds, on every fixture", () => {
  const files = txtFiles(join(__dirname, "..", "fixtures"));
  for (const f of files) expect(sameMatches(defuse(normalise(readFileSync(f, "utf8")).text))).toBe(true);
});

it("finds the same matches on examples cut and spliced at random, with line breaks, cells and long gaps between", () => {
  const examples = ALL_RULES.flatMap((r) => r.examples);
  const glue = ["", "\n", "|", " | ", "。", ",", "\n\n", "、", "x".repeat(250), "(", ")", "\t", "\n| ", " |\n", "\n  ", "|\t"];
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: examples.length - 1 }), fc.integer({ min: 0, max: glue.length - 1 })), { minLength: 1, maxLength: 6 }),
      fc.nat(),
      (picks, cut) => sameMatches(picks.map(([k, g]) => examples[k]! + glue[g]!).join("").slice(cut % 7)),
    ),
    { numRuns: 150 },
  );
});
