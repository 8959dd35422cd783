/** core/app: one pure function per use case — the only place orchestration lives (see README.md). */
export type { WorkspaceContent } from './workspace-content';
export { DAILY_MISMATCH_PREFIX, usableDaily, type UsableDaily } from './usable-daily';
export { workspaceStats } from './workspace-stats';
export { workspaceRealism, workspaceSizing } from './workspace-sizing';
export { buildReport, finishReport, planReport, reportSettings, type ReportFailure, type ReportMonteCarloJob, type ReportOutcome, type ReportPlan, type ReportReplayJob, type ReportRequest, type ReportResults } from './report';
export { prepareReplay, type PreparedReplay } from './replay-input';
export { monteCarloConfig } from './monte-carlo-config';
export * from './sizing-settings';
export * from './risk-free-setting';
export { workspacePosition, type CalculatorTicket, type StrategyHistorySource, type TicketOutcome } from './position';
export * from './live';
export { allocationSources, defaultAllocationCapital, workspaceAllocation, workspaceCorrelation, type AllocationInput } from './allocate';
export { dailyOnlyMonteCarloConfig, isDailyOnly, workspaceDailyOnly } from './daily-only';
export { finishLearnRun, isLegSeries, learnArtifacts, learnFold, learnJson, learnOptions, learnOptionsSchema, learnRunTrials, legInputs, planLearn, runLearnedAllocator, type LearnUserOptions, type LegFile } from './learn';
export { betRunRecord, betRunRecordSchema, betsReportRun, type BetRunRecord } from './bets';
export { betsRun, betsRunFromFiles, storedBetsRun, rejectionMessage, QUOTED_REJECTIONS, type BetsFile, type BetsRunOutcome } from './bets';
export { DEFAULT_TARGETS, horizonTrades, sizingTargets, sizingTargetsErrors, sizingTargetsSync, TARGETS_MODE, workspaceSizingTargets, type DrawdownTargetEntry, type HorizonUnit, type KellyBandEntry, type SizingTargets, type SizingTargetsEntry, type SizingTargetsOutcome, type SizingTargetsRequest, type WorkspaceTargetsRequest } from './sizing-targets';
export * from './allocate-run';
