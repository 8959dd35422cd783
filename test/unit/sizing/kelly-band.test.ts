// The Kelly band (block bootstrap of the growth-optimal fraction) on long i.i.d. samples of a
// two-outcome bet, +1 with p = 0.55 or −1: Kelly (p − q) = 0.1 exactly. The median of the band
// sits at the sample's own growth-optimal fraction, and the band's width shrinks like 1/√n
// (quadrupling the trades halves it).
import { describe, expect, it } from 'vitest';
import { growthOptimalFraction } from '../../../core/sizing';
import { bandPercentile, kellyBand } from '../../../core/sizing/kelly-band';

/** A deterministic i.i.d. sample (a 32-bit LCG, independent of the app's generator). */
function sample(n: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 < 0.55 ? 1 : -1;
  });
}

describe('Kelly band', () => {
  const long = sample(8000, 11);
  const band = kellyBand(long, 2000, 7);

  it('has its median close to the point Kelly on a long i.i.d. sample', () => {
    if (!band.ok) throw new Error(band.reason);
    const point = growthOptimalFraction(long) as number;
    expect(Math.abs(point - 0.1)).toBeLessThan(0.03);
    // The sampling error of the median of 2,000 draws is well under 0.003 here (σ ≈ 0.011/√2000·1.25).
    expect(Math.abs(band.value.p50 - point)).toBeLessThan(0.003);
    expect(band.value.p5).toBeLessThan(band.value.p25);
    expect(band.value.p95).toBeGreaterThan(band.value.p75);
    expect(band.value.tradesToHalve).toBe(3 * 8000);
    expect(bandPercentile(band.value, 25)).toBeCloseTo(band.value.p25, 12);
  });

  it('shrinks like 1/√n: four times the trades, half the width', () => {
    const short = kellyBand(sample(2000, 5), 2000, 7);
    const longer = kellyBand(sample(8000, 5), 2000, 7);
    if (!short.ok || !longer.ok) throw new Error('band failed');
    const ratio = (short.value.p95 - short.value.p5) / (longer.value.p95 - longer.value.p5);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });

  it('is reproducible from its seed and refuses a log without a loss', () => {
    const again = kellyBand(long, 2000, 7);
    expect(again.ok && band.ok && again.value.p25 === band.value.p25).toBe(true);
    const none = kellyBand([0.1, 0.2, 0.3]);
    expect(none.ok).toBe(false);
  });
});
