/** .docx → text (mammoth in-process) and the zip guards. */
import { readDocument } from "../../src/core/intake";
import { checkZipDirectory, readZipDirectory, docxToText } from "../../src/core/intake/docx";
import { buildDocx, buildZip } from "../cli/helpers";

const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

test("paragraphs become lines and a table row becomes one line of cells", async () => {
  const docx = buildDocx(["2023年行政复议工作情况", "共收到行政复议申请44件,结案35件。"], [
    ["项目", "收到", "结案"],
    ["行政复议", "44", "35"],
  ]);
  const text = await docxToText(u8(docx));
  expect(text.split("\n").filter(Boolean)).toEqual(["2023年行政复议工作情况", "共收到行政复议申请44件,结案35件。", "项目 | 收到 | 结案", "行政复议 | 44 | 35"]);
});

test("readDocument recognises a .docx by content, whatever its name", async () => {
  const d = await readDocument(u8(buildDocx(["调解成功35085件"])), "renamed.txt");
  expect(d.format).toBe("docx");
  expect(d.text).toBe("调解成功35085件");
});

test("the central directory is read without inflating anything", () => {
  const entries = readZipDirectory(u8(buildDocx(["x"])));
  expect(entries.map((e) => e.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
});

test("declared sizes past the limits are refused before inflation", () => {
  const entries = [{ name: "word/document.xml", method: 8, compressedSize: 300_000, uncompressedSize: 300 * 1024 * 1024, localHeaderOffset: 0, encrypted: false }];
  expect(() => checkZipDirectory(entries)).toThrow(/unpacks to too much data/);
  const ratio = [{ ...entries[0]!, uncompressedSize: 50 * 1024 * 1024, compressedSize: 50 * 1024 }];
  expect(() => checkZipDirectory(ratio)).toThrow(/compressed 1024:1/);
});

test("a zip that lies about its sizes is refused while inflating (streamed, counted)", async () => {
  const zip = buildZip([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "word/document.xml", data: Buffer.alloc(120 * 1024 * 1024, 0x20), declaredSize: 2048 },
  ]);
  if (typeof DecompressionStream === "undefined") return; // runtime without streams: the CLI test covers it
  await expect(docxToText(u8(zip))).rejects.toThrow(/inflates past 100 MB/);
}, 30_000);

test("truncated, non-zip, Excel and password-protected files get their own messages", async () => {
  const full = buildDocx(["共调解848件"]);
  await expect(readDocument(u8(full.subarray(0, full.length - 30)), "a.docx")).rejects.toThrow(/damaged or incomplete \.docx/);
  await expect(readDocument(u8(Buffer.from("hello world, not a zip")), "b.docx")).rejects.toThrow(/not a zip file/);
  const xlsx = buildZip([{ name: "xl/workbook.xml", data: Buffer.from("<workbook/>") }]);
  await expect(readDocument(u8(xlsx), "c.docx")).rejects.toThrow(/Excel workbook, not a report/);
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
  await expect(readDocument(u8(ole), "d.docx")).rejects.toThrow(/password-protected or old-format Word file/);
  await expect(readDocument(u8(Buffer.from("whatever")), "e.wps")).rejects.toThrow(/save it as \.docx/);
  await expect(readDocument(u8(Buffer.from("whatever")), "f.xls")).rejects.toThrow(/give the report itself/);
});
