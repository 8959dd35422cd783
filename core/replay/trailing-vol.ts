/**
 * Trailing daily volatility of one contract, for the volatility-target rule: at each
 * trade's open, the sample standard deviation (n − 1) of the strategy's daily P/L per
 * contract over the last VOL_WINDOW_DAYS finished business days (the days before the open
 * day). Daily P/L per contract sums the per-contract net P/L of every trade of the log
 * closing that day, taken or not. Depends only on the log, so the replay and the Monte
 * Carlo share it.
 */
import type { ReplayInput } from './types';

/** Trailing window (business days) of the volatility-target rule, and the days it needs first. */
export const VOL_WINDOW_DAYS = 60;
export const VOL_MIN_DAYS = 20;
/** Variances at or below this count as zero (a flat strategy has no volatility to target). */
const ZERO_VARIANCE = 1e-18;

/**
 * Per trade (open order): the trailing daily standard deviation; NaN with fewer than
 * VOL_MIN_DAYS finished days, 0 when the variance is (numerically) zero.
 */
export function trailingDailyVolatility(input: ReplayInput, netPerContract: Float64Array): Float64Array {
  const days = input.dates.length;
  const dayPl = new Float64Array(days + 1);
  for (let c = 0; c < input.count; c++) {
    const j = input.closeOrder[c];
    dayPl[input.closeDay[j]] += netPerContract[j];
  }
  const prefix = new Float64Array(days + 2);
  const prefixSquares = new Float64Array(days + 2);
  for (let d = 0; d <= days; d++) {
    prefix[d + 1] = prefix[d] + dayPl[d];
    prefixSquares[d + 1] = prefixSquares[d] + dayPl[d] * dayPl[d];
  }
  const sd = new Float64Array(input.count);
  for (let i = 0; i < input.count; i++) {
    const to = input.openDay[i];
    const from = Math.max(0, to - VOL_WINDOW_DAYS);
    const count = to - from;
    if (count < VOL_MIN_DAYS) {
      sd[i] = NaN;
      continue;
    }
    const sum = prefix[to] - prefix[from];
    const variance = (prefixSquares[to] - prefixSquares[from] - (sum * sum) / count) / (count - 1);
    sd[i] = variance > ZERO_VARIANCE ? Math.sqrt(variance) : 0;
  }
  return sd;
}
