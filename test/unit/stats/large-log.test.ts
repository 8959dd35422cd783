// A 200,000-trade log (the import benchmark goes to 1,000,000): statistics and sizing must
// not take min/max by spreading the trades into Math.min/Math.max, which overflows the call
// stack at a few hundred thousand arguments.
import { describe, expect, it } from 'vitest';
import { growthOptimalFraction, optimalF, riskPerContract } from '../../../core/sizing';
import { computeStats } from '../../../core/stats';
import { makeTrade } from '../support/make-trade';

// Every third trade loses 100, the others win 80; contracts alternate 1 and 3 (vary > 2×).
const trades = Array.from({ length: 200_000 }, (_, i) =>
  makeTrade({ pl: i % 3 === 0 ? -100 : 80, contracts: i % 2 === 0 ? 1 : 3, marginReq: 1000 }),
);

describe('200,000 trades', () => {
  it('computeStats: Kelly = p − q/b with p = 133333/200000, b = 0.8 → 0.24999625; contracts vary 1 to 3', () => {
    const report = computeStats(trades, { startingCapital: 1_000_000 });
    expect(report.portfolio.kelly).toBeCloseTo(0.24999625, 12);
    expect(report.portfolio.contractsVary).toBe(true);
    expect(report.warnings.some((w) => w.includes('(1 to 3)'))).toBe(true);
  });
  it('sizing: largest loss per contract 100; growth-optimal f of r = 0.8 (2/3) / −1 (1/3) is 0.25', () => {
    expect(riskPerContract(trades, 'max-loss')).toBe(100);
    // Raw P/L in units of the largest loss; f* solves (2/3)·0.8/(1 + 0.8f) = (1/3)/(1 − f) up to
    // the sample's 133333:66667 split: f* = (133333·0.8 − 66667) / (200000·0.8) = 0.24999625.
    expect(growthOptimalFraction(trades.map((t) => t.pl / 100))).toBeCloseTo(0.24999625, 9);
    // Vince's optimal f finds its largest loss without spreading (TWR overflows at this length: null).
    expect(() => optimalF(trades.map((t) => t.pl / t.contracts))).not.toThrow();
  });
});
