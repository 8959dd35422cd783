// A risk per contract near 0 (a subnormal average loss) would size an infinite number of contracts:
// the replay refuses the size with a reason instead of taking the trade with non-finite P/L.
import { describe, expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

describe('fraction:0.02:avg-loss when the only loss is −1e-320 per contract', () => {
  // Full-sample estimates: avg loss 1e-320, so 0.02 · 10,000 / 1e-320 overflows to Infinity.
  const input = prepareReplayInput(dailyTrades([100, -1e-320, 50]));
  const settings = { ...defaultReplaySettings(10_000), estimates: 'full-sample' as const };
  const result = runScenario(input, { rule: { kind: 'fraction', fraction: 0.02, basis: 'avg-loss' }, settings });

  it('skips every trade as sized beyond 2^53 contracts', () => {
    expect(result.tradesTaken).toBe(0);
    expect(result.skippedByReason['size-too-large']).toBe(3);
    expect(Array.from(result.contracts)).toEqual([0, 0, 0]);
  });

  it('keeps every number finite: equity stays at 10,000', () => {
    expect(result.finalEquity).toBe(10_000);
    expect(Array.from(result.equity).every(Number.isFinite)).toBe(true);
  });
});
