/**
 * What a report section is: the input every section reads, and the definition each section
 * module exports (`id`, `title`, `isAvailable`, `build`, optional conventions). Adding a
 * section = one module exporting a definition + one line in `registry.ts` (see
 * README-sections.md).
 */
import type { LiveComparison } from '../live';
import type { SavedAllocationRun } from '../allocate/saved-run';
import type { RealismReport } from '../realism';
import type { ReportMonteCarlo } from './monte-carlo-run';
import type { ReplayComparison } from './replay-scenarios';
import type { SizingReport } from '../sizing';
import type { DailyOnlyStats } from '../stats/daily-only';
import type { SizingTargets } from '../sizing/sizing-targets-types';
import type { StatsReport } from '../stats/types';
import type { ReportChart, ReportTable } from './types';
import type { BetsReportRun } from './sections/bets';

export interface ReportInput {
  portfolioName: string;
  stats: StatsReport;
  /**
   * A workspace with a daily log and no trade log: the daily log's own curve (core/stats
   * dailyOnlyStats). `stats` is then empty (no trades); the portfolio and chart sections show
   * this curve, and the sections that need trades say so.
   */
  dailyOnly?: DailyOnlyStats;
  /** core/sizing `analyzeSizing` at the same capital and fraction (Kelly and margin sections). */
  sizing?: SizingReport;
  /** core/realism `assessRealism` of the portfolio's daily returns (realism section). */
  realism?: RealismReport;
  /** core/replay runs of the compared scenarios (replay comparison section; `compareReportScenarios`). */
  replay?: ReplayComparison;
  /** core/montecarlo config and summary (Monte Carlo section; `runReportMonteCarlo`). */
  montecarlo?: ReportMonteCarlo;
  /** core/live comparison of the live record with the backtest (live section; core/app planLive). */
  live?: LiveComparison;
  /** Prediction-market bets run (bets section; core/app betsReportRun), when the workspace holds a bet log. */
  bets?: BetsReportRun;
  /** core/app sizingTargets: drawdown target, Kelly band and tail-aware Kelly (targets section). */
  targets?: SizingTargets;
  /** The workspace's most recently saved Allocate-page run (allocation section; core/app latestAllocationRun). */
  allocation?: { run: SavedAllocationRun; created: string };
  /** Allocation configurations tried in this workspace (added to the Deflated Sharpe's trials). */
  allocationTrials?: number;
  /** Capital the sizing is computed for. */
  capital: number;
  /** Chosen Kelly fraction (0.5 = half Kelly). */
  fraction: number;
  /** ISO timestamp of generation (passed in: core never reads the clock). */
  generatedAt: string;
  /** Sections to include, in registry order; every section when omitted (those without data say why). */
  sections?: readonly string[];
  /**
   * Why an analysis the caller could not build is missing, by section id (e.g. replay: "no
   * closed trade to replay"); `reportAnalyses` fills it. A section without data shows this
   * reason, else its own `unavailableReason`.
   */
  unavailable?: Partial<Record<string, string>>;
}

export interface SectionContent {
  tables: ReportTable[];
  charts: ReportChart[];
  notes: string[];
}

export interface SectionDefinition<Id extends string = string> {
  id: Id;
  title: string;
  /** One line for the export dialog. */
  description: string;
  /** True when the input holds the data this section needs. */
  isAvailable(input: ReportInput): boolean;
  /** Why the section has no data, in words, when `isAvailable` is false (the caller's `unavailable` reason wins). */
  unavailableReason(input: ReportInput): string;
  build(input: ReportInput): SectionContent;
  /** Conventions behind this section's numbers, added to the report's footnotes. */
  conventions?(input: ReportInput): string[];
  /**
   * A section about data most workspaces do not hold (the bets section: a bet log): without
   * its data it is left out of the report and the export dialog instead of printing its
   * reason — unless the caller asked for it by id, then the reason is printed as usual.
   */
  onlyWithData?: boolean;
}

/** Identity helper that keeps the literal type of `id` (so `SectionId` is a precise union). */
export function defineSection<Id extends string>(definition: SectionDefinition<Id>): SectionDefinition<Id> {
  return definition;
}
