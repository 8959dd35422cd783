/**
 * Display formatting of report numbers, shared by the report page, the CLI and the tests so
 * the PDF and the terminal show the same text: money with thousands separators and 2
 * decimals, percents with 2 decimals, ratios with 2 decimals, "—" for an undefined metric.
 */
import type { NumberFormat, ReportCell } from './types';

const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimalFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** The text for a number in a format; "—" when it is not finite. */
export function formatNumber(value: number, format: NumberFormat): string {
  if (!Number.isFinite(value)) return '—';
  switch (format) {
    case 'money':
      return moneyFormat.format(value);
    case 'percent':
      return `${decimalFormat.format(value * 100)}%`;
    case 'decimal':
      return decimalFormat.format(value);
    case 'integer':
      return integerFormat.format(value);
  }
}

export function formatCell(cell: ReportCell): string {
  if (cell === null) return '—';
  return typeof cell === 'string' ? cell : formatNumber(cell.value, cell.format);
}
