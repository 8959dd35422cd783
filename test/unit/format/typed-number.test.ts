// The one parser of typed numbers (core/format/typed-number); expected values by reading the rule.
import { expect, it } from 'vitest';
import { parseTypedNumber, typedNumberText } from '../../../core/format/typed-number';

it('reads what people type', () => {
  expect(parseTypedNumber('')).toBeNull();
  expect(parseTypedNumber('   ')).toBeNull();
  expect(parseTypedNumber('1,000')).toBe(1000);
  expect(parseTypedNumber(' 2 500 ')).toBe(2500);
  expect(parseTypedNumber('1_000')).toBe(1000);
  expect(parseTypedNumber('$5')).toBe(5);
  expect(parseTypedNumber('12.5%')).toBe(12.5);
  expect(parseTypedNumber('-3')).toBe(-3);
  expect(parseTypedNumber('.5')).toBe(0.5);
  expect(parseTypedNumber('0.')).toBe(0);
  expect(parseTypedNumber('1e3')).toBe(1000);
});

it('refuses what is not a plain decimal (Number() would accept some of these)', () => {
  for (const text of ['abc', '0x10', '0b11', '1.2.3', 'Infinity', '1e999', '%', '$', '5%%', '--1']) expect(parseTypedNumber(text)).toBeNaN();
});

it('shows value × scale with 12 significant digits', () => {
  expect(typedNumberText(0.05, 100)).toBe('5');
  expect(typedNumberText(0.123456789, 100)).toBe('12.3456789');
  expect(typedNumberText(null)).toBe('');
  expect(typedNumberText(Number.NaN)).toBe('');
});
