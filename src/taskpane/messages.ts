/**
 * The protocol between the pane and its Web Worker. Both sides validate what they receive
 * with zod: a malformed message becomes an error shown for that report, never a crash.
 *
 * - "extract": report text → ReportResult (the core's extract).
 * - "read": a file's bytes → report text (the core's intake: encodings, HTML, .docx, .pdf), so
 *   the UI thread never parses a document. A failure carries the IntakeError's `kind`, so the
 *   pane can say in its own language what is wrong and what to do.
 */
import { z } from "zod";
import { INTAKE_ERROR_KINDS } from "../core/intake/errors";
import { ReportResultSchema } from "../core/types";

export const ExtractRequestSchema = z.object({
  type: z.literal("extract"),
  id: z.number().int(),
  text: z.string(),
  source: z.string(),
  sha256: z.string().optional(),
  pageStarts: z.array(z.number().int().nonnegative()).optional(),
});
export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

/** The bytes of one file (an ArrayBuffer, transferred; a Uint8Array is accepted too). */
const BytesSchema = z.union([z.instanceof(ArrayBuffer), z.instanceof(Uint8Array)]);

export const ReadRequestSchema = z.object({
  type: z.literal("read"),
  id: z.number().int(),
  name: z.string(),
  bytes: BytesSchema,
});
export type ReadRequest = z.infer<typeof ReadRequestSchema>;

export const WorkerRequestSchema = z.discriminatedUnion("type", [ExtractRequestSchema, ReadRequestSchema]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

/** The kinds of src/core/intake/errors.ts (IntakeErrorKind). */
export const IntakeKindSchema = z.enum(INTAKE_ERROR_KINDS);
export type IntakeKind = z.infer<typeof IntakeKindSchema>;

export const WorkerResponseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("result"), id: z.number().int(), result: ReportResultSchema, ms: z.number() }),
  z.object({
    type: z.literal("text"),
    id: z.number().int(),
    text: z.string(),
    format: z.string(),
    pageStarts: z.array(z.number().int().nonnegative()).optional(),
    ms: z.number(),
  }),
  z.object({
    type: z.literal("error"),
    id: z.number().int().nullable(),
    /** One line, English (the core's wording; without the file name for intake errors). */
    message: z.string(),
    /** Set when a file could not be read (an IntakeError). */
    kind: IntakeKindSchema.optional(),
  }),
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
