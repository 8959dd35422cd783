/**
 * Use case: the sizing report of a workspace — the one assembly behind the app's report
 * (data worker), `sizewise report` (PDF) and `sizewise report --json` (the model):
 * - statistics as workspaceStats (the daily log only when it matches the trades; a mismatch
 *   is the report's first warning),
 * - sizing and Deflated-Sharpe trials from the workspace's saved Sizing-page settings (the
 *   defaults when none are saved), overridable per field (the CLI's --capital, --fraction,
 *   --trials),
 * - capital = the sizing's capital (the saved capital, else the detected starting capital
 *   of the filtered period),
 * - the replay comparison: --rules, else the saved replay scenarios, else the default set,
 * - Monte Carlo with the report's conventions at that capital,
 * - live vs backtest (core/app planLive) when the workspace holds a reporting log;
 * - a daily log without a trade log: its own curve, realism and daily Monte Carlo
 *   (planDailyOnlyReport), the sections that need trades saying so.
 * - prediction-market bets (core/app betsReportRun) when the workspace holds a bet log.
 * Two phases so the expensive runs can go to the compute pool: `planReport` does every cheap
 * step and returns the replay input and the Monte Carlo config; `finishReport` turns their
 * results into the model. `buildReport` runs both phases in this thread.
 */
import { effectiveTrials, latestAllocationRun } from './allocate-run';
import type { MonteCarloConfig, MonteCarloSummary } from '../montecarlo';
import { buildMonteCarloConfig, runMonteCarlo } from '../montecarlo';
import {
  assembleComparison,
  buildReportModel,
  MAX_REPORT_SCENARIOS,
  RECOMMENDATION_SCENARIO,
  monteCarloUnavailable,
  replayableInput,
  reportMonteCarloOptions,
  reportRealism,
  reportScenarios,
  sectionChoices,
  validateSectionIds,
  type ReportInput,
  type ReportModel,
  type SectionChoice,
} from '../report';
import { defaultReplaySettings, runReplay, withRiskFree, type ReplayInput, type ScenarioResult } from '../replay';
import { recommendationOf, type Recommendation } from './recommendation';
import { computeStats, curveReturns, filterTrades, riskFreeForDates, ruinReason } from '../stats';
import type { DailyOnlyStats } from '../stats/daily-only';
import { assessRealism } from '../realism';
import { NEEDS_TRADE_LOG } from '../montecarlo/daily-only-config';
import { dailyOnlyMonteCarloConfig, isDailyOnly, workspaceDailyOnly } from './daily-only';
import type { TradeFilter } from '../stats/types';
import type { SizingRequest } from '../sizing/filtered-sizing';
import type { LiveComparison } from '../live';
import { planLive, runLivePlan, type LivePlan } from './live';
import { workspaceRiskFree } from './risk-free-setting';
import { betsReportRun } from './bets';
import { restoreSizingSettings, sizingRequest } from './sizing-settings';
import { workspaceSizing } from './workspace-sizing';
import { DEFAULT_TARGETS, sizingTargetsSync } from './sizing-targets';

/** Paths per drawdown-target search in the report (the defaults 20% / 95% / 252 business days). */
export const REPORT_TARGET_PATHS = 10000;
import { workspaceStats } from './workspace-stats';
import type { WorkspaceContent } from './workspace-content';

export interface ReportRequest {
  portfolioName: string;
  /** ISO timestamp printed on the cover (core never reads the clock). */
  generatedAt: string;
  filter?: TradeFilter;
  /** Overrides of the saved Sizing-page settings, field by field (capital null = detected). */
  sizing?: Partial<SizingRequest>;
  /** Strategy variants tried (Deflated Sharpe); default: the saved Sizing-page value. */
  trials?: number;
  /** Sections to include, by id; every section when omitted. */
  sections?: string[];
  /** Replay rule specs to compare instead of the saved or default scenarios. */
  rules?: string[];
  /** Monte Carlo paths and seed (the report's conventions by default). */
  paths?: number;
  seed?: number;
}

