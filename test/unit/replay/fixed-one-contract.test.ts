// fixed:1 on a log with 1 contract per trade reproduces the log's own P/L and equity curve.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { computeStats } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';

describe('replay fixed:1 on the 1-contract MEIC log', async () => {
  const trades = await fixtureTrades('meic-tradelog.csv');
  const input = prepareReplayInput(trades);
  const start = 125000;
  const result = runScenario(input, { rule: { kind: 'fixed', contracts: 1 }, settings: defaultReplaySettings(start) });

  it('every trade is taken with the logged P/L, exactly', () => {
    expect(input.count).toBe(532);
    expect(Array.from(input.logContracts).every((c) => c === 1)).toBe(true);
    expect(result.tradesTaken).toBe(532);
    expect(Array.from(result.tradePl)).toEqual(Array.from(input.pl));
  });

  it('equity after each close is the running sum of the log\'s P/L in close order, exactly', () => {
    let equity = start;
    for (const i of input.closeOrder) {
      equity += input.pl[i];
      expect(result.equityAfterClose[i]).toBe(equity);
    }
    expect(result.finalEquity).toBe(equity);
  });

  it('the daily curve equals the stats module\'s equity curve', () => {
    const stats = computeStats(trades, { startingCapital: start });
    expect(stats.portfolio.curve.map((p) => p.date)).toEqual(input.dates);
    stats.portfolio.curve.forEach((point, d) => expect(result.equity[d]).toBeCloseTo(point.equity, 6));
    expect(result.maxDrawdown).toBeCloseTo(stats.portfolio.maxDrawdown, 12);
    expect(result.sharpe).toBeCloseTo(stats.portfolio.sharpe!, 9);
    expect(result.cagr).toBeCloseTo(stats.portfolio.cagr!, 12);
  });
});
