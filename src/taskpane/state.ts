/** What the pane holds per report, and the results the user kept ticked. */
import { applyDecisions, reportKey, type Decision, type ReviewData } from "../core/decisions";
import type { ReportResult } from "../core/types";

export type ItemStatus = "queued" | "running" | "done" | "error" | "unsupported";

export interface ReportItem {
  id: number;
  source: string;
  /** The text given to the extractor (evidence offsets point into it). */
  text: string;
  sha256?: string;
  status: ItemStatus;
  result?: ReportResult;
  message?: string;
  /** Indicator codes the user unticked: not filled. */
  excluded: string[];
  /** The batch it was read in (1, 2, …): the open workbook's decisions are read once a batch. */
  batch?: number;
}

/** The results to fill: done reports, unticked indicators removed (and flags about only them). */
export function keptResults(items: readonly ReportItem[], decisions: readonly Decision[] = []): ReportResult[] {
  return items
    .filter((i) => i.status === "done" && i.result)
    .map((i) => {
      // the reviewer's decisions first: suggestions taken and corrections become values (marked `decided`)
      const r = decisions.length > 0 ? applyDecisions(i.result!, decisions).result : i.result!;
      if (i.excluded.length === 0) return r;
      const ex = new Set(i.excluded);
      return {
        ...r,
        indicators: r.indicators.filter((v) => !ex.has(v.code)),
        flags: r.flags.filter((f) => f.codes.length === 0 || f.codes.some((c) => !ex.has(c))),
      };
    });
}

/**
 * The decisions on the done reports, for the workbook port (the 审核 sheet): each report's
 * decisions once, in order, those that no longer match its result marked 需重新核对.
 */
export function reviewData(items: readonly ReportItem[], decisions: readonly Decision[]): ReviewData {
  const seen = new Set<string>();
  const out: Decision[] = [];
  for (const i of [...items].reverse()) {
    // the newest read of a report decides which of its decisions still match
    if (i.status !== "done" || !i.result) continue;
    const key = reportKey(i.result);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(...applyDecisions(i.result, decisions, key).all);
  }
  return { decisions: out };
}
