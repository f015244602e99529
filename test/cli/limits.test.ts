/**
 * Limits sized to a report: refused by size before reading, by the length of
 * the text read from a .docx, and a PDF past the page limit says so.
 */
import { closeSync, ftruncateSync, openSync } from "node:fs";
import { join } from "node:path";
import { readDocument, type PdfjsLike } from "../../src/core/intake";
import { MAX_TEXT_CHARS } from "../../src/cli/limits";
import { runTask } from "../../src/cli/task";
import { buildDocx, pinEnglish, tmp, write } from "./helpers";

pinEnglish();

test("a text file over 5 MB is refused by its size, before it is read", async () => {
  const dir = tmp("limit-text");
  const p = join(dir, "big.txt");
  const fd = openSync(p, "w");
  ftruncateSync(fd, 6 * 1024 * 1024); // sparse: reading it would give 6 MB of NULs
  closeSync(fd);
  const r = await runTask({ id: 1, source: "big.txt", path: p, mode: "extract" });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error).toBe(
    "big.txt: is too large (6 MB; the limit is 5 MB); a report is far smaller: check that it is the right file or split it",
  );
  expect(r.ms).toBeLessThan(1000);
});

test("a small .docx whose text is over the limit is refused, naming the amount of text", async () => {
  const dir = tmp("limit-docx");
  const p = write(dir, "long.docx", buildDocx(["共调解各类矛盾纠纷848件。".repeat(Math.ceil((MAX_TEXT_CHARS + 10) / 14))]));
  const r = await runTask({ id: 2, source: "long.docx", path: p, mode: "extract" });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error).toMatch(/^long\.docx: is too large \(2,000,01[0-9] characters of text; the limit is 2,000,000\)/);
}, 60_000);

test("a PDF longer than the page limit is refused with its page count, not cut", async () => {
  const pages = 2001;
  const fake: PdfjsLike = {
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: pages,
        getPage: async (n: number) => ({
          getTextContent: async () => ({ items: [{ str: `第${n}页共收到行政复议申请${n}件。`, transform: [10, 0, 0, 10, 50, 700], width: 200, height: 10 }] }),
        }),
        destroy: async () => undefined,
      }),
    }),
  };
  await expect(readDocument(new Uint8Array(Buffer.from("%PDF-1.7\n")), "thick.pdf", { pdfjs: fake })).rejects.toThrow(
    /has 2001 pages, more than the 2000 that are read/,
  );
  // one page fewer is read whole
  const ok = await readDocument(new Uint8Array(Buffer.from("%PDF-1.7\n")), "ok.pdf", {
    pdfjs: { getDocument: (src) => ({ promise: fake.getDocument(src).promise.then((d) => ({ ...d, numPages: 2000 })) }) },
  });
  expect(ok.pageStarts).toHaveLength(2000);
}, 60_000);
