// Sharpe, Sortino, CAGR and Calmar on hand-computed series (values from numpy).
import { describe, expect, it } from 'vitest';
import { cagr, calmarRatio, dailyReturns, sharpeRatio, sortinoRatio } from '../../../core/stats';
import { expectSignificant } from './precision';

const returns = [0.01, -0.02, 0.03, 0];

describe('returns metrics', () => {
  it('Sharpe uses the n−1 standard deviation, annualized by √252', () => {
    expectSignificant(sharpeRatio(returns).value, 3.81293);
    expectSignificant(sharpeRatio(returns, 0.0504).value, 3.66042); // rf_d = 0.0002
  });
  it('Sortino averages the squared shortfall over all days', () => {
    expectSignificant(sortinoRatio(returns, 0.0504).value, 7.54395);
  });
  it('is null when undefined, with the reason', () => {
    expect(sharpeRatio([0.01])).toEqual({ value: null, reason: 'only one daily return: a deviation needs two' });
    expect(sharpeRatio([0, 0, 0])).toEqual({ value: null, reason: 'the daily returns do not vary (deviation 0)' });
    expect(sortinoRatio([0.01, 0.02])).toEqual({ value: null, reason: 'no day with a return below the risk-free rate (downside deviation 0)' });
    expect(sortinoRatio([])).toEqual({ value: null, reason: 'no daily returns' });
  });
  it('CAGR over calendar days, null for zero days and when everything is lost', () => {
    expectSignificant(cagr(100000, 119735, 279).value, 0.265909);
    expect(cagr(100, 110, 0)).toEqual({ value: null, reason: 'the trades span less than a calendar day' });
    expect(cagr(100, -5, 30)).toEqual({ value: null, reason: 'final equity -5.00 is not positive' });
  });
  it('Calmar = CAGR / max drawdown, null without a drawdown', () => {
    expect(calmarRatio({ value: 0.2 }, 0.1).value).toBeCloseTo(2, 12);
    expect(calmarRatio({ value: 0.2 }, 0)).toEqual({ value: null, reason: 'no drawdown (max drawdown 0)' });
    expect(calmarRatio({ value: null, reason: 'the trades span less than a calendar day' }, 0.1)).toEqual({ value: null, reason: 'CAGR is undefined (the trades span less than a calendar day)' });
  });
  it('daily returns divide by the previous day’s equity; null once equity is gone', () => {
    expect(dailyReturns(1000, [100, -110, 0])).toEqual([0.1, -0.1, 0]);
    expect(dailyReturns(1000, [-1000, 10])).toBeNull();
  });
});
