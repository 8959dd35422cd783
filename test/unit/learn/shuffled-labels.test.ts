// Shuffled labels must not beat the baseline (issue 13 "Tests"). Two noise legs plus a column that
// truly predicts the next five days' spread (a known signal): with its real labels the model beats
// every baseline (so the test can fail); with the labels shuffled (seeded permutation, same
// features, same utilities) the signal is gone and the verdict is "rejected".
import { describe, expect, it } from 'vitest';
import { finishLearn, learnLegs, prepareLearn, runOuterFold } from '../../../core/learn';
import { Xoshiro128 } from '../../../core/random';
import { FAST } from './options';
import { noiseLegs, returnLeg } from './synthetic';

describe('shuffled labels', () => {
  it('real labels learn the signal; shuffled labels do not beat the baselines', () => {
    const { dates, a, b } = noiseLegs(5, 1600);
    const spread = a.map((v, i) => v - b[i]);
    const signal = spread.map((_, d) => (d + 5 < spread.length ? spread.slice(d + 1, d + 6).reduce((s, v) => s + v, 0) : 0));
    const legs = learnLegs([returnLeg('A', dates, a, { signal }), returnLeg('B', dates, b)]);
    if (!legs.ok) throw new Error(legs.message);
    const run = (shuffle: boolean) => {
      const prepared = prepareLearn(legs.legs, FAST);
      if (!prepared.ok) throw new Error(prepared.message);
      const p = prepared.prepared;
      if (shuffle) {
        const rng = new Xoshiro128(77, 0);
        for (const l of p.labels.values()) {
          for (let i = l.count - 1; i > 0; i--) {
            const j = rng.nextIndex(i + 1);
            [l.label[i], l.label[j]] = [l.label[j], l.label[i]];
          }
        }
      }
      return finishLearn(p, p.outer.map((_, k) => runOuterFold(p, k)));
    };
    const real = run(false);
    const best = (r: typeof real) => Math.max(...r.baselines.map((x) => x.figures.calmar ?? -Infinity));
    expect(real.oos.calmar!).toBeGreaterThan(best(real));
    const shuffled = run(true);
    expect(shuffled.verdict).toBe('rejected');
    expect(shuffled.oos.calmar ?? -Infinity).toBeLessThan(real.oos.calmar!);
    expect(shuffled.oos.avgMonthlyPl).toBeLessThan(0.5 * real.oos.avgMonthlyPl);
  });
});
