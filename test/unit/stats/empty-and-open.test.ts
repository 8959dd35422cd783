// No trades, or only open ones: a finite report with nulls, never NaN or Infinity.
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe('empty input', () => {
  it('gives zero counts and null ratios', () => {
    const report = computeStats([]);
    const p = report.portfolio;
    expect(allFinite(report)).toBe(true);
    expect([p.trades, p.winRate, p.kelly, p.cagr, p.sharpe, p.sortino, p.calmar, p.firstDate]).toEqual([0, null, null, null, null, null, null, null]);
    expect([p.maxDrawdown, p.timeInDrawdown, p.curve.length]).toEqual([0, 0, 0]);
    expect(p.startingCapitalSource).toBe('default');
  });
  it('leaves open trades out with a warning', () => {
    const report = computeStats([
      makeTrade({ dateOpened: '2024-07-01', pl: 100, fundsAtClose: 1100 }),
      makeTrade({ dateOpened: '2024-07-02', dateClosed: null, pl: 0 }),
    ]);
    expect(report.portfolio.trades).toBe(1);
    expect(report.warnings).toEqual(['1 open trade(s) left out: P/L counts only once a trade has closed.']);
  });
});
