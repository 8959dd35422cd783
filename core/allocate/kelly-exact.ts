/**
 * Exact growth-optimal multi-asset Kelly (SPEC-metrics §3): argmax mean ln(1 + wᵀrₜ) over the
 * calendar's periods, min ≤ wᵢ ≤ max and Σw ≤ ceiling, by the interior-point solver of
 * `log-growth.ts`; then × the Kelly fraction (never below the minimum weight).
 */
import { maximizeLogGrowth } from './log-growth';
import type { Projected } from './project';

export function exactKellyWeights(returns: readonly ArrayLike<number>[], periods: number, names: readonly string[], min: number, max: number, ceiling: number, fraction: number): Projected & { full: number[]; iterations: number } {
  const N = returns.length;
  const solved = maximizeLogGrowth({ columns: returns, periods, lo: new Array(N).fill(min), hi: new Array(N).fill(max), G: [new Array(N).fill(1)], h: [ceiling] });
  const messages: string[] = [];
  if (solved.failure) messages.push(`Exact Kelly: ${solved.failure}; weights at the minimums.`);
  if (solved.unbounded.length > 0) messages.push(`${solved.unbounded.map((i) => names[i]).join(', ')}: growth keeps rising with size (never loses on the calendar); capped by the far bound.`);
  const weights = solved.x.map((f) => Math.max(min, f * fraction));
  return { weights, full: solved.x, iterations: solved.iterations, message: messages.length > 0 ? messages.join(' ') : null };
}
