/**
 * The protocol between the pane and its Web Worker. Both sides validate what they receive
 * with zod: a malformed message becomes an error shown for that report, never a crash.
 */
import { z } from "zod";
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

export const WorkerRequestSchema = z.discriminatedUnion("type", [ExtractRequestSchema]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

export const WorkerResponseSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("result"), id: z.number().int(), result: ReportResultSchema, ms: z.number() }),
  z.object({ type: z.literal("error"), id: z.number().int().nullable(), message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof WorkerResponseSchema>;
