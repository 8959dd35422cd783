/**
 * Report cells as text: the report's number formats mapped onto the one formatter
 * (core/format/number), so the PDF, the report page and the app show the same number the same
 * way — money "1,234.56" (the report writes its own "$" where it wants one), percents and ratios with 2 decimals, "—" for an undefined metric.
 */
import { formatText, type ValueKind } from '../format/number';
import type { NumberFormat, ReportCell } from './types';

const KIND: Record<NumberFormat, ValueKind> = { money: 'amount', percent: 'percent', decimal: 'ratio', integer: 'count' };

/** The text for a number in a format; "—" when it is not finite. */
export function formatNumber(value: number, format: NumberFormat): string {
  return formatText(value, KIND[format]);
}

export function formatCell(cell: ReportCell): string {
  if (cell === null) return '—';
  return typeof cell === 'string' ? cell : formatNumber(cell.value, cell.format);
}
