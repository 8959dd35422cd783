// Sharpe, Sortino, CAGR and Calmar on hand-computed series (values from numpy).
import { describe, expect, it } from 'vitest';
import { cagr, calmarRatio, dailyReturns, sharpeRatio, sortinoRatio } from '../../../core/stats';
import { expectSignificant } from './precision';

const returns = [0.01, -0.02, 0.03, 0];

describe('returns metrics', () => {
  it('Sharpe uses the n−1 standard deviation, annualized by √252', () => {
    expectSignificant(sharpeRatio(returns), 3.81293);
    expectSignificant(sharpeRatio(returns, 0.0504), 3.66042); // rf_d = 0.0002
  });
  it('Sortino averages the squared shortfall over all days', () => {
    expectSignificant(sortinoRatio(returns, 0.0504), 7.54395);
  });
  it('is null when undefined', () => {
    expect(sharpeRatio([0.01])).toBeNull();
    expect(sharpeRatio([0, 0, 0])).toBeNull();
    expect(sortinoRatio([0.01, 0.02])).toBeNull();
    expect(sortinoRatio([])).toBeNull();
  });
  it('CAGR over calendar days, null for zero days, −1 when everything is lost', () => {
    expectSignificant(cagr(100000, 119735, 279), 0.265909);
    expect(cagr(100, 110, 0)).toBeNull();
    expect(cagr(100, -5, 30)).toBe(-1);
  });
  it('Calmar = CAGR / max drawdown, null without a drawdown', () => {
    expect(calmarRatio(0.2, 0.1)).toBeCloseTo(2, 12);
    expect(calmarRatio(0.2, 0)).toBeNull();
    expect(calmarRatio(null, 0.1)).toBeNull();
  });
  it('daily returns divide by the previous day’s equity; null once equity is gone', () => {
    expect(dailyReturns(1000, [100, -110, 0])).toEqual([0.1, -0.1, 0]);
    expect(dailyReturns(1000, [-1000, 10])).toBeNull();
  });
});
