/**
 * What `describe` is given besides the reports, as zod schemas (the boundary
 * with the reader and the callers): 报送 rows to carry over, rows of earlier
 * years, the input files, the options.
 */
import { z } from "zod";
import { DecisionSchema } from "../core/decisions";
import { MetaSchema, ReportErrorSchema } from "../core/types";

/** A value of a 报送 cell: a number, text, or a formula the user wrote (kept as a formula). */
const SubmittedValueSchema = z.union([z.number().finite(), z.string(), z.object({ formula: z.string().min(1) })]);
export type SubmittedValue = z.infer<typeof SubmittedValueSchema>;

/**
 * One row of 报送 as the user left it. Values are CELL values: rates are
 * fractions (0.998), as typed into a percentage cell.
 */
export const SubmittedRowSchema = z.object({
  /** The report's identity key (hidden `id` column); null on a row the user added. */
  id: z.string().nullable().default(null),
  region: z.string().nullable(),
  /** 区划代码 and 层级 as the row has them (null on rows of books written before these columns). */
  divisionCode: MetaSchema.shape.divisionCode.unwrap().nullable().default(null),
  level: MetaSchema.shape.level.unwrap().nullable().default(null),
  year: z.number().int().nullable(),
  published: z.string().nullable().default(null),
  source: z.string().nullable(),
  note: z.string().nullable().default(null),
  values: z.record(z.string(), SubmittedValueSchema),
  /** Values under headers that are not catalog codes, by header (kept, never dropped). */
  extra: z.record(z.string(), SubmittedValueSchema).default({}),
});
export type SubmittedRow = z.infer<typeof SubmittedRowSchema>;

/** Values of one report of another workbook's 指标 (cell values: rates as fractions). */
export const PreviousRowSchema = z.object({
  region: z.string(),
  year: z.number().int(),
  source: z.string().nullable().default(null),
  values: z.record(z.string(), z.number().finite()),
});
export type PreviousRow = z.infer<typeof PreviousRowSchema>;

export const InputFileSchema = z.object({ name: z.string(), sha256: z.string() });
export type InputFile = z.infer<typeof InputFileSchema>;

/** Who a report key names, for 审核 rows of reports not described this time (rows an open book keeps). */
export const ReportLabelSchema = z.object({
  region: z.string().nullable(),
  year: z.number().int().nullable(),
  issuer: z.string().nullable(),
  source: z.string().nullable(),
});
export type ReportLabel = z.infer<typeof ReportLabelSchema>;

/** A 审核 row that is not a valid decision: its cells as they were (kept, written back), and why. */
export const UnreadReviewRowSchema = z.object({
  row: z.number().int().positive(),
  cells: z.array(z.union([z.number(), z.string(), z.null()])),
  problem: z.string(),
});
export type UnreadReviewRow = z.infer<typeof UnreadReviewRowSchema>;

export const DescribeOptionsSchema = z.object({
  /** ISO 8601 time of generation, with the local offset (shown in 说明). */
  generatedAt: z.string(),
  /** Input files with their SHA-256 (shown in 说明). */
  inputs: z.array(InputFileSchema).default([]),
  /** Files that failed, with the reason (shown in 说明). */
  errors: z.array(ReportErrorSchema).default([]),
  /** 报送 rows to carry over (joined by identity; see matchSubmitted.ts). */
  submitted: z.array(SubmittedRowSchema).default([]),
  /** 指标 rows of earlier workbooks, for year_over_year. */
  previous: z.array(PreviousRowSchema).default([]),
  /** year_over_year fires when a value grows or shrinks by more than this factor. */
  yoyFactor: z.number().gt(1).default(3),
  /** Tool name and version shown in 说明. */
  tool: z.string().default("Zhibiao 指标"),
  /**
   * Identity keys already written in the book for some reports (same index as the reports;
   * null: compute it). A kept row keeps its key even when fields it was made from are not in the book.
   */
  keys: z.array(z.string().nullable()).default([]),
  /**
   * The reviewer's decisions, one 审核 row each in this order: every decision, those that no
   * longer match their report marked 需重新核对 (core/decisions applyDecisions `all`). The reports
   * already hold the values decided (taken suggestions and corrections, marked `decided`);
   * describe shows the decisions, it does not apply them.
   */
  decisions: z.array(DecisionSchema).default([]),
  /** 审核 rows of the book read that are not decisions: written back after the decisions, as they were, their status saying why. */
  reviewUnread: z.array(UnreadReviewRowSchema).default([]),
  /** Labels of report keys not among the reports (a book's rows that stay), for 审核. */
  reportLabels: z.record(z.string(), ReportLabelSchema).default({}),
});
export type DescribeOptions = z.input<typeof DescribeOptionsSchema>;
export type DescribeSettings = z.infer<typeof DescribeOptionsSchema>;
