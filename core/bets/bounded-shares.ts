/**
 * Shares of the run budget from scores, with a minimum and maximum fraction per group
 * (defaults 5% and 40%): fᵢ = clamp(λ·sᵢ, min, max) with the one λ that makes Σ fᵢ = 1 —
 * the fixed point of "normalize, clamp the groups outside the bounds, renormalize the rest",
 * found exactly (Σ clamp(λ·sᵢ) is piecewise linear and non-decreasing in λ). A group without
 * a score (null, or 0) gets the minimum; when no group has one, the rest stays unallocated
 * (no track record, no money beyond the minimum). When the bounds cannot hold together:
 * - n·min > 1: every group gets 1/n (the minimum is not met; said so);
 * - n·max < 1 (or the scores cannot reach 1 within max): the groups get at most max and the
 *   rest of the budget stays unallocated (said so) — max is a risk limit, never exceeded.
 */

export interface Shares {
  fractions: number[];
  /** 1 − Σ fractions (> 0 only when max binds for every group). */
  unallocated: number;
  note: string | null;
}

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

export function boundedShares(scores: readonly (number | null)[], min: number, max: number): Shares {
  const n = scores.length;
  if (n === 0) return { fractions: [], unallocated: 1, note: null };
  if (n * min > 1 + 1e-12) {
    return { fractions: scores.map(() => 1 / n), unallocated: 0, note: `${n} groups × the minimum ${pct(min)} exceed the budget: each group gets an equal ${(100 / n).toFixed(1)}%.` };
  }
  const scored = scores.map((s, i) => ({ s, i })).filter((e): e is { s: number; i: number } => e.s !== null && e.s > 0);
  const fixed = n - scored.length;
  const target = 1 - fixed * min;
  const sumAt = (lambda: number) => scored.reduce((sum, e) => sum + Math.min(max, Math.max(min, lambda * e.s)), 0);
  const fractions = scores.map(() => min);
  const ceiling = scored.length * max;
  if (scored.length === 0) {
    return { fractions, unallocated: 1 - n * min, note: `No group has a score (no settled bets in the window): each gets the minimum ${pct(min)}, the rest stays unallocated.` };
  }
  if (ceiling <= target + 1e-12) {
    for (const e of scored) fractions[e.i] = max;
    const unallocated = 1 - fixed * min - ceiling;
    return {
      fractions,
      unallocated: Math.max(0, unallocated),
      note: unallocated > 1e-12 ? `The maximum ${pct(max)} per group caps ${scored.length === n ? 'every group' : 'every scored group'}: ${(unallocated * 100).toFixed(1)}% of the budget stays unallocated.` : null,
    };
  }
  // Breakpoints of the piecewise-linear Σ clamp(λ·s): λ = min/s and max/s.
  const breaks = scored.flatMap((e) => [min / e.s, max / e.s]).sort((a, b) => a - b);
  let lo = 0;
  for (const b of breaks) {
    if (sumAt(b) >= target) break;
    lo = b;
  }
  // On [lo, next break] the groups strictly between the bounds grow linearly with λ.
  const slope = scored.reduce((sum, e) => (lo * e.s >= min - 1e-15 && lo * e.s < max - 1e-15 ? sum + e.s : sum), 0);
  const lambda = slope > 0 ? lo + (target - sumAt(lo)) / slope : lo;
  for (const e of scored) fractions[e.i] = Math.min(max, Math.max(min, lambda * e.s));
  return { fractions, unallocated: 0, note: null };
}
