/**
 * What every use case reads from a workspace (or a trade log given to the CLI): the trades
 * in SPEC order, the daily log, the saved replay scenarios and the saved Sizing-page record.
 * The data worker keeps one per content change; the CLI builds one from its input file.
 */
import type { DailyConsistency } from '../import';
import type { DailyLogRow, ReportingTrade, SettledBet, Trade } from '../model';
import type { StoredScenario } from '../report';
import type { RateSeries } from '../stats/risk-free';

export interface WorkspaceContent {
  trades: Trade[];
  daily?: DailyLogRow[];
  /** The daily log checked against the trades, when the caller already has it (a cache). */
  dailyCheck?: DailyConsistency;
  /** Saved replay scenarios (they choose the report's replay comparison). */
  savedReplays?: StoredScenario[];
  /** The saved Sizing-page settings record (unchecked; restoreSizingSettings reads it). */
  sizingSettings?: unknown;
  /** The OptionOmega reporting log (live fills), for live vs backtest. */
  reporting?: ReportingTrade[];
  /** The saved live-vs-backtest record (unchecked; restoreLiveSettings reads it). */
  liveSettings?: unknown;
  /** The saved risk-free record (unchecked; core/app/risk-free-setting reads it). */
  riskFreeSetting?: unknown;
  /** The DTB3 series, loaded by the caller when the risk-free setting is historical. */
  rateSeries?: RateSeries;
  /** The bet log (issue 12) and the latest saved bets run (unchecked; betsReportRun reads it), for the report's bets section. */
  bets?: SettledBet[];
  latestBetRun?: { name: string; created: string; value: unknown } | null;
  /** The workspace's count of allocation configurations tried (core/app allocate-run); the Deflated Sharpe's trials add it. */
  allocationTrials?: number;
  /** The saved Allocate-page runs (allocator_runs, unchecked; the report's allocation section reads the last valid one). */
  allocationRuns?: { value: unknown; created: string }[];
}