export type ReportFailure = { ok: false; code: 'unknown-section' | 'no-trades' | 'invalid-sizing' | 'invalid-trials'; message: string };

/** Replay work of a report: run `scenarios` on `input` (core/replay runReplay). */
export interface ReportReplayJob {
  input: ReplayInput;
  /** The scenarios to compare, where they came from, and why any saved one was left out. */
  chosen: ReturnType<typeof reportScenarios>;
}

/** Monte Carlo work of a report: simulate `config` (core/montecarlo). */
export interface ReportMonteCarloJob {
  config: MonteCarloConfig;
  warnings: string[];
}

export interface ReportPlan {
  /** Everything but the replay and Monte Carlo results. */
  input: ReportInput;
  replay?: ReportReplayJob;
  montecarlo?: ReportMonteCarloJob;
  /** Live vs backtest work (core/app runLivePlan: matching and the drift bootstraps). */
  live?: LivePlan;
}

export interface ReportResults {
  replay?: { ok: true; value: ScenarioResult[] } | { ok: false; message: string };
  montecarlo?: { ok: true; value: MonteCarloSummary } | { ok: false; message: string };
  live?: { ok: true; value: LiveComparison } | { ok: false; message: string };
}

export interface ReportOutcome {
  ok: true;
  model: ReportModel;
  /** Every section in print order, with the reason it has no data where it has none. */
  choices: SectionChoice[];
}

/** The Sizing request and trials the report uses: saved settings (or defaults), then the request's overrides; the trials add the allocation configurations tried. */
export function reportSettings(content: WorkspaceContent, request: Pick<ReportRequest, 'sizing' | 'trials'>): { sizing: SizingRequest; trials: number } {
  const saved = restoreSizingSettings(content.sizingSettings);
  const sizing = { ...sizingRequest(saved) };
  for (const [key, value] of Object.entries(request.sizing ?? {})) if (value !== undefined) (sizing as Record<string, unknown>)[key] = value;
  // The Deflated Sharpe's trials: the variants entered (request, else saved) + the workspace's allocation configurations tried.
  return { sizing, trials: effectiveTrials(request.trials ?? saved.trials, content.allocationTrials ?? 0).trials };
}

/**
 * The report's replay comparison with "simulate this recommendation" (issue 18 §1) first: the
 * sizing section's placeable contracts per strategy, replayed under the same margin ceiling ×
 * broker multiplier as the Sizing caps; left out, with the reason, when no strategy gets a
 * contract or the comparison is already full.
 */
function withRecommendation(chosen: ReturnType<typeof reportScenarios>, recommendation: Recommendation): ReturnType<typeof reportScenarios> {
  if (!Object.values(recommendation.rule.contracts).some((n) => n > 0)) return { ...chosen, warnings: [...chosen.warnings, `The Sizing recommendation is not replayed: ${recommendation.statement} (no strategy gets a contract).`] };
  if (chosen.scenarios.length >= MAX_REPORT_SCENARIOS) return { ...chosen, warnings: [...chosen.warnings, `The Sizing recommendation is not replayed: ${MAX_REPORT_SCENARIOS} scenarios are compared already.`] };
  const settings = { ...defaultReplaySettings(recommendation.capital), marginCeiling: recommendation.marginCeiling, marginMultiplier: recommendation.marginMultiplier };
  return {
    ...chosen,
    scenarios: [{ name: RECOMMENDATION_SCENARIO, scenario: { rule: recommendation.rule, settings } }, ...chosen.scenarios],
    warnings: [...chosen.warnings, `Sizing recommendation: ${recommendation.statement}; replayed with the same margin ceiling on realized equity.`],
  };
}

