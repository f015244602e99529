/**
 * The same report in the forms it reaches a statistics office in: converted to traditional
 * characters, hard-wrapped at an official document's 28 characters (with a PDF's trailing
 * spaces), spaced out character by character, split into pages, wrapped in a web page's header
 * and closing sections with another story's figures, with full-width digits, Windows line ends,
 * indents, sentences ended with a dot, small counts written in Chinese numerals. The figures
 * extracted, the region and the year must not change.
 *
 * Run over the project's own fixtures and seeds (never ../shared). A form that changes a report's
 * reading is listed in KNOWN with its reason, and the test fails if a listed one starts to pass.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../../src/core/extract";
import { decodeText } from "../../src/core/intake";
import { normalise } from "../../src/core/text/normalise";

type Conv = (s: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => Conv };
const toTw = OpenCC.Converter({ from: "cn", to: "tw" });
const toHk = OpenCC.Converter({ from: "cn", to: "hk" });

/** Pinyin glosses a web mirror adds (區(qū)): a PDF has none, so a wrapped copy has none either. */
const GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/g;

function wrap(text: string, width: number, lineEnd = ""): string {
  const cps = Array.from(text.replace(GLOSS, ""));
  let out = "";
  let col = 0;
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i]!;
    out += ch;
    if (ch === "\n") {
      col = 0;
      continue;
    }
    if (++col >= width && cps[i + 1] !== "\n") {
      out += `${lineEnd}\n`;
      col = 0;
    }
  }
  return out;
}

function pages(text: string, every: number): string {
  let out = "";
  let n = 0;
  let page = 0;
  for (const ch of text) {
    out += ch;
    if (ch !== "\n" && ++n >= every) {
      out += `\n\n— ${++page} —\n\n`;
      n = 0;
    }
  }
  return out;
}

const CN = "零一二三四五六七八九";
const chinese = (n: number): string => (n < 10 ? CN[n]! : (n < 20 ? "十" : CN[Math.floor(n / 10)]! + "十") + (n % 10 ? CN[n % 10]! : ""));

const HEADER = "首页 > 政务公开 > 法治政府建设\n【字体：大 中 小】 打印本页 关闭窗口 分享到：\n";
const OTHER_STORY =
  "\n\n分享到：\n相关阅读：\n某县召开2024年法治政府建设推进会\n会上通报,某县全年共收到行政复议申请999件,调解矛盾纠纷8888件,12345热线受理诉求77777件,主动公开政府信息6666条。\n上一篇：某县举办法治讲座\n";

/** The report as it reads, its lines joined where they were wrapped. */
const unwrapped = (t: string): string => normalise(t).text;

