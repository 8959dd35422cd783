// fraction:0.1:avg-loss sized from trailing (no look-ahead) and from full-sample estimates, hand-computed.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

describe('fraction 10% of equity per average loss per contract', () => {
  const input = prepareReplayInput(dailyTrades([-100, 50, -200, 300]));
  const rule = { kind: 'fraction' as const, fraction: 0.1, basis: 'avg-loss' as const };

  it('trailing, 2-trade warm-up: 0.1·10000/100 = 10, then 0.1·8000/150 = 5', () => {
    const settings = { ...defaultReplaySettings(10000), warmupTrades: 2 };
    const result = runScenario(input, { rule, settings });
    expect(Array.from(result.contracts)).toEqual([0, 0, 10, 5]);
    expect(result.skippedByReason['no-estimate']).toBe(2);
    expect(result.finalEquity).toBe(9500);
  });

  it('full sample (avg loss 150 known up front): 6, 6, 6, 5', () => {
    const settings = { ...defaultReplaySettings(10000), estimates: 'full-sample' as const };
    const result = runScenario(input, { rule, settings });
    expect(Array.from(result.contracts)).toEqual([6, 6, 6, 5]);
    expect(result.finalEquity).toBe(10000);
  });

  it('max-loss basis uses the largest loss per contract so far', () => {
    const settings = { ...defaultReplaySettings(10000), warmupTrades: 2 };
    const result = runScenario(input, { rule: { ...rule, basis: 'max-loss' }, settings });
    // 0.1·10000/100 = 10 → 8000; then 0.1·8000/200 = 4.
    expect(Array.from(result.contracts)).toEqual([0, 0, 10, 4]);
  });
});