/** Phase 1: statistics, sizing, realism, and the replay and Monte Carlo work still to run. */
export function planReport(content: WorkspaceContent, request: ReportRequest): { ok: true; plan: ReportPlan } | ReportFailure {
  if (request.sections) {
    try {
      validateSectionIds(request.sections);
    } catch (error) {
      return { ok: false, code: 'unknown-section', message: `The report cannot be built: ${(error as Error).message}.` };
    }
  }
  const filter = request.filter ?? {};
  const { sizing: sizingRequest, trials } = reportSettings(content, request);
  if (!(Number.isInteger(trials) && trials >= 1)) return { ok: false, code: 'invalid-trials', message: `The number of variants tried must be a whole number, 1 or more; got ${trials}.` };
  if (isDailyOnly(content)) return planDailyOnlyReport(content, request, sizingRequest, trials);
  const stats = workspaceStats(content, filter);
  if (stats.portfolio.trades === 0) return { ok: false, code: 'no-trades', message: 'There are no trades to report on: import a trade log first (or widen the filter).' };
  const sized = workspaceSizing(content, filter, sizingRequest);
  if (!sized.ok) return { ok: false, code: 'invalid-sizing', message: `The sizing settings cannot be used for the report: ${sized.errors.map((e) => e.message).join(' ')}` };
  const trades = filterTrades(content.trades, filter);
  const capital = sized.report.capital;
  const wanted = (id: string) => !request.sections || request.sections.includes(id);
  const unavailable: Partial<Record<string, string>> = {};
  const input: ReportInput = {
    portfolioName: request.portfolioName,
    stats,
    sizing: sized.report,
    capital,
    fraction: sized.report.fraction,
    generatedAt: request.generatedAt,
    sections: request.sections,
    unavailable,
  };
  const plan: ReportPlan = { input };
  if (wanted('targets')) {
    const targets = sizingTargetsSync(trades, sized.report, { ...DEFAULT_TARGETS, paths: REPORT_TARGET_PATHS });
    if (targets.ok) input.targets = targets.value;
    else unavailable.targets = targets.errors.map((e) => e.message).join(' ');
  }
  if (wanted('realism')) {
    const realism = reportRealism(stats, trials, workspaceRiskFree(content));
    if (realism.ok) input.realism = realism.value;
    else unavailable.realism = realism.message;
  }
  if (wanted('replay')) {
    const replayable = replayableInput(trades);
    if (!replayable.ok) unavailable.replay = replayable.message;
    else plan.replay = { input: withRiskFree(replayable.input, workspaceRiskFree(content)), chosen: withRecommendation(reportScenarios(capital, { rules: request.rules, saved: content.savedReplays }), recommendationOf(sized.report)) };
  }
  if (wanted('montecarlo')) {
    const built = buildMonteCarloConfig(trades, reportMonteCarloOptions(capital, { paths: request.paths, seed: request.seed }));
    if (built.ok) plan.montecarlo = { config: built.config, warnings: built.warnings };
    else unavailable.montecarlo = monteCarloUnavailable(built.message);
  }
  if (wanted('live')) {
    const live = planLive(content);
    if (live.ok) plan.live = live.plan;
    else unavailable.live = live.message;
  }
  if (wanted('bets')) {
    const bets = betsReportRun(content.bets ?? [], content.latestBetRun ?? null);
    if (bets) input.bets = bets;
  }
  if (wanted('allocation')) {
    const saved = latestAllocationRun(content.allocationRuns);
    if (saved) input.allocation = saved;
    input.allocationTrials = content.allocationTrials ?? 0;
  }
  return { ok: true, plan };
}

/** Phase 2: the report model from the plan and the results of its replay and Monte Carlo work. */
export function finishReport(plan: ReportPlan, results: ReportResults): ReportOutcome {
  const input: ReportInput = { ...plan.input, unavailable: { ...plan.input.unavailable } };
  if (plan.replay) {
    const outcome = results.replay;
    if (outcome?.ok) input.replay = assembleComparison(plan.replay.input, plan.replay.chosen, outcome.value, input.capital);
    else input.unavailable!.replay = `the replay did not run: ${outcome?.message ?? 'no result'}`;
  }
  if (plan.montecarlo) {
    const outcome = results.montecarlo;
    if (outcome?.ok) input.montecarlo = { config: plan.montecarlo.config, summary: outcome.value, warnings: plan.montecarlo.warnings };
    else input.unavailable!.montecarlo = `the simulation did not run: ${outcome?.message ?? 'no result'}`;
  }
  if (plan.live) {
    const outcome = results.live;
    if (outcome?.ok) input.live = outcome.value;
    else input.unavailable!.live = `the live vs backtest comparison did not run: ${outcome?.message ?? 'no result'}`;
  }
  return { ok: true, model: buildReportModel(input), choices: sectionChoices(input) };
}

