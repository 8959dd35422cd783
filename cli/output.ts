/** Formatting helpers shared by CLI commands: plain-text tables and the finite-number guard. */

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
  return value === null ? '—' : `${(value * 100).toFixed(digits)}%`;
}

/** A number with fixed digits, "—" for null. */
export function num(value: number | null, digits = 2): string {
  return value === null ? '—' : value.toFixed(digits);
}

/** Money with thousands separators and 2 decimals, "—" for null. */
export function money(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
