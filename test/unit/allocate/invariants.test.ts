// fast-check invariants: every weight method keeps weights within [min, max] and Σw within the
// ceiling (= for fully invested methods when the box allows it); unbounded risk parity gives
// equal risk contributions to 1e-6.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, ALLOCATION_METHODS, DEFAULT_ALLOCATION_OPTIONS, type AllocationSource } from '../../../core/allocate';
import { riskParityWeights } from '../../../core/allocate/risk-parity';

function seriesSource(columns: number[][]): AllocationSource {
  const dates: string[] = [];
  for (let d = 0; dates.length < columns[0].length; d++) {
    const day = new Date(Date.UTC(2024, 0, 1 + d));
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    dates.push(day.toISOString().slice(0, 10));
  }
  return { kind: 'series', file: 'legs.csv', series: columns.map((c, i) => ({ name: `L${i}`, source: 'legs.csv', kind: 'returns' as const, dates, returns: c, extras: {} })) };
}

const columns = (n: number) => fc.array(fc.array(fc.double({ min: -0.05, max: 0.05, noNaN: true }), { minLength: 40, maxLength: 40 }), { minLength: n, maxLength: n });

describe('allocation invariants', () => {
  it('weights within bounds and Σw within the ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(columns(n), fc.double({ min: 0, max: 0.15, noNaN: true }), fc.double({ min: 0.3, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 2, noNaN: true }))), ([cols, min, max, ceiling]) => {
        fc.pre(cols.length * min <= ceiling);
        for (const method of ALLOCATION_METHODS.filter((m) => m !== 'kelly-margin')) {
          const out = allocate({ sources: [seriesSource(cols)], options: { ...DEFAULT_ALLOCATION_OPTIONS, method, min, max, ceiling, capital: 100_000 } });
          if (!out.ok) throw new Error(out.message);
          const w = out.result.weights;
          const sum = w.reduce((s, v) => s + v, 0);
          expect(sum).toBeLessThanOrEqual(ceiling + 1e-7);
          for (const v of w) {
            expect(Number.isFinite(v)).toBe(true);
            if (!(method === 'max-sharpe' && v === 0) && !(method.startsWith('kelly') && v <= min + 1e-9)) expect(v).toBeGreaterThanOrEqual(min - 1e-7);
            expect(v).toBeLessThanOrEqual(max + 1e-7);
          }
        }
      }),
      { numRuns: 25, seed: 19 },
    );
  });
  it('risk parity: equal risk contributions to 1e-6', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n + 2, maxLength: n + 2 }), { minLength: n, maxLength: n })), (rows) => {
        // Σ = BBᵀ + 0.1·I is positive definite.
        const N = rows.length;
        const cov = rows.map((a, i) => rows.map((b, j) => a.reduce((s, v, k) => s + v * b[k], 0) + (i === j ? 0.1 : 0)));
        const w = riskParityWeights(cov, rows.map((_, i) => `A${i}`), 0, 1, 1).weights;
        const sw = cov.map((r) => r.reduce((s, v, j) => s + v * w[j], 0));
        const variance = w.reduce((s, v, i) => s + v * sw[i], 0);
        for (let i = 0; i < N; i++) expect(Math.abs((w[i] * sw[i]) / variance - 1 / N)).toBeLessThan(1e-6);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
