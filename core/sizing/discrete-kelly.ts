/**
 * Discrete Kelly fraction (SPEC-metrics §3): f* = p − q / b, q = 1 − p.
 *
 * Conventions:
 * - p is the DECIDED win rate, wins / (wins + losses): a scratch (outcome exactly 0)
 *   neither grows nor shrinks capital, so it is left out of p and of the averages.
 * - b is the payoff ratio, average win / average |loss|.
 * - f* is the fraction of equity to RISK per trade, where one unit of risk is what an
 *   average loss costs. f* ≤ 0 means the sample shows no edge: allocate nothing.
 * - No cap is applied here; callers apply fractional Kelly and caps.
 * - The result is null whenever the formula is undefined: no wins (b = 0, f* diverges to
 *   −∞), no losses (b undefined), or non-finite / out-of-range inputs.
 */

/** f* = p − (1 − p) / b for a decided win probability p in [0, 1] and payoff b > 0; null otherwise. */
export function discreteKelly(p: number, b: number): number | null {
  if (!Number.isFinite(p) || !Number.isFinite(b) || p < 0 || p > 1 || b <= 0) return null;
  const kelly = p - (1 - p) / b;
  // A payoff so small that q / b overflows has no finite Kelly: treat it as undefined.
  return Number.isFinite(kelly) ? kelly : null;
}

/**
 * Kelly from a list of trade outcomes on any basis (raw P/L, P/L per contract, return on
 * margin): wins are values > 0, losses values < 0, scratches (0) are ignored.
 * null when there are no wins or no losses (see the module conventions).
 */
export function kellyFromOutcomes(values: number[]): number | null {
  let wins = 0;
  let losses = 0;
  let winSum = 0;
  let lossSum = 0;
  for (const value of values) {
    if (value > 0) {
      wins++;
      winSum += value;
    } else if (value < 0) {
      losses++;
      lossSum -= value;
    }
  }
  if (wins === 0 || losses === 0) return null;
  return discreteKelly(wins / (wins + losses), winSum / wins / (lossSum / losses));
}
