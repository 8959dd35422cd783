/**
 * Outlier check for Kelly: the trade whose removal changes discrete Kelly the most
 * (leave-one-out). Computed in O(n) from running sums, with the same formula as
 * discreteKelly. `change` is the relative change |K₋ᵢ − K| / |K|, null when removing the
 * trade makes Kelly undefined (e.g. it was the only loss) — then that trade alone decides.
 */
import { discreteKelly, kellyFromOutcomes } from '../stats/discrete-kelly';

export interface InfluentialTrade {
  index: number;
  kelly: number;
  kellyWithout: number | null;
  change: number | null;
}

export function mostInfluentialTrade(values: number[]): InfluentialTrade | null {
  const kelly = kellyFromOutcomes(values);
  if (kelly === null || kelly === 0) return null;
  let wins = 0;
  let losses = 0;
  let winSum = 0;
  let lossSum = 0;
  for (const v of values) {
    if (v > 0) {
      wins++;
      winSum += v;
    } else if (v < 0) {
      losses++;
      lossSum -= v;
    }
  }
  let best: InfluentialTrade | null = null;
  values.forEach((v, index) => {
    if (v === 0) return;
    const w = v > 0 ? wins - 1 : wins;
    const l = v < 0 ? losses - 1 : losses;
    const ws = v > 0 ? winSum - v : winSum;
    const ls = v < 0 ? lossSum + v : lossSum;
    const without = w === 0 || l === 0 ? null : discreteKelly(w / (w + l), ws / w / (ls / l));
    const change = without === null ? null : Math.abs(without - kelly) / Math.abs(kelly);
    const beats = best === null || (best.change !== null && (change === null || change > best.change));
    if (beats) best = { index, kelly, kellyWithout: without, change };
  });
  return best;
}
