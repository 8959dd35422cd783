/**
 * Brier score of probability forecasts p of binary outcomes y (SPEC §6): mean((p − y)²), and
 * Murphy's decomposition on the 10 reliability bins: reliability REL = Σₖ (nₖ/N)(p̄ₖ − ōₖ)²
 * (lower is better), resolution RES = Σₖ (nₖ/N)(ōₖ − ō)² (higher is better), uncertainty
 * UNC = ō(1 − ō). Brier = REL − RES + UNC exactly when the forecasts within each bin are equal;
 * otherwise the rest, `withinBin` = Brier − (REL − RES + UNC), is the within-bin part
 * (Stephenson et al. 2008), reported so the parts add up.
 */
import { binTallies, RELIABILITY_BINS } from './reliability';

export interface BrierDecomposition {
  brier: number;
  reliability: number;
  resolution: number;
  uncertainty: number;
  withinBin: number;
}

/** null without any forecast. */
export function brierDecomposition(p: readonly number[], y: readonly number[]): BrierDecomposition | null {
  const n = p.length;
  if (n === 0) return null;
  const { count, sumP, sumY } = binTallies(p, y);
  let squares = 0;
  let wins = 0;
  for (let i = 0; i < n; i++) {
    squares += (p[i] - y[i]) * (p[i] - y[i]);
    wins += y[i];
  }
  const base = wins / n;
  let rel = 0;
  let res = 0;
  for (let k = 0; k < RELIABILITY_BINS; k++) {
    if (count[k] === 0) continue;
    const pk = sumP[k] / count[k];
    const ok = sumY[k] / count[k];
    rel += (count[k] / n) * (pk - ok) * (pk - ok);
    res += (count[k] / n) * (ok - base) * (ok - base);
  }
  const brier = squares / n;
  const uncertainty = base * (1 - base);
  return { brier, reliability: rel, resolution: res, uncertainty, withinBin: brier - (rel - res + uncertainty) };
}
