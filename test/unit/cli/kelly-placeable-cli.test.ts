// `sizewise kelly` and issue 18 §1: placeable contracts by default, --ceiling, and the JSON
// fields kellyContracts, placeableContracts, bindingConstraint, peakMarginNeed, thorpC.
// dc-2-7-mon-wed.csv (detected capital $1,000,000): reference test/reference/dc-2-7-placeable.py
// — half of f* asks for 265 contracts, the worst-loss cap floor(200,000 / 1,690.24) = 118;
// the classic p − q/b with every cap lifted gives the 1,077 of the issue.
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const dc = 'test/fixtures/optionomega/single-strategy/dc-2-7-mon-wed.csv';
const ema = 'test/fixtures/optionomega/ema-tradelog.csv';

describe('sizewise kelly: placeable by default', () => {
  it('--json: Kelly says 265, placeable 118, limited by the worst-loss cap', () => {
    const run = runCliSync('kelly', dc, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.capital).toBe(1_000_000);
    expect(json.kellyOf).toBe('growth-optimal');
    expect(json.limits).toEqual({ marginCeiling: 1, marginMultiplier: 1, lossShare: 0.2, totalFraction: 1 });
    const [s] = json.strategies;
    expect(s.kellyContracts).toBe(265);
    expect(s.placeableContracts).toBe(118);
    expect(s.recommendedContracts).toBe(118);
    expect(s.bindingConstraint).toBe('Limited by the worst-loss cap (one repeat of the worst loss, $1,690.24 per contract, may cost at most 20.00% of capital).');
    expect(s.thorpC).toBeCloseTo(0.5, 12);
    expect(s.peakMarginNeed).toBeGreaterThan(0);
    expect(json.portfolio.placeableContracts).toBe(118);
    expect(json.portfolio.kellyContracts).toBe(265);
    expect(json.portfolio.peakMarginNeed).toBe(json.portfolio.totalMargin);
    expect(json.portfolio.peakMarginNeed).toBeLessThanOrEqual(1_000_000);
  });

  it('--kelly-of classic --ceiling none --loss-share none --total-fraction none gives the 1,077', () => {
    const json = JSON.parse(runCliSync('kelly', dc, '--kelly-of', 'classic', '--ceiling', 'none', '--loss-share', 'none', '--total-fraction', 'none', '--json').stdout);
    expect(json.limits).toEqual({ marginCeiling: null, marginMultiplier: 1, lossShare: null, totalFraction: null });
    const [s] = json.strategies;
    expect(s.kellyContracts).toBe(1077);
    expect(s.placeableContracts).toBe(1077);
    expect(s.bindingConstraint).toBeNull();
    expect(s.thorpC).toBeCloseTo(0.3997164705 / 2 / 0.0985885843, 6);
    expect(s.warnings.some((w: string) => w.startsWith('The applied fraction 19.99% is above the growth-optimal fraction 9.86%'))).toBe(true);
  });

  it('--ceiling C: all strategies together need at most C × capital at the busiest moment', () => {
    const json = JSON.parse(runCliSync('kelly', ema, '--ceiling', '0.5', '--json').stdout);
    expect(json.limits.marginCeiling).toBe(0.5);
    expect(json.portfolio.peakMarginNeed).toBeLessThanOrEqual(50_000);
    expect(json.strategies.some((s: { bindingConstraint: string | null }) => s.bindingConstraint?.includes('the margin ceiling'))).toBe(true);
    const bad = runCliSync('kelly', ema, '--ceiling', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--ceiling');
  });

  it("the text output states the caps, Thorp's c and Kelly says / placeable", () => {
    const run = runCliSync('kelly', dc);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Placeable caps: margin ceiling 100% of capital; worst loss ≤ 20% of capital; applied fractions ≤ 100% in total.');
    expect(run.stdout).toContain("Thorp's c = applied fraction ÷ growth-optimal fraction");
    expect(run.stdout).toContain('Kelly says 265, placeable 118. Limited by the worst-loss cap');
  });
});
