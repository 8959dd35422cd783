// A live trade with no backtest twin: a day the backtest did not trade, inside the window.
// It is "live only", its backtest fields null with the reason, and it changes neither the
// fill rate nor the slippage or P/L sums (those run over matched pairs). By hand.
import { describe, expect, it } from 'vitest';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';
import { compare } from '../support/compare';

describe('a live trade with no backtest twin', () => {
  const backtest = [makeTrade({ dateOpened: '2025-01-06', premium: 250, pl: 100 }), makeTrade({ dateOpened: '2025-01-08', premium: 250, pl: 100 })];
  const live = [makeLiveTrade({ dateOpened: '2025-01-06', initialPremium: 2.5, pl: 80 }), makeLiveTrade({ dateOpened: '2025-01-07', initialPremium: 3, pl: -400, reasonForClose: 'Stop Loss' }), makeLiveTrade({ dateOpened: '2025-01-08', initialPremium: 2.45, pl: 95 })];
  const result = compare(backtest, live);
  const [s] = result.strategies;

  it('counts: 2 matched, 1 live only, 0 backtest only; fill rate 2 / 2', () => {
    expect([s.matched, s.liveOnly, s.backtestOnly, s.outsideWindow, s.fillRate]).toEqual([2, 1, 0, 0, 1]);
  });

  it('the live-only row keeps its live fields and says why the rest is null', () => {
    const row = result.pairs.find((p) => p.category === 'liveOnly')!;
    expect(row).toMatchObject({ liveOpened: '2025-01-07T10:00:00', backtestOpened: null, livePremiumPerContract: 300, plPerContractLive: -400, exitReasonLive: 'Stop Loss', slippagePerContract: null });
    expect(row.nullReasons.slippagePerContract).toBe('no backtest trade to compare with (live only)');
    expect(row.nullReasons.backtestOpened).toBe('no backtest trade to compare with (live only)');
  });

  it('slippage and P/L over the two matched pairs only: slippage 0 and −5 (mean −2.5); live 175 vs backtest 200', () => {
    expect(s.meanSlippagePerContract).toBeCloseTo(-2.5, 12);
    expect([s.livePlPerContract, s.backtestPlPerContract]).toEqual([175, 200]);
    expect(s.exitReasonAgreement).toBeNull();
    expect(s.nullReasons.exitReasonAgreement).toBe('no matched pair has both exit reasons');
  });
});
