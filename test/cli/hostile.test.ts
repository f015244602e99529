/**
 * Hostile input: every bad file gets a one-line message naming it and saying
 * what to do, no stack trace, no hang, bounded memory; the other files of the
 * batch are still extracted; exit 2 when some failed, 1 when nothing could be
 * done (then nothing on stdout).
 */
import { rmSync, copyFileSync, existsSync, mkdirSync, openSync, closeSync, ftruncateSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import {
  SEEDS,
  buildDocx,
  buildSlowPdf,
  buildTextlessPdf,
  buildZip,
  parseDoc,
  runCli,
  seedFiles,
  soffice,
  sofficePath,
  tmp,
  write,
  type CliRun,
  type ReportJson,
} from "./helpers";

const dir = tmp("hostile");
const seeds = seedFiles();
const seedText = (i: number) => readFileSync(join(SEEDS, seeds[i]!), "utf8");
const haveSoffice = sofficePath() !== null;

interface Case {
  name: string;
  make: () => void;
  /** Expected message (after "<name>: "), or null when the file must be read fine. */
  error: RegExp | null;
}

const CASES: Case[] = [
  { name: "empty.txt", make: () => write(dir, "empty.txt", ""), error: /is empty \(0 bytes\); check that it is the right file/ },
  {
    name: "binary.txt",
    make: () => write(dir, "binary.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
    error: /is not a text file.*give the report as \.txt, \.docx, \.pdf or \.html/,
  },
  {
    name: "photo.txt",
    make: () => write(dir, "photo.txt", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)])),
    error: /is an image, not text; run OCR/,
  },
  {
    name: "huge.txt",
    make: () => {
      // 100 MB, sparse: the CLI must refuse it by size before reading it
      const fd = openSync(join(dir, "huge.txt"), "w");
      ftruncateSync(fd, 100 * 1024 * 1024);
      closeSync(fd);
    },
    error: /is too large \(100 MB; the limit is 5 MB\)/,
  },
  {
    name: "bad-utf8.txt",
    make: () => {
      const b = Buffer.from(seedText(0));
      b[300] = 0xff;
      b[301] = 0xfe;
      write(dir, "bad-utf8.txt", b);
    },
    error: /is not valid UTF-8 .*save it as UTF-8/,
  },
  {
    name: "mixed-encodings.txt",
    make: () => {
      const t = seedText(1);
      const half = Math.floor(t.length / 2);
      write(dir, "mixed-encodings.txt", Buffer.concat([Buffer.from(t.slice(0, half)), iconv.encode(t.slice(half), "gbk")]));
    },
    error: /mixes text encodings.*save it as UTF-8/,
  },
  {
    name: "truncated.docx",
    make: () => {
      const full = buildDocx(seedText(2).split("\n"));
      write(dir, "truncated.docx", full.subarray(0, Math.floor(full.length * 0.6)));
    },
    error: /is a damaged or incomplete \.docx.*save it again/,
  },
  {
    name: "corrupt.docx",
    make: () => write(dir, "corrupt.docx", Buffer.from("this is not a zip file at all, just text pretending\n".repeat(20))),
    error: /is a damaged or incomplete \.docx \(not a zip file\)/,
  },
  {
    name: "bomb.docx",
    make: () =>
      write(
        dir,
        "bomb.docx",
        buildZip([
          { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
          { name: "word/document.xml", data: Buffer.alloc(300 * 1024 * 1024, 0x20) },
        ]),
      ),
    error: /is refused as a \.docx that unpacks to too much data/,
  },
  {
    name: "lying-bomb.docx",
    // the headers claim 1 KB; the entry really inflates to 300 MB
    make: () =>
      write(
        dir,
        "lying-bomb.docx",
        buildZip([
          { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
          { name: "word/document.xml", data: Buffer.alloc(300 * 1024 * 1024, 0x20), declaredSize: 1024 },
        ]),
      ),
    error: /is refused as a \.docx that unpacks to too much data \(an entry inflates past/,
  },
  {
    name: "old-format.doc",
    make: () => write(dir, "old-format.doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])),
    error: /is an old Word file \(\.doc\), which cannot be read; open it in Word or WPS and save it as \.docx/,
  },
  {
    name: "corrupt.pdf",
    make: () => write(dir, "corrupt.pdf", Buffer.from("%PDF-1.7\n" + "garbage ".repeat(100))),
    error: /is a damaged PDF \(it cannot be opened\)/,
  },
  { name: "scan.pdf", make: () => write(dir, "scan.pdf", buildTextlessPdf(3)), error: /is a PDF without a text layer \(a scan\); run OCR on it first/ },
  {
    name: "page.html",
    make: () =>
      write(
        dir,
        "page.html",
        `<html><head><title>t</title><script>alert("SCRIPT_RAN"); fetch("https://example.invalid/x")</script>
<style>body{color:red} .STYLE_TEXT{}</style></head>
<body onload="document.body.innerHTML='ONLOAD_TEXT'">
<iframe src="https://example.invalid/frame">IFRAME_TEXT</iframe>
<img src="https://example.invalid/pixel.gif" onerror="alert('ONERROR_TEXT')">
<noscript>NOSCRIPT_TEXT</noscript>
<p onclick="steal()">2023年,共调解各类矛盾纠纷848件,调解成功率100%。</p>
<script type="module">import("https://example.invalid/m.js") // SCRIPT2_TEXT</script>
<table><tr><td>行政复议</td><td>44</td><td>35</td></tr></table>
</body></html>`,
      ),
    error: null,
  },
  { name: "晋城 城区 报告（2023年度）.txt", make: () => copyFileSync(join(SEEDS, seeds[0]!), join(dir, "晋城 城区 报告（2023年度）.txt")), error: null },
  {
    name: "formulas.txt",
    make: () =>
      write(
        dir,
        "formulas.txt",
        `=HYPERLINK("http://example.invalid","点击")\n+SUM(A1:A9)\n-2+3\n@SUM(1,2)\n=1+1 共收到行政复议申请44件,结案35件。\n2023年,共调解各类矛盾纠纷848件。\n`,
      ),
    error: null,
  },
  { name: "missing-file.txt", make: () => undefined, error: /not found; check the path/ },
];
if (haveSoffice) {
  CASES.push({
    name: "encrypted.pdf",
    make: () => {
      const src = join(dir, "enc-src");
      mkdirSync(src, { recursive: true });
      copyFileSync(join(SEEDS, seeds[3]!), join(src, "encrypted.txt"));
      soffice(
        [join(src, "encrypted.txt")],
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
        dir,
      );
    },
    error: /is a password-protected PDF; open it, remove the password/,
  });
}

const GOOD = [seeds[0]!, seeds[4]!];
let batch: CliRun;
let reports: ReportJson[] = [];
const textDir = join(dir, "text");

beforeAll(() => {
  for (const c of CASES) c.make();
  for (const g of GOOD) copyFileSync(join(SEEDS, g), join(dir, g));
  const args = [GOOD[0]!, ...CASES.map((c) => c.name), GOOD[1]!].map((n) => join(dir, n));
  batch = runCli(["extract", "--json", "--jobs", "2", "--save-text", textDir, ...args]);
  reports = parseDoc(batch.stdout).reports;
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the batch finishes with exit 2, one report per input in input order", () => {
  expect(batch.status).toBe(2);
  expect(reports.map((r) => r.source)).toEqual([GOOD[0]!, ...CASES.map((c) => c.name), GOOD[1]!]);
});

test("the good files of the batch are still extracted", () => {
  for (const g of GOOD) {
    const r = reports.find((x) => x.source === g)!;
    expect(r.error).toBeUndefined();
    expect(Array.isArray(r.indicators)).toBe(true);
  }
});

test("stderr has exactly one line per failed file, each naming it, then the count; no stack trace", () => {
  const failing = CASES.filter((c) => c.error);
  const lines = batch.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(failing.length + 1);
  expect(lines[lines.length - 1]).toBe(`${CASES.length + GOOD.length - failing.length} files read, ${failing.length} failed (listed above)`);
  for (const c of failing) expect(lines.filter((l) => l.startsWith(`${c.name}: `) || l.includes(`/${c.name}: `))).toHaveLength(1);
  expect(batch.stderr).not.toMatch(/\n\s+at /);
  expect(batch.stderr).not.toMatch(/Error:/);
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  test(c.error ? "fails alone with its one-line message" : "is read", () => {
    const r = reports.find((x) => x.source === c.name)!;
    expect(r).toBeDefined();
    if (c.error) {
      expect(r.error).toBeDefined();
      expect(r.error!).not.toContain("\n");
      expect(r.error!.startsWith(c.name) || r.error!.includes(`/${c.name}:`)).toBe(true);
      expect(r.error!).toMatch(c.error);
      expect(batch.stderr).toContain(r.error!);
    } else {
      expect(r.error).toBeUndefined();
    }
  });
});

test("HTML scripts, styles, iframes and handlers never reach the text; content does", () => {
  const text = readFileSync(join(textDir, "page.html.txt"), "utf8");
  for (const s of ["SCRIPT_RAN", "STYLE_TEXT", "ONLOAD_TEXT", "IFRAME_TEXT", "ONERROR_TEXT", "NOSCRIPT_TEXT", "SCRIPT2_TEXT", "example.invalid", "steal"]) {
    expect(text).not.toContain(s);
  }
  expect(text).toContain("共调解各类矛盾纠纷848件");
  expect(text).toContain("行政复议 | 44 | 35");
});

test("a file name with spaces and Chinese characters is the source as given", () => {
  const r = reports.find((x) => x.source === "晋城 城区 报告（2023年度）.txt")!;
  const same = reports.find((x) => x.source === GOOD[0])!;
  expect(r.indicators?.map((i) => [i.code, i.value])).toEqual(same.indicators?.map((i) => [i.code, i.value]));
});

test("formula text is read as text: evidence slices it, nothing is evaluated", () => {
  const text = readFileSync(join(textDir, "formulas.txt.txt"), "utf8");
  expect(text.startsWith('=HYPERLINK(')).toBe(true);
  for (const i of reports.find((x) => x.source === "formulas.txt")!.indicators ?? []) {
    expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
  }
});

test("the 100 MB file is refused by size, not read (the whole batch stays fast)", () => {
  expect(batch.ms).toBeLessThan(60_000);
});

describe("single inputs", () => {
  test("one unreadable file: exit 1, one line naming it and what to do, nothing on stdout", () => {
    const r = runCli(["extract", "--json", join(dir, "empty.txt")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/(^|\/)empty\.txt: is empty \(0 bytes\); check that it is the right file$/)]);
  });

  test("every file failing: exit 1, nothing on stdout", () => {
    const r = runCli(["extract", "--json", join(dir, "binary.txt"), join(dir, "corrupt.pdf")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("binary.txt: ");
    expect(r.stderr).toContain("corrupt.pdf: ");
    expect(r.stderr).toContain("none of the 2 files could be read");
  });

  test("a pathological file is stopped by the time limit; the rest of the batch is extracted", () => {
    write(dir, "slow.pdf", buildSlowPdf(2_000_000));
    const r = runCli(["extract", "--json", "--jobs", "2", "--timeout", "2", join(dir, "slow.pdf"), join(dir, GOOD[0]!)]);
    expect(r.status).toBe(2);
    const rs = parseDoc(r.stdout).reports;
    expect(rs[0]!.error).toMatch(/(^|\/)slow\.pdf: took longer than 2 s to read and was stopped; check the file, or allow more time with --timeout$/);
    expect(rs[1]!.error).toBeUndefined();
    expect(r.ms).toBeLessThan(30_000);
  }, 60_000);

  test("a 100 MB file on standard input is refused without reading past the limit", () => {
    const r = runCli(["extract", "--json", "-"], { input: Buffer.alloc(60 * 1024 * 1024, 0x41) });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^stdin: is too large \(over 5 MB\)/);
  });

  test("usage errors exit 1 with the usage text", () => {
    const r = runCli(["extract", "--jobs", "zero", "x.txt"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--jobs takes a whole number/);
    expect(r.stdout).toBe("");
  });

  test("no inputs at all: exit 1", () => {
    const empty = join(dir, "empty-folder");
    mkdirSync(empty, { recursive: true });
    const r = runCli(["extract", "--json", empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no report files/);
  });
});

test("the generated hostile files exist (sanity)", () => {
  expect(existsSync(join(dir, "huge.txt"))).toBe(true);
});
