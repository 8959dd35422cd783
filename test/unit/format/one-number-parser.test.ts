// Issue 9 items 3–4: one number parser. The CLI's parseCliNumber is typed-number's strict rules,
// and the replay specs (--rule, --streak, --guardrail) use them too: kelly:0x1 is refused.
// Expected values written out by hand.
import { expect, it } from 'vitest';
import { parseCliNumber } from '../../../cli/args';
import { decimalText, parseStrictNumber } from '../../../core/format/typed-number';

it('the CLI parser is the strict one', () => {
  for (const text of ['25', '-0.25', '1,000', '1_000', '.5', '0x10', '1e3', 'Infinity', '1,0,0', ' 5', '5.']) {
    expect(parseCliNumber(text)).toBe(parseStrictNumber(text));
  }
  expect(parseStrictNumber('1,000,000.5')).toBe(1000000.5);
  expect(parseStrictNumber('1e3')).toBeNull();
  expect(parseStrictNumber('0x10')).toBeNull();
});

it('writes numbers back without exponent, and they parse back', () => {
  expect(decimalText(1e-7)).toBe('0.0000001');
  expect(decimalText(1.5e-7)).toBe('0.00000015');
  expect(decimalText(-2.5e-8)).toBe('-0.000000025');
  expect(decimalText(1e21)).toBe('1000000000000000000000');
  expect(decimalText(1.234e22)).toBe('12340000000000000000000');
  expect(decimalText(0.05)).toBe('0.05');
  expect(decimalText(-0)).toBe('0');
  for (const x of [1e-7, 1.5e-7, 0.123456789e-9, 3e-15, 0.1 + 0.2]) expect(parseStrictNumber(decimalText(x))).toBe(x);
});
