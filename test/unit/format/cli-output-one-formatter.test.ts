// Issue 9 item 3: the CLI's pct/num/money are the one formatter (core/format/number): thousands
// grouped as in the app, no negative zero. Expected texts written out by hand.
import { expect, it } from 'vitest';
import { money, num, pct } from '../../../cli/output';
import { formatText } from '../../../core/format/number';

it('prints no negative zero', () => {
  expect(pct(-0.00001)).toBe('0.00%');
  expect(pct(-0.004, 0)).toBe('0%');
  expect(num(-0.0004, 3)).toBe('0.000');
  expect(money(-0.001)).toBe('0.00');
});

it('formats as the app does', () => {
  expect(pct(0.128949)).toBe('12.89%');
  expect(pct(0.25, 0)).toBe('25%');
  expect(pct(12.345)).toBe('1,234.50%');
  expect(num(1.23456, 4)).toBe('1.2346');
  expect(num(4081, 0)).toBe('4,081');
  expect(money(-19735)).toBe('-19,735.00');
  expect(pct(-0.0123)).toBe(formatText(-0.0123, 'percent'));
  expect(`$${money(1234.5)}`).toBe(formatText(1234.5, 'money'));
  expect(pct(null)).toBe('—');
  expect(num(null)).toBe('—');
  expect(money(null)).toBe('—');
});
