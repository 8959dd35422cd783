/**
 * Compact money (issue 15): "$15.5M", "$1.9T", scientific beyond trillions — never
 * "$50000000000000000M" (Replay's old axis) — with the exact amount kept for the hover title.
 * Every expected string is written by hand from the rule: three significant digits at most,
 * no trailing ".0", k only on chart axes, M from a million in text, scientific from 1e15.
 */
import { describe, expect, it } from 'vitest';
import { formatAmountCompact, formatFixedCompact, formatMoneyAxis, formatMoneyCompact, formatMoneyTooltip } from '../../../core/format/number';
import { formatCell } from '../../../core/report';
import { compactMoney } from '../../../renderer/src/components/chart-options';
import { compactMoney as replayAxis } from '../../../renderer/src/replay/replay-charts';

describe('compact money', () => {
  it('writes millions, billions and trillions with at most three significant digits', () => {
    expect(formatMoneyCompact(15_509_412.17)).toEqual({ text: '$15.5M', negative: false, full: '$15,509,412.17' });
    expect(formatMoneyCompact(1.94e12).text).toBe('$1.9T');
    expect(formatMoneyCompact(2_000_000).text).toBe('$2M');
    expect(formatMoneyCompact(155_400_000).text).toBe('$155M');
    expect(formatMoneyCompact(3.25e9).text).toBe('$3.3B');
  });

  it('keeps the exact amount below a million and says nothing extra', () => {
    expect(formatMoneyCompact(999_999.99)).toEqual({ text: '$999,999.99', negative: false });
    expect(formatMoneyCompact(-831.7)).toEqual({ text: '-$831.70', negative: true });
  });

  it('moves a mantissa that rounds to 1,000 to the next unit, and beyond trillions to scientific notation', () => {
    expect(formatMoneyCompact(999_960_000).text).toBe('$1B');
    expect(formatMoneyCompact(999.96e12).text).toBe('$1.0e15');
    expect(formatMoneyCompact(5e22).text).toBe('$5.0e22');
    expect(formatMoneyCompact(-1.9e12)).toEqual({ text: '-$1.9T', negative: true, full: '-$1,900,000,000,000.00' });
  });

  it('refuses non-finite values and keeps a null reason', () => {
    const refused = formatMoneyCompact(Number.POSITIVE_INFINITY);
    expect(refused.text).toBe('—');
    expect(formatMoneyCompact(null, 'No losing trades.')).toEqual({ text: '—', negative: false, missingReason: 'No losing trades.' });
  });

  it('labels chart axes compactly from ten thousand, in the app and in Replay alike', () => {
    for (const axis of [formatMoneyAxis, compactMoney, replayAxis]) {
      expect(axis(0)).toBe('$0');
      expect(axis(2.5)).toBe('$2.5');
      expect(axis(9_999)).toBe('$9,999');
      expect(axis(25_000)).toBe('$25k');
      expect(axis(-25_000)).toBe('-$25k');
      expect(axis(1e8)).toBe('$100M');
      expect(axis(85_978_931e6)).toBe('$86T');
      expect(axis(5e22)).toBe('$5.0e22');
    }
  });

  it('shows the compact and the exact amount in a tooltip, and only scientific for a wall of zeros', () => {
    expect(formatMoneyTooltip(15_509_412.17)).toBe('$15.5M ($15,509,412.17)');
    expect(formatMoneyTooltip(12_345.6)).toBe('$12,345.60');
    expect(formatMoneyTooltip(5e22)).toBe('$5.0e22');
  });

  it('writes report (PDF) money cells compactly from a million, exact below', () => {
    expect(formatAmountCompact(15_509_412.17)).toBe('15.5M');
    expect(formatAmountCompact(-2.4e9)).toBe('-2.4B');
    expect(formatCell({ value: 15_509_412.17, format: 'money' })).toBe('15.5M');
    expect(formatCell({ value: 19_735, format: 'money' })).toBe('19,735.00');
  });

  it('writes a huge plain number (a TWR) in scientific notation, the full value kept for the title', () => {
    expect(formatFixedCompact(16_540_764_698_521.16, 3)).toEqual({ text: '1.65e13', negative: false, full: '16,540,764,698,521.160' });
    expect(formatFixedCompact(852.513, 3)).toEqual({ text: '852.513', negative: false });
    expect(formatFixedCompact(-0.0001, 3).text).toBe('0.000');
  });
});
