// The drawdown target on a log whose every trade loses the risk unit (r = −1): every path is
// the same, equity (1 − f)^k, so P(drawdown ≥ X within H) jumps from 0 to 1 at
// f* = 1 − (1 − X)^(1/H) (by hand: X = 20%, H = 10 → 1 − 0.8^0.1 = 0.0220672).
import { describe, expect, it } from 'vitest';
import { drawdownFirstHits, drawdownTargetProblem, inProcessCounter, searchDrawdownTarget } from '../../../core/sizing/drawdown-target';

const spec = { returns: [-1, -1, -1], target: 0.2, alpha: 0.05, horizon: 10, paths: 500, seed: 3 };
const critical = 1 - 0.8 ** 0.1;

describe('drawdown target by hand', () => {
  it('finds the critical fraction to within the search resolution (f_max / 65,536)', async () => {
    expect(critical).toBeCloseTo(0.0220672, 7);
    const outcome = await searchDrawdownTarget(spec, inProcessCounter(spec));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.fraction).toBeLessThan(critical);
    expect(critical - outcome.value.fraction).toBeLessThan(0.999 / 65536);
    expect(outcome.value.probability).toBe(0);
    expect(outcome.value.above?.probability).toBe(1);
    expect(outcome.value.notBinding).toBe(false);
  });

  it('gives each path its first hit candidate, monotone in f (common random numbers)', () => {
    const hits = drawdownFirstHits(spec, [0.01, 0.02, 0.03, 0.5], Int32Array.from([0, 1, 2]));
    expect([...hits]).toEqual([2, 2, 2]);
  });

  it('says when the target does not bind before the worst trade does', async () => {
    // One trade per path, a loss on a quarter of them: even at f_max P = 1/4 ≤ α = 1/2.
    const loose = { ...spec, returns: [-0.1, 0.2, 0.2, 0.2], alpha: 0.5, horizon: 1, paths: 4000 };
    const outcome = await searchDrawdownTarget(loose, inProcessCounter(loose));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.notBinding).toBe(true);
    expect(outcome.value.fraction).toBeCloseTo(0.999 / 0.1, 12);
  });

  it('refuses a log without a loss, and bad targets, in words', () => {
    expect(drawdownTargetProblem({ ...spec, returns: [0.1, 0.2] })).toContain('no trade lost');
    expect(drawdownTargetProblem({ ...spec, target: 1 })).toContain('between 0% and 100%');
    expect(drawdownTargetProblem({ ...spec, horizon: 0 })).toContain('horizon');
  });
});
