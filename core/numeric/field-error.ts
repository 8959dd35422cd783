/**
 * The one error shape of input problems: a FieldError {field, message}, shown next to the input
 * in the UI and as a one-line CLI error; `zodFieldErrors` turns a zod failure (settings, Monte
 * Carlo options, worker requests) into that shape.
 */
import type { z } from 'zod';

/** A field-level input problem. */
export interface FieldError {
  /** Dotted path of the input field, e.g. "probability.p". */
  field: string;
  message: string;
}

/**
 * The field errors of a zod failure: one per field (the first problem), field = the dotted
 * path ("guardrail.drawdown"; "" for the whole value). A union keeps its branch's own custom
 * message rather than zod's "Invalid input".
 */
export function zodFieldErrors(error: z.ZodError, whole = 'the value'): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    const malformed = `${field || whole} is malformed (${issue.message.toLowerCase()})`;
    const message = issue.code === 'invalid_union' ? (issue.errors.flat().find((i) => i.code === 'custom')?.message ?? `${field || whole} is malformed`) : issue.code === 'custom' ? issue.message : malformed;
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  }
  return errors;
}
