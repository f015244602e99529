/**
 * The extraction result: the schema is the type. Defined once, validated at
 * every boundary (CLI output, worker messages, workbook input).
 */
import { z } from "zod";

export const ApproxSchema = z.enum(["at_least", "about"]).nullable();
export type Approx = z.infer<typeof ApproxSchema>;

/** A span of the ORIGINAL input: text === input.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** 1-based page, for inputs that have pages (PDF). */
  page: z.number().int().positive().optional(),
});
export type Span = z.infer<typeof SpanSchema>;

export const CandidateSchema = z.object({
  value: z.number(),
  approx: ApproxSchema,
  evidence: SpanSchema,
  rule: z.string(),
  otherPeriod: z.boolean().optional(),
});
export type CandidateOut = z.infer<typeof CandidateSchema>;

export const IndicatorValueSchema = z.object({
  code: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  approx: ApproxSchema,
  evidence: SpanSchema,
  /** Name of the rule (wording) that found it. */
  rule: z.string().optional(),
  /** Present when candidates disagreed: every candidate, the chosen one first. */
  candidates: z.array(CandidateSchema).optional(),
  /** Set by a reviewer's decision (core/decisions.ts): a suggestion taken (采纳) or a value corrected by hand (更正). */
  decided: z.enum(["采纳", "更正"]).optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const CheckNameSchema = z.enum([
  "part_le_whole",
  "rate_range",
  "rate_consistency",
  "conflict",
  "other_period",
  "submitted_mismatch",
  "year_over_year",
  "approximate",
  "missing",
  /** The reporting body's region was not found, or found without a division code or with low confidence. */
  "region",
]);
export type CheckName = z.infer<typeof CheckNameSchema>;

export const FlagSchema = z.object({
  check: CheckNameSchema,
  severity: SeveritySchema,
  codes: z.array(z.string()),
  message: z.string(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const MetaSchema = z.object({
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  published: z.string().nullable(),
  issuer: z.string().nullable(),
  /** GB/T 2260 code of the region (2, 4 or 6 digits; a town's or street's 9): absent or null when not resolved. */
  divisionCode: z.string().regex(/^(?:\d{2}|\d{4}|\d{6}|\d{9})$/).nullable().optional(),
  /** The level the report speaks at: a division's, or 部门 when a department reports. */
  level: z.enum(["省", "市", "县", "乡镇街道", "部门"]).nullable().optional(),
  /** How sure the region reading is, 0–1 (0: no region named). */
  confidence: z.number().min(0).max(1).optional(),
  /** Why the region is blank or has no code (for the reviewer), when it is. */
  regionNote: z.string().optional(),
});
export type Meta = z.infer<typeof MetaSchema>;
export type MetaLevel = NonNullable<Meta["level"]>;

/** A figure the extractor doubts: shown for review, never filled without a decision. */
export const SuggestionSchema = z.object({
  code: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  approx: ApproxSchema,
  evidence: SpanSchema,
  score: z.number(),
  /** Every code the figure may be, `code` first, when it may be more than one. */
  codes: z.array(z.string()).optional(),
  /** Why it is doubted, in plain Chinese (主语可能是法院, 可能是上年数字 …). */
  reasons: z.array(z.string()),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const ReportResultSchema = z.object({
  source: z.string(),
  meta: MetaSchema,
  indicators: z.array(IndicatorValueSchema),
  /** Doubted figures, beside the values and never among them (absent in results written before they existed). */
  suggestions: z.array(SuggestionSchema).optional(),
  flags: z.array(FlagSchema),
  /** SHA-256 of the input bytes (hex), when the edge knows them. */
  sha256: z.string().optional(),
});
export type ReportResult = z.infer<typeof ReportResultSchema>;

export const ReportErrorSchema = z.object({ source: z.string(), error: z.string() });
export type ReportError = z.infer<typeof ReportErrorSchema>;

export const ExtractDocumentSchema = z.object({
  reports: z.array(z.union([ReportResultSchema, ReportErrorSchema])),
});
export type ExtractDocument = z.infer<typeof ExtractDocumentSchema>;

export function isReportError(r: ReportResult | ReportError): r is ReportError {
  return typeof (r as ReportError).error === "string";
}
