/**
 * Ruin (SPEC-metrics §2): when equity reaches 0 or below, the account is ruined on that date.
 * The curve stops there, max drawdown is 100%, and CAGR, Sharpe, Sortino and Calmar are null
 * with the reason "ruined on D".
 */
import type { EquityPoint, Ruin } from './types';

/** The first point whose equity is ≤ 0, or null when equity stays positive. */
export function findRuin(points: readonly Pick<EquityPoint, 'date' | 'equity'>[]): Ruin | null {
  for (let i = 0; i < points.length; i++) {
    const point = points[i];
    if (point.equity <= 0) return { date: point.date, equity: point.equity };
  }
  return null;
}

/** The earlier of two ruins (either may be null). */
export function earlierRuin(a: Ruin | null, b: Ruin | null): Ruin | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.date < a.date ? b : a;
}

/** The null reason of every metric a ruin makes undefined: "ruined on 2025-01-08: equity fell to −300.00". */
export function ruinReason(ruin: Ruin): string {
  return `ruined on ${ruin.date}: equity fell to ${ruin.equity.toFixed(2)}`;
}
