/** Validates calculator input into field-level messages ({ field, message }) for the UI and CLI. */
import type { FieldError } from '../numeric/field-error';
import { calculatorInputSchema, type CalculatorInput } from './schema';

export type Validation = { ok: true; value: CalculatorInput } | { ok: false; errors: FieldError[] };

export function validateCalculatorInput(input: unknown): Validation {
  const parsed = calculatorInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data as CalculatorInput };
  return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message })) };
}
