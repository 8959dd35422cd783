/** Argument parsing shared by CLI commands: numeric flags with bounds and a message naming the flag. */
import { UsageError } from './command';

export interface NumberBounds {
  min?: number;
  max?: number;
  /** The minimum itself is not allowed (e.g. a positive number: min 0, exclusiveMin). */
  exclusiveMin?: boolean;
  integer?: boolean;
}

/** A positive number. */
export const POSITIVE: NumberBounds = { min: 0, exclusiveMin: true };

/** A number flag within bounds (`1,000` and `1_000` accepted), or a UsageError naming the flag. */
export function numberFlag(flag: string, text: string, bounds: NumberBounds = {}): number {
  const value = Number(text.replace(/[,_]/g, ''));
  const { min, max, integer, exclusiveMin } = bounds;
  const ok =
    text.trim() !== '' &&
    Number.isFinite(value) &&
    (!integer || Number.isInteger(value)) &&
    (min === undefined || (exclusiveMin ? value > min : value >= min)) &&
    (max === undefined || value <= max);
  if (!ok) {
    const range = [min !== undefined ? `${exclusiveMin ? '>' : '≥'} ${min}` : '', max !== undefined ? `≤ ${max}` : ''].filter(Boolean).join(' and ');
    throw new UsageError(`${flag}: "${text}" is not ${integer ? 'a whole number' : 'a number'}${range ? ` ${range}` : ''}`);
  }
  return value;
}
