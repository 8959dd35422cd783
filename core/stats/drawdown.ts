/**
 * Drawdown of an equity series (SPEC-metrics §2): drawdown_t = (peak_t − equity_t) / peak_t
 * with the running peak STARTING AT THE STARTING CAPITAL, so a loss on day one is already a
 * drawdown. Max drawdown is the largest drawdown_t (0 for a curve that never dips). A
 * drawdown is capped at 1 (100%): equity at or below 0 is ruin (SPEC "Ruin"), the whole
 * account lost, never "140% lost".
 * Time in drawdown = share of days with equity below the running peak; the longest
 * drawdown is the longest run of consecutive such days (both 0 for an empty series).
 * "Days" are the points of the series: business days for the trade curve, rows for a
 * daily log.
 */

export interface DrawdownSummary {
  /** Drawdown of each point, as a fraction. */
  drawdowns: number[];
  maxDrawdown: number;
  timeInDrawdown: number;
  longestDrawdownDays: number;
}

/** Drawdown statistics of `equities` (end-of-day values) starting from `startingCapital` (> 0). */
export function measureDrawdowns(startingCapital: number, equities: number[]): DrawdownSummary {
  let peak = startingCapital;
  let maxDrawdown = 0;
  let daysBelow = 0;
  let run = 0;
  let longestDrawdownDays = 0;
  const drawdowns = equities.map((equity) => {
    peak = Math.max(peak, equity);
    const drawdown = Math.min(1, (peak - equity) / peak);
    maxDrawdown = Math.max(maxDrawdown, drawdown);
    if (equity < peak) {
      daysBelow++;
      run++;
      longestDrawdownDays = Math.max(longestDrawdownDays, run);
    } else {
      run = 0;
    }
    return drawdown;
  });
  return { drawdowns, maxDrawdown, timeInDrawdown: equities.length === 0 ? 0 : daysBelow / equities.length, longestDrawdownDays };
}
