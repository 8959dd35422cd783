/**
 * Covariance of the allocation's returns (SPEC-metrics §6): the sample covariance (n − 1), or
 * Ledoit–Wolf shrinkage toward a constant-correlation target (Ledoit & Wolf 2004, "Honey, I
 * shrunk the sample covariance matrix") or toward a scaled identity (Ledoit & Wolf 2004, "A
 * well-conditioned estimator…", as in scikit-learn's `ledoit_wolf`). The shrinkage estimators
 * use the 1/n moments of their papers; the intensity is clamped to [0, 1].
 */
import type { CovarianceKind } from './types';

export type ShrinkageTarget = 'constant-correlation' | 'identity';

export interface CovarianceEstimate {
  kind: CovarianceKind;
  target: ShrinkageTarget | null;
  /** Shrinkage intensity δ (0 for the sample covariance). */
  shrinkage: number;
  matrix: number[][];
  mean: number[];
  /** How it was estimated, in words. */
  convention: string;
}

function centred(columns: readonly ArrayLike<number>[], from: number, to: number): { X: Float64Array[]; mean: number[] } {
  const n = to - from;
  const mean = columns.map((c) => {
    let s = 0;
    for (let t = from; t < to; t++) s += c[t];
    return s / n;
  });
  const X = columns.map((c, i) => {
    const x = new Float64Array(n);
    for (let t = 0; t < n; t++) x[t] = c[from + t] - mean[i];
    return x;
  });
  return { X, mean };
}

function crossProduct(X: Float64Array[], divisor: number): number[][] {
  const N = X.length;
  const S: number[][] = Array.from({ length: N }, () => new Array(N).fill(0));
  for (let i = 0; i < N; i++) {
    for (let j = i; j < N; j++) {
      let s = 0;
      const a = X[i];
      const b = X[j];
      for (let t = 0; t < a.length; t++) s += a[t] * b[t];
      S[i][j] = S[j][i] = s / divisor;
    }
  }
  return S;
}

export function sampleCovariance(columns: readonly ArrayLike<number>[], from = 0, to = columns[0]?.length ?? 0): CovarianceEstimate {
  const { X, mean } = centred(columns, from, to);
  const n = to - from;
  return { kind: 'sample', target: null, shrinkage: 0, matrix: crossProduct(X, Math.max(1, n - 1)), mean, convention: 'Sample covariance (n − 1).' };
}

export function ledoitWolf(columns: readonly ArrayLike<number>[], target: ShrinkageTarget = 'constant-correlation', from = 0, to = columns[0]?.length ?? 0): CovarianceEstimate {
  const { X, mean } = centred(columns, from, to);
  const n = to - from;
  const N = X.length;
  const S = crossProduct(X, Math.max(1, n));
  const F: number[][] = Array.from({ length: N }, () => new Array(N).fill(0));
  let delta = 0;
  if (target === 'identity') {
    let mu = 0;
    for (let i = 0; i < N; i++) mu += S[i][i] / N;
    for (let i = 0; i < N; i++) F[i][i] = mu;
    let d2 = 0;
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) d2 += (S[i][j] - F[i][j]) ** 2;
    let b2 = 0;
    for (let t = 0; t < n; t++) for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) b2 += (X[i][t] * X[j][t] - S[i][j]) ** 2;
    b2 /= n * n;
    delta = d2 > 0 ? Math.min(b2, d2) / d2 : 0;
  } else {
    const sd = S.map((row, i) => Math.sqrt(row[i]));
    let rbar = 0;
    let pairs = 0;
    for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) if (sd[i] > 0 && sd[j] > 0) {
      rbar += S[i][j] / (sd[i] * sd[j]);
      pairs++;
    }
    rbar = pairs > 0 ? rbar / pairs : 0;
    for (let i = 0; i < N; i++) for (let j = 0; j <= i; j++) F[i][j] = F[j][i] = i === j ? S[i][i] : rbar * sd[i] * sd[j];
    // π̂, ρ̂, γ̂ of Ledoit & Wolf (2004), Appendix B.
    let pi = 0;
    let rho = 0;
    let gamma = 0;
    const theta = (i: number, j: number): number => {
      let s = 0;
      for (let t = 0; t < n; t++) s += (X[i][t] * X[i][t] - S[i][i]) * (X[i][t] * X[j][t] - S[i][j]);
      return s / n;
    };
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < N; j++) {
        let p = 0;
        for (let t = 0; t < n; t++) p += (X[i][t] * X[j][t] - S[i][j]) ** 2;
        p /= n;
        pi += p;
        if (i === j) rho += p;
        else if (sd[i] > 0 && sd[j] > 0) rho += (rbar / 2) * ((sd[j] / sd[i]) * theta(i, j) + (sd[i] / sd[j]) * theta(j, i));
        gamma += (F[i][j] - S[i][j]) ** 2;
      }
    }
    delta = gamma > 0 ? Math.max(0, Math.min(1, (pi - rho) / gamma / n)) : 0;
  }
  const matrix = S.map((row, i) => row.map((s, j) => delta * F[i][j] + (1 - delta) * s));
  return {
    kind: 'ledoit-wolf',
    target,
    shrinkage: delta,
    matrix,
    mean,
    convention: `Ledoit–Wolf shrinkage toward ${target === 'identity' ? 'a scaled identity (average variance on the diagonal)' : 'constant correlation (each pair at the average correlation)'}, intensity ${delta.toFixed(4)}; moments over n.`,
  };
}

export function estimateCovariance(kind: CovarianceKind, columns: readonly ArrayLike<number>[], from?: number, to?: number): CovarianceEstimate {
  return kind === 'sample' ? sampleCovariance(columns, from, to) : ledoitWolf(columns, 'constant-correlation', from, to);
}
