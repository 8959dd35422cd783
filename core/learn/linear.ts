/**
 * The regularized linear classifier (issue 13 "Models"): features standardized on the training
 * rows (mean, sd with n − 1; a constant feature gets sd 1), one-hot targets regressed by ridge
 * W = (ZᵀZ + ρ·n·I)⁻¹ Zᵀ(Y − Ȳ) with an unpenalized intercept Ȳ; the class scores s = Ȳ + zW
 * become probabilities softmax(κ·s), κ ≥ 0 chosen on the training rows by least log-loss
 * (golden-section search on ln κ ∈ [−3, 6]).
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { goldenMinimize, logLoss } from './calibrate';
import { softmaxRows } from './gbdt';

export interface LinearModel {
  kind: 'ridge-softmax';
  classes: number;
  features: number;
  mean: number[];
  sd: number[];
  /** F × K weights, row-major, and the K intercepts. */
  weights: number[];
  intercept: number[];
  /** Softmax scale κ. */
  scale: number;
  ridge: number;
}

function rawScores(model: Omit<LinearModel, 'scale'>, X: Float64Array, n: number): Float64Array {
  const { classes: K, features: F, mean, sd, weights, intercept } = model;
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) out[i * K + k] = intercept[k];
    for (let f = 0; f < F; f++) {
      const z = (X[i * F + f] - mean[f]) / sd[f];
      if (z === 0) continue;
      for (let k = 0; k < K; k++) out[i * K + k] += z * weights[f * K + k];
    }
  }
  return out;
}

export function trainLinear(X: Float64Array, n: number, F: number, y: Int32Array, K: number, ridge: number): LinearModel {
  const mean = new Array<number>(F).fill(0);
  const sd = new Array<number>(F).fill(1);
  for (let f = 0; f < F; f++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += X[i * F + f];
    m /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (X[i * F + f] - m) ** 2;
    const s = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    mean[f] = m;
    sd[f] = s > 1e-12 ? s : 1;
  }
  const ybar = new Array<number>(K).fill(0);
  for (let i = 0; i < n; i++) ybar[y[i]] += 1 / n;
  const A = Matrix.zeros(F, F);
  const XtY = Matrix.zeros(F, K);
  const z = new Float64Array(F);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < F; f++) z[f] = (X[i * F + f] - mean[f]) / sd[f];
    for (let a = 0; a < F; a++) {
      const za = z[a];
      if (za === 0) continue;
      for (let b = a; b < F; b++) A.set(a, b, A.get(a, b) + za * z[b]);
      for (let k = 0; k < K; k++) XtY.set(a, k, XtY.get(a, k) + za * ((y[i] === k ? 1 : 0) - ybar[k]));
    }
  }
  for (let a = 0; a < F; a++) {
    for (let b = 0; b < a; b++) A.set(a, b, A.get(b, a));
    A.set(a, a, A.get(a, a) + ridge * n);
  }
  const W = new CholeskyDecomposition(A).solve(XtY);
  const weights = new Array<number>(F * K);
  for (let f = 0; f < F; f++) for (let k = 0; k < K; k++) weights[f * K + k] = W.get(f, k);
  const base = { kind: 'ridge-softmax' as const, classes: K, features: F, mean, sd, weights, intercept: ybar, ridge };
  const s = rawScores(base, X, n);
  const p = new Float64Array(n * K);
  const scaled = new Float64Array(n * K);
  const loss = (lnKappa: number) => {
    const kappa = Math.exp(lnKappa);
    for (let j = 0; j < s.length; j++) scaled[j] = s[j] * kappa;
    softmaxRows(scaled, n, K, p);
    return logLoss(p, y, n, K);
  };
  return { ...base, scale: Math.exp(goldenMinimize(loss, -3, 6, 40)) };
}

/** Class probabilities (n × K) of rows of X. */
export function linearProbabilities(model: LinearModel, X: Float64Array, n: number): Float64Array {
  const s = rawScores(model, X, n);
  for (let j = 0; j < s.length; j++) s[j] *= model.scale;
  const p = new Float64Array(s.length);
  softmaxRows(s, n, model.classes, p);
  return p;
}
