// Two live trades on the same day: each pairs with its own backtest twin, one-to-one; with one
// backtest trade only the nearer live trade pairs; when both live trades open after both
// backtest trades they pair in order (first with first). Expected values by hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';
import { compare } from '../support/compare';

describe('two live trades the same day', () => {
  it('10:05 pairs with 10:00 and 14:10 with 14:00: slippage −10 and +5 per contract', () => {
    const backtest = [makeTrade({ timeOpened: '10:00:00', premium: 250, pl: 100 }), makeTrade({ timeOpened: '14:00:00', premium: 300, pl: -50 })];
    const live = [makeLiveTrade({ timeOpened: '14:10:00', initialPremium: 3.05, pl: -120, contracts: 2 }), makeLiveTrade({ timeOpened: '10:05:00', initialPremium: 2.4, pl: 90 })];
    const result = compare(backtest, live);
    expect(result.pairs.map((p) => [p.category, p.liveOpened, p.backtestOpened, p.openTimeDifferenceSeconds, p.slippagePerContract, p.plPerContractLive, p.plPerContractBacktest, p.plPerContractDifference])).toEqual([
      ['matched', '2025-01-06T10:05:00', '2025-01-06T10:00:00', 300, -10, 90, 100, -10],
      ['matched', '2025-01-06T14:10:00', '2025-01-06T14:00:00', 600, 5, -60, -50, -10],
    ]);
    const [s] = result.strategies;
    expect([s.matched, s.liveOnly, s.backtestOnly, s.fillRate]).toEqual([2, 0, 0, 1]);
    expect(s.meanSlippagePerContract).toBeCloseTo(-2.5, 12);
    expect(s.medianSlippagePerContract).toBeCloseTo(-2.5, 12);
    // Σ per contract: live 90 − 60 = 30, backtest 100 − 50 = 50; at the live contracts (1 and 2): live 90 − 120 = −30, backtest 100 − 100 = 0.
    expect([s.livePlPerContract, s.backtestPlPerContract, s.liveTotalPl, s.backtestTotalPlAtLiveContracts]).toEqual([30, 50, -30, 0]);
    expect(s.cumulative).toEqual([
      { opened: '2025-01-06T10:05:00', live: 90, backtest: 100 },
      { opened: '2025-01-06T14:10:00', live: 30, backtest: 50 },
    ]);
  });

  it('one backtest trade at 10:10: the 10:05 live trade pairs (5 min), the 10:20 one is live only', () => {
    const result = compare([makeTrade({ timeOpened: '10:10:00' })], [makeLiveTrade({ timeOpened: '10:05:00' }), makeLiveTrade({ timeOpened: '10:20:00' })]);
    expect(result.pairs.map((p) => [p.category, p.liveOpened, p.backtestOpened])).toEqual([
      ['matched', '2025-01-06T10:05:00', '2025-01-06T10:10:00'],
      ['liveOnly', '2025-01-06T10:20:00', null],
    ]);
  });

  it('live 10:25 and 10:30 after backtest 10:00 and 10:20 pair in order (Σ Δt² 25² + 10² beats 5² + 30²)', () => {
    const result = compare([makeTrade({ timeOpened: '10:00:00', premium: 100 }), makeTrade({ timeOpened: '10:20:00', premium: 200 })], [makeLiveTrade({ timeOpened: '10:25:00', initialPremium: 1 }), makeLiveTrade({ timeOpened: '10:30:00', initialPremium: 2 })]);
    expect(result.pairs.map((p) => [p.liveOpened, p.backtestOpened, p.slippagePerContract])).toEqual([
      ['2025-01-06T10:25:00', '2025-01-06T10:00:00', 0],
      ['2025-01-06T10:30:00', '2025-01-06T10:20:00', 0],
    ]);
  });

  it('a put and a call spread opened the same second pair by shape, not by order in the file', () => {
    const put = '1 Jan 6 5800 P STO 3.00 | 1 Jan 6 5750 P BTO 0.50';
    const call = '1 Jan 6 6000 C STO 2.00 | 1 Jan 6 6050 C BTO 0.30';
    const backtest = [makeTrade({ legs: put, premium: 250 }), makeTrade({ legs: call, premium: 170 })];
    const live = [makeLiveTrade({ legs: call.replace('2.00', '1.95'), initialPremium: 1.65, timeOpened: '10:00:30' }), makeLiveTrade({ legs: put, initialPremium: 2.5, timeOpened: '10:00:30' })];
    const result = compare(backtest, live);
    expect(result.pairs.map((p) => [p.livePremiumPerContract, p.backtestPremiumPerContract, p.slippagePerContract]).sort()).toEqual([
      [165, 170, -5],
      [250, 250, 0],
    ]);
  });
});
