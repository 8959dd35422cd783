/**
 * Inverse volatility: wᵢ ∝ 1/σᵢ, scaled to the budget, then fitted into the bounds. An asset
 * with zero volatility makes the rule undefined: equal weight, with the message.
 */
import { equalWeights } from './equal-weight';
import { projectToBudget, type Projected } from './project';

export function inverseVolWeights(cov: readonly (readonly number[])[], names: readonly string[], min: number, max: number, budget: number): Projected {
  const sd = cov.map((row, i) => Math.sqrt(Math.max(0, row[i])));
  const flat = sd.findIndex((s) => !(s > 0));
  if (flat >= 0) {
    const eq = equalWeights(names.length, min, max, budget);
    return { weights: eq.weights, message: `${names[flat]} has zero volatility (a constant series): inverse volatility is undefined, equal weight instead.` };
  }
  const inv = sd.map((s) => 1 / s);
  const total = inv.reduce((a, b) => a + b, 0);
  return projectToBudget(inv.map((v) => (budget * v) / total), min, max, budget);
}
