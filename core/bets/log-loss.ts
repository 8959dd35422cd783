/**
 * Log loss of probability forecasts p of binary outcomes y: −mean(y·ln p + (1 − y)·ln(1 − p)),
 * with p clipped to [ε, 1 − ε], ε = 10⁻⁴ (a forecast of exactly 0 or 1 that misses would
 * otherwise be infinite; with the clip one such bet costs at most ln 10⁴ ≈ 9.21). Natural log.
 */

export const LOG_LOSS_CLIP = 1e-4;

/** null without any forecast. */
export function logLoss(p: readonly number[], y: readonly number[]): number | null {
  if (p.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, p[i]));
    sum -= y[i] === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return sum / p.length;
}
