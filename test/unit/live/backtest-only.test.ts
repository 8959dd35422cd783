// A backtest trade skipped live: the backtest traded on 2025-01-07, the live account did not.
// It is "backtest only" (a miss), lowers the fill rate to 2 / 3 and is listed with its date;
// drift waits for 10 matched pairs. By hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';
import { compare } from '../support/compare';

describe('a backtest trade skipped live', () => {
  const backtest = ['2025-01-06', '2025-01-07', '2025-01-08'].map((d) => makeTrade({ dateOpened: d, premium: 250, pl: 120, reasonForClose: 'Expired' }));
  const live = ['2025-01-06', '2025-01-08'].map((d) => makeLiveTrade({ dateOpened: d, initialPremium: 2.5, pl: 110, reasonForClose: 'Expired' }));
  const result = compare(backtest, live);
  const [s] = result.strategies;

  it('2 matched, 0 live only, 1 backtest only; fill rate 2 / 3', () => {
    expect([s.matched, s.liveOnly, s.backtestOnly]).toEqual([2, 0, 1]);
    expect(s.fillRate).toBeCloseTo(2 / 3, 12);
  });

  it('the miss is listed with its backtest date and the live name of its strategy', () => {
    const miss = result.pairs.find((p) => p.category === 'backtestOnly')!;
    expect(miss).toMatchObject({ strategy: 'S', liveStrategy: 'S', liveOpened: null, backtestOpened: '2025-01-07T10:00:00', plPerContractBacktest: 120, exitReasonBacktest: 'Expired' });
    expect(miss.nullReasons.liveOpened).toBe('not traded live (backtest only)');
  });

  it('exit reasons agree on both pairs; drift needs 10 pairs, so no multiplier yet', () => {
    expect(s.exitReasonAgreement).toBe(1);
    expect([s.driftPercentile, s.drifting, s.suggestedMultiplier]).toEqual([null, null, null]);
    expect(s.nullReasons.suggestedMultiplier).toBe('2 matched closed pairs; drift needs at least 10');
  });
});
