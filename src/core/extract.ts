/**
 * The one entry the edges call: report text in, ReportResult out.
 * (Pipeline: normalise → rules → resolve → checks → meta.)
 */
import type { ReportResult } from "./types";

export interface ExtractOptions {
  /** File name or label shown in the workbook. */
  source: string;
  /** SHA-256 of the original bytes, when known. */
  sha256?: string;
  /** Page starts (offsets into the input) for paged inputs such as PDF. */
  pageStarts?: number[];
}

export function extract(input: string, opts: ExtractOptions): ReportResult {
  // placeholder until the pipeline lands (same commit series)
  return { source: opts.source, meta: { region: null, year: null, published: null, issuer: null }, indicators: [], flags: [], ...(opts.sha256 ? { sha256: opts.sha256 } : {}) };
}
