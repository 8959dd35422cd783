/**
 * The suggested per-strategy size multiplier from the drift percentile q (the share of
 * bootstrap sums of n backtest trades below the live sum):
 *
 *   1    when q ≥ the drift threshold (default 0.05): live is consistent with the backtest;
 *   0.5  when the cut threshold ≤ q < the drift threshold: drifting — halve the size;
 *   0    when q < the cut threshold (default 0.01): stop trading it until it is understood.
 *
 * A step rule on purpose: it acts only on evidence the bootstrap test can carry (a live
 * record at the 30th percentile is not "70% as good"), and it never raises a size.
 */

export function suggestedMultiplier(percentile: number, driftThreshold: number, cutThreshold: number): number {
  if (percentile < cutThreshold) return 0;
  if (percentile < driftThreshold) return 0.5;
  return 1;
}

export function multiplierRule(driftThreshold: number, cutThreshold: number): string {
  return `Suggested multiplier: 1 when the live percentile is at least ${driftThreshold}; 0.5 (halve) when it is below ${driftThreshold} ("drifting"); 0 when it is below ${cutThreshold}. It never raises a size.`;
}
