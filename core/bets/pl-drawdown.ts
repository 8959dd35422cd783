/**
 * Max drawdown of a group's P/L in currency: the largest fall of the cumulative P/L (bets in
 * date order) from its running peak, the peak starting at 0 — so a first losing bet is
 * already a drawdown. 0 when the cumulative P/L never falls.
 */

export function plMaxDrawdown(pl: readonly number[]): number {
  let cumulative = 0;
  let peak = 0;
  let worst = 0;
  for (const value of pl) {
    cumulative += value;
    if (cumulative > peak) peak = cumulative;
    else if (peak - cumulative > worst) worst = peak - cumulative;
  }
  return worst;
}
