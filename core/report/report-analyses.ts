/**
 * The analyses a report adds to the statistics and the sizing — edge realism, the replay
 * comparison, the Monte Carlo run — built once for the app (data worker) and `sizewise report`
 * alike, each either present or missing with the reason in words (ReportInput.unavailable), so
 * the report says why a section has no content instead of dropping it.
 */
import type { Trade } from '../model';
import { assessRealism, type RealismReport } from '../realism';
import { type RateSeries, riskFreeForDates } from '../stats/risk-free';
import { ruinReason } from '../stats/ruin';
import type { StatsReport } from '../stats/types';
import { portfolioDailyReturns } from './daily-returns';
import { runReportMonteCarlo, type ReportMonteCarlo } from './monte-carlo-run';
import { compareReportScenarios, type ComparisonOptions, type ReplayComparison } from './replay-scenarios';

export interface ReportAnalysesOptions extends ComparisonOptions {
  /** Strategy variants tried (Deflated Sharpe), default 1. */
  trials?: number;
  /** Monte Carlo paths and seed (REPORT_MONTE_CARLO by default). */
  paths?: number;
  seed?: number;
  /** Sections to build (the others are skipped, not computed); all when absent. */
  sections?: readonly string[];
}

export interface ReportAnalyses {
  realism?: RealismReport;
  replay?: ReplayComparison;
  montecarlo?: ReportMonteCarlo;
  /** Why each missing analysis is missing, by section id. */
  unavailable: Partial<Record<'realism' | 'replay' | 'montecarlo', string>>;
}

/** Edge realism of the portfolio's daily returns against the statistics' risk-free rate, or why it is undefined (ruin, fewer than 2 returns). */
export function reportRealism(stats: StatsReport, trials: number, riskFree: number | RateSeries = 0): { ok: true; value: RealismReport } | { ok: false; message: string } {
  const { portfolio } = stats;
  const returns = portfolioDailyReturns(portfolio);
  if (portfolio.ruin) return { ok: false, message: `the account was ${ruinReason(portfolio.ruin)}; daily returns end there, so the Sharpe statistics are undefined` };
  if (returns.length < 2) return { ok: false, message: `the Sharpe statistics need at least two daily returns; the equity curve has ${returns.length}` };
  return { ok: true, value: assessRealism(returns, { trials, periodName: 'business day', riskFree: riskFreeForDates(riskFree, portfolio.drawdownCurve.map((point) => point.date)) }) };
}

/** The reason shown for a Monte Carlo that cannot run. */
export function monteCarloUnavailable(message: string): string {
  return `the simulation cannot run: ${message}`;
}

/** Realism, replay and Monte Carlo of the report's `trades` (the statistics' selection) at `capital`. */
export function reportAnalyses(trades: readonly Trade[], stats: StatsReport, capital: number, options: ReportAnalysesOptions = {}): ReportAnalyses {
  const wanted = (id: string) => !options.sections || options.sections.includes(id);
  const out: ReportAnalyses = { unavailable: {} };
  if (wanted('realism')) {
    const realism = reportRealism(stats, options.trials ?? 1, options.riskFree);
    if (realism.ok) out.realism = realism.value;
    else out.unavailable.realism = realism.message;
  }
  if (wanted('replay')) {
    const replay = compareReportScenarios(trades, capital, options);
    if (replay.ok) out.replay = replay.value;
    else out.unavailable.replay = replay.message;
  }
  if (wanted('montecarlo')) {
    const simulated = runReportMonteCarlo(trades, capital, { paths: options.paths, seed: options.seed });
    if (simulated.ok) out.montecarlo = simulated.value;
    else out.unavailable.montecarlo = monteCarloUnavailable(simulated.message);
  }
  return out;
}
