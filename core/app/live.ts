/**
 * Use case: live vs backtest (issue 14) of a workspace — the one assembly behind the app's
 * "Live vs backtest" page (data worker), the report's `live` section and
 * `sizewise compare --json`:
 * - the backtest is the workspace's trades, the live record its OptionOmega reporting log,
 * - the strategy mapping and tolerance remembered in the workspace (settings record
 *   LIVE_SETTINGS_KEY, checked with zod on read: a malformed record is refused as a whole,
 *   with the reason, and the defaults are used), then the request's overrides,
 * - core/live compareLive does the matching, the measures, the drift bootstrap and the
 *   suggested multipliers.
 * Two phases so the drift bootstrap can go to the compute pool: `planLive` checks the inputs
 * and returns what compareLive takes; `liveComparison` runs both in this thread (CLI, tests).
 * `compareJson` is the issue's JSON shape; `applyLiveMultipliers` writes the suggestions
 * into the Sizing page's per-strategy multipliers.
 */
import { z } from 'zod';
import { compareLive, LIVE_DEFAULTS, type CompareLiveOptions, type LiveComparison, type StrategyComparison, type StrategyMapping } from '../live';
import type { ReportingTrade, Trade } from '../model';
import { restoreSizingSettings, type SizingSettings } from './sizing-settings';
import type { WorkspaceContent } from './workspace-content';

/** Key of the live-vs-backtest record in the workspace settings (per portfolio fingerprint). */
export const LIVE_SETTINGS_KEY = 'live-vs-backtest';

/** Largest tolerance the page and the CLI take: a whole trading day, in minutes. */
export const MAX_TOLERANCE_MINUTES = 24 * 60;

export const liveSettingsSchema = z.object({
  /** Confirmed live → backtest names (null: the live strategy has no backtest twin). */
  mapping: z.record(z.string().min(1), z.string().min(1).nullable()),
  toleranceMinutes: z.number().min(0).max(MAX_TOLERANCE_MINUTES),
});

export type LiveSettings = z.infer<typeof liveSettingsSchema>;

export const DEFAULT_LIVE_SETTINGS: LiveSettings = { mapping: {}, toleranceMinutes: LIVE_DEFAULTS.toleranceMinutes };

/**
 * The stored record, field by field: a field that does not pass the schema falls back to its
 * default, with the reason (so a bad tolerance never costs the confirmed mapping). `problem`
 * is null when there was no record or every field was fine.
 */
export function restoreLiveSettings(stored: unknown): { settings: LiveSettings; problem: string | null } {
  if (stored === null || stored === undefined) return { settings: DEFAULT_LIVE_SETTINGS, problem: null };
  const record = typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const settings: LiveSettings = { ...DEFAULT_LIVE_SETTINGS };
  const problems: string[] = [];
  const fields = liveSettingsSchema.shape;
  const mapping = fields.mapping.safeParse(record.mapping);
  if (mapping.success) settings.mapping = mapping.data;
  else problems.push(`the saved strategy mapping could not be read (${issueText('mapping', mapping.error.issues[0])}); the suggested mapping is used`);
  const tolerance = fields.toleranceMinutes.safeParse(record.toleranceMinutes);
  if (tolerance.success) settings.toleranceMinutes = tolerance.data;
  else problems.push(`the saved tolerance could not be read (${issueText('toleranceMinutes', tolerance.error.issues[0])}); ${DEFAULT_LIVE_SETTINGS.toleranceMinutes} minutes is used`);
  return { settings, problem: problems.length === 0 ? null : `${problems.join('; ').replace(/^t/, 'T')}.` };
}

function issueText(field: string, issue: { path: PropertyKey[]; message: string }): string {
  return `${[field, ...issue.path.map(String)].join('.')}: ${issue.message}`;
}

export interface LiveRequest {
  toleranceMinutes?: number;
  /** Confirmed pairs on top of the saved ones (a live name given here replaces its saved pair). */
  mapping?: StrategyMapping;
  sims?: number;
  seed?: number;
}

export type LiveFailure = { ok: false; code: 'no-trades' | 'no-live-log' | 'invalid-options'; message: string };

export const NO_LIVE_LOG = 'No live record: import an OptionOmega reporting log (the live fills) to compare it with the backtest';
export const NO_BACKTEST = 'No backtest: import a trade log first.';

export interface LivePlan {
  backtest: Trade[];
  live: ReportingTrade[];
  options: CompareLiveOptions;
  /** Why the saved mapping was not used, if it was not. */
  warnings: string[];
}

