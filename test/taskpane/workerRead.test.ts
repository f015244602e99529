/**
 * Files are read in the pane's Web Worker (the core's intake), never on the UI thread; the
 * protocol is validated with zod; an IntakeError's kind reaches the pane, which says in Chinese
 * (or, in an English Office, in English) what is wrong with which file and what to do.
 */
import { createWorkerClient, DocumentReadError, ExtractTimeoutError } from "../../src/taskpane/extractClient";
import { readFile } from "../../src/taskpane/files";
import { STRINGS, intakeMessageZh } from "../../src/taskpane/i18n";
import { IntakeKindSchema, WorkerRequestSchema, WorkerResponseSchema, type WorkerResponse } from "../../src/taskpane/messages";
import { handleMessage } from "../../src/taskpane/worker";
import { makeDocx } from "../helpers/docx";

const PARAGRAPH = "2023年，某区全年办理“12345”各类诉求工单5187件，办结率100%。";


/** A Worker stand-in: messages go through structured-clone-like hand-off to the worker's handler. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  received: { data: unknown; transfer: unknown[] }[] = [];
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(public url: string) {
    FakeWorker.instances.push(this);
  }
  postMessage(data: unknown, transfer: unknown[] = []): void {
    this.received.push({ data, transfer });
    setTimeout(() => void handleMessage(data, (m) => this.onmessage?.({ data: m })), 0);
  }
  terminate(): void {}
}

describe("the worker reads files (protocol: read → text | error with kind)", () => {
  test("a .docx is read by the worker's intake, the answer validated by zod", async () => {
    const out: WorkerResponse[] = [];
    const docx = await makeDocx(PARAGRAPH);
    const req = { type: "read", id: 3, name: "报告.docx", bytes: docx.buffer };
    expect(WorkerRequestSchema.safeParse(req).success).toBe(true);
    await handleMessage(req, (m) => out.push(m));
    const ans = WorkerResponseSchema.parse(out[0]);
    expect(ans).toMatchObject({ type: "text", id: 3, format: "docx" });
    expect(ans.type === "text" && ans.text).toContain("工单5187件");
  });

  test("an unreadable file answers an error carrying the IntakeError kind; a malformed read request is refused", async () => {
    const out: WorkerResponse[] = [];
    await handleMessage({ type: "read", id: 4, name: "empty.txt", bytes: new ArrayBuffer(0) }, (m) => out.push(m));
    await handleMessage({ type: "read", id: 5, name: "旧.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) }, (m) => out.push(m));
    await handleMessage({ type: "read", id: 6, name: "x.txt", bytes: "not bytes" }, (m) => out.push(m));
    expect(out.map((m) => WorkerResponseSchema.parse(m))).toEqual([
      expect.objectContaining({ type: "error", id: 4, kind: "empty" }),
      expect.objectContaining({ type: "error", id: 5, kind: "unsupported" }),
      expect.objectContaining({ type: "error", id: 6, message: expect.stringMatching(/invalid request/) }),
    ]);
    expect((out[2] as { kind?: string }).kind).toBeUndefined();
  });

  test("the pane's reader hands the bytes to the Worker (transferred) and gets the text back; errors keep their kind", async () => {
    const g = globalThis as unknown as { Worker?: unknown };
    const saved = g.Worker;
    g.Worker = FakeWorker;
    try {
      FakeWorker.instances = [];
      const client = createWorkerClient("worker.js", 10_000);
      const docx = await makeDocx(PARAGRAPH);
      const file = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer });
      const ok = await readFile(file("a.docx", docx), client.read);
      expect(ok).toMatchObject({ ok: true, name: "a.docx" });
      expect(ok.ok && ok.text).toContain("工单5187件");
      // the request went to the worker as bytes, its buffer in the transfer list: the UI thread parsed nothing
      const sent = FakeWorker.instances[0]!.received[0]!;
      expect(sent.data).toMatchObject({ type: "read", name: "a.docx" });
      const bytes = (sent.data as { bytes: ArrayBuffer }).bytes;
      expect(bytes).toBeInstanceOf(ArrayBuffer);
      expect(sent.transfer).toEqual([bytes]);

      const bad = await readFile(file("empty.txt", new Uint8Array(0)), client.read);
      expect(bad).toMatchObject({ ok: false, reason: "error", kind: "empty" });
      await expect(client.read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]), "a.doc")).rejects.toBeInstanceOf(DocumentReadError);
      // extraction runs on the same worker
      const r = await client.extract({ text: PARAGRAPH, source: "a.docx" });
      expect(r.source).toBe("a.docx");
      expect(FakeWorker.instances).toHaveLength(1);
    } finally {
      g.Worker = saved;
    }
  });
});

describe("intake errors in the pane's language", () => {
  test("every IntakeError kind has a Chinese message naming the file and what to do, with no English left", () => {
    for (const kind of IntakeKindSchema.options) {
      const m = STRINGS.zh.intakeFailed("县报告.docx", kind, ".docx", "is something; do something");
      expect(m).toContain("县报告.docx");
      expect(m).toMatch(/请|需要/);
      // no English sentence left (product names and extensions such as Word, WPS, PDF, .docx are fine)
      expect(m.replace(/\.[a-z]+/g, "")).not.toMatch(/\b[a-z]{3,}\b/);
    }
  });

  test("the usual cases say 另存为 .docx, 文字识别(OCR), 文件已损坏", () => {
    expect(intakeMessageZh("a.doc", "unsupported", ".doc", "is an old Word file (.doc), which cannot be read; open it in Word or WPS and save it as .docx")).toMatch(
      /另存为 \.docx/,
    );
    expect(intakeMessageZh("a.wps", "unsupported", ".wps", "is a WPS file (.wps), which cannot be read")).toMatch(/另存为 \.docx/);
    expect(intakeMessageZh("扫描.pdf", "needs_ocr", ".pdf", "is a PDF without a text layer (a scan); run OCR on it first")).toMatch(/文字识别\(OCR\)/);
    expect(intakeMessageZh("a.docx", "corrupt", ".docx", "is a damaged or incomplete .docx")).toMatch(/文件已损坏/);
    expect(intakeMessageZh("a.pdf", "corrupt", ".pdf", "is a damaged PDF")).toMatch(/文件已损坏.*PDF/);
    expect(intakeMessageZh("a.pdf", "encrypted", ".pdf", "is a password-protected PDF")).toMatch(/密码/);
    expect(intakeMessageZh("表.xlsx", "unsupported", ".xlsx", "is an Excel workbook (.xlsx), which cannot be read")).toMatch(/不是报告/);
    expect(intakeMessageZh("a.txt", "encoding", ".txt", "is not valid UTF-8")).toMatch(/UTF-8/);
  });

  test("an English Office keeps the core's English line, with the file name", () => {
    expect(STRINGS.en.intakeFailed("a.doc", "unsupported", ".doc", "is an old Word file (.doc), which cannot be read; open it in Word or WPS and save it as .docx")).toBe(
      "a.doc: is an old Word file (.doc), which cannot be read; open it in Word or WPS and save it as .docx",
    );
  });
});

describe("the worker's per-file time limit", () => {
  /** A worker that never answers a report containing STUCK (as a runaway pattern would), and can be terminated. */
  class StallingWorker {
    static instances: StallingWorker[] = [];
    terminated = false;
    onmessage: ((ev: { data: unknown }) => void) | null = null;
    onerror: ((ev: unknown) => void) | null = null;
    constructor(public url: string) {
      StallingWorker.instances.push(this);
    }
    postMessage(data: unknown): void {
      if (JSON.stringify(data).includes("STUCK")) return; // busy forever
      setTimeout(() => void handleMessage(data, (m) => !this.terminated && this.onmessage?.({ data: m })), 0);
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  test("a stuck report is stopped (worker terminated, a new one started) and the next report is extracted", async () => {
    const g = globalThis as unknown as { Worker?: unknown };
    const saved = g.Worker;
    g.Worker = StallingWorker;
    try {
      StallingWorker.instances = [];
      const client = createWorkerClient("worker.js", 100);
      const t0 = Date.now();
      const stuck = client.extract({ text: `STUCK ${PARAGRAPH}`, source: "stuck.txt" });
      await expect(stuck).rejects.toBeInstanceOf(ExtractTimeoutError);
      await expect(stuck).rejects.toMatchObject({ seconds: 1 });
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(StallingWorker.instances).toHaveLength(1);
      expect(StallingWorker.instances[0]!.terminated).toBe(true);
      // the batch goes on: the next report gets a fresh worker and its result
      const r = await client.extract({ text: PARAGRAPH, source: "next.txt" });
      expect(r.source).toBe("next.txt");
      expect(r.indicators.map((v) => v.value)).toContain(5187);
      expect(StallingWorker.instances).toHaveLength(2);
      expect(StallingWorker.instances[1]!.terminated).toBe(false);
      // reading has the same limit, and says so with the intake's "timeout" kind
      const read = client.read(new TextEncoder().encode(PARAGRAPH), "STUCK.txt");
      await expect(read).rejects.toMatchObject({ name: "DocumentReadError", kind: "timeout" });
      expect(StallingWorker.instances[1]!.terminated).toBe(true);
    } finally {
      g.Worker = saved;
    }
  });
});
