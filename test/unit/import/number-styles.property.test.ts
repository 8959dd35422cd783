// Property: any amount written in any supported number style parses back to the same number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalEvidence, parseNumber, parsePlainDecimal, type DecimalSeparator } from '../../../core/import/numbers';

/** Groups the whole part of |cents/100| by three with `thousands`, cents after `decimal`. */
function grouped(cents: number, thousands: string, decimal: string): string {
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${whole}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

const sign = (cents: number) => (cents < 0 ? '-' : '');

const STYLES: [name: string, decimal: DecimalSeparator, format: (cents: number) => string][] = [
  ['plain', '.', (c) => String(c / 100)],
  ['plain with cents', '.', (c) => `${sign(c)}${grouped(c, '', '.')}`],
  ['US dollars', '.', (c) => `${sign(c)}$${grouped(c, ',', '.')}`],
  ['dollar then sign', '.', (c) => `$${sign(c)}${grouped(c, ',', '.')}`],
  ['accounting negative', '.', (c) => (c < 0 ? `(${grouped(c, ',', '.')})` : grouped(c, ',', '.'))],
  ['percent', '.', (c) => `${sign(c)}${grouped(c, '', '.')}%`],
  ['pound', '.', (c) => `${sign(c)}£${grouped(c, ',', '.')}`],
  ['European', ',', (c) => `${sign(c)}${grouped(c, '.', ',')}`],
  ['European, no thousands', ',', (c) => `${sign(c)}${grouped(c, '', ',')}`],
  ['French spaces', ',', (c) => `${sign(c)}${grouped(c, ' ', ',')}`],
  ['euro suffix', ',', (c) => `${sign(c)}${grouped(c, '.', ',')} €`],
  ['Swiss apostrophe', '.', (c) => `${sign(c)}${grouped(c, "'", '.')}`],
];

const cents = fc.integer({ min: -100_000_000_000, max: 100_000_000_000 });

describe('number styles round-trip', () => {
  it.each(STYLES)('%s', (_name, decimal, format) => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseNumber(format(c), decimal)).toBe(c / 100 === 0 ? 0 : c / 100);
      }),
    );
  });

  it('in-place plain parsing equals Number() for decimal literals up to 15 digits, and declines longer ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), fc.integer({ min: 0, max: 15 }), (mantissa, scale) => {
        const digits = String(Math.abs(mantissa)).padStart(scale + 1, '0');
        const text = `${mantissa < 0 ? '-' : ''}${scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits}`;
        expect(parsePlainDecimal(`x${text}y`, 1, text.length + 1)).toBe(digits.length > 15 ? NaN : Number(text));
      }),
    );
  });

  it('refuses what is not a number in the style, instead of misreading it', () => {
    for (const text of ['12,3x', '', '-', '1.2.3', '0x10', 'Infinity', '12,34.5', '1,2345', '--5', '(-5)', 'abc', '1e5e5']) {
      expect(parseNumber(text, '.'), text).toBeNull();
    }
    expect(parseNumber('1.234', ',')).toBe(1234);
    expect(parseNumber('1,234', '.')).toBe(1234);
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('12,5', '.')).toBeNull();
    expect(parseNumber('1e-5', '.')).toBe(0.00001);
  });

  it('decimal evidence of single cells', () => {
    expect(['1.234,56', '12,5', '-0,25', '1.234.567'].map(decimalEvidence)).toEqual([',', ',', ',', ',']);
    expect(['1,234.56', '0.25', '1,234,567', '$12.5'].map(decimalEvidence)).toEqual(['.', '.', '.', '.']);
    expect(['1,234', '1.234', '42', ''].map(decimalEvidence)).toEqual([null, null, null, null]);
  });
});
