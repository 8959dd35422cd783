/**
 * decimalText (core/format/decimal-text) against the reference it replaces on the hot path:
 * Intl.NumberFormat('en-US') decimal and percent with fixed digits — the ICU text itself, not
 * a copy of the code's output. Covers ties in the shortest digits (1.005, 2.675), carries
 * (9.995, 999.995), tiny and huge magnitudes written in full, negative values that round to
 * zero, and 20,000 random values over many magnitudes for 0–4 digits.
 */
import { describe, expect, it } from 'vitest';
import { decimalText } from '../../../core/format/decimal-text';

const formats = new Map<string, Intl.NumberFormat>();
function intl(value: number, digits: number, percent: boolean): string {
  const key = `${digits}${percent}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat('en-US', { style: percent ? 'percent' : 'decimal', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return formats.get(key)!.format(value);
}

const SPECIAL = [
  0, -0, 1, -1, 0.5, -0.5, 1.005, 1.015, 2.675, 0.125, 0.005, -0.005, 0.0005, 0.00005, 9.995, 999.995, 99999.995, -999.995, 0.995, 0.0049999,
  0.01005, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 123456.785, 98968897.73, 1e21, 1.2345678901234567e25, 1e-7, 1.5e-7, 5e-324, 1.7976931348623157e308,
  Number.MAX_SAFE_INTEGER, 1e15 + 0.5, 4.35, 0.7680000000000001, 12.885, 0.12885, -0.0000001,
];

describe('decimalText equals Intl en-US fixed-digit formatting', () => {
  it('on ties, carries, extremes and negative zero', () => {
    for (const value of SPECIAL) {
      for (let digits = 0; digits <= 4; digits++) {
        for (const percent of [false, true]) expect(decimalText(value, digits, percent), `${value} ${digits} ${percent}`).toBe(intl(value, digits, percent));
      }
    }
  });

  it('on 20,000 random values across magnitudes 1e-9 … 1e17', () => {
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 20_000; i++) {
      const magnitude = 10 ** (Math.floor(random() * 27) - 9);
      // Half the values on a decimal grid (where ties sit), half anywhere.
      const raw = random() * magnitude * (random() < 0.5 ? -1 : 1);
      const value = i % 2 === 0 ? Number((Math.round(raw * 1000) / 1000).toPrecision(12)) + 0.005 * Math.sign(raw) : raw;
      const digits = i % 5;
      const percent = i % 3 === 0;
      expect(decimalText(value, digits, percent), `${value} ${digits} ${percent}`).toBe(intl(value, digits, percent));
    }
  });
});
