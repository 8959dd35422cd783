/**
 * The portfolio's daily returns for the realism section: r_t = P/L_t / equity_{t−1} on the
 * business-day equity curve (SPEC-metrics §2), the first day measured against the starting
 * capital. Empty when equity reaches zero (returns are then undefined).
 */
import { curveReturns } from '../stats';
import type { PortfolioStats } from '../stats/types';

export function portfolioDailyReturns(portfolio: Pick<PortfolioStats, 'curve' | 'startingCapital'>): number[] {
  const { returns, complete } = curveReturns(
    portfolio.startingCapital,
    portfolio.curve.map((point) => point.equity),
  );
  return complete ? returns : [];
}
