/**
 * A finite number as en-US decimal text with a fixed count of decimals, thousands grouped
 * with ",", optionally as a percent (× 100, "%" appended) — exactly the text of
 * `new Intl.NumberFormat('en-US', { style: 'decimal' | 'percent', minimumFractionDigits: d,
 * maximumFractionDigits: d }).format(value)`, without creating an Intl formatter: the first
 * Intl formatter of a process loads ICU data (~30 ms of CPU), which a short-lived CLI command
 * that prints a table should not pay. Same rule as ICU: the number's shortest round-trip
 * decimal digits (String(value)) are rounded half away from zero ("1.005" → "1.01", where
 * toFixed gives "1.00"), a percent shifts the decimal point by two digits exactly (no
 * floating-point × 100), and large magnitudes are written in full ("1,000,000,000,000,000,000,000.00").
 * test/unit/format/decimal-text.test.ts checks it against Intl itself.
 */

/** Inserts "," every three digits from the right of a string of integer digits. */
function grouped(integer: string): string {
  if (integer.length <= 3) return integer;
  let out = integer.slice(0, integer.length % 3 || 3);
  for (let i = out.length; i < integer.length; i += 3) out += `,${integer.slice(i, i + 3)}`;
  return out;
}

/**
 * `value` (finite) with `digits` decimals (0–20), grouped, as a percent when asked; a negative
 * value that rounds to zero keeps its "-" as Intl does ("-0.00"), for the caller to drop.
 */
export function decimalText(value: number, digits: number, percent: boolean): string {
  const negative = value < 0 || Object.is(value, -0);
  const shortest = String(negative ? -value : value);
  // Digits without the point or exponent, and the position of the decimal point within them.
  const e = shortest.indexOf('e');
  const mantissa = e < 0 ? shortest : shortest.slice(0, e);
  const exponent = e < 0 ? 0 : Number(shortest.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let point = (dot < 0 ? mantissa.length : dot) + exponent + (percent ? 2 : 0);
  // Leading zeros ("0.05" → "005") carry no value: drop them, moving the point left.
  let lead = 0;
  while (lead < all.length - 1 && all.charCodeAt(lead) === 48) lead++;
  all = all.slice(lead);
  point -= lead;
  const keep = point + digits; // how many of `all`'s digits survive the rounding
  let kept: string;
  if (keep < 0) {
    kept = '';
  } else if (keep >= all.length) {
    kept = all + '0'.repeat(keep - all.length);
  } else {
    kept = all.slice(0, keep);
    if (all.charCodeAt(keep) >= 53) {
      // Half away from zero: add one unit in the last kept place, carrying to the left.
      const chars = kept.split('');
      let i = chars.length - 1;
      while (i >= 0 && chars[i] === '9') chars[i--] = '0';
      if (i >= 0) chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
      else {
        chars.unshift('1');
        point++;
      }
      kept = chars.join('');
    }
  }
  // `kept` holds point + digits digits (or fewer when everything rounded away): pad on the left.
  const width = Math.max(point, 0) + digits;
  if (kept.length < width) kept = '0'.repeat(width - kept.length) + kept;
  const integerDigits = kept.slice(0, kept.length - digits).replace(/^0+(?=\d)/, '') || '0';
  const fraction = kept.slice(kept.length - digits);
  return `${negative ? '-' : ''}${grouped(integerDigits)}${digits > 0 ? `.${fraction}` : ''}${percent ? '%' : ''}`;
}
