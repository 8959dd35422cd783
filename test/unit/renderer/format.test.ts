// Display formatting: money, percents, ratios, dates, and the refusal of NaN/Infinity.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateRange, formatText, formatValue } from '../../../core/format/number';

afterEach(() => vi.restoreAllMocks());

describe('formatValue', () => {
  it('formats money with a dollar sign, thousands separators and cents', () => {
    expect(formatValue(119735, 'money')).toEqual({ text: '$119,735.00', negative: false });
    expect(formatValue(19735, 'money').text).toBe('$19,735.00');
  });

  it('marks negative money and prints a minus', () => {
    expect(formatValue(-1234.5, 'money')).toEqual({ text: '-$1,234.50', negative: true });
  });

  it('prints an amount that rounds to zero without a minus', () => {
    expect(formatValue(-0.001, 'money')).toEqual({ text: '$0.00', negative: false });
    expect(formatValue(-0.00001, 'percent').text).toBe('0.00%');
  });

  it('formats fractions as percents with two decimals', () => {
    expect(formatText(0.265909, 'percent')).toBe('26.59%');
    expect(formatText(0.128921, 'percent')).toBe('12.89%');
    expect(formatText(0.484375, 'percent')).toBe('48.44%');
    expect(formatText(-0.05, 'percent')).toBe('-5.00%');
  });

  it('formats ratios with two decimals, counts and days', () => {
    expect(formatText(1.22224, 'ratio')).toBe('1.22');
    expect(formatText(12345, 'count')).toBe('12,345');
    expect(formatText(1, 'days')).toBe('1 day');
    expect(formatText(41, 'days')).toBe('41 days');
    expect(formatText(136, 'business-days')).toBe('136 business days');
    expect(formatText(1, 'business-days')).toBe('1 business day');
    expect(formatText(1, 'trading-days')).toBe('1 trading day');
    expect(formatText(1234, 'trading-days')).toBe('1,234 trading days');
  });

  it('shows null as a dash with the reason', () => {
    expect(formatValue(null, 'ratio', 'No losing trades.')).toEqual({ text: '—', negative: false, missingReason: 'No losing trades.' });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %s and reports it as an error', (value) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const display = formatValue(value, 'money');
    expect(display.text).toBe('—');
    expect(display.missingReason).toMatch(/not a finite number/i);
    expect(error).toHaveBeenCalledOnce();
  });
});

describe('dates', () => {
  it('formats ISO dates in UTC, whatever the local time zone', () => {
    expect(formatDate('2025-01-02')).toBe('Jan 2, 2025');
    expect(formatDate('2025-10-08')).toBe('Oct 8, 2025');
  });

  it('shows a dash for a missing or malformed date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('02.01.2025')).toBe('—');
    expect(formatDateRange('2025-01-02', null)).toBe('—');
  });

  it('formats a range', () => {
    expect(formatDateRange('2025-01-02', '2025-10-08')).toBe('Jan 2, 2025 – Oct 8, 2025');
  });
});
