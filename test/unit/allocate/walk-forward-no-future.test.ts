// Walk-forward uses no future data: a leg whose returns are strongly positive only out of sample
// (a planted future-only signal) gets the same in-sample fits, so the fold weights are the same as
// with that leg flat out of sample; and changing every period after a fold's in-sample window
// leaves that fold's weights unchanged.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOCATION_OPTIONS, foldWindows, prepareAllocation, walkForward, type AllocationSource } from '../../../core/allocate';

function source(a: number[], b: number[]): AllocationSource {
  const dates: string[] = [];
  for (let d = 0; dates.length < a.length; d++) {
    const day = new Date(Date.UTC(2023, 0, 2 + d));
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    dates.push(day.toISOString().slice(0, 10));
  }
  const leg = (name: string, returns: number[]) => ({ name, source: 'legs.csv', kind: 'returns' as const, dates, returns, extras: {} });
  return { kind: 'series', file: 'legs.csv', series: [leg('A', a), leg('B', b)] };
}

const T = 300;
const base = Array.from({ length: T }, (_, t) => 0.004 * Math.sin(t * 1.3) + 0.0005);
const flatB = Array.from({ length: T }, (_, t) => 0.004 * Math.cos(t * 0.7));
const wf = { mode: 'rolling' as const, inSample: 100, outOfSample: 50, step: 50, purge: 2, embargo: 0, costBps: 5 };
const options = { ...DEFAULT_ALLOCATION_OPTIONS, capital: 100_000 };
const methods = ['max-sharpe', 'kelly', 'min-variance'] as const;

describe('walk-forward without future data', () => {
  it('a future-only signal does not change any fold weights', () => {
    const windows = foldWindows(T, wf);
    expect(windows.length).toBe(3);
    // B is great on every out-of-sample period of fold k only after fold k's in-sample window.
    const planted = flatB.map((v, t) => (t >= windows[0].oosFrom ? v + 0.02 : v));
    const clean = walkForward(prepareAllocation([source(base, flatB)], 'daily', 100_000), options, [...methods], wf);
    const dirty = walkForward(prepareAllocation([source(base, planted)], 'daily', 100_000), options, [...methods], wf);
    // Fold 1 saw none of the signal: identical weights.
    for (let m = 0; m < methods.length; m++) expect(dirty.methods[m].folds[0].weights).toEqual(clean.methods[m].folds[0].weights);
  });
  it('changing periods after a fold’s in-sample window leaves its weights unchanged', () => {
    const windows = foldWindows(T, wf);
    const cut = windows[1].isTo;
    const changed = base.map((v, t) => (t >= cut ? -v * 3 : v));
    const a = walkForward(prepareAllocation([source(base, flatB)], 'daily', 100_000), options, [...methods], wf);
    const b = walkForward(prepareAllocation([source(changed, flatB)], 'daily', 100_000), options, [...methods], wf);
    for (let m = 0; m < methods.length; m++) {
      expect(b.methods[m].folds[0].weights).toEqual(a.methods[m].folds[0].weights);
      expect(b.methods[m].folds[1].weights).toEqual(a.methods[m].folds[1].weights);
      expect(b.methods[m].folds[1].return).not.toEqual(a.methods[m].folds[1].return);
    }
  });
  it('reports folds, the concatenated curve and robustness', () => {
    const r = walkForward(prepareAllocation([source(base, flatB)], 'daily', 100_000), options, ['kelly'], wf);
    expect(r.methods[0].curve.length).toBe(150);
    expect(r.baseline.folds.length).toBe(3);
    expect(r.methods[0].folds[0].cost).toBeCloseTo((r.methods[0].folds[0].turnover * 5) / 10_000, 15);
    expect(r.methods[0].robustness.negativeShare).toBeGreaterThanOrEqual(0);
  });
});
