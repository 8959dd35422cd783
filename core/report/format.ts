/**
 * Report cells as text: the report's number formats mapped onto the one formatter
 * (core/format/number), so the PDF, the report page and the app show the same number the same
 * way — money "1,234.56" (the report writes its own "$" where it wants one), percents and ratios with 2 decimals, "—" for an undefined metric.
 */
import { formatAmountCompact, formatText, type ValueKind } from '../format/number';
import type { NumberFormat, ReportCell } from './types';

const KIND: Record<NumberFormat, ValueKind> = { money: 'amount', percent: 'percent', decimal: 'ratio', integer: 'count' };

/** The text for a number in a format; "—" when it is not finite. */
export function formatNumber(value: number, format: NumberFormat): string {
  return formatText(value, KIND[format]);
}

/** A table cell's text: money from a million up compact ("15.5M", so a PDF column never overflows; the CSV keeps the raw number). */
export function formatCell(cell: ReportCell): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  return cell.format === 'money' ? formatAmountCompact(cell.value) : formatNumber(cell.value, cell.format);
}
