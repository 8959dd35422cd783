// Starting capital rules: user override, daily log, Funds at Close of the first trade to
// close (earliest close date and time), else the 100,000 default with a warning.
import { describe, expect, it } from 'vitest';
import { computeStats, resolveStartingCapital } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';
import { dailyRow } from './daily-row';

const trades = [
  // Opened first but closes last.
  makeTrade({ dateOpened: '2024-06-03', dateClosed: '2024-06-07', pl: 100, fundsAtClose: 20350 }),
  // Opened later, closes first (14:00 before 15:00 of the next one on the same day).
  makeTrade({ dateOpened: '2024-06-04', timeOpened: '09:45:00', dateClosed: '2024-06-05', timeClosed: '14:00:00', pl: 300, fundsAtClose: 20300 }),
  makeTrade({ dateOpened: '2024-06-04', timeOpened: '09:30:00', dateClosed: '2024-06-05', timeClosed: '15:00:00', pl: -50, fundsAtClose: 20250 }),
];

describe('starting capital', () => {
  it('uses Funds at Close − P/L of the first trade to close', () => {
    expect(resolveStartingCapital(trades)).toEqual({ value: 20000, source: 'funds-at-close', warnings: [] });
  });
  it('prefers the user override, then the daily log', () => {
    expect(resolveStartingCapital(trades, { override: 5000, daily: [dailyRow('2024-06-03', 30100, 100)] }).source).toBe('user');
    expect(resolveStartingCapital(trades, { daily: [dailyRow('2024-06-04', 30500, 500), dailyRow('2024-06-03', 30100, 100)] })).toEqual({ value: 30000, source: 'daily-log', warnings: [] });
  });
  it('ignores a non-positive override with a warning', () => {
    const capital = resolveStartingCapital(trades, { override: -1 });
    expect(capital.value).toBe(20000);
    expect(capital.warnings).toHaveLength(1);
  });
  it('falls back to 100,000 with a warning when nothing gives the capital', () => {
    const generic = trades.map((t) => ({ ...t, fundsAtClose: null }));
    const report = computeStats(generic);
    expect(report.portfolio.startingCapital).toBe(100000);
    expect(report.portfolio.startingCapitalSource).toBe('default');
    expect(report.warnings.some((w) => /set your capital/i.test(w))).toBe(true);
  });
});
