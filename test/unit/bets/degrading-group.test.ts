// The generator's degrading city (Miami: larger forecast error and a warm bias over the last 24
// settled days) gets a drift flag and a smaller budget than its earlier self; the other cities
// are not flagged (seed 12, the bundled sample). Budgets sum to the run budget within a dollar
// and respect the 5%/40% bounds.
import { describe, expect, it } from 'vitest';
import { analyzeBets } from '../../../core/bets';
import { generateBets } from '../../../core/bets/generator';

const { bets } = generateBets({ seed: 12 });
const dates = [...new Set(bets.map((b) => b.date))].sort();
const beforeDegrading = dates[dates.length - 25];

describe('a group that degrades', () => {
  const now = analyzeBets(bets, null, { budget: 500 });
  const earlier = analyzeBets(bets, null, { budget: 500, asOf: beforeDegrading });
  const miami = (a: typeof now) => a.groups.find((g) => g.name === 'Miami')!;

  it('is flagged now, with both tests run, and was not flagged before it degraded', () => {
    const drift = miami(now).metrics.drift;
    expect(drift.flag).toBe(true);
    expect(drift.threshold).toBe(0.025);
    const error = drift.tests.find((t) => t.metric === 'forecast-error')!;
    expect(error.significant).toBe(true);
    expect(error.meanX).toBeGreaterThan(2 * error.meanY);
    expect(miami(earlier).metrics.drift.flag).toBe(false);
  });

  it('no other city is flagged, now or before', () => {
    expect(now.groups.filter((g) => g.metrics.drift.flag).map((g) => g.name)).toEqual(['Miami']);
    expect(earlier.groups.filter((g) => g.metrics.drift.flag)).toEqual([]);
  });

  it('gets a smaller budget than its earlier self, from worse MAE, hit-rate and calibration terms', () => {
    expect(miami(now).budget).toBeLessThan(miami(earlier).budget);
    const factor = (a: typeof now, name: string) => miami(a).score.terms.find((t) => t.name === name)!.factor;
    for (const name of ['mae', 'hitRate', 'calibration']) expect(factor(now, name)).toBeLessThan(factor(earlier, name));
  });

  it('budgets sum to the run budget within a dollar and respect min and max', () => {
    for (const a of [now, earlier]) {
      const sum = a.groups.reduce((s, g) => s + g.budget, 0);
      expect(Math.abs(sum - 500)).toBeLessThan(1);
      for (const g of a.groups) {
        expect(g.budget).toBeGreaterThanOrEqual(25 - 1);
        expect(g.budget).toBeLessThanOrEqual(200 + 1);
      }
    }
  });

  it('the few-bets city with a real edge has few bets and no drift test', () => {
    const denver = now.groups.find((g) => g.name === 'Denver')!;
    expect(denver.metrics.totalBets).toBeLessThan(30);
    expect(denver.metrics.drift.tests).toEqual([]);
    expect(denver.score.termsUsed).not.toContain('calibration');
  });
});