const FORMS: Record<string, Conv> = {
  traditional: toTw,
  "traditional (Hong Kong forms)": toHk,
  "wrapped at 28": (t) => wrap(t, 28),
  "wrapped at 28 with trailing spaces": (t) => wrap(t, 28, " "),
  "wrapped at 33": (t) => wrap(t, 33),
  // (narrow columns re-lay the report as it reads: a fixture hard-wrapped at 30 and wrapped again at 23 would leave
  // lines of 7 between lines of 23, which no layout makes)
  "wrapped at 23 (a mobile page)": (t) => wrap(unwrapped(t), 23),
  "wrapped at 14 (a newspaper's column)": (t) => wrap(unwrapped(t), 14),
  "spaced out": (t) => t.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, "$1 "),
  "page numbers every 900 characters": (t) => pages(t, 900),
  "a web page with another story": (t) => HEADER + t + OTHER_STORY,
  "full-width digits": (t) => t.replace(/[0-9%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  "sentences ended with a dot": (t) => t.replace(/。/g, ". "),
  "Windows line ends and indents": (t) => t.replace(/\n/g, "\r\n\u3000\u3000"),
  "small counts in Chinese numerals": (t) => t.replace(/(^|[^\d.,%])(\d{1,2})(?=[次场件个期人名项条])/gm, (_m, p: string, d: string) => p + chinese(Number(d))),
};

/** Forms that change a report's reading today, and why. "file|form". */
const VARIANT = "澄江 becomes 澂江 in traditional characters, a variant opencc does not fold back: the region is written 澂江市";
/** A line that happens to be exactly as wide as a narrow column looks cut by it. */
const EXACT = "a line exactly as wide as the column looks cut by it";
const KNOWN: Record<string, string> = {
  "e18.txt|wrapped at 23 (a mobile page)": `${EXACT}: the page's navigation line runs on into the department's name under it`,
  "e18.txt|wrapped at 14 (a newspaper's column)": `${EXACT}: the page's navigation line runs on into the department's name under it`,
  "m04.txt|wrapped at 23 (a mobile page)": `${EXACT}: the page's date and source line (23 characters) runs on into the body`,
  "003_c1ce23b88eafd010.txt|wrapped at 23 (a mobile page)": `${EXACT}: a line that ends on 意见 reads as a title, and its 湖南省 as the report's place`,
  "y02.txt|traditional": VARIANT,
  "y02.txt|traditional (Hong Kong forms)": VARIANT,
  "t09.txt|traditional": VARIANT,
  "t09.txt|traditional (Hong Kong forms)": VARIANT,
  "x09.txt|traditional": `${VARIANT}; here it is not found at all (澂江日报 is read as the issuer)`,
  "x09.txt|traditional (Hong Kong forms)": `${VARIANT}; here it is not found at all (澂江日报 is read as the issuer)`,
};

/** Forms that move characters on their line: they would misalign a text laid out in columns. */
const RELAYOUT = new Set(["wrapped at 28", "wrapped at 28 with trailing spaces", "wrapped at 33", "wrapped at 23 (a mobile page)", "wrapped at 14 (a newspaper's column)", "spaced out", "full-width digits", "Windows line ends and indents"]);
/** Forms narrower than a table's row: a table is laid out as a table in any column, never wrapped as prose. */
const NARROW = new Set(["wrapped at 23 (a mobile page)", "wrapped at 14 (a newspaper's column)"]);
const TABLE_ROW = /\S[ \t]*\|[ \t]*\S|\S\t+\S/;
/** Text laid out in columns (a yearbook's page): re-laid out, its columns no longer line up. */
const COLUMNS = /\S {4,}\S/g;
const inColumns = (t: string): boolean => (t.match(COLUMNS) ?? []).length >= 3;

function reading(text: string): string {
  const r = extract(text, { source: "x" });
  const values = r.indicators.map((v) => `${v.code}=${v.value}`).sort();
  return [...values, `region=${r.meta.region ?? ""}`, `year=${r.meta.year ?? ""}`].join(" ");
}

const root = join(__dirname, "..", "..");
const files: [name: string, text: string][] = [];
for (const dir of [...readdirSync(join(root, "test", "fixtures")).map((d) => join(root, "test", "fixtures", d)), join(root, "seeds")])
  for (const f of readdirSync(dir).sort()) if (f.endsWith(".txt")) files.push([f, decodeText(readFileSync(join(dir, f))).text]);

describe("a report reads the same in every form it arrives in", () => {
  const base = new Map(files.map(([name, text]) => [name, reading(text)]));

  it("has the fixtures to run over", () => {
    expect(files.length).toBeGreaterThan(180);
  });

  for (const [form, conv] of Object.entries(FORMS)) {
    it(`${form}`, () => {
      const changed: string[] = [];
      const knownPassing: string[] = [];
      for (const [name, text] of files) {
        if (RELAYOUT.has(form) && inColumns(text)) continue;
        if (NARROW.has(form) && TABLE_ROW.test(text)) continue;
        const got = reading(conv(text));
        const same = got === base.get(name);
        const key = `${name}|${form}`;
        if (!same && !KNOWN[key]) changed.push(`${name}\n  was ${base.get(name)}\n  now ${got}`);
        if (same && KNOWN[key]) knownPassing.push(key);
      }
      expect(changed).toEqual([]);
      expect(knownPassing).toEqual([]);
    });
  }
});
