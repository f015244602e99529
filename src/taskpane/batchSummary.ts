/**
 * The closing message of a batch in the pane: how many reports gave values, how many were read
 * but gave none, how many failed, and how the message looks. It is green only when every report
 * was read and gave at least one value; amber when some failed or some gave nothing; red when
 * nothing at all was read. Never green when nothing was read.
 */
export type Outcome = "found" | "nothing_found" | "failed";

export interface BatchCounts {
  total: number;
  /** read and extracted, with at least one value */
  found: number;
  /** read and extracted, but no indicator found */
  nothingFound: number;
  /** could not be read, refused, empty, or the extraction failed or ran past its time limit */
  failed: number;
}

export interface BatchSummary {
  intent: "success" | "warning" | "error";
  counts: BatchCounts;
}

export function summariseBatch(outcomes: readonly Outcome[]): BatchSummary {
  const counts: BatchCounts = { total: outcomes.length, found: 0, nothingFound: 0, failed: 0 };
  for (const o of outcomes) {
    if (o === "found") counts.found++;
    else if (o === "nothing_found") counts.nothingFound++;
    else counts.failed++;
  }
  const intent =
    counts.failed === counts.total
      ? "error" // also an empty batch: nothing was read
      : counts.failed > 0 || counts.nothingFound > 0
        ? "warning"
        : "success";
  return { intent, counts };
}
