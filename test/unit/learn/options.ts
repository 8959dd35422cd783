// Small, fast learned-allocator options for the synthetic tests (not a test file).
import { DEFAULT_LEARN_OPTIONS, type LearnOptions } from '../../../core/learn';

export const FAST: LearnOptions = {
  ...DEFAULT_LEARN_OPTIONS,
  horizon: 5,
  grid: 0.25,
  outerFolds: 2,
  innerFolds: 2,
  embargo: 5,
  lambdaDd: [0.5],
  gbdt: [{ rounds: 15, learningRate: 0.2, maxDepth: 3, maxLeaves: 8, lambda: 1, minChildHessian: 1, maxBins: 16, subsample: 1 }],
  smoothing: 0,
  maxDailyChange: 1,
};
