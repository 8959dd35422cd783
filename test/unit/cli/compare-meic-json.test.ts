// `sizewise compare meic-tradelog.csv meic-reporting-log.csv --map "MEIC=Unknown" --json`:
// exactly the JSON shape, with the values of test/reference/live_vs_backtest.py as
// test/unit/live/meic-real.test.ts states them (20 matched, 6 live only, 4 backtest only,
// 508 backtest trades outside the window; slippage −0.75; P/L per contract −670.13 vs
// −1,926.48; drift percentile ≈ 0.303 → not drifting, multiplier 1).
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const dir = 'test/fixtures/optionomega';
const STRATEGY_KEYS = ['name', 'liveName', 'matched', 'liveOnly', 'backtestOnly', 'outsideWindow', 'meanSlippagePerContract', 'livePlPerContract', 'backtestPlPerContract', 'driftPercentile', 'drifting', 'suggestedMultiplier'];
const PAIR_KEYS = ['strategy', 'liveOpened', 'backtestOpened', 'slippagePerContract', 'plPerContractLive', 'plPerContractBacktest'];

describe('sizewise compare (MEIC, --map)', () => {
  const run = runCliSync('compare', `${dir}/meic-tradelog.csv`, `${dir}/meic-reporting-log.csv`, '--map', 'MEIC=Unknown', '--sims', '20000', '--seed', '3', '--json');

  it('prints exactly the issue’s keys', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['window', 'strategies', 'pairs']);
    expect(json.window).toEqual({ from: '2025-05-14', to: '2025-05-30' });
    expect(json.strategies).toHaveLength(1);
    expect(Object.keys(json.strategies[0])).toEqual(STRATEGY_KEYS);
    for (const pair of json.pairs) expect(Object.keys(pair)).toEqual(PAIR_KEYS);
    expect(json.pairs).toHaveLength(20 + 6 + 4);
  });

  it('the reference values', () => {
    const [meic] = JSON.parse(run.stdout).strategies;
    expect(meic).toMatchObject({ name: 'Unknown', liveName: 'MEIC', matched: 20, liveOnly: 6, backtestOnly: 4, outsideWindow: 508, drifting: false, suggestedMultiplier: 1 });
    expect(meic.meanSlippagePerContract).toBeCloseTo(-0.75, 9);
    expect(meic.livePlPerContract).toBeCloseTo(-670.12928, 6);
    expect(meic.backtestPlPerContract).toBeCloseTo(-1926.48, 6);
    expect(Math.abs(meic.driftPercentile - 0.30321)).toBeLessThan(0.015);
  });

  it('a --map naming a backtest strategy that does not exist is a one-line error, exit 2', () => {
    const bad = runCliSync('compare', `${dir}/meic-tradelog.csv`, `${dir}/meic-reporting-log.csv`, '--map', 'MEIC=Nope', '--json');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('Nope');
  });

  it('--map without "=" and a reporting log given as the backtest are refused', () => {
    expect(runCliSync('compare', `${dir}/meic-tradelog.csv`, `${dir}/meic-reporting-log.csv`, '--map', 'MEIC').stderr).toContain('is not "Live name=Backtest name"');
    expect(runCliSync('compare', `${dir}/meic-reporting-log.csv`, `${dir}/meic-tradelog.csv`).code).toBe(2);
  });
});
