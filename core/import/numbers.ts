/**
 * Number parsing for trade logs, in the styles real exports use:
 * `1234.5`, `-1234.5`, `1e-5`, `$1,234.50`, `-$1,234.50`, `(123.45)` (accounting negative),
 * `1.234,56` and `1 234,56` (decimal comma), `12,5`, `€ 1.234,56`, `12.5%`.
 *
 * Conventions:
 * - The currency symbols `$ € £ ¥` and spaces around the number are ignored.
 * - A `%` suffix is dropped and the number kept as written (`12.5%` → 12.5).
 * - Thousands separators (`,` or `.` — whichever is not the decimal — space, no-break
 *   space, apostrophe) must group digits by three (`1,234.5` yes, `12,34.5` no), so a
 *   number written in the other decimal style is refused instead of misread.
 * - Anything else (letters, two decimal separators, a lone sign) is unparseable: null.
 */

export type DecimalSeparator = '.' | ',';

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;

/** Parses one cell; null when it is not a number in the given style (or empty). */
export function parseNumber(raw: string, decimal: DecimalSeparator = '.'): number | null {
  if (decimal === '.') {
    // Fast path: plain JavaScript number syntax (the common case in OptionOmega exports).
    const c0 = raw.charCodeAt(0);
    if ((c0 >= DIGIT_0 && c0 <= DIGIT_9) || c0 === MINUS) {
      const c1 = raw.charCodeAt(1) | 32; // lower-case letter test: refuse 0x.., 0b.., 0o..
      if (c1 !== 120 && c1 !== 98 && c1 !== 111) {
        const value = Number(raw);
        if (Number.isFinite(value)) return value;
      }
    }
  }
  return parseFormattedNumber(raw, decimal);
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Parses `[-]digits[.digits]` between `start` and `end` of `text` without making a string;
 * NaN when the cell is anything else or has more than 15 digits (the caller then falls back
 * to parseNumber). Exact: a mantissa below 10^15 and 10^k (k ≤ 15) are exact doubles and
 * one IEEE division is correctly rounded, so the result equals Number(cell).
 */
export function parsePlainDecimal(text: string, start: number, end: number): number {
  let i = start;
  const negative = i < end && text.charCodeAt(i) === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = -1; // digits after the decimal point; -1 before a point is seen
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      mantissa = mantissa * 10 + (c - DIGIT_0);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale > 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa;
  return negative ? -value : value;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

function isCurrency(c: number): boolean {
  return c === 36 /* $ */ || c === 0x20ac /* € */ || c === 0xa3 /* £ */ || c === 0xa5 /* ¥ */;
}

function isMinus(c: number): boolean {
  return c === MINUS || c === 0x2212; // hyphen-minus or the Unicode minus sign
}

function parseFormattedNumber(raw: string, decimal: DecimalSeparator): number | null {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpace(raw.charCodeAt(start))) start++;
  while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
  const parenthesized = raw.charCodeAt(start) === 40 /* ( */ && raw.charCodeAt(end - 1) === 41; /* ) */
  let negative = parenthesized;
  if (parenthesized) {
    start++;
    end--;
  }
  // Leading sign, currency and spaces, in any order ("-$1", "$-1", "€ -1").
  let signs = 0;
  for (; start < end; start++) {
    const c = raw.charCodeAt(start);
    if (isMinus(c)) {
      negative = !negative;
      signs++;
    } else if (c === 43 /* + */) signs++;
    else if (!isCurrency(c) && !isSpace(c)) break;
  }
  // Trailing percent, currency and spaces.
  for (; end > start; end--) {
    const c = raw.charCodeAt(end - 1);
    if (c !== 37 /* % */ && !isCurrency(c) && !isSpace(c)) break;
  }
  if (signs > 1 || (signs === 1 && parenthesized) || start >= end) return null;

  const decimalCode = decimal.charCodeAt(0);
  let cleaned = negative ? '-' : '';
  let seenDecimal = false;
  let groups = 0; // thousands separators seen
  let digitsInGroup = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) {
      cleaned += raw[i];
      digitsInGroup++;
      digits++;
    } else if (c === decimalCode) {
      if (seenDecimal || (groups > 0 && digitsInGroup !== 3)) return null;
      seenDecimal = true;
      cleaned += '.';
    } else if (c === 44 || c === 46 || c === 39 || c === 0x2019 || isSpace(c)) {
      // a thousands separator: the first group has 1-3 digits, later ones exactly 3
      if (seenDecimal || digitsInGroup === 0 || digitsInGroup > 3 || (groups > 0 && digitsInGroup !== 3)) return null;
      groups++;
      digitsInGroup = 0;
    } else {
      return null;
    }
  }
  if (digits === 0 || (groups > 0 && !seenDecimal && digitsInGroup !== 3)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * What one cell says about the decimal separator: ',' or '.' when it is unambiguous
 * (`1.234,56`, `12,5`, `1,234.5`, `0.25`), null when it cannot tell (`1,234`, `42`).
 */
export function decimalEvidence(raw: string): DecimalSeparator | null {
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  if (lastDot < 0 && lastComma < 0) return null;
  const separator = lastDot >= 0 ? '.' : ',';
  const at = lastDot >= 0 ? lastDot : lastComma;
  if (raw.indexOf(separator) !== at) return separator === '.' ? ',' : '.'; // repeated: thousands
  let digitsAfter = 0;
  while (at + 1 + digitsAfter < raw.length) {
    const c = raw.charCodeAt(at + 1 + digitsAfter);
    if (c < DIGIT_0 || c > DIGIT_9) break;
    digitsAfter++;
  }
  return digitsAfter === 3 ? null : separator;
}
