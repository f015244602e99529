/**
 * IntakeError: a file could not be turned into report text. The message is
 * one line, for the user: what is wrong and what to do (no file name: the
 * edge that knows the name prefixes it).
 */
export const INTAKE_ERROR_KINDS = [
  "empty",
  "binary",
  "encoding",
  "too_large",
  "unsupported",
  "corrupt",
  "encrypted",
  "zip_bomb",
  "needs_ocr",
  "no_text",
  "timeout",
] as const;
export type IntakeErrorKind = (typeof INTAKE_ERROR_KINDS)[number];

export class IntakeError extends Error {
  readonly kind: IntakeErrorKind;
  constructor(kind: IntakeErrorKind, message: string) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.name = "IntakeError";
    this.kind = kind;
  }
}

export function isIntakeError(e: unknown): e is IntakeError {
  return e instanceof IntakeError || (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "IntakeError");
}
