// A live trade still open (no Date Closed) is matched — its premium and time are known — but
// its P/L is not final: null with the reason, and left out of the P/L sums, the cumulative
// series and the drift count. By hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';
import { compare } from '../support/compare';

describe('a live trade still open', () => {
  const backtest = [makeTrade({ dateOpened: '2025-01-06', premium: 250, pl: 100 }), makeTrade({ dateOpened: '2025-01-07', premium: 250, pl: 100 })];
  const live = [makeLiveTrade({ dateOpened: '2025-01-06', initialPremium: 2.4, pl: 90 }), makeLiveTrade({ dateOpened: '2025-01-07', initialPremium: 2.6, pl: 0, dateClosed: null, timeClosed: '' })];
  const result = compare(backtest, live);
  const [s] = result.strategies;

  it('both matched; slippage over both (−10, +10 → mean 0)', () => {
    expect([s.matched, s.meanSlippagePerContract]).toEqual([2, 0]);
  });

  it('the open pair’s live P/L and difference are null with the reason', () => {
    const open = result.pairs[1];
    expect([open.plPerContractLive, open.plPerContractBacktest, open.plPerContractDifference]).toEqual([null, 100, null]);
    expect(open.nullReasons.plPerContractLive).toBe('the trade is still open (no final P/L)');
  });

  it('P/L sums and the series use the closed pair only', () => {
    expect([s.closedPairs, s.livePlPerContract, s.backtestPlPerContract, s.driftTrades]).toEqual([1, 90, 100, 1]);
    expect(s.cumulative).toEqual([{ opened: '2025-01-06T10:00:00', live: 90, backtest: 100 }]);
  });
});
