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
import { type Explained, guardedRatio, known, safeMean, unknown } from '../numeric/explained';

/** f* = p − (1 − p) / b for a decided win probability p in [0, 1] and payoff b > 0; null otherwise. */
export function discreteKelly(p: number, b: number): number | null {
  if (!Number.isFinite(p) || !Number.isFinite(b) || p < 0 || p > 1 || b <= 0) return null;
  const kelly = p - (1 - p) / b;
  // A payoff so small that q / b overflows has no finite Kelly: treat it as undefined.
  return Number.isFinite(kelly) ? kelly : null;
}

/**
 * Kelly from a list of trade outcomes on any basis (raw P/L, P/L per contract, return on
 * margin) with the reason when it is undefined: wins are values > 0, losses values < 0,
 * scratches (0) are ignored. null when there are no wins or no losses (see the module
 * conventions), or when the payoff b = avg win / avg loss or q / b divides by a value too
 * close to 0 (core/stats/explained `guardedRatio`: subnormal, or below 10⁻⁹ of its numerator).
 */
export function explainedKelly(values: number[]): Explained {
  const wins: number[] = [];
  const losses: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value > 0) wins.push(value);
    else if (value < 0) losses.push(-value);
  }
  if (wins.length === 0 && losses.length === 0) return unknown('no winning or losing trades');
  if (losses.length === 0) return unknown('no losing trades: the payoff b = avg win / avg loss is undefined');
  if (wins.length === 0) return unknown('no winning trades: f* = p − q / b diverges to −∞');
  const payoff = guardedRatio(safeMean(wins), safeMean(losses), 'the average loss');
  if (payoff.value === null) return unknown(`the payoff b = avg win / avg loss is undefined: ${payoff.reason}`);
  const p = wins.length / (wins.length + losses.length);
  const odds = guardedRatio(1 - p, payoff.value, 'the payoff b');
  if (odds.value === null) return unknown(`q / b is undefined: ${odds.reason}`);
  const kelly = discreteKelly(p, payoff.value);
  return kelly === null ? unknown('f* = p − q / b is not a finite number') : known(kelly);
}

/** `explainedKelly` without the reason. */
export function kellyFromOutcomes(values: number[]): number | null {
  return explainedKelly(values).value;
}
