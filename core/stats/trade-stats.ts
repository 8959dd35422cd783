/**
 * Trade-level statistics of SPEC-metrics §1 for any set of closed trades: counts, win rate,
 * averages, payoff, profit factor, expectancy, streaks and the discrete Kelly fraction on
 * three P/L bases (raw P/L, P/L per contract, return on margin).
 * Conventions: win P/L > 0, loss P/L < 0, scratch P/L = 0; averages of losses are of |P/L|;
 * an undefined metric is null. Trades must be given in trade order (for the streaks).
 */
import type { Trade } from '../model';
import { kellyFromOutcomes } from '../sizing/discrete-kelly';
import { finiteOrNull } from '../sizing/finite';
import { longestStreaks } from './streaks';
import type { TradeStats } from './types';

/** Contract counts varying by more than this factor make raw-P/L Kelly meaningless. */
export const CONTRACTS_VARY_FACTOR = 2;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Return on margin per trade, or null when any trade lacks a positive margin. */
function returnsOnMargin(trades: Trade[]): number[] | null {
  const values: number[] = [];
  for (const t of trades) {
    if (t.marginReq === null || !(t.marginReq > 0)) return null;
    values.push(t.pl / t.marginReq);
  }
  return values;
}

/**
 * Smallest and largest contract count (null without trades). A loop, not Math.min(...spread),
 * which overflows the call stack on logs of a few hundred thousand trades.
 */
export function contractRange(trades: Trade[]): { min: number; max: number } | null {
  if (trades.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const t of trades) {
    min = Math.min(min, t.contracts);
    max = Math.max(max, t.contracts);
  }
  return { min, max };
}

/** True when max contracts / min contracts exceeds CONTRACTS_VARY_FACTOR. */
export function contractsVary(trades: Trade[]): boolean {
  const range = contractRange(trades);
  return range !== null && range.max > CONTRACTS_VARY_FACTOR * range.min;
}

/** All trade-level statistics of `trades` (in trade order). */
export function computeTradeStats(trades: Trade[]): TradeStats {
  const pls = trades.map((t) => t.pl);
  const winPls = pls.filter((pl) => pl > 0);
  const lossSizes = pls.filter((pl) => pl < 0).map((pl) => -pl);
  const wins = winPls.length;
  const losses = lossSizes.length;
  const totalPl = pls.reduce((sum, pl) => sum + pl, 0);
  const grossWin = winPls.reduce((sum, pl) => sum + pl, 0);
  const grossLoss = lossSizes.reduce((sum, loss) => sum + loss, 0);
  const avgWin = mean(winPls);
  const avgLoss = mean(lossSizes);
  const onMargin = returnsOnMargin(trades);
  return {
    trades: trades.length,
    wins,
    losses,
    scratches: trades.length - wins - losses,
    totalPl,
    winRate: trades.length === 0 ? null : wins / trades.length,
    decidedWinRate: wins + losses === 0 ? null : wins / (wins + losses),
    avgWin,
    avgLoss,
    payoff: finiteOrNull(avgWin !== null && avgLoss !== null ? avgWin / avgLoss : null),
    profitFactor: losses === 0 ? null : grossWin / grossLoss,
    expectancy: mean(pls),
    ...longestStreaks(pls),
    kelly: kellyFromOutcomes(pls),
    kellyPerContract: kellyFromOutcomes(trades.map((t) => t.pl / t.contracts)),
    kellyMargin: onMargin === null ? null : kellyFromOutcomes(onMargin),
    contractsVary: contractsVary(trades),
  };
}