/** Both phases in this thread (the CLI without a pool, tests). */
export function buildReport(content: WorkspaceContent, request: ReportRequest): ReportOutcome | ReportFailure {
  const planned = planReport(content, request);
  if (!planned.ok) return planned;
  const { plan } = planned;
  return finishReport(plan, {
    replay: plan.replay ? { ok: true, value: runReplay(plan.replay.input, plan.replay.chosen.scenarios.map((s) => s.scenario)) } : undefined,
    montecarlo: plan.montecarlo ? { ok: true, value: runMonteCarlo(plan.montecarlo.config) } : undefined,
    live: plan.live ? liveResult(plan.live) : undefined,
  });
}

function liveResult(plan: LivePlan): NonNullable<ReportResults['live']> {
  const outcome = runLivePlan(plan);
  return outcome.ok ? { ok: true, value: outcome.comparison } : { ok: false, message: outcome.message };
}

/**
 * The plan of a workspace with a daily log and no trade log (issue 17): the daily log's curve
 * (portfolio and chart sections), edge realism of its daily returns with the workspace's
 * risk-free rate, and the daily Monte Carlo of that curve at the report's paths and seed;
 * the sections that need trades say so. The capital is the saved Sizing capital, else the
 * daily log's starting capital.
 */
function planDailyOnlyReport(content: WorkspaceContent, request: ReportRequest, sizing: SizingRequest, trials: number): { ok: true; plan: ReportPlan } | ReportFailure {
  let dailyOnly: DailyOnlyStats | null;
  try {
    dailyOnly = workspaceDailyOnly(content);
  } catch (error) {
    return { ok: false, code: 'no-trades', message: `The daily log cannot be reported on: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (dailyOnly === null) return { ok: false, code: 'no-trades', message: 'There are no trades to report on: import a trade log first (or widen the filter).' };
  const capital = sizing.capital ?? dailyOnly.startingCapital;
  const needs = `it ${NEEDS_TRADE_LOG}`;
  const unavailable: Partial<Record<string, string>> = { strategies: needs, kelly: needs, margin: needs, replay: needs, live: needs };
  const input: ReportInput = {
    portfolioName: request.portfolioName,
    stats: computeStats([], { startingCapital: dailyOnly.startingCapital }),
    dailyOnly,
    capital,
    fraction: sizing.fraction,
    generatedAt: request.generatedAt,
    sections: request.sections,
    unavailable,
  };
  const plan: ReportPlan = { input };
  const wanted = (id: string) => !request.sections || request.sections.includes(id);
  if (wanted('realism')) {
    if (dailyOnly.ruin) unavailable.realism = `the account was ${ruinReason(dailyOnly.ruin)}; daily returns end there, so the Sharpe statistics are undefined`;
    else {
      const { returns } = curveReturns(dailyOnly.startingCapital, dailyOnly.curve.map((point) => point.equity));
      input.realism = assessRealism(returns, { trials, periodName: 'business day', riskFree: riskFreeForDates(workspaceRiskFree(content), dailyOnly.curve.map((point) => point.date)) });
    }
  }
  if (wanted('montecarlo')) {
    const built = dailyOnlyMonteCarloConfig(content, { ...reportMonteCarloOptions(capital, { paths: request.paths, seed: request.seed }), mode: 'daily' });
    if (built.ok) plan.montecarlo = { config: built.config, warnings: built.warnings };
    else unavailable.montecarlo = monteCarloUnavailable(built.message);
  }
  return { ok: true, plan };
}
