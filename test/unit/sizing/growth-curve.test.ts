// Growth-vs-fraction curve and ruin at a fraction.
import { describe, expect, it } from 'vitest';
import { growthCurve, ruinAt } from '../../../core/sizing';

// 60% win +2, 40% lose −1 per unit risked: full Kelly 0.4.
const returns = [2, 2, 2, -1, -1];

describe('growth curve', () => {
  const curve = growthCurve(returns, 0.4, 0.2)!;

  it('spans 0 → 2× Kelly in 41 points with growth peaking at Kelly and ~0 at 2× Kelly', () => {
    expect(curve.points).toHaveLength(41);
    expect(curve.points[0]).toMatchObject({ fraction: 0, growth: 0, thorpHalving: 0, lundbergHalving: 0 });
    expect(curve.points[40].fraction).toBeCloseTo(0.8, 12);
    const growths = curve.points.map((p) => p.growth!);
    expect(growths.indexOf(Math.max(...growths))).toBe(20);
    expect(curve.points[20].thorpHalving).toBeCloseTo(0.5, 12);
    expect(curve.points[40].thorpHalving).toBe(1);
  });

  it('marks the chosen fraction (half Kelly: Thorp 0.125)', () => {
    expect(curve.chosen.fraction).toBe(0.2);
    expect(curve.chosen.thorpHalving).toBeCloseTo(0.125, 12);
    expect(curve.chosen.growth).toBeCloseTo((3 * Math.log(1.4) + 2 * Math.log(0.8)) / 5, 14);
  });

  it('the Lundberg bound grows with the fraction', () => {
    const bounds = curve.points.slice(1, 21).map((p) => p.lundbergHalving!);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]).toBeGreaterThanOrEqual(bounds[i - 1]);
    expect(ruinAt(returns, 0.2, 0.4).lundbergExponent).toBeGreaterThan(1);
  });

  it('is null without an edge', () => {
    expect(growthCurve(returns, 0, 0)).toBeNull();
    expect(growthCurve(returns, null, 0)).toBeNull();
    expect(growthCurve([], 0.4, 0.2)).toBeNull();
  });
});
