// The drift flag: one-sided Welch t-test on daily mean forecast errors, recent window against
// the earlier days. Expected t, ν and p from test/unit/bets/reference/bets_reference.py
// ("drift Welch"); the flag below α divided by the number of tests run (Bonferroni).
import { describe, expect, it } from 'vitest';
import { analyzeBets, driftFlag, welchGreater } from '../../../core/bets';
import { bet, day } from './support';

const HISTORY = [0.8, 1.1, 0.6, 0.9, 1.3, 0.7, 1.0, 0.95];
const RECENT = [1.9, 2.6, 1.4, 2.2, 3.1, 1.7];

describe('drift', () => {
  it('Welch: t, ν and the one-sided p-value', () => {
    const w = welchGreater(RECENT, HISTORY)!;
    expect(w.t).toBeCloseTo(4.629138230450891, 12);
    expect(w.df).toBeCloseTo(5.974989303643095, 12);
    expect(w.pValue).toBeCloseTo(0.001809802018, 11);
  });

  it('a group whose daily forecast error rose is flagged, with the test in the reason', () => {
    // 8 earlier days and 6 recent days (window 6), two bets a day sharing the day's error.
    const days = [...HISTORY, ...RECENT];
    const log = days.flatMap((e, d) => [0, 1].map((k) => bet({ date: day(d), outcome: k as 0 | 1, pModel: 0.5, forecastError: k === 0 ? e : -e })));
    const g = analyzeBets(log, null, { budget: 100, window: 6 }).groups[0];
    const test = g.metrics.drift.tests.find((t) => t.metric === 'forecast-error')!;
    expect(test.nX).toBe(6); // settled days, not bets
    expect(test.nY).toBe(8);
    expect(test.pValue).toBeCloseTo(0.001809802018, 11);
    expect(g.metrics.drift.flag).toBe(true);
    // every day's Brier contributions average 0.25 (p 0.5): no spread, so one test runs, at α = 0.05
    expect(g.metrics.drift.untested).toEqual([{ metric: 'brier', reason: 'Brier score: no spread in either sample' }]);
    expect(g.metrics.drift.threshold).toBe(0.05);
    expect(g.metrics.drift.reason).toBe(
      'Worse recently: forecast error |e| 2.15 in the last 6 settled days vs 0.92 before (one-sided Welch t = 4.63, ν = 6.0, p = 0.0018); flagged below p 0.050.',
    );
  });

  it('too few days on a side: not tested, not flagged, and said so', () => {
    const d = driftFlag([{ metric: 'brier', recent: [0.1, 0.3, 0.2], history: [0.1, 0.2, 0.1, 0.2, 0.1, 0.15] }], 30);
    expect(d.flag).toBe(false);
    expect(d.threshold).toBeNull();
    expect(d.reason).toBe('Not tested: Brier score: 3 recent and 6 earlier settled days (5 needed on each side).');
  });

  it('no significant change: not flagged, p-values shown', () => {
    const d = driftFlag([{ metric: 'forecast-error', recent: HISTORY.slice(0, 6), history: RECENT.concat(HISTORY) }], 30);
    expect(d.flag).toBe(false);
    expect(d.threshold).toBe(0.05);
    expect(d.reason).toMatch(/^No significant drift: forecast error \|e\| .* a flag needs p < 0\.050\.$/);
  });
});
