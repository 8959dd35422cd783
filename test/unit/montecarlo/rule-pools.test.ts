// Any replay sizing rule in every mode: percent mode replays the rule and resamples its per-trade
// returns on equity; daily mode resamples the replay's daily returns; dollar mode sizes each step.
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig, runMonteCarlo, type MonteCarloMode, type MonteCarloOptions } from '../../../core/montecarlo';
import { formatRuleSpec, parseRuleSpec, prepareReplayInput, trailingDailyVolatility } from '../../../core/replay';
import type { Trade } from '../../../core/model';
import { dailyTrades } from '../support/make-trade';
import { fixtureTrades } from '../support/fixtures';

function config(trades: Trade[], mode: MonteCarloMode, spec: string | null, extra: Partial<MonteCarloOptions> = {}) {
  const options: MonteCarloOptions = { mode, resample: 'iid', paths: 100, seed: 3, ...extra };
  if (spec !== null) {
    const parsed = parseRuleSpec(spec);
    if (!parsed.ok) throw new Error(parsed.message);
    options.sizing = parsed.rule;
  }
  const outcome = buildMonteCarloConfig(trades, options);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('percent mode', () => {
  it('fixed:1 on a 1-contract log equals the log’s own pool (Funds at Close), and log is the default', () => {
    const pls = [300, -150, 50, -400, 250];
    let funds = 10_000;
    const trades = dailyTrades(pls).map((t) => ({ ...t, fundsAtClose: (funds += t.pl) }));
    const fixed = config(trades, 'percent', 'fixed:1').config;
    const logged = config(trades, 'percent', null).config;
    expect(logged.rule).toBe('log');
    expect(fixed.rule).toBe('fixed:1');
    expect(fixed.pool).toEqual([300 / 10_000, -150 / 10_300, 50 / 10_150, -400 / 10_200, 250 / 9800]);
    expect(fixed.pool).toEqual(logged.pool);
    expect(fixed.startingCapital).toBe(10_000);
  });

  it('kelly:0.5 replays half Kelly (whole-log estimates) and resamples its returns, unlike the logged sizing', () => {
    // Per contract +200 / −100 alternating: p = 0.5, b = 2, Kelly 0.25, half Kelly 0.125, avg loss 100.
    const trades = dailyTrades([200, -100, 200, -100]);
    const kelly = config(trades, 'percent', 'kelly:0.5', { startingCapital: 10_000 });
    // Contracts floor(0.125 · equity / 100): 12 → 12,400; 15 → 10,900; 13 → 13,500; 16 → 11,900.
    expect(kelly.config.pool).toEqual([2400 / 10_000, -1500 / 12_400, 2600 / 10_900, -1600 / 13_500]);
    expect(kelly.config.sizingConvention).toContain('kelly:0.5:avg-loss replayed');
    const logged = config(trades, 'percent', 'log', { startingCapital: 10_000 });
    expect(logged.config.pool).toEqual([200 / 10_000, -100 / 10_200, 200 / 10_100, -100 / 10_300]);
    expect(runMonteCarlo(kelly.config).finalValue.p50).not.toBe(runMonteCarlo(logged.config).finalValue.p50);
  });

  it('trades the rule skips leave the pool, with a warning', () => {
    // fraction 0.0101 of equity ÷ avg loss 100: 1.01, 1.03, 1.02, 1.01 contracts → 1 each; then 9,900 → 0.9999: skipped.
    const trades = dailyTrades([200, -100, -100, -100, 200, 200]);
    const outcome = config(trades, 'percent', 'fraction:0.0101', { startingCapital: 10_000 });
    expect(outcome.config.pool).toEqual([200 / 10_000, -100 / 10_200, -100 / 10_100, -100 / 10_000]);
    expect(outcome.warnings).toContain('fraction:0.0101:avg-loss skipped 2 of 6 trades in the replay (below-one-contract 2); they are not in the pool');
    const none = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'iid', paths: 10, seed: 1, startingCapital: 10_000, sizing: { kind: 'fraction', fraction: 0.005, basis: 'avg-loss' } });
    const why = 'the percent pool of fraction:0.005:avg-loss has 0 outcome(s); at least 2 are needed: fraction:0.005:avg-loss skipped 6 of 6 trades in the replay (below-one-contract 6); they are not in the pool';
    expect(none).toEqual({ ok: false, message: why, errors: [{ field: 'sizing', message: why }] });
  });
});

describe('daily mode', () => {
  it('fixed:2 resamples the daily returns of the replayed curve', () => {
    const trades = dailyTrades([100, -50, 200]);
    const daily = config(trades, 'daily', 'fixed:2', { startingCapital: 1000 }).config;
    expect(daily.pool).toEqual([200 / 1000, -100 / 1200, 400 / 1100]);
    expect(daily.stepsPerYear).toBe((365.25 * 5) / 7);
  });
});

describe('dollar mode', async () => {
  const ema = await fixtureTrades('ema-tradelog.csv');
  const input = prepareReplayInput(ema);

  it('log: each resampled trade keeps its logged contracts', () => {
    const { config: c } = config(ema, 'dollar', 'log');
    expect(c.sizing.fixedContracts).toEqual(Array.from(input.logContracts));
    expect(c.sizing.contractsPerDollar.every((x) => x === 0)).toBe(true);
    c.pool.forEach((perContract, i) => expect(perContract * c.sizing.fixedContracts[i]).toBeCloseTo(input.pl[i], 6));
  });

  it("vol-target: floor(equity × daily target ÷ the trade's trailing volatility); trades without 20 days of history leave the pool", () => {
    const outcome = config(ema, 'dollar', 'vol-target:0.2');
    const sd = trailingDailyVolatility(input, Float64Array.from(input.pl, (pl, i) => pl / input.logContracts[i]));
    const kept = [...sd.keys()].filter((i) => sd[i] > 0);
    expect(kept.length).toBeLessThan(input.count);
    expect(outcome.config.pool).toEqual(kept.map((i) => input.pl[i] / input.logContracts[i]));
    expect(outcome.config.sizing.contractsPerDollar).toEqual(kept.map((i) => 0.2 / Math.sqrt(252) / sd[i]));
    expect(outcome.warnings).toContain(`vol-target:0.2 cannot size ${input.count - kept.length} of ${input.count} trades (fewer than 20 days of history, or no volatility); they are not in the pool`);
  });

  it('fraction on a margin basis sizes each trade by its own margin', () => {
    const { config: c } = config(ema, 'dollar', 'fraction:0.1:margin');
    expect(c.sizing.contractsPerDollar).toEqual(Array.from(input.marginPerContract, (m) => 0.1 / m));
  });
});

describe.each(['percent', 'daily', 'dollar'] as const)('%s mode runs every rule on the EMA sample', async (mode) => {
  const ema = await fixtureTrades('ema-tradelog.csv');
  it.each(['fixed:1', 'dollar-risk:2000', 'fraction:0.05', 'fraction:0.2:margin', 'kelly:0.5', 'kelly:1:max-loss', 'vol-target:0.15', 'optimal-f', 'log'])('%s', (spec) => {
    const { config: c } = config(ema, mode, spec, { paths: 300, horizon: { steps: 250 } });
    const summary = runMonteCarlo(c);
    const parsed = parseRuleSpec(spec);
    expect(c.rule).toBe(parsed.ok ? formatRuleSpec(parsed.rule) : null);
    expect(Number.isFinite(summary.finalValue.p50) && summary.finalValue.p50 >= 0).toBe(true);
    expect(summary.maxDrawdown.p50).toBeGreaterThanOrEqual(0);
  });
});
