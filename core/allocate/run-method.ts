/**
 * One method fitted on a window [from, to) of the prepared data (the whole calendar, or a
 * walk-forward in-sample window: nothing after `to` is read — kelly-margin's constraints are the
 * opening moments inside the window, the full fit uses every historical moment). Returns the
 * method's result with its metrics over the same window, and the exposure vector x applied to
 * the columns (weights on returns, or contracts on P/L per contract ÷ C).
 */
import { periodsPerYear } from './calendar';
import { estimateCovariance, sampleCovariance } from './covariance';
import type { AllocationData } from './data';
import { equalWeights } from './equal-weight';
import { exactKellyWeights } from './kelly-exact';
import { gaussianKellyWeights } from './kelly-gaussian';
import { kellyMargin } from './kelly-margin';
import { inverseVolWeights } from './inverse-vol';
import { maxSharpeWeights } from './max-sharpe';
import { minVarianceWeights } from './min-variance';
import { calendarDaysBetween, portfolioMetrics } from './portfolio-metrics';
import { riskParityWeights } from './risk-parity';
import type { AllocationMethod, AllocationOptions, KellyMarginDetail, MethodResult } from './types';

export interface FittedMethod {
  result: MethodResult;
  x: number[];
  columns: readonly ArrayLike<number>[];
  /** Offset of `columns` relative to the calendar (kelly-margin's columns start at `from`). */
  offset: number;
}

export const KELLY_MARGIN_NEEDS_TRADES = 'kelly-margin sizes contracts from trade logs: every input must be a trade log (price and return series have no contracts or margin).';

export function runMethod(data: AllocationData, options: AllocationOptions, method: AllocationMethod = options.method, from = 0, to = data.calendar.dates.length): FittedMethod {
  const { names, calendar } = data;
  const N = names.length;
  const returns = calendar.returns;
  const messages: string[] = [];
  const cov = estimateCovariance(options.covariance, returns, from, to);
  const budget = options.ceiling;
  let x: number[];
  let columns: readonly ArrayLike<number>[] = returns;
  let offset = 0;
  let km: KellyMarginDetail | null = null;
  let weights: number[];
  let metricsCov = cov.matrix;
  if (N === 1 && method !== 'kelly' && method !== 'kelly-gaussian' && method !== 'kelly-margin' && method !== 'max-sharpe') messages.push('One asset: nothing to allocate across; it takes the whole budget.');
  switch (method) {
    case 'equal': {
      const p = equalWeights(N, options.min, options.max, budget);
      x = p.weights;
      if (p.message) messages.push(p.message);
      break;
    }
    case 'inverse-vol':
    case 'risk-parity':
    case 'min-variance': {
      const p = method === 'inverse-vol' ? inverseVolWeights(cov.matrix, names, options.min, options.max, budget) : method === 'risk-parity' ? riskParityWeights(cov.matrix, names, options.min, options.max, budget) : minVarianceWeights(cov.matrix, names, options.min, options.max, budget);
      x = p.weights;
      if (p.message) messages.push(p.message);
      break;
    }
    case 'max-sharpe': {
      const p = maxSharpeWeights(cov.matrix, cov.mean, names, options.min, options.max, budget);
      x = p.weights;
      if (p.message) messages.push(p.message);
      break;
    }
    case 'kelly-gaussian': {
      const p = gaussianKellyWeights(cov.matrix, cov.mean, names, options.min, options.max, options.ceiling, options.fraction);
      x = p.weights;
      if (p.message) messages.push(p.message);
      break;
    }
    case 'kelly': {
      const p = exactKellyWeights(returns.map((c) => c.subarray(from, to)), to - from, names, options.min, options.max, options.ceiling, options.fraction);
      x = p.weights;
      if (p.message) messages.push(p.message);
      break;
    }
    case 'kelly-margin': {
      const timeline = data.timeline;
      if (timeline === null) throw new Error(KELLY_MARGIN_NEEDS_TRADES);
      const whole = from === 0 && to === calendar.dates.length;
      let momentFrom = 0;
      let momentTo = timeline.count;
      if (!whole) {
        while (momentFrom < timeline.count && data.momentPeriod[momentFrom] < from) momentFrom++;
        momentTo = momentFrom;
        while (momentTo < timeline.count && data.momentPeriod[momentTo] < to) momentTo++;
      }
      const out = kellyMargin({
        plPerContract: calendar.plPerContract, from, to, timeline, timelineIndex: data.timelineIndex, momentFrom, momentTo,
        capital: options.capital, ceiling: options.ceiling, fraction: options.fraction, minContracts: options.minContracts, maxContracts: options.maxContracts, names,
      });
      messages.push(...out.messages);
      x = out.contracts;
      columns = out.columns;
      offset = from;
      metricsCov = sampleCovariance(out.columns).matrix;
      const { messages: _m, weights: _w, columns: _c, ...detail } = out;
      km = detail;
      weights = out.weights;
      break;
    }
  }
  if (method !== 'kelly-margin') weights = x;
  const metrics = portfolioMetrics(
    { columns, from: from - offset, to: to - offset, calendarDays: calendarDaysBetween(calendar.dates[from] ?? calendar.from, calendar.dates[Math.max(from, to - 1)] ?? calendar.to), periodsPerYear: periodsPerYear(calendar.period) },
    x,
    metricsCov,
  );
  const w = weights!;
  const result: MethodResult = {
    method,
    weights: w,
    assets: names.map((name, i) => ({
      name,
      file: data.assets[i].file,
      weight: w[i],
      riskContribution: metrics.riskContribution[i],
      marginalRisk: metrics.marginalRisk[i],
      marginal: metrics.marginal[i],
      contracts: km ? km.contracts[i] : null,
      wholeContracts: km ? km.wholeContracts[i] : null,
      dollars: w[i] * options.capital,
    })),
    expectedReturn: metrics.expectedReturn,
    volatility: metrics.volatility,
    expectedLogGrowth: metrics.expectedLogGrowth,
    maxDrawdown: metrics.maxDrawdown,
    sharpe: metrics.sharpe,
    cagr: metrics.cagr,
    messages,
    kellyMargin: km,
  };
  return { result, x, columns, offset };
}
