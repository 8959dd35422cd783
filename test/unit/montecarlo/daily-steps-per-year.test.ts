// Daily mode: the replayed curve has a point on every Mon–Fri day (no holidays), so a calendar
// year is 365.25 · 5 / 7 = 260.89 steps — for horizons in years and for the median CAGR.
import { expect, it } from 'vitest';
import { buildMonteCarloConfig, runMonteCarlo } from '../../../core/montecarlo';
import { dailyTrades } from '../support/make-trade';

it('a 1-year daily horizon is 261 steps, and a constant daily return r compounds to (1 + r)^260.89 − 1 a year', () => {
  // Start 1,024: +1 then +1.0009765625 are both exactly 1/1024 of the equity before the day.
  const outcome = buildMonteCarloConfig(dailyTrades([1, 1.0009765625]), { mode: 'daily', resample: 'iid', paths: 5, seed: 1, startingCapital: 1024, sizing: { kind: 'fixed', contracts: 1 }, horizon: { years: 1 } });
  if (!outcome.ok) throw new Error(outcome.message);
  expect(outcome.config.pool).toEqual([1 / 1024, 1 / 1024]);
  expect(outcome.config.horizon).toBe(261);
  const summary = runMonteCarlo(outcome.config);
  // ((1 + 1/1024)^261)^(260.892857 / 261) − 1 = (1 + 1/1024)^260.892857 − 1 = 0.290015…; 252 steps a year would give 0.278866.
  expect(summary.medianCagr).toBeCloseTo(0.2900150156279522, 10);
});
