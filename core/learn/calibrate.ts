/**
 * Probability calibration (issue 13 "Models"): mean log-loss −(1/n) Σ ln max(pᵢ,yᵢ, 1e-15); the
 * blend p = β·p_gbdt + (1 − β)·p_linear with β ∈ {0, ¼, ½, ¾, 1} chosen by least validation
 * log-loss; temperature scaling pᵢₖ ∝ p̃ᵢₖ^(1/T), T = e^u with u ∈ [−3, 3] chosen by least
 * validation log-loss (golden-section search; T = 1 leaves the blend unchanged).
 */

export const BLEND_WEIGHTS = [0, 0.25, 0.5, 0.75, 1] as const;

export function logLoss(p: ArrayLike<number>, y: ArrayLike<number>, n: number, K: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s -= Math.log(Math.max(p[i * K + y[i]], 1e-15));
  return n > 0 ? s / n : 0;
}

/** Minimizes a unimodal f on [a, b] by golden-section search; returns the argmin. */
export function goldenMinimize(f: (x: number) => number, a: number, b: number, iterations: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let it = 0; it < iterations; it++) {
    if (fc <= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - r * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + r * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

export function blend(pA: ArrayLike<number>, pB: ArrayLike<number>, beta: number): Float64Array {
  const out = new Float64Array(pA.length);
  for (let j = 0; j < out.length; j++) out[j] = beta * pA[j] + (1 - beta) * pB[j];
  return out;
}

/** p^(1/T), renormalized per row. */
export function applyTemperature(p: ArrayLike<number>, n: number, K: number, T: number): Float64Array {
  const out = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let k = 0; k < K; k++) m = Math.max(m, Math.log(Math.max(p[i * K + k], 1e-300)) / T);
    let s = 0;
    for (let k = 0; k < K; k++) s += out[i * K + k] = Math.exp(Math.log(Math.max(p[i * K + k], 1e-300)) / T - m);
    for (let k = 0; k < K; k++) out[i * K + k] /= s;
  }
  return out;
}

export function fitTemperature(p: ArrayLike<number>, y: ArrayLike<number>, n: number, K: number): number {
  if (n === 0) return 1;
  const u = goldenMinimize((v) => logLoss(applyTemperature(p, n, K, Math.exp(v)), y, n, K), -3, 3, 30);
  // Keep T = 1 unless scaling actually lowers the validation log-loss.
  return logLoss(applyTemperature(p, n, K, Math.exp(u)), y, n, K) < logLoss(p, y, n, K) ? Math.exp(u) : 1;
}

export function fitBlend(pGbdt: ArrayLike<number>, pLinear: ArrayLike<number>, y: ArrayLike<number>, n: number, K: number): { beta: number; logLoss: number } {
  let best = { beta: 1, logLoss: Infinity };
  for (const beta of BLEND_WEIGHTS) {
    const l = logLoss(blend(pGbdt, pLinear, beta), y, n, K);
    if (l < best.logLoss - 1e-12) best = { beta, logLoss: l };
  }
  return best;
}
