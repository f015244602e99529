/** What the pane holds per report, and the results the user kept ticked. */
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
}

/** The results to fill: done reports, unticked indicators removed (and flags about only them). */
export function keptResults(items: readonly ReportItem[]): ReportResult[] {
  return items
    .filter((i) => i.status === "done" && i.result)
    .map((i) => {
      const r = i.result!;
      if (i.excluded.length === 0) return r;
      const ex = new Set(i.excluded);
      return {
        ...r,
        indicators: r.indicators.filter((v) => !ex.has(v.code)),
        flags: r.flags.filter((f) => f.codes.length === 0 || f.codes.some((c) => !ex.has(c))),
      };
    });
}
