/**
 * The portfolio's daily returns for the realism section: r_t = P/L_t / equity_{t−1} on the
 * business-day curve in use (SPEC-metrics §2): marked to market (Net Liquidity, withdrawals
 * added back) when the daily log belongs, else the closed-trade curve; the first day measured
 * against the starting capital. Empty when equity reaches zero (returns are then undefined).
 */
import { dailyReturns } from '../stats';
import type { PortfolioStats } from '../stats/types';

export function portfolioDailyReturns(portfolio: Pick<PortfolioStats, 'drawdownCurve' | 'startingCapital'>): number[] {
  const curve = portfolio.drawdownCurve;
  const pl = curve.map((point, i) => point.equity - (i === 0 ? portfolio.startingCapital : curve[i - 1].equity));
  return dailyReturns(portfolio.startingCapital, pl) ?? [];
}
