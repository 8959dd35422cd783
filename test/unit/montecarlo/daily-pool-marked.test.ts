// The Monte Carlo's daily pool with a daily log that belongs (issue 17): the overnight
// fixture (dc-2-7-mon-wed.csv, double calendars held 2 days, with its generated daily log
// whose Net Liquidity marks the open positions) resamples the marked-to-market curve's
// daily returns, not the closed-trade days, and the run's convention says so. Expected
// values: test/fixtures/generators/overnight_daily_pool.py (Net Liquidity: 995 returns,
// first −0.00445875, min −0.0449586656045, sum 1.53949306983; Current Funds = the closed
// trades: first 0, min −0.0449143227451, sum 1.52905842718).
import { describe, expect, it } from 'vitest';
import { monteCarloConfig } from '../../../core/app';
import type { MonteCarloOptions } from '../../../core/montecarlo';
import { importDaily, importTrades } from '../support/fixtures';

const OPTIONS: MonteCarloOptions = { mode: 'daily', resample: 'iid', paths: 10, seed: 1 };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

async function content(withDaily: boolean) {
  const { trades } = await importTrades('optionomega/single-strategy/dc-2-7-mon-wed.csv');
  const { daily } = await importDaily('optionomega/generated/dc-2-7-overnight-dailylog.csv');
  return withDaily ? { trades, daily } : { trades };
}

describe('daily Monte Carlo pool of a log held overnight', () => {
  it('with its daily log: the marked-to-market returns, stated in the convention', async () => {
    const built = monteCarloConfig(await content(true), {}, OPTIONS);
    if (!built.ok) throw new Error(built.message);
    const { pool, sizingConvention } = built.config;
    expect(pool.length).toBe(995);
    expect(pool[0]).toBeCloseTo(-0.00445875, 12);
    expect(Math.min(...pool)).toBeCloseTo(-0.0449586656045, 12);
    expect(sum(pool)).toBeCloseTo(1.53949306983, 9);
    expect(sizingConvention).toContain('marked-to-market curve');
  });

  it('without it: the closed-trade days', async () => {
    const built = monteCarloConfig(await content(false), {}, OPTIONS);
    if (!built.ok) throw new Error(built.message);
    const { pool, sizingConvention } = built.config;
    expect(pool.length).toBe(995);
    expect(pool[0]).toBe(0);
    expect(Math.min(...pool)).toBeCloseTo(-0.0449143227451, 12);
    expect(sum(pool)).toBeCloseTo(1.52905842718, 9);
    expect(sizingConvention).not.toContain('marked-to-market');
  });

  it('a strategy filter stays on the strategy\'s own trades', async () => {
    const c = await content(true);
    const built = monteCarloConfig(c, { strategies: [c.trades[0].strategy] }, OPTIONS);
    if (!built.ok) throw new Error(built.message);
    expect(built.config.sizingConvention).not.toContain('marked-to-market');
  });
});
