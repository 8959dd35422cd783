// Each constraint skips (or caps) trades and counts the reason.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario, type ReplaySettings, type SizingRule } from '../../../core/replay';
import type { Trade } from '../../../core/model';
import { dailyTrades, makeTrade } from '../support/make-trade';

function replay(trades: Trade[], rule: SizingRule, settings: Partial<ReplaySettings>) {
  return runScenario(prepareReplayInput(trades), { rule, settings: { ...defaultReplaySettings(10000), ...settings } });
}

/** Three trades open at 10:00, 10:01, 10:02 on Monday 2025-01-06, all closing at 15:00, $1,000 margin per contract. */
const overlapping = [0, 1, 2].map((k) => makeTrade({ dateOpened: '2025-01-06', timeOpened: `10:0${k}:00`, pl: 10, marginReq: 1000 }));

describe('skip reasons', () => {
  it('weekday: Monday disabled skips the Monday trades', () => {
    const weekdays = [true, false, true, true, true, true, true];
    const result = replay(dailyTrades([1, 1, 1, 1, 1, 1]), { kind: 'fixed', contracts: 1 }, { weekdays });
    expect(Array.from(result.contracts)).toEqual([0, 1, 1, 1, 1, 0]);
    expect(result.skippedByReason.weekday).toBe(2);
  });

  it('max-open: the third simultaneous trade is skipped at 2 open trades', () => {
    const result = replay(overlapping, { kind: 'fixed', contracts: 1 }, { maxOpenTrades: 2 });
    expect(Array.from(result.contracts)).toEqual([1, 1, 0]);
    expect(result.skippedByReason['max-open']).toBe(1);
  });

  it('margin ceiling: 25% of 10,000 fits 2 contracts of 1,000, then nothing', () => {
    const result = replay(overlapping, { kind: 'fixed', contracts: 3 }, { marginCeiling: 0.25 });
    expect(Array.from(result.contracts)).toEqual([2, 0, 0]);
    expect(result.cappedByMarginCeiling).toBe(1);
    expect(result.skippedByReason['margin-ceiling']).toBe(2);
    expect(result.peakMargin).toBe(2000);
    expect(result.peakMarginUse).toBe(0.2);
  });

  it('margin multiplier 2 doubles the margin counted against the ceiling', () => {
    const result = replay(overlapping, { kind: 'fixed', contracts: 3 }, { marginCeiling: 0.25, marginMultiplier: 2 });
    expect(Array.from(result.contracts)).toEqual([1, 0, 0]);
  });

  it('below one contract: $50 risk with $1,000 margin per contract', () => {
    const result = replay(dailyTrades([5, 5], { marginReq: 1000 }), { kind: 'dollar-risk', amount: 50, basis: 'margin' }, {});
    expect(result.skippedByReason['below-one-contract']).toBe(2);
    expect(result.tradesTaken).toBe(0);
    expect(result.finalEquity).toBe(10000);
  });

  it('no-estimate during the trailing warm-up; no-margin-data without margin', () => {
    const trades = dailyTrades([-5, 5, -5, 5, 5]);
    expect(replay(trades, { kind: 'fraction', fraction: 0.1, basis: 'avg-loss' }, {}).skippedByReason['no-estimate']).toBe(5);
    const noMargin = dailyTrades([5, 5], { marginReq: null });
    expect(replay(noMargin, { kind: 'fraction', fraction: 0.1, basis: 'margin' }, {}).skippedByReason['no-margin-data']).toBe(2);
  });

  it('ruined: nothing is opened once equity is at or below 0', () => {
    const result = replay(dailyTrades([-12000, 5, 5]), { kind: 'fixed', contracts: 1 }, {});
    expect(Array.from(result.contracts)).toEqual([1, 0, 0]);
    expect(result.skippedByReason.ruined).toBe(2);
    expect(result.finalEquity).toBe(-2000);
    expect(result.ruin).toEqual({ date: '2025-01-06', equity: -2000 });
    expect(result.cagr).toBeNull();
    expect(result.nullReasons.cagr).toBe('ruined on 2025-01-06: equity fell to -2000.00');
  });
});
