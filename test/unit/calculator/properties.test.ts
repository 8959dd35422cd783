// Property tests: the calculator never exceeds any cap and never returns NaN/Infinity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePosition, DEFAULT_RULES, type CalculatorInput } from '../../../core/calculator';
import { allFinite } from '../sizing/finite';

const money = (max: number) => fc.double({ min: 0, max, noNaN: true });
const probability = fc.oneof(
  fc.record({ kind: fc.constant('odds' as const), p: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0.01, max: 10, noNaN: true }) }),
  fc.record({ kind: fc.constant('forecast' as const), mu: fc.double({ min: -0.1, max: 0.1, noNaN: true }), sigma: fc.double({ min: 0.001, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('history' as const), outcomes: fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }) }),
);
const input = fc.record({
  equity: fc.double({ min: 100, max: 1e7, noNaN: true }),
  instrument: fc.record({
    symbol: fc.constant('SYM'),
    assetClass: fc.constantFrom('stock' as const, 'etf' as const, 'option' as const, 'crypto' as const),
    side: fc.constantFrom('long' as const, 'short' as const),
    price: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
  }),
  holding: fc.constantFrom('intraday' as const, 'overnight' as const),
  exposure: fc.record({ symbol: money(1e6), portfolio: money(1e7), capitalAtRisk: money(1e6), correlated: money(1e6) }),
  lossPerUnit: fc.option(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { nil: undefined }),
  probability,
});

describe('calculator properties', () => {
  it('never exceeds a cap it applied and returns only finite numbers', () => {
    fc.assert(
      fc.property(input, (ticket: CalculatorInput) => {
        const outcome = computePosition(ticket);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const r = outcome.result;
        expect(allFinite(r)).toBe(true);
        expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
        expect(r.quantity).toBeGreaterThanOrEqual(0);
        if (r.quantity === 0) return;
        const eq = ticket.equity;
        const slack = 1e-9 * eq;
        const notional = r.notional;
        const asset = DEFAULT_RULES.assets[ticket.instrument.assetClass];
        expect(r.capitalRequired).toBeLessThanOrEqual(DEFAULT_RULES.maxPositionFraction * eq + slack);
        expect(r.exposureAfter.symbol).toBeLessThanOrEqual(Math.max(DEFAULT_RULES.maxSymbolExposure * eq, r.exposureBefore.symbol) + slack);
        expect(r.exposureAfter.capitalAtRisk).toBeLessThanOrEqual(Math.max(DEFAULT_RULES.maxCapitalAtRisk * eq, r.exposureBefore.capitalAtRisk) + slack);
        if (r.exposureBefore.correlated > 0) expect(r.exposureAfter.correlated).toBeLessThanOrEqual(DEFAULT_RULES.maxCorrelatedExposure * eq + slack);
        const leverage = ticket.holding === 'intraday' ? asset.maxLeverageIntraday : asset.maxLeverageOvernight;
        if (leverage !== null) expect(r.exposureAfter.portfolio).toBeLessThanOrEqual(leverage * eq + slack);
        if (asset.maxContracts !== null) expect(r.quantity).toBeLessThanOrEqual(asset.maxContracts);
        if (!asset.allowShort) expect(ticket.instrument.side).toBe('long');
        expect(notional).toBeGreaterThan(0);
        expect(r.finalFraction).toBeLessThanOrEqual(r.appliedFraction + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('any input, however wrong, gives errors or a finite result', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const outcome = computePosition(value);
        if (outcome.ok) expect(allFinite(outcome.result)).toBe(true);
        else expect(outcome.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});
