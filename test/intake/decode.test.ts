/**
 * bytes → text: the same report as UTF-8, UTF-8 with BOM, UTF-16LE/BE (with
 * and without BOM) and GB18030 decodes identically; bad bytes are refused
 * with a message, never returned as mojibake.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import { decodeText, decodeWithLabel } from "../../src/core/intake/decode";
import { IntakeError } from "../../src/core/intake/errors";

const SEEDS = join(__dirname, "../../seeds");
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const body = be ? Buffer.from(le).swap16() : le;
  const mark = bom ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0);
  return new Uint8Array(Buffer.concat([mark, body]));
}

function refusal(bytes: Uint8Array | Buffer): IntakeError {
  try {
    decodeText(new Uint8Array(bytes));
  } catch (e) {
    expect(e).toBeInstanceOf(IntakeError);
    expect((e as Error).message).not.toContain("\n");
    return e as IntakeError;
  }
  throw new Error("expected a refusal");
}

describe.each(seeds)("%s decodes identically in every encoding", (seed) => {
  const text = readFileSync(join(SEEDS, seed), "utf8");
  const cases: Array<[string, Uint8Array, string]> = [
    ["UTF-8", new Uint8Array(Buffer.from(text, "utf8")), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])), "utf-8"],
    ["UTF-16LE with BOM", utf16(text, false, true), "utf-16le"],
    ["UTF-16BE with BOM", utf16(text, true, true), "utf-16be"],
    ["UTF-16LE without BOM", utf16(text, false, false), "utf-16le"],
    ["UTF-16BE without BOM", utf16(text, true, false), "utf-16be"],
    ["GB18030", new Uint8Array(iconv.encode(text, "gb18030")), "gb18030"],
  ];
  test.each(cases)("%s", (_label, bytes, encoding) => {
    const d = decodeText(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
  });
});

test("GBK (the GB18030 subset most files use) decodes too", () => {
  const text = "2023年,共调解各类矛盾纠纷848件,调解成功率100%。行政复议申请44件。";
  expect(decodeText(new Uint8Array(iconv.encode(text, "gbk"))).text).toBe(text);
});

test("an empty file is refused", () => {
  expect(refusal(Buffer.alloc(0)).kind).toBe("empty");
  expect(refusal(Buffer.from("  \n\n \t")).kind).toBe("empty");
});

test("binary content is not text", () => {
  expect(refusal(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x10, 0x00, 0x7f, 0x00, 0x41, 0x00, 0x00, 0x00])).kind).toBe("binary");
  expect(refusal(Buffer.concat([Buffer.from("abc"), Buffer.alloc(100, 0x01)])).kind).toBe("binary");
  expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])).message).toMatch(/image/);
  expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).message).toMatch(/save it as \.docx/);
});

test("UTF-8 with damaged bytes is refused with the line, not shown as mojibake", () => {
  const b = Buffer.from("第一行\n第二行共调解848件\n第三行");
  const bad = Buffer.concat([b.subarray(0, 10), Buffer.from([0xc3]), b.subarray(10)]); // at the start of line 2
  const e = refusal(bad);
  expect(e.kind).toBe("encoding");
  expect(e.message).toMatch(/not valid UTF-8 \(1 bad byte, first on line 2/);
});

test("a file mixing UTF-8 and GBK lines is refused", () => {
  const e = refusal(Buffer.concat([Buffer.from("晋城市城区2023年度法治政府建设工作情况报告\n"), iconv.encode("共调解各类矛盾纠纷848件,调解成功率100%。\n", "gbk")]));
  expect(e.message).toMatch(/mixes text encodings .*line 2/);
});

test("single-byte Western text that is not UTF-8 is refused, not read as GBK", () => {
  const e = refusal(iconv.encode("Café, résumé, naïve façade — déjà vu. ".repeat(20), "latin1"));
  expect(e.message).toMatch(/unknown text encoding/);
});

test("truncated UTF-16 is refused", () => {
  const b = utf16("行政复议申请44件", false, true);
  expect(refusal(b.subarray(0, b.length - 1)).kind).toBe("encoding");
});

test("a declared charset is honoured when the bytes fit it, detected otherwise", () => {
  const text = "收到行政复议申请44件";
  expect(decodeWithLabel(new Uint8Array(iconv.encode(text, "gbk")), "gb2312").text).toBe(text);
  expect(decodeWithLabel(new Uint8Array(Buffer.from(text)), "gb2312").text).toBe(text); // wrong label
  const trad = "收到行政復議申請44件";
  expect(decodeWithLabel(new Uint8Array(iconv.encode(trad, "big5")), "big5").text).toBe(trad);
});

describe("BOM-less UTF-16 is detected in both byte orders by what the text reads as", () => {
  // no ASCII at all: no NUL byte anywhere, so only the content can tell the order
  const allChinese = "全县共收到行政复议申请一百二十六件，依法受理一百一十八件；调解各类矛盾纠纷八百四十八件。".repeat(3);
  // many characters U+xx00 (一, 丁, 万, 与, 丐…): a NUL in the "wrong" half of a UTF-16LE pair
  const nulHeavy = "一万一千一百件与丁丈三上下不与丐丑专且丕世丘丙业丛东丝丞丢两严丧一二".repeat(4);
  test.each([
    ["all-Chinese UTF-16LE", allChinese, false],
    ["all-Chinese UTF-16BE", allChinese, true],
    ["UTF-16LE full of U+xx00 characters", nulHeavy, false],
    ["UTF-16BE full of U+xx00 characters", nulHeavy, true],
  ] as const)("%s", (_label, text, be) => {
    const d = decodeText(utf16(text, be, false));
    expect(d.encoding).toBe(be ? "utf-16be" : "utf-16le");
    expect(d.text).toBe(text);
  });

  test("GB18030 Chinese of even length is still GB18030, not UTF-16", () => {
    const text = "全县共收到行政复议申请1260件,依法受理118件。"; // an even number of bytes in GB18030
    const bytes = new Uint8Array(iconv.encode(text, "gb18030"));
    expect(bytes.length % 2).toBe(0);
    expect(decodeText(bytes)).toMatchObject({ encoding: "gb18030", text });
  });
});
