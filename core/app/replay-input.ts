/**
 * Use case: what the Replay page replays — the filtered trades prepared for core/replay
 * (business-day calendar, SPEC order, per-trade arrays) and the log's starting capital
 * (SPEC §2, from the closed trades), used where a scenario leaves the capital empty; with a
 * historical risk-free setting, the DTB3 rate of each business day (the scenarios' Sharpe).
 */
import type { Trade } from '../model';
import { prepareReplayInput, type ReplayInput, withRiskFree } from '../replay';
import { type RateSeries, resolveStartingCapital } from '../stats';

export interface PreparedReplay {
  input: ReplayInput;
  logCapital: number;
}

/** `riskFree`: the workspace's risk-free rate (core/app workspaceRiskFree); the DTB3 series is attached day by day for Sharpe. */
export function prepareReplay(trades: Trade[], riskFree: number | RateSeries = 0): PreparedReplay {
  const closed = trades.filter((t) => t.dateClosed !== null);
  return { input: withRiskFree(prepareReplayInput(trades), riskFree), logCapital: resolveStartingCapital(closed).value };
}
