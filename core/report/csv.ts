/**
 * CSV export of a report table (RFC 4180: comma separated, CRLF line ends, fields with a
 * comma, quote or line break are quoted with quotes doubled). Numbers are written raw —
 * full precision, fractions as decimals (0.265909, not 26.59%) — so a spreadsheet can
 * recompute them; an undefined metric is an empty field. Text that a spreadsheet would run
 * as a formula (starting with = + - @ or a tab) is prefixed with a single quote.
 */
import type { ReportCell, ReportTable } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function textField(text: string): string {
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

function cellField(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return textField(cell);
  return Number.isFinite(cell.value) ? String(cell.value) : '';
}

export function toCsv(table: ReportTable): string {
  const lines = [table.columns.map((column) => textField(column.label)).join(',')];
  for (const row of table.rows) lines.push(row.map(cellField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
