// The comparison window is the overlap of the two logs' open dates: trades outside it are
// counted apart (outsideWindow), never as misses; logs that do not overlap give a null window
// with the reason and nothing matched. By hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { dailyTrades } from '../support/make-trade';
import { compare } from '../support/compare';

// Backtest: 10 business days 2025-01-06 .. 2025-01-17.
const backtest = dailyTrades(Array(10).fill(100));

describe('comparison window', () => {
  it('live 2025-01-15 .. 2025-01-21: window 01-15 .. 01-17; 7 backtest and 2 live trades outside, not misses', () => {
    const live = ['2025-01-15', '2025-01-16', '2025-01-17', '2025-01-20', '2025-01-21'].map((d) => makeLiveTrade({ dateOpened: d }));
    const result = compare(backtest, live);
    expect(result.window).toEqual({ from: '2025-01-15', to: '2025-01-17', nullReasons: {} });
    const [s] = result.strategies;
    expect([s.matched, s.liveOnly, s.backtestOnly, s.outsideWindowLive, s.outsideWindowBacktest, s.outsideWindow, s.fillRate]).toEqual([3, 0, 0, 2, 7, 9, 1]);
    expect(result.pairs).toHaveLength(3);
  });

  it('logs that do not overlap: window null with the reason, every trade outside it', () => {
    const result = compare(backtest, [makeLiveTrade({ dateOpened: '2025-03-03' })]);
    expect(result.window).toEqual({ from: null, to: null, nullReasons: { from: 'the logs do not overlap (backtest 2025-01-06 to 2025-01-17, live 2025-03-03 to 2025-03-03)', to: 'the logs do not overlap (backtest 2025-01-06 to 2025-01-17, live 2025-03-03 to 2025-03-03)' } });
    const [s] = result.strategies;
    expect([s.matched, s.outsideWindow, s.fillRate]).toEqual([0, 11, null]);
    expect(s.nullReasons.fillRate).toBe('the backtest has no trade in the comparison window');
    expect(s.nullReasons.meanSlippagePerContract).toBe('no matched pairs');
  });

  it('an empty live log: window null, the backtest strategy listed as not traded live', () => {
    const result = compare(backtest, []);
    expect(result.window.nullReasons.from).toBe('the live log has no trades');
    expect(result.strategies[0]).toMatchObject({ name: 'S', liveName: null, mappingSource: 'none', outsideWindowBacktest: 10, driftPercentile: null });
    expect(result.strategies[0].nullReasons.driftPercentile).toBe('not traded live');
  });
});
