/**
 * The open workbook's decisions (its 审核 sheet) in the pane: shown on the reports the pane has
 * extracted before anything is filled, matched by the rules a refill uses (core/decisions: the
 * report's identity key, the code or check, `pins` on the value and the evidence hash).
 *
 * The pane's own decisions win over the book's on the same target (targetKey), as --out wins in
 * the CLI's merge; a book decision is never dropped here: one that no longer matches its report
 * is listed as 需重新核对 (applyDecisions) and applies nothing. Pure.
 */
import { applyDecisions, reportKey, targetKey, type Decision } from "../core/decisions";
import type { ReportResult } from "../core/types";

export interface Overlay {
  /** What the pane works with: the book's decisions the pane has not decided again (in the book's order), then the pane's (later wins). */
  decisions: Decision[];
  /** targetKey of every decision of `decisions` that comes from the book (no pane decision has one of these keys). */
  fromBook: ReadonlySet<string>;
}

/** The book's decisions under the pane's: a pane decision replaces the book's on the same target. */
export function overlayDecisions(book: readonly Decision[], pane: readonly Decision[]): Overlay {
  const mine = new Set(pane.map(targetKey));
  const kept = book.filter((d) => !mine.has(targetKey(d)));
  return { decisions: [...kept, ...pane], fromBook: new Set(kept.map(targetKey)) };
}

/** Whether a decision the pane shows came from the book. */
export function isFromBook(overlay: Pick<Overlay, "fromBook">, d: Decision | undefined): boolean {
  return d !== undefined && overlay.fromBook.has(targetKey(d));
}

export interface BookMatch {
  /** The book's decisions in force on the pane's reports (still matching: shown as decided). */
  applied: number;
  /** The book's decisions on the pane's reports that no longer match (shown as 需重新核对, not applied). */
  recheck: number;
}

/**
 * How many of the book's decisions (those not decided again in the pane) the pane's reports find:
 * each report once (the last result of a report decides, as the workbook port's review data does).
 */
export function matchBook(results: readonly ReportResult[], overlay: Overlay): BookMatch {
  const last = new Map<string, ReportResult>();
  for (const r of results) last.set(reportKey(r), r);
  let applied = 0;
  let recheck = 0;
  for (const [key, r] of last) {
    const a = applyDecisions(r, overlay.decisions, key);
    applied += a.applied.filter((d) => overlay.fromBook.has(targetKey(d))).length;
    recheck += a.recheck.filter((d) => overlay.fromBook.has(targetKey(d))).length;
  }
  return { applied, recheck };
}
