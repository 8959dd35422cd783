// Brier score and its decomposition, log loss, the reliability diagram, ECE and the hit-rate
// posterior on a ten-bet table. Expected values by hand and from
// test/unit/bets/reference/bets_reference.py ("small table").
import { describe, expect, it } from 'vitest';
import { brierDecomposition, logLoss, posteriorHitRate, reliability } from '../../../core/bets';

const P = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.62, 0.68, 0.85, 0.95];
const Y = [0, 0, 1, 0, 1, 0, 1, 1, 1, 1];

describe('the ten-bet table', () => {
  it('Brier = mean((p − y)²) = 1.5868 / 10, with REL − RES + UNC + within-bin adding up', () => {
    // (0.0025 + 0.0225 + 0.5625 + 0.1225 + 0.3025 + 0.3025 + 0.1444 + 0.1024 + 0.0225 + 0.0025) / 10
    const d = brierDecomposition(P, Y)!;
    expect(d.brier).toBeCloseTo(0.15868, 14);
    expect(d.reliability).toBeCloseTo(0.1585, 14);
    expect(d.resolution).toBeCloseTo(0.24, 14);
    expect(d.uncertainty).toBeCloseTo(0.24, 14); // ō = 0.6 → 0.6 · 0.4
    // only bin 6 holds two different forecasts (0.62, 0.68): its within-bin variance 0.03² · 2/10
    expect(d.withinBin).toBeCloseTo(0.00018, 14);
  });

  it('log loss with the 1e-4 clip', () => {
    expect(logLoss(P, Y)).toBeCloseTo(0.470541539917352, 14);
    // a sure forecast that misses costs ln(10⁴) with the clip, not infinity
    expect(logLoss([1], [0])).toBeCloseTo(Math.log(1e4), 10);
  });

  it('reliability diagram: 10 bins, bin 6 = {0.62, 0.68} both won; ECE 0.33', () => {
    const r = reliability(P, Y)!;
    expect(r.bins).toHaveLength(10);
    expect(r.bins.map((b) => b.count)).toEqual([1, 1, 1, 1, 1, 1, 2, 0, 1, 1]);
    expect(r.bins[6].meanPredicted).toBeCloseTo(0.65, 14);
    expect(r.bins[6].observed).toBe(1);
    expect(r.bins[7]).toEqual({ lower: 0.7, upper: 0.8, count: 0, meanPredicted: null, observed: null });
    // |0−.05| + |0−.15| + |1−.25| + |0−.35| + |1−.45| + |0−.55| + 2·|1−.65| + |1−.85| + |1−.95| = 3.3
    expect(r.ece).toBeCloseTo(0.33, 14);
    expect(r.eceNoise).toBeCloseTo(0.297467623886335, 14);
  });

  it('posterior hit rate: 6 wins of 10 → Beta(7, 5) (prior 1) and Beta(8, 6) (prior 2), 90% intervals', () => {
    const uniform = posteriorHitRate(6, 10, 1);
    expect(uniform.mean).toBeCloseTo(7 / 12, 15);
    expect(uniform.lower).toBeCloseTo(0.349811534571917, 13);
    expect(uniform.upper).toBeCloseTo(0.800423850116163, 13);
    const conservative = posteriorHitRate(6, 10, 2);
    expect(conservative.mean).toBeCloseTo(8 / 14, 15);
    expect(conservative.lower).toBeCloseTo(0.354799281019613, 13);
    expect(conservative.upper).toBeCloseTo(0.776044605788681, 13);
  });

  it('no forecasts → null, not NaN', () => {
    expect(brierDecomposition([], [])).toBeNull();
    expect(logLoss([], [])).toBeNull();
    expect(reliability([], [])).toBeNull();
  });
});
