/** Equal weight: budget ÷ N per asset, then fitted into the bounds. */
import { projectToBudget, type Projected } from './project';

export function equalWeights(N: number, min: number, max: number, budget: number): Projected {
  return projectToBudget(new Array(N).fill(budget / Math.max(1, N)), min, max, budget);
}
