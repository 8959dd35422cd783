/**
 * Fractional Kelly with a cap: applied = min(kelly · fraction · multiplier, cap), and 0 when
 * Kelly is undefined or not positive (no edge → no allocation). Fractions of equity.
 * `cappedBy` names the limit that bit, so the UI can say so.
 */

export interface AppliedFraction {
  /** The fraction actually used. */
  value: number;
  /** kelly · fraction · multiplier before the cap (0 without an edge). */
  uncapped: number;
  cappedBy: 'cap' | null;
}

export function applyFraction(kelly: number | null, fraction: number, multiplier: number, cap: number): AppliedFraction {
  const uncapped = kelly !== null && kelly > 0 ? kelly * fraction * multiplier : 0;
  return uncapped > cap ? { value: cap, uncapped, cappedBy: 'cap' } : { value: uncapped, uncapped, cappedBy: null };
}
