/**
 * Per-strategy measures over its pair rows:
 * - counts: matched, live only, backtest only, outside the window (live + backtest);
 * - fill rate = matched / (matched + backtest only): the share of the backtest's in-window
 *   trades that were taken live;
 * - mean and median premium slippage per contract over matched pairs with both premiums
 *   (median: linear interpolation between order statistics, as every percentile here);
 * - exit-reason agreement = agreeing / matched pairs with both reasons; mean open time
 *   difference (live − backtest, seconds) over pairs with both times;
 * - over the matched pairs with both trades closed, in live open order: Σ live and Σ backtest
 *   P/L per contract (one contract through every pair), Σ live P/L, Σ backtest P/L per
 *   contract × the live contracts (the backtest at the live size), and the cumulative
 *   live vs backtest P/L-per-contract series.
 * Drift and the multiplier are added by the orchestration (./compare-live).
 */
import { percentilesInPlace } from '../montecarlo';
import type { CumulativePoint, LivePair, NullReasons, StrategyComparison } from './types';

export type StrategyCounts = Omit<StrategyComparison, 'name' | 'liveName' | 'liveNames' | 'mappingSource' | 'mappingScore' | 'mappingReason' | 'driftPercentile' | 'drifting' | 'driftBootstrap' | 'driftTrades' | 'suggestedMultiplier'>;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, v) => a + v, 0) / values.length;
}

export function summarizeStrategy(pairs: readonly LivePair[], outsideWindowLive: number, outsideWindowBacktest: number): StrategyCounts {
  const nullReasons: NullReasons = {};
  const matched = pairs.filter((p) => p.category === 'matched');
  const liveOnly = pairs.filter((p) => p.category === 'liveOnly').length;
  const backtestOnly = pairs.filter((p) => p.category === 'backtestOnly').length;

  const fillRate = matched.length + backtestOnly === 0 ? null : matched.length / (matched.length + backtestOnly);
  if (fillRate === null) nullReasons.fillRate = 'the backtest has no trade in the comparison window';

  const slippages = matched.flatMap((p) => (p.slippagePerContract === null ? [] : [p.slippagePerContract]));
  const meanSlippagePerContract = mean(slippages);
  const medianSlippagePerContract = slippages.length === 0 ? null : percentilesInPlace(Float64Array.from(slippages), [0.5])[0];
  if (slippages.length === 0) {
    const why = matched.length === 0 ? 'no matched pairs' : 'no matched pair has both premiums';
    nullReasons.meanSlippagePerContract = why;
    nullReasons.medianSlippagePerContract = why;
  }

  const reasons = matched.flatMap((p) => (p.exitReasonAgrees === null ? [] : [p.exitReasonAgrees ? 1 : 0]));
  const exitReasonAgreement = mean(reasons);
  if (exitReasonAgreement === null) nullReasons.exitReasonAgreement = matched.length === 0 ? 'no matched pairs' : 'no matched pair has both exit reasons';

  const gaps = matched.flatMap((p) => (p.openTimeDifferenceSeconds === null ? [] : [p.openTimeDifferenceSeconds]));
  const meanOpenTimeDifferenceSeconds = mean(gaps);
  if (meanOpenTimeDifferenceSeconds === null) nullReasons.meanOpenTimeDifferenceSeconds = matched.length === 0 ? 'no matched pairs' : 'no matched pair has both open times';

  const closed = matched.filter((p) => p.plPerContractLive !== null && p.plPerContractBacktest !== null);
  let live = 0;
  let backtest = 0;
  let liveTotal = 0;
  let backtestAtLive = 0;
  const cumulative: CumulativePoint[] = [];
  for (const p of closed) {
    live += p.plPerContractLive as number;
    backtest += p.plPerContractBacktest as number;
    liveTotal += (p.plPerContractLive as number) * (p.liveContracts as number);
    backtestAtLive += (p.plPerContractBacktest as number) * (p.liveContracts as number);
    cumulative.push({ opened: p.liveOpened as string, live, backtest });
  }
  const none = closed.length === 0;
  if (none) {
    const why = matched.length === 0 ? 'no matched pairs' : 'no matched pair has both trades closed';
    for (const f of ['livePlPerContract', 'backtestPlPerContract', 'liveTotalPl', 'backtestTotalPlAtLiveContracts']) nullReasons[f] = why;
  }

  return {
    matched: matched.length,
    liveOnly,
    backtestOnly,
    outsideWindow: outsideWindowLive + outsideWindowBacktest,
    outsideWindowLive,
    outsideWindowBacktest,
    fillRate,
    meanSlippagePerContract,
    medianSlippagePerContract,
    exitReasonAgreement,
    meanOpenTimeDifferenceSeconds,
    closedPairs: closed.length,
    livePlPerContract: none ? null : live,
    backtestPlPerContract: none ? null : backtest,
    liveTotalPl: none ? null : liveTotal,
    backtestTotalPlAtLiveContracts: none ? null : backtestAtLive,
    cumulative,
    nullReasons,
  };
}
