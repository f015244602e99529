/** A pasted report has no file bytes: the worker identifies it by its text's SHA-256, so its decisions find it again. */
import { createHash } from "node:crypto";
import type { WorkerResponse } from "../../src/taskpane/messages";
import { handleMessage } from "../../src/taskpane/worker";

it("hashes pasted text (UTF-8) when the request carries no sha256, and keeps a given one", async () => {
  const text = "某县2023年法治政府建设情况报告\n全年共收到行政复议申请40件。";
  const posted: WorkerResponse[] = [];
  await handleMessage({ type: "extract", id: 1, text, source: "粘贴的报告 1" }, (m) => void posted.push(m));
  const r = posted[0]!;
  expect(r.type).toBe("result");
  if (r.type === "result") expect(r.result.sha256).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  const given = "a".repeat(64);
  await handleMessage({ type: "extract", id: 2, text, source: "x.txt", sha256: given }, (m) => void posted.push(m));
  const r2 = posted[1]!;
  if (r2.type === "result") expect(r2.result.sha256).toBe(given);
  else throw new Error(`no result: ${JSON.stringify(r2)}`);
});
