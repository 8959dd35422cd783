/**
 * Trade-level statistics of SPEC-metrics §1 for any set of closed trades: counts, win rate,
 * averages, payoff, profit factor, expectancy, streaks and the discrete Kelly fraction on
 * three P/L bases (raw P/L, P/L per contract, return on margin).
 * Conventions: win P/L > 0, loss P/L < 0, scratch P/L = 0; averages of losses are of |P/L|;
 * an undefined metric is null with its reason in `nullReasons`; ratios (payoff, profit factor,
 * Kelly) divide through `guardedRatio`, means cannot overflow (`safeMean`). Trades must be given
 * in trade order (for the streaks).
 */
import type { Trade } from '../model';
import { explainedKelly } from './discrete-kelly';
import { type Explained, guardedRatio, known, reasonCollector, safeMean, unknown } from '../numeric/explained';
import { longestStreaks } from './streaks';
import type { StatsMetricId, TradeStats } from './types';

/** Contract counts varying by more than this factor make raw-P/L Kelly meaningless. */
export const CONTRACTS_VARY_FACTOR = 2;

function mean(values: number[], none: string): Explained {
  return values.length === 0 ? unknown(none) : known(safeMean(values));
}

/** Return on margin per trade, or why it is undefined (a trade without a positive margin, a margin too small to divide by). */
function returnsOnMargin(trades: Trade[]): number[] | string {
  const values: number[] = [];
  for (let i = 0; i < trades.length; i++) {
    const t = trades[i];
    if (t.marginReq === null || !(t.marginReq > 0)) return `the trade opened ${t.dateOpened} has no positive margin (every trade needs one)`;
    const ratio = guardedRatio(t.pl, t.marginReq, `the margin of the trade opened ${t.dateOpened}`);
    if (ratio.value === null) return ratio.reason;
    values.push(ratio.value);
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
  for (let i = 0; i < trades.length; i++) {
    const t = trades[i];
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
  const { reasons, take: valueOf } = reasonCollector<StatsMetricId>();
  const avgWin = mean(winPls, 'no winning trades');
  const avgLoss = mean(lossSizes, 'no losing trades');
  const onMargin = returnsOnMargin(trades);
  const payoff = avgWin.value === null || avgLoss.value === null ? unknown(`needs winning and losing trades (${avgWin.reason ?? avgLoss.reason})`) : guardedRatio(avgWin.value, avgLoss.value, 'the average loss');
  const profitFactor = losses === 0 ? unknown('no losing trades') : guardedRatio(grossWin, grossLoss, 'the sum of losses');
  const perContract = trades.map((t) => t.pl / t.contracts);
  return {
    trades: trades.length,
    wins,
    losses,
    scratches: trades.length - wins - losses,
    totalPl,
    winRate: valueOf(trades.length === 0 ? unknown('no trades') : known(wins / trades.length), 'winRate'),
    decidedWinRate: valueOf(wins + losses === 0 ? unknown('no winning or losing trades') : known(wins / (wins + losses)), 'decidedWinRate'),
    avgWin: valueOf(avgWin, 'avgWin'),
    avgLoss: valueOf(avgLoss, 'avgLoss'),
    payoff: valueOf(payoff, 'payoff'),
    profitFactor: valueOf(profitFactor, 'profitFactor'),
    expectancy: valueOf(mean(pls, 'no trades'), 'expectancy'),
    ...longestStreaks(pls),
    kelly: valueOf(explainedKelly(pls), 'kelly'),
    kellyPerContract: valueOf(explainedKelly(perContract), 'kellyPerContract'),
    kellyMargin: valueOf(typeof onMargin === 'string' ? unknown(onMargin) : explainedKelly(onMargin), 'kellyMargin'),
    contractsVary: contractsVary(trades),
    nullReasons: reasons,
  };
}
