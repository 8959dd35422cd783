/**
 * The margin a sizing needs at the historically busiest moment (SPEC-metrics §3 "Placeable
 * contracts"): max over opening moments t of Σᵢ nᵢ·mᵢₜ, with nᵢ the contracts per trade of
 * strategy i and mᵢₜ the margin per contract of strategy i's positions open at t. Strategies
 * that never hold positions together do not add up.
 */
import { momentLabel, type MarginTimeline } from './timeline';

export interface PeakMarginNeed {
  /** Dollars; 0 when no trade has a margin or every size is 0. */
  need: number;
  /** The first moment reaching it; null when the need is 0. */
  at: { date: string; time: string } | null;
}

/** `contracts[i]` is the size of strategy `timeline.strategies[i]` (missing entries count as 0). */
export function peakMarginNeed(timeline: MarginTimeline, contracts: ArrayLike<number>): PeakMarginNeed {
  const S = timeline.strategies.length;
  let need = 0;
  let best = -1;
  for (let k = 0; k < timeline.count; k++) {
    let sum = 0;
    const row = k * S;
    for (let s = 0; s < S; s++) {
      const n = s < contracts.length ? contracts[s] : 0;
      if (n > 0) sum += n * timeline.perContract[row + s];
    }
    if (sum > need) {
      need = sum;
      best = k;
    }
  }
  return { need, at: best < 0 ? null : momentLabel(timeline, best) };
}
