/**
 * Formatting helpers shared by CLI commands: plain-text tables, the finite-number guard, and
 * pct/num/money — thin names over core/format/number (the one formatter: the CLI prints a number
 * as the app and the report do, thousands grouped, never "-0.00%").
 */
import { formatDigits } from '../core/format/number';

/** Throws if any number in a JSON value is NaN or ±Infinity (they must never be printed). */
export function assertFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`internal error: non-finite number at ${path}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => assertFinite(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) assertFinite(item, `${path}.${key}`);
  }
}

/** Renders rows as an aligned text table; the first row is the header. Numbers align right. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = cells[0].map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row: string[], source: (string | number)[]) =>
    row.map((cell, col) => (typeof source[col] === 'number' ? cell.padStart(widths[col]) : cell.padEnd(widths[col]))).join('  ').trimEnd();
  const out = [line(cells[0], rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (let i = 1; i < cells.length; i++) out.push(line(cells[i], rows[i]));
  return out.join('\n');
}

/** A fraction as a percent string ("12.89%"), "—" for null. */
export function pct(value: number | null, digits = 2): string {
  return formatDigits(value, 'percent', digits);
}

/** A number with fixed digits, thousands grouped, "—" for null. */
export function num(value: number | null, digits = 2): string {
  return formatDigits(value, 'ratio', digits);
}

/** Money with thousands separators and 2 decimals, "—" for null. */
export function money(value: number | null): string {
  return formatDigits(value, 'amount', 2);
}
