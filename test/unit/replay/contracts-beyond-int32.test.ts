// A compounding replay sizing beyond 2^31 − 1 contracts: sizes are whole numbers in Float64 (exact to
// 2^53), never wrapped to negative 32-bit integers (which dropped P/L and never released margin).
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

// Three 1-contract trades on consecutive days, margin 1 per contract, P/L per contract +0.5, −0.25, +1.
const trades = dailyTrades([0.5, -0.25, 1], { marginReq: 1 });
const START = 1e12;
const rule = { kind: 'fraction' as const, fraction: 0.02, basis: 'margin' as const };

/*
 * By hand (exact rationals), contracts = floor(0.02 · equity / margin per contract 1):
 *   1,000,000,000,000 → 20,000,000,000 contracts × +0.5  = +10,000,000,000 → 1,010,000,000,000
 *   1,010,000,000,000 → 20,200,000,000 contracts × −0.25 =  −5,050,000,000 → 1,004,950,000,000
 *   1,004,950,000,000 → 20,099,000,000 contracts × +1    = +20,099,000,000 → 1,025,049,000,000
 * Every size is above 2^31 − 1 = 2,147,483,647; open margin is 2% of equity at each open.
 */
describe('fraction:0.02:margin from 10^12', () => {
  const input = prepareReplayInput(trades);
  const result = runScenario(input, { rule, settings: defaultReplaySettings(START) });

  it('sizes 20,000,000,000 / 20,200,000,000 / 20,099,000,000 contracts', () => {
    expect(Array.from(result.contracts)).toEqual([20_000_000_000, 20_200_000_000, 20_099_000_000]);
    expect(result.maxContracts).toBe(20_200_000_000);
    expect(result.tradesTaken).toBe(3);
  });

  it('realizes every P/L: final equity 1,025,049,000,000', () => {
    expect(Array.from(result.tradePl)).toEqual([10_000_000_000, -5_050_000_000, 20_099_000_000]);
    expect(result.finalEquity).toBe(1_025_049_000_000);
  });

  it('agrees with a plain loop of the same rule', () => {
    let equity = START;
    for (const pl of [0.5, -0.25, 1]) equity += pl * Math.floor(0.02 * equity);
    expect(result.finalEquity).toBe(equity);
  });

  it('peak margin is 2% of equity (20,200,000,000 dollars at most)', () => {
    expect(result.peakMarginUse).toBeCloseTo(0.02, 12);
    expect(result.peakMargin).toBe(20_200_000_000);
  });

  it('the percent Monte Carlo pool holds the replayed returns +1%, −0.5%, +2%', () => {
    const built = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'iid', paths: 10, seed: 1, startingCapital: START, sizing: rule });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.config.pool).toHaveLength(3);
    [0.01, -0.005, 0.02].forEach((r, i) => expect(built.config.pool[i]).toBeCloseTo(r, 15));
  });
});
