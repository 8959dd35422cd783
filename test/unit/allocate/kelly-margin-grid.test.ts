// The margin-constrained log-growth maximization on a 2-strategy case against (1) scipy SLSQP
// (test/reference/allocate_closed_form.py) and (2) a brute-force grid written here.
import { describe, expect, it } from 'vitest';
import { maximizeLogGrowth, meanLogGrowth } from '../../../core/allocate/log-growth';

const p1 = [300, -200, 250, 0, -150, 400, -100, 0, 350, -250].map((v) => v / 100000);
const p2 = [0, 150, -120, 200, 100, -180, 0, 220, -90, 160].map((v) => v / 100000);
const rows = [[5000, 0], [5000, 3000], [0, 3000], [5000, 3000]].map((r) => r.map((v) => v / 100000));

describe('kelly-margin on two strategies', () => {
  const solved = maximizeLogGrowth({ columns: [p1, p2], periods: 10, lo: [0, 0], hi: [Infinity, Infinity], G: rows, h: rows.map(() => 1) });
  it('matches scipy', () => {
    expect(solved.x[0]).toBeCloseTo(2.643907793473, 4);
    expect(solved.x[1]).toBeCloseTo(28.926820344108, 4);
    expect(solved.growth).toBeCloseTo(0.013634067329875049, 10);
  });
  it('beats or equals every feasible point of a 0.05-contract grid', () => {
    let best = -Infinity;
    for (let a = 0; a <= 20; a += 0.05) {
      for (let b = 0; b <= 34; b += 0.05) {
        if (rows.some((r) => r[0] * a + r[1] * b > 1)) continue;
        const g = meanLogGrowth([p1, p2], [a, b], 10);
        if (g !== null && g > best) best = g;
      }
    }
    expect(solved.growth).toBeGreaterThanOrEqual(best - 1e-12);
    expect(solved.growth - best).toBeLessThan(1e-5);
  });
  it('never violates a constraint', () => {
    for (const r of rows) expect(r[0] * solved.x[0] + r[1] * solved.x[1]).toBeLessThanOrEqual(1 + 1e-12);
  });
});
