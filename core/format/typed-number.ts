/**
 * The one parser of numbers a person types, with two sets of rules over one grammar:
 *
 * - `parseTypedNumber` — the app's fields (Sizing, Replay, Risk, Calculator):
 *   "" (or only spaces) → null: the field is empty; thousands separators and spaces
 *   ("1,000", "2 500", "1_000"), a "$" and one trailing "%" are ignored ("%" only echoes the
 *   field's unit: a percent field already scales by 100); what is left must be a plain
 *   decimal (sign, digits, one point, an exponent): "12.5", "-3", ".5", "1e3". Anything else
 *   ("abc", "0x10", "1.2.3", "Infinity", "1e999") → NaN, which the field reports next to it.
 * - `parseStrictNumber` — the command line's flags and the rule/setting specs
 *   (`--rule kelly:0.5`, `--streak 3:0.5`): an optional sign, digits (thousands grouped by 3
 *   with "," or "_": 1,000,000 or 1_000_000), an optional fraction (".5", "0.5"). No
 *   exponent ("1e3"), hexadecimal ("0x10"), "Infinity", blanks or stray separators ("1,0,0"):
 *   Number() would accept several of those silently. → null when the text is not such a number.
 *
 * `decimalText` writes a number back in the strict grammar (no exponent), so a spec written
 * from a value parses back to the same value.
 */

/** Field rules: separators anywhere (removed before matching), exponent allowed, "0." allowed. */
const FIELD_DECIMAL = /^([+-]?)(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Strict rules: separators only as groups of 3, no exponent, no trailing point. */
const STRICT_DECIMAL = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:_\d{3})+|\d+)?(\.\d+)?$/;

/** The one grammar: text → finite number, or null when it does not match the rules. */
function parseDecimal(text: string, rules: 'field' | 'strict'): number | null {
  if (rules === 'field') {
    const cleaned = text.replace(/[,\s_$]/g, '').replace(/%$/, '');
    if (!FIELD_DECIMAL.test(cleaned)) return null;
    const value = Number(cleaned);
    return Number.isFinite(value) ? value : null;
  }
  const match = STRICT_DECIMAL.exec(text);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  const value = Number(`${match[1]}${(match[2] ?? '0').replace(/[,_]/g, '')}${match[3] ?? ''}`);
  return Number.isFinite(value) ? value : null;
}

/** A number typed into an app field: null when empty, NaN when not a number (see the header). */
export function parseTypedNumber(text: string): number | null {
  if (text.trim() === '') return null;
  return parseDecimal(text, 'field') ?? Number.NaN;
}

/** A number on the command line or in a rule/setting spec, strictly decimal; null when it is not one. */
export function parseStrictNumber(text: string): number | null {
  return parseDecimal(text, 'strict');
}

/** The text a field shows for `value × scale` (12 significant digits, so 0.05 × 100 shows "5"); "" for null or a non-finite value. */
export function typedNumberText(value: number | null, scale = 1): string {
  if (value === null || !Number.isFinite(value)) return '';
  return String(Number((value * scale).toPrecision(12)));
}

/**
 * A finite number as a plain decimal without exponent ("0.0000001", not "1e-7"; "-0" as "0"):
 * the same digits as String(value), so parseStrictNumber(decimalText(x)) === x.
 */
export function decimalText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`decimalText: not a finite number: ${String(value)}`);
  const text = String(value === 0 ? 0 : value);
  const exp = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exp) return text;
  const [, sign, lead, rest = '', power] = exp;
  const digits = lead + rest;
  const point = 1 + Number(power); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
