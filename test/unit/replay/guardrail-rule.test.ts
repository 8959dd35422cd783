// Drawdown guardrail: at a 10% drawdown of realized equity, halve the size, or stop opening trades.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

describe('guardrail 10%', () => {
  const input = prepareReplayInput(dailyTrades([-5, -6, 1, 20, -1]));
  const rule = { kind: 'fixed' as const, contracts: 10 };

  it('0.1:0.5 halves while equity is 10% or more below its peak', () => {
    // 1000 → 950 (5%) → 890 (11%: next trades at 5) → 895 → 995 (0.5%: back to 10) → 985.
    const settings = { ...defaultReplaySettings(1000), guardrail: { drawdown: 0.1, action: { multiplier: 0.5 } } };
    const result = runScenario(input, { rule, settings });
    expect(Array.from(result.contracts)).toEqual([10, 10, 5, 5, 10]);
    expect(result.finalEquity).toBe(985);
  });

  it('0.1:stop skips every trade while in the drawdown', () => {
    const settings = { ...defaultReplaySettings(1000), guardrail: { drawdown: 0.1, action: 'stop' as const } };
    const result = runScenario(input, { rule, settings });
    expect(Array.from(result.contracts)).toEqual([10, 10, 0, 0, 0]);
    expect(result.skippedByReason.guardrail).toBe(3);
    expect(result.tradesSkipped).toBe(3);
    expect(result.finalEquity).toBe(890);
  });

  it('0.1:0 (a multiplier of 0) skips with reason guardrail, not below-one-contract', () => {
    const settings = { ...defaultReplaySettings(1000), guardrail: { drawdown: 0.1, action: { multiplier: 0 } } };
    const result = runScenario(input, { rule, settings });
    expect(Array.from(result.contracts)).toEqual([10, 10, 0, 0, 0]);
    expect(result.skippedByReason.guardrail).toBe(3);
    expect(result.skippedByReason['below-one-contract']).toBe(0);
  });

  it('a rule already below one contract keeps that reason inside the guardrail', () => {
    const settings = { ...defaultReplaySettings(1000), guardrail: { drawdown: 0.1, action: { multiplier: 0 } } };
    const result = runScenario(input, { rule: { kind: 'dollar-risk', amount: 50, basis: 'avg-loss' }, settings: { ...settings, estimates: 'full-sample' } });
    // avg loss per contract = (5 + 6 + 1) / 3 = 4 → floor(50 / 4) = 12 contracts: 1000 → 940 → 868 (13.2%), then 0 (guardrail).
    expect(Array.from(result.contracts)).toEqual([12, 12, 0, 0, 0]);
    expect(result.skippedByReason.guardrail).toBe(3);
  });
});
