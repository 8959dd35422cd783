// `sizewise compare ema-tradelog.csv ema-reporting-log.csv --json` (same names in both logs):
// the JSON shape with the values of test/reference/live_vs_backtest.py as
// test/unit/live/ema-real.test.ts states them (CCS 205 / PCS 179 matched, slippage 0, the
// sample's broken live P/L far below every bootstrap sum → percentile 0, multiplier 0), and
// the whole JSON written when piped (384 pairs, well over a pipe buffer).
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = 'test/fixtures/optionomega';

describe('sizewise compare (EMA)', () => {
  it('window, two strategies, 384 pairs with the reference values', async () => {
    const run = await runCli(['compare', `${dir}/ema-tradelog.csv`, `${dir}/ema-reporting-log.csv`, '--tolerance-minutes', '30', '--seed', '7', '--json']);
    expect(run.stderr).toBe('');
    expect(run.stdout.length).toBeGreaterThan(65_536);
    const json = JSON.parse(run.stdout);
    expect(json.window).toEqual({ from: '2025-01-02', to: '2025-10-08' });
    expect(json.strategies.map((s: Record<string, unknown>) => [s.name, s.liveName, s.matched, s.liveOnly, s.backtestOnly, s.outsideWindow, s.meanSlippagePerContract, s.driftPercentile, s.drifting, s.suggestedMultiplier])).toEqual([
      ['0DTE CCS - EMA Entry', '0DTE CCS - EMA Entry', 205, 0, 0, 0, 0, 0, true, 0],
      ['0DTE PCS - EMA Entry', '0DTE PCS - EMA Entry', 179, 0, 0, 0, 0, 0, true, 0],
    ]);
    expect(json.strategies[0].livePlPerContract).toBeCloseTo(-4780082, 6);
    expect(json.strategies[0].backtestPlPerContract).toBeCloseTo(5192, 6);
    expect(json.strategies[1].livePlPerContract).toBeCloseTo(-7882725, 6);
    expect(json.strategies[1].backtestPlPerContract).toBeCloseTo(1139, 6);
    expect(json.pairs).toHaveLength(384);
    // ema-tradelog.csv line 2 / ema-reporting-log.csv line 2: PCS 2025-10-08, 4.20 credit, expired.
    expect(json.pairs.find((p: { liveOpened: string }) => p.liveOpened === '2025-10-08T10:23:59')).toEqual({
      strategy: '0DTE PCS - EMA Entry',
      liveOpened: '2025-10-08T10:23:59',
      backtestOpened: '2025-10-08T10:15:00',
      slippagePerContract: 0,
      plPerContractLive: 417,
      plPerContractBacktest: 417,
    });
  });
});
