/** Builds an OptionOmega daily-log row for the stats tests: current and trading funds equal Net Liquidity, nothing withdrawn. */
import type { DailyLogRow } from '../../../core/model';

export function dailyRow(date: string, netLiquidity: number, pl: number, drawdownPct = 0): DailyLogRow {
  return { date, netLiquidity, currentFunds: netLiquidity, withdrawn: 0, tradingFunds: netLiquidity, pl, plPct: 0, drawdownPct };
}
