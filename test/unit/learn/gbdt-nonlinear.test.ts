// The histogram GBDT learns a known nonlinear rule (issue 13 "Tests"): class 0 inside the circle
// x² + y² < 0.5, else class 1 when x·y > 0, else class 2 — a rule no linear classifier can draw.
// Reference: the rule itself on fresh seeded points; the ridge-softmax classifier on the same data
// shows the rule is not linearly separable (its accuracy stays far below).
import { describe, expect, it } from 'vitest';
import { gbdtScores, linearProbabilities, trainGbdt, trainLinear } from '../../../core/learn';
import { Xoshiro128 } from '../../../core/random';

function sample(seed: number, n: number) {
  const rng = new Xoshiro128(seed, 3);
  const X = new Float64Array(n * 3);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x1 = rng.nextFloat() * 2 - 1;
    const x2 = rng.nextFloat() * 2 - 1;
    X[i * 3] = x1;
    X[i * 3 + 1] = x2;
    X[i * 3 + 2] = rng.nextFloat(); // an irrelevant feature
    y[i] = x1 * x1 + x2 * x2 < 0.5 ? 0 : x1 * x2 > 0 ? 1 : 2;
  }
  return { X, y };
}

function accuracy(p: Float64Array, y: Int32Array, K: number): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (p[i * K + k] > p[i * K + best]) best = k;
    if (best === y[i]) ok++;
  }
  return ok / y.length;
}

describe('GBDT on a known nonlinear rule', () => {
  it('classifies fresh points by the rule; a linear classifier cannot', () => {
    const train = sample(11, 3000);
    const test = sample(12, 2000);
    const model = trainGbdt(train.X, 3000, 3, train.y, 3, { rounds: 60, learningRate: 0.3, maxDepth: 4, maxLeaves: 16, lambda: 1, minChildHessian: 1, maxBins: 64, subsample: 1 }, 5);
    const gbdtAccuracy = accuracy(gbdtScores(model, test.X, 2000), test.y, 3);
    expect(gbdtAccuracy).toBeGreaterThan(0.93);
    const linear = trainLinear(train.X, 3000, 3, train.y, 3, 0.01);
    const linearAccuracy = accuracy(linearProbabilities(linear, test.X, 2000), test.y, 3);
    expect(linearAccuracy).toBeLessThan(0.7);
    // The irrelevant third feature carries little of the split gain.
    const total = model.gain.reduce((s, g) => s + g, 0);
    expect(model.gain[2] / total).toBeLessThan(0.05);
  });
  it('refuses hyperparameters beyond the caps', () => {
    const { X, y } = sample(1, 50);
    expect(() => trainGbdt(X, 50, 3, y, 3, { rounds: 10, learningRate: 0.9, maxDepth: 3, maxLeaves: 8, lambda: 1, minChildHessian: 1, maxBins: 16, subsample: 1 }, 1)).toThrow(/learning rate/);
    expect(() => trainGbdt(X, 50, 3, y, 3, { rounds: 10, learningRate: 0.1, maxDepth: 9, maxLeaves: 8, lambda: 1, minChildHessian: 1, maxBins: 16, subsample: 1 }, 1)).toThrow(/depth/);
  });
});
