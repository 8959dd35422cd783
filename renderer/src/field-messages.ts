/**
 * Core's field messages speak in the decimals core works in ("Kelly fraction must be between
 * 0 and 2."); an input the user types in percent shows them in its own unit ("between 0% and
 * 200%"). Pages pass the paths of their percent inputs; other messages are left as they are.
 */
import type { FieldError } from '../../core/sizing';

const RANGE = /\bbetween (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)/g;

const percentOf = (decimal: string) => `${Number((Number(decimal) * 100).toPrecision(12))}%`;

/** The message with its decimal bounds in percent. */
export function inPercent(message: string): string {
  return message.replace(RANGE, (_, low: string, high: string) => `between ${percentOf(low)} and ${percentOf(high)}`);
}

/** Field messages keyed by field path (the first message of a field wins), percent inputs in percent. */
export function fieldMessages(errors: FieldError[], percentPaths: ReadonlySet<string>, pathOf: (field: string) => string = (field) => field): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const error of errors) {
    const path = pathOf(error.field);
    byPath[path] ??= percentPaths.has(path) ? inPercent(error.message) : error.message;
  }
  return byPath;
}
