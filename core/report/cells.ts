/**
 * Cell constructors for report tables. Every number passes through `numberCell`, which turns
 * null, NaN and ±Infinity into null, so no non-finite value can reach a report cell.
 */
import type { NumberFormat, ReportCell } from './types';

export function numberCell(value: number | null | undefined, format: NumberFormat): ReportCell {
  return value === null || value === undefined || !Number.isFinite(value) ? null : { value, format };
}

export const money = (value: number | null | undefined): ReportCell => numberCell(value, 'money');
export const percent = (value: number | null | undefined): ReportCell => numberCell(value, 'percent');
export const decimal = (value: number | null | undefined): ReportCell => numberCell(value, 'decimal');
export const integer = (value: number | null | undefined): ReportCell => numberCell(value, 'integer');
