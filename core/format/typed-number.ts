/**
 * A number as a user types it into the app (the one parser of the Sizing, Replay, Risk and
 * Calculator fields; the CLI's flags should use it too):
 * - "" (or only spaces) → null: the field is empty;
 * - thousands separators and spaces ("1,000", "2 500", "1_000"), a "$" and one trailing "%"
 *   are ignored ("%" only echoes the field's unit: a percent field already scales by 100);
 * - what is left must be a plain decimal (sign, digits, one point, an exponent): "12.5",
 *   "-3", ".5", "1e3". Anything else ("abc", "0x10", "1.2.3", "Infinity", "1e999") → NaN,
 *   which the field's validation reports next to it.
 */

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseTypedNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s_$]/g, '').replace(/%$/, '');
  if (cleaned === '') return text.trim() === '' ? null : Number.NaN;
  if (!DECIMAL.test(cleaned)) return Number.NaN;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The text a field shows for `value × scale` (12 significant digits, so 0.05 × 100 shows "5"); "" for null or a non-finite value. */
export function typedNumberText(value: number | null, scale = 1): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Number((value * scale).toPrecision(12)));
}
