/**
 * A metric that can be undefined for a sample carries its reason: `{ value }` when it is a
 * number, `{ value: null, reason }` when it is not ("no losing trades", "ruined on 2025-01-08").
 * Reports keep the reasons beside the values (`nullReasons`), so the app, the CLI and the PDF
 * can say why a "—" is there.
 *
 * Every ratio divides through `guardedRatio`: the denominator must be a normal (not
 * subnormal) number whose magnitude is at least RATIO_EPSILON × |numerator|, and the quotient
 * finite. Otherwise the ratio is null with the reason: a denominator that small is rounding
 * noise, not a measurement (a P/L of −1e-320 would give a 300-digit Sortino).
 */

export type Explained = { value: number; reason?: undefined } | { value: null; reason: string };

export const known = (value: number): Explained => ({ value });
export const unknown = (reason: string): Explained => ({ value: null, reason });

/**
 * A collector of null reasons: `take(explained, id)` returns the value and, when it is null,
 * records the reason under `id` in `reasons` (the `nullReasons` of a result).
 */
export function reasonCollector<Id extends string>(): { reasons: Partial<Record<Id, string>>; take(explained: Explained, id: Id): number | null } {
  const reasons: Partial<Record<Id, string>> = {};
  return {
    reasons,
    take(explained, id) {
      if (explained.value === null) reasons[id] = explained.reason;
      return explained.value;
    },
  };
}

/** Smallest positive normal double: below it a number keeps only a few significant bits (subnormal). */
export const SMALLEST_NORMAL = 2.2250738585072014e-308;
/** A denominator below this × |numerator| (a ratio beyond 10⁹ in magnitude) is refused. */
export const RATIO_EPSILON = 1e-9;

/** A number in a reason: 4 significant digits, so 1e-320 reads "1.000e-320" and 0.5 reads "0.5000". */
export function reasonNumber(value: number): string {
  return value.toPrecision(4);
}

/**
 * numerator / denominator, or null with the reason when `denominator` (named in words, e.g.
 * "the sum of losses") is 0, subnormal, below `epsilon` × |numerator| (default RATIO_EPSILON),
 * or the quotient is not finite. A growth multiple (final ÷ start), which is legitimately huge
 * for a long compounding log, passes epsilon 0: only 0, subnormal and overflow are refused.
 */
export function guardedRatio(numerator: number, denominator: number, denominatorName: string, epsilon = RATIO_EPSILON): Explained {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return unknown(`${denominatorName} or its numerator is not a finite number`);
  const size = Math.abs(denominator);
  if (size === 0) return unknown(`${denominatorName} is 0`);
  if (size < SMALLEST_NORMAL) return unknown(`${denominatorName} (${reasonNumber(denominator)}) is too close to 0 to divide by (subnormal)`);
  if (size < epsilon * Math.abs(numerator)) {
    return unknown(`${denominatorName} (${reasonNumber(denominator)}) is too close to 0 to divide ${reasonNumber(numerator)} by (below ${epsilon} of it)`);
  }
  const value = numerator / denominator;
  return Number.isFinite(value) ? known(value) : unknown(`${reasonNumber(numerator)} / ${reasonNumber(denominator)} overflows`);
}

/**
 * Mean of finite values that cannot overflow: the plain sum ÷ n, or — when that sum overflows
 * (values near ±1.8e308) — the sum of value ÷ n, whose magnitude never exceeds the largest value.
 */
export function safeMean(values: readonly number[]): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  if (Number.isFinite(sum)) return sum / n;
  let scaled = 0;
  for (let i = 0; i < values.length; i++) scaled += values[i] / n;
  return scaled;
}