/** Phase 1: the inputs of compareLive, from the workspace content, its saved settings and the request. */
export function planLive(content: WorkspaceContent, request: LiveRequest = {}): { ok: true; plan: LivePlan } | LiveFailure {
  if (content.trades.length === 0) return { ok: false, code: 'no-trades', message: NO_BACKTEST };
  const live = content.reporting ?? [];
  if (live.length === 0) return { ok: false, code: 'no-live-log', message: NO_LIVE_LOG };
  const { settings, problem } = restoreLiveSettings(content.liveSettings);
  const options: CompareLiveOptions = {
    toleranceMinutes: request.toleranceMinutes ?? settings.toleranceMinutes,
    mapping: { ...settings.mapping, ...request.mapping },
    sims: request.sims,
    seed: request.seed,
  };
  return { ok: true, plan: { backtest: content.trades, live, options, warnings: problem ? [problem] : [] } };
}

export type LiveOutcome = { ok: true; comparison: LiveComparison } | LiveFailure;

/** Phase 2 in this thread (the compute worker runs the same call): compareLive, the plan's warnings first. */
export function runLivePlan(plan: LivePlan): LiveOutcome {
  const outcome = compareLive(plan.backtest, plan.live, plan.options);
  if (!outcome.ok) return { ok: false, code: 'invalid-options', message: outcome.message };
  return { ok: true, comparison: { ...outcome.comparison, warnings: [...plan.warnings, ...outcome.comparison.warnings] } };
}

/** Both phases in this thread (the CLI, tests). */
export function liveComparison(content: WorkspaceContent, request: LiveRequest = {}): LiveOutcome {
  const planned = planLive(content, request);
  return planned.ok ? runLivePlan(planned.plan) : planned;
}

/** `sizewise compare --json`: exactly the issue's keys, in its order. */
export interface CompareJson {
  window: { from: string | null; to: string | null };
  strategies: {
    name: string | null;
    liveName: string | null;
    matched: number;
    liveOnly: number;
    backtestOnly: number;
    outsideWindow: number;
    meanSlippagePerContract: number | null;
    livePlPerContract: number | null;
    backtestPlPerContract: number | null;
    driftPercentile: number | null;
    drifting: boolean | null;
    suggestedMultiplier: number | null;
  }[];
  pairs: {
    strategy: string | null;
    liveOpened: string | null;
    backtestOpened: string | null;
    slippagePerContract: number | null;
    plPerContractLive: number | null;
    plPerContractBacktest: number | null;
  }[];
}

export function compareJson(c: LiveComparison): CompareJson {
  const { window: span } = c;
  return {
    window: { from: span.from, to: span.to },
    strategies: c.strategies.map((s) => ({
      name: s.name,
      liveName: s.liveName,
      matched: s.matched,
      liveOnly: s.liveOnly,
      backtestOnly: s.backtestOnly,
      outsideWindow: s.outsideWindow,
      meanSlippagePerContract: s.meanSlippagePerContract,
      livePlPerContract: s.livePlPerContract,
      backtestPlPerContract: s.backtestPlPerContract,
      driftPercentile: s.driftPercentile,
      drifting: s.drifting,
      suggestedMultiplier: s.suggestedMultiplier,
    })),
    pairs: c.pairs.map((p) => ({
      strategy: p.strategy,
      liveOpened: p.liveOpened,
      backtestOpened: p.backtestOpened,
      slippagePerContract: p.slippagePerContract,
      plPerContractLive: p.plPerContractLive,
      plPerContractBacktest: p.plPerContractBacktest,
    })),
  };
}

/** The suggestions that can be applied: backtest strategy → suggested multiplier (strategies with one). */
export function liveMultipliers(strategies: readonly Pick<StrategyComparison, 'name' | 'suggestedMultiplier'>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of strategies) if (s.name !== null && s.suggestedMultiplier !== null) out[s.name] = s.suggestedMultiplier;
  return out;
}

/**
 * The Sizing page's settings with the suggested multipliers applied: each strategy with a
 * suggestion gets it (replacing its multiplier); the others keep theirs.
 */
export function applyLiveMultipliers(storedSizing: unknown, multipliers: Record<string, number>): SizingSettings {
  const sizing = restoreSizingSettings(storedSizing);
  return { ...sizing, multipliers: { ...sizing.multipliers, ...multipliers } };
}
