// The drawdown, risk-free and ruin statements (issue 17; SPEC §2, §5): the issue's own wording.
import { describe, expect, it } from 'vitest';
import { drawdownStatement, riskFreeStatement, ruinInWords } from '../../../core/format/conventions';

describe('convention statements', () => {
  it('both drawdowns with a daily log', () => {
    expect(drawdownStatement({ maxDrawdown: 0.0817, maxDrawdownClosedTrades: 0.0699, drawdownSource: 'daily-log', heldOvernight: true })).toBe(
      'max drawdown 8.2% marked-to-market (daily log); 7.0% on closed trades',
    );
  });
  it('closed trades only: the overnight warning only with overnight trades', () => {
    expect(drawdownStatement({ maxDrawdown: 0.0699, maxDrawdownClosedTrades: 0.0699, drawdownSource: 'trades', heldOvernight: false })).toBe('max drawdown 7.0% on closed trades');
    expect(drawdownStatement({ maxDrawdown: 0.0699, maxDrawdownClosedTrades: 0.0699, drawdownSource: 'trades', heldOvernight: true })).toBe(
      'max drawdown 7.0% on closed trades — understates the drawdown of positions held overnight (no daily log in use)',
    );
  });
  it('risk-free in words', () => {
    expect(riskFreeStatement({ kind: 'fixed', annualRate: 0.04 })).toBe('rf = 4.00% a year / 252 (a fixed rate)');
    expect(riskFreeStatement({ kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: '2026-07-21' })).toBe(
      "rf = each day's 3-month Treasury bill rate (FRED DTB3, series through 2026-07-20) / 100 / 252; the series ends 2026-07-20, so from 2026-07-21 the rate is its last quote (stale)",
    );
  });
  it('ruin in words', () => {
    expect(ruinInWords(0.5)).toBe('falls to 50% of start (a 50% loss)');
    expect(ruinInWords(0.3)).toBe('falls to 30% of start (a 70% loss)');
  });
});
