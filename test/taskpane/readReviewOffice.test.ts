/**
 * The pane's reader of the open book's 审核 (Office.js, against the fake Excel): one sync, the
 * CLI's reader of the sheet (readReview), nothing written.
 */
import { a1 } from "../../src/workbook/description";
import { applyDecisions, type Decision } from "../../src/core/decisions";
import { REVIEW_FIRST_ROW, REVIEW_HEADER_ROWS, reviewColumn } from "../../src/workbook/layout";
import { readReviewOffice, writeOffice } from "../../src/workbook/writeOffice";
import { FakeWorkbook } from "./fakeExcel";
import { decide, raw } from "./decisionsFixture";

const all = () => true;

/** A book filled once by the pane with three decisions. */
async function filledBook(): Promise<{ wb: FakeWorkbook; decisions: Decision[] }> {
  const wb = new FakeWorkbook();
  const r = raw();
  const decisions = decide(r);
  const applied = applyDecisions(r, decisions);
  await writeOffice(wb.context(), { reports: [applied.result], options: { generatedAt: "2026-12-04T18:31:00+08:00", decisions: applied.all } }, { isSetSupported: all });
  wb.log = [];
  wb.syncs = 0;
  return { wb, decisions };
}

describe("reading the open book's 审核 (Office.js)", () => {
  test("the decisions written by a fill are read back as they were, in one sync, with nothing written", async () => {
    const { wb, decisions } = await filledBook();
    const before = wb.snapshot("审核");
    const r = await readReviewOffice(wb.context());
    expect(r.exists).toBe(true);
    expect(r.unread).toEqual([]);
    expect(r.decisions).toEqual(decisions);
    expect(r.syncs).toBe(1);
    expect(wb.syncs).toBe(1);
    expect(wb.log).toEqual([]);
    expect(wb.snapshot("审核")).toBe(before);
  });

  test("a book without 审核 holds no decisions (one sync, no sheet added)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("指标", [["地区"]]);
    const r = await readReviewOffice(wb.context());
    expect(r).toEqual({ exists: false, decisions: [], unread: [], syncs: 1 });
    expect(wb.syncs).toBe(1);
    expect(wb.log).toEqual([]);
    expect(wb.sheets.has("审核")).toBe(false);
  });

  test("an empty 审核 holds no decisions", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("审核");
    const r = await readReviewOffice(wb.context());
    expect(r).toEqual({ exists: true, decisions: [], unread: [], syncs: 1 });
  });

  test("a row that is not a decision is reported in Chinese and left as it was; the others are read", async () => {
    const { wb, decisions } = await filledBook();
    const s = wb.sheets.get("审核")!;
    s.cell(REVIEW_FIRST_ROW + 1, reviewColumn("decision")).value = "批准";
    const before = wb.snapshot("审核");
    const r = await readReviewOffice(wb.context());
    expect(r.decisions).toEqual([decisions[0], decisions[2]]);
    expect(r.unread).toHaveLength(1);
    expect(r.unread[0]!.row).toBe(REVIEW_FIRST_ROW + 1);
    expect(r.unread[0]!.problem).toMatch(/^工作表“审核”第 4 行不是有效的审核决定.*已原样保留$/);
    expect(r.unread[0]!.cells).toContain("批准");
    expect(wb.syncs).toBe(1);
    expect(wb.log).toEqual([]);
    expect(wb.snapshot("审核")).toBe(before);
  });

  test("a sheet called 审核 without the column keys: no decision, a Chinese message, nothing written", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("审核", [["我的审核记录"], ["备注"], ["某行"]]);
    const before = wb.snapshot("审核");
    const r = await readReviewOffice(wb.context());
    expect(r.decisions).toEqual([]);
    expect(r.unread.map((u) => u.problem)).toEqual([`工作表“审核”第 ${REVIEW_HEADER_ROWS} 行没有列标识(report, code, decision…),其中的决定无法读取`]);
    expect(wb.syncs).toBe(1);
    expect(wb.snapshot("审核")).toBe(before);
    expect(wb.log).toEqual([]);
  });

  test("a book with many decisions is still read in one sync", async () => {
    const { wb } = await filledBook();
    const s = wb.sheets.get("审核")!;
    // copy the first decision row 500 times below (the same decision: duplicates are the refill's business)
    for (let r = REVIEW_FIRST_ROW + 3; r < REVIEW_FIRST_ROW + 503; r++)
      for (let c = 1; c <= 18; c++) {
        const v = s.get(a1(REVIEW_FIRST_ROW, c))?.value;
        if (v !== undefined && v !== "") s.cell(r, c).value = v;
      }
    const r = await readReviewOffice(wb.context());
    expect(r.decisions).toHaveLength(503);
    expect(r.syncs).toBe(1);
    expect(wb.syncs).toBe(1);
  });
});
