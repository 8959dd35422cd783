/**
 * The portfolio's daily returns for the realism section: r_t = P/L_t / equity_{t−1} on the
 * business-day curve in use (SPEC-metrics §2): marked to market (Net Liquidity, withdrawals
 * added back) when the daily log belongs, else the closed-trade curve; the first day measured
 * against the starting capital. Empty when equity reaches zero (returns are then undefined).
 */
import { curveReturns } from '../stats';
import type { PortfolioStats } from '../stats/types';

export function portfolioDailyReturns(portfolio: Pick<PortfolioStats, 'drawdownCurve' | 'startingCapital'>): number[] {
  const { returns, complete } = curveReturns(
    portfolio.startingCapital,
    portfolio.drawdownCurve.map((point) => point.equity),
  );
  return complete ? returns : [];
}
