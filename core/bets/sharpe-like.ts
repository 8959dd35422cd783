/**
 * Sharpe-like ratio of a group's per-bet P/L: mean / (sd + ε), ε = 0.01 (one cent, in the
 * P/L's currency), so a sample with no spread stays finite. Per bet, not annualized, no
 * risk-free rate. null when the sd is undefined (fewer than 2 bets).
 */

export const SHARPE_EPSILON = 0.01;

export function sharpeLike(mean: number | null, sd: number | null): number | null {
  return mean === null || sd === null ? null : mean / (sd + SHARPE_EPSILON);
}
