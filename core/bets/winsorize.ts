/**
 * "P/L shrunk, negative outliers clamped" (issue 12): the lower tail of a group's per-bet P/L
 * is winsorized at its 5th percentile (linear interpolation between order statistics, the
 * numpy default): values below it are raised to it, the rest are unchanged. One large lost
 * stake then cannot dominate the score's Sharpe-like term.
 */
import { percentilesInPlace } from '../montecarlo/quantiles';

export const WINSOR_PERCENTILE = 0.05;

export interface Winsorized {
  values: number[];
  /** The clamp level (the 5th percentile); null for an empty sample. */
  floor: number | null;
  /** How many values were raised. */
  clamped: number;
}

export function winsorizeLow(values: readonly number[], percentile = WINSOR_PERCENTILE): Winsorized {
  if (values.length === 0) return { values: [], floor: null, clamped: 0 };
  const [floor] = percentilesInPlace(Float64Array.from(values), [percentile]);
  let clamped = 0;
  const out = values.map((v) => {
    if (v >= floor) return v;
    clamped++;
    return floor;
  });
  return { values: out, floor, clamped };
}
