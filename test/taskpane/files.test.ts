import { decodeBytes, htmlToText, kindOf, readFile } from "../../src/taskpane/files";
import { formatValue, sentenceAround, splitNumber } from "../../src/taskpane/format";
import { handleMessage } from "../../src/taskpane/worker";
import { WorkerResponseSchema } from "../../src/taskpane/messages";
import { keptResults } from "../../src/taskpane/state";

const TEXT = "2023年，全年办理“12345”各类诉求工单5187件。";

test("decodes UTF-8, UTF-16 with and without BOM, GB18030", () => {
  const utf8 = new TextEncoder().encode(TEXT);
  expect(decodeBytes(utf8)).toBe(TEXT);
  expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
  const le = new Uint8Array(TEXT.length * 2);
  for (let i = 0; i < TEXT.length; i++) {
    le[2 * i] = TEXT.charCodeAt(i) & 0xff;
    le[2 * i + 1] = TEXT.charCodeAt(i) >> 8;
  }
  expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...le]))).toBe(TEXT);
  const ascii = "Report 2023: 5187 tickets";
  const le2 = new Uint8Array(ascii.length * 2);
  for (let i = 0; i < ascii.length; i++) le2[2 * i] = ascii.charCodeAt(i);
  expect(decodeBytes(le2)).toBe(ascii);
  // 工单 in GB18030 (B9 A4 B5 A5) is not valid UTF-8
  expect(decodeBytes(new Uint8Array([0xb9, 0xa4, 0xb5, 0xa5]))).toBe("工单");
});

test("HTML becomes text with paragraph breaks, scripts dropped", () => {
  // (node: the regex path; in a browser DOMParser gives the same text with a no-break space)
  expect(htmlToText("<html><body><p>第一段</p><script>alert(1)</script><p>第二&nbsp;段 &amp; 5187件</p></body></html>")).toMatch(
    /^第一段\n第二[\u00a0 ]段 & 5187件$/,
  );
});

test("without the intake reader .docx/.pdf are 'not yet supported'; with it everything goes through it", async () => {
  const file = (name: string, bytes: number[]) => ({ name, arrayBuffer: async () => new Uint8Array(bytes).buffer });
  expect(kindOf("a.PDF").kind).toBe("pdf");
  await expect(readFile(file("a.docx", [1]))).resolves.toMatchObject({ ok: false, reason: "unsupported" });
  const reader = jest.fn(async () => ({ text: "从 docx 读出的文字", pageStarts: [0] }));
  await expect(readFile(file("a.docx", [1, 2]), reader)).resolves.toMatchObject({ ok: true, text: "从 docx 读出的文字", pageStarts: [0] });
  const failing = async () => {
    throw new Error("a.pdf: is not a valid PDF");
  };
  await expect(readFile(file("a.pdf", [1]), failing)).resolves.toMatchObject({ ok: false, reason: "error", message: "a.pdf: is not a valid PDF" });
});

test("values with qualifiers, the evidence sentence and its number", () => {
  expect(formatValue(320, "人次", "at_least", "zh")).toBe("320余人次");
  expect(formatValue(1200, "件", "about", "zh")).toBe("约1,200件");
  expect(formatValue(99.8, "%", null, "zh")).toBe("99.8%");
  expect(formatValue(100, "%", "at_least", "en")).toBe("≥ 100%");
  const text = "第一句。" + TEXT + "第三句。";
  const at = text.indexOf("工单5187件");
  const s = sentenceAround(text, { start: at, end: at + 7, text: "工单5187件" });
  expect(s.mark).toBe("工单5187件");
  expect(s.before).toBe("2023年，全年办理“12345”各类诉求");
  expect(s.after).toBe("。");
  expect(splitNumber("工单5187件", 5187)).toEqual({ pre: "工单", num: "5187", post: "件" });
  expect(splitNumber("10万余份", 100000).num).toBe("10");
  expect(splitNumber("学法十二次", 12).num).toBe("十二");
});

test("the worker answers with a validated result, and an error for a malformed request", () => {
  const out: unknown[] = [];
  handleMessage({ type: "extract", id: 7, text: TEXT, source: "a.txt", sha256: "ab" }, (m) => out.push(m));
  const ok = WorkerResponseSchema.parse(out[0]);
  expect(ok).toMatchObject({ type: "result", id: 7, result: { source: "a.txt", sha256: "ab" } });
  handleMessage({ type: "extract", id: 8 }, (m) => out.push(m));
  expect(out[1]).toMatchObject({ type: "error", id: 8 });
  handleMessage("garbage", (m) => out.push(m));
  expect(out[2]).toMatchObject({ type: "error", id: null });
});

test("unticked values (and flags only about them) are not filled", () => {
  const ev = { start: 0, end: 1, text: "1" };
  const kept = keptResults([
    {
      id: 1,
      source: "a",
      text: "",
      status: "done",
      excluded: ["a.x"],
      result: {
        source: "a",
        meta: { region: null, year: null, published: null, issuer: null },
        indicators: [
          { code: "a.x", value: 1, unit: "件", approx: null, evidence: ev },
          { code: "a.y", value: 2, unit: "件", approx: null, evidence: ev },
        ],
        flags: [
          { check: "approximate", severity: "info", codes: ["a.x"], message: "" },
          { check: "missing", severity: "info", codes: [], message: "" },
        ],
      },
    },
    { id: 2, source: "b", text: "", status: "error", excluded: [] },
  ]);
  expect(kept).toHaveLength(1);
  expect(kept[0]!.indicators.map((v) => v.code)).toEqual(["a.y"]);
  expect(kept[0]!.flags.map((f) => f.check)).toEqual(["missing"]);
});
