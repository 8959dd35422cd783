// Property tests (fast-check) for the sizing invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSizing, applyFraction, growthOptimalFraction, kellyFromOutcomes, optimalF } from '../../../core/sizing';
import { allFinite } from './finite';
import { dailyTrades } from '../support/make-trade';

const outcome = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('sizing properties', () => {
  it('Kelly ≤ 1 and optimal f ≤ 1 whenever losses are bounded (at least one loss)', () => {
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 60 }), (values) => {
        const kelly = kellyFromOutcomes(values);
        if (kelly !== null) expect(kelly).toBeLessThanOrEqual(1);
        const f = optimalF(values).value;
        if (f !== null) {
          expect(f.f).toBeGreaterThan(0);
          expect(f.f).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('the growth-optimal fraction keeps every 1 + f·r > 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 }), (returns) => {
        const f = growthOptimalFraction(returns);
        if (f !== null) for (const r of returns) expect(1 + f * r).toBeGreaterThan(0);
      }),
    );
  });

  it('fractional sizing is monotone in the fraction and never exceeds the cap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (kelly, a, b, multiplier, cap) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const small = applyFraction(kelly, low, multiplier, cap).value;
          const large = applyFraction(kelly, high, multiplier, cap).value;
          expect(small).toBeLessThanOrEqual(large);
          expect(large).toBeLessThanOrEqual(cap);
          expect(small).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('analyzeSizing returns only finite numbers for any finite trades', () => {
    const trade = fc.record({
      pl: fc.double({ min: -1e5, max: 1e5, noNaN: true }),
      contracts: fc.integer({ min: 1, max: 50 }),
      margin: fc.option(fc.double({ min: 1, max: 1e5, noNaN: true })),
      strategy: fc.constantFrom('A', 'B'),
    });
    fc.assert(
      fc.property(fc.array(trade, { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 2, noNaN: true }), (rows, fraction) => {
        const trades = dailyTrades(rows.map((r) => r.pl)).map((t, i) => ({ ...t, contracts: rows[i].contracts, marginReq: rows[i].margin, strategy: rows[i].strategy }));
        const report = analyzeSizing(trades, { capital: 50_000, fraction });
        expect(allFinite(report)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
