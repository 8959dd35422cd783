/**
 * Risk parity (equal risk contributions wᵢ(Σw)ᵢ): Spinu's convex program minimize ½yᵀΣy −
 * Σ ln yᵢ / N (y > 0), solved by cyclical coordinate descent (Griveau-Billion, Richard & Roncalli
 * 2013: each yᵢ has the closed form root of Σᵢᵢyᵢ² + cᵢyᵢ − 1/N = 0), then w = budget·y/Σy. By
 * hand: a dozen lines, no library provides it. Bounds that cut the equal-risk answer are applied
 * afterwards (projection) and said. A zero-variance asset makes it undefined: equal weight.
 */
import { equalWeights } from './equal-weight';
import { projectToBudget, type Projected } from './project';

export function riskParityWeights(cov: readonly (readonly number[])[], names: readonly string[], min: number, max: number, budget: number): Projected & { iterations: number } {
  const N = cov.length;
  const flat = cov.findIndex((row, i) => !(row[i] > 0));
  if (flat >= 0) return { ...equalWeights(N, min, max, budget), message: `${names[flat]} has zero variance (a constant series): risk parity is undefined, equal weight instead.`, iterations: 0 };
  const y = cov.map((row, i) => 1 / Math.sqrt(row[i]) / N);
  const b = 1 / N;
  let iterations = 0;
  for (; iterations < 10_000; iterations++) {
    let change = 0;
    for (let i = 0; i < N; i++) {
      let c = 0;
      for (let j = 0; j < N; j++) if (j !== i) c += cov[i][j] * y[j];
      const a = cov[i][i];
      const next = (-c + Math.sqrt(c * c + 4 * a * b)) / (2 * a);
      change = Math.max(change, Math.abs(next - y[i]) / next);
      y[i] = next;
    }
    if (change < 1e-13) break;
  }
  const total = y.reduce((s, v) => s + v, 0);
  return { ...projectToBudget(y.map((v) => (budget * v) / total), min, max, budget), iterations };
}
