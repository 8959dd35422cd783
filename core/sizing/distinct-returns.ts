/**
 * An empirical sample as its distinct values with their counts (issue 18 §7): the growth
 * curve evaluates mean ln(1 + f·rᵢ) and the Lundberg exponent at ~42 fractions, and equal
 * returns give equal terms at every f, so each distinct value is evaluated once, weighted by
 * how often it occurs. Exact (the same means up to floating-point summation order); a log of
 * 200,000 trades whose P/L per contract repeats (cents, the same spread's fixed outcomes)
 * shrinks to a few thousand values.
 */

export interface DistinctReturns {
  /** Distinct values, ascending. */
  values: number[];
  /** How many returns equal each value. */
  counts: number[];
  /** The sample size (Σ counts). */
  n: number;
}

export function distinctReturns(returns: readonly number[]): DistinctReturns {
  const sorted = Float64Array.from(returns).sort();
  const values: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (values.length > 0 && sorted[i] === values[values.length - 1]) counts[counts.length - 1]++;
    else {
      values.push(sorted[i]);
      counts.push(1);
    }
  }
  return { values, counts, n: sorted.length };
}
