import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runFill } from "../../src/cli/fill";
import { pinEnglish } from "./helpers";

pinEnglish();

const quiet = () => {
  const err: string[] = [];
  return { err, io: { stdout: () => undefined, stderr: (t: string) => void err.push(t) } };
};

describe("fill with a bad file in the batch", () => {
  it("writes the good reports, lists the bad one in 说明 and on stderr, and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zb-fill-"));
    const good = join(dir, "县 报告.txt");
    writeFileSync(good, "2023年,全县共收到行政复议申请52件,结案50件,审限内结案率100%。");
    const missing = join(dir, "不存在.txt");
    const out = join(dir, "book.xlsx");
    const q = quiet();
    expect(await runFill([good, missing, "--out", out], q.io)).toBe(2);
    expect(existsSync(out)).toBe(true);
    expect(q.err.join("")).toContain("不存在.txt");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const notes: string[] = [];
    wb.getWorksheet("说明")!.eachRow((row) => notes.push(row.values!.toString()));
    expect(notes.join("\n")).toContain("不存在.txt");
    const values: unknown[] = [];
    wb.getWorksheet("指标")!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(52);
  });
});
