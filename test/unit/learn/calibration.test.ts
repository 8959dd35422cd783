// Temperature scaling lowers the log-loss on held-out data (issue 13 "Tests"): an over-fitted
// GBDT (deep trees, high learning rate, many rounds) on noisy labels is over-confident; T fitted
// on a validation set must lower the log-loss on a third, untouched set. The log-loss is checked
// against its definition on a hand-worked case.
import { describe, expect, it } from 'vitest';
import { applyTemperature, fitTemperature, gbdtScores, logLoss, softmaxRows, trainGbdt } from '../../../core/learn';
import { Xoshiro128 } from '../../../core/random';

function noisy(seed: number, n: number) {
  const rng = new Xoshiro128(seed, 9);
  const X = new Float64Array(n * 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng.nextFloat();
    X[i * 2] = x;
    X[i * 2 + 1] = rng.nextFloat();
    // The true class is 1 with probability 0.3 + 0.4x: mostly noise.
    y[i] = rng.nextFloat() < 0.3 + 0.4 * x ? 1 : 0;
  }
  return { X, y };
}

function probabilities(model: ReturnType<typeof trainGbdt>, X: Float64Array, n: number) {
  const p = new Float64Array(n * 2);
  softmaxRows(gbdtScores(model, X, n), n, 2, p);
  return p;
}

describe('temperature scaling', () => {
  it('log-loss by its definition', () => {
    // −(ln 0.8 + ln 0.4) / 2
    expect(logLoss([0.8, 0.2, 0.6, 0.4], [0, 1], 2, 2)).toBeCloseTo(-(Math.log(0.8) + Math.log(0.4)) / 2, 15);
    // T = 2 on (0.8, 0.2): √0.8 / (√0.8 + √0.2) = 2/3
    expect(applyTemperature([0.8, 0.2], 1, 2, 2)[0]).toBeCloseTo(2 / 3, 12);
  });
  it('lowers held-out log-loss of an over-confident model', () => {
    const train = noisy(1, 1500);
    const valid = noisy(2, 1500);
    const held = noisy(3, 1500);
    const model = trainGbdt(train.X, 1500, 2, train.y, 2, { rounds: 80, learningRate: 0.5, maxDepth: 6, maxLeaves: 32, lambda: 0.01, minChildHessian: 0, maxBins: 64, subsample: 1 }, 1);
    const T = fitTemperature(probabilities(model, valid.X, 1500), valid.y, 1500, 2);
    expect(T).toBeGreaterThan(1.5); // softened: the model was over-confident
    const pHeld = probabilities(model, held.X, 1500);
    const before = logLoss(pHeld, held.y, 1500, 2);
    const after = logLoss(applyTemperature(pHeld, 1500, 2, T), held.y, 1500, 2);
    expect(after).toBeLessThan(before - 0.05);
  });
});
