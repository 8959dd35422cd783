// Student t tails: closed forms for ν = 1 (Cauchy) and ν = 2, table critical values, and
// fractional ν against test/unit/bets/reference/bets_reference.py (Simpson integration).
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTUpperTail } from '../../../core/bets';

describe('Student t upper tail', () => {
  it('matches the closed forms for ν = 1 and ν = 2', () => {
    for (const t of [-4, -0.5, 0, 0.7, 2, 10, 300]) {
      expect(studentTUpperTail(t, 1)).toBeCloseTo(0.5 - Math.atan(t) / Math.PI, 15);
      expect(studentTUpperTail(t, 2)).toBeCloseTo(0.5 - t / (2 * Math.sqrt(2 + t * t)), 15);
    }
  });

  it('gives the table tail at the critical values', () => {
    expect(studentTUpperTail(2.228138852, 10)).toBeCloseTo(0.025, 9);
    expect(studentTUpperTail(2.015048373, 5)).toBeCloseTo(0.05, 9);
    expect(studentTUpperTail(2.457261531, 30)).toBeCloseTo(0.01, 9);
    expect(studentTCdf(-2.228138852, 10)).toBeCloseTo(0.025, 9);
  });

  it('matches the reference for fractional ν', () => {
    expect(studentTUpperTail(1.5, 3)).toBeCloseTo(0.115291932622, 11);
    expect(studentTUpperTail(2.1, 7.5)).toBeCloseTo(0.035618535729, 11);
    expect(studentTUpperTail(0.4, 12.25)).toBeCloseTo(0.348021902549, 11);
    expect(studentTUpperTail(3.0, 40)).toBeCloseTo(0.002315069892, 11);
  });
});
