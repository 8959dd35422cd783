/**
 * The Allocate page's use case (issue 19): the data worker turns the page's request — chosen
 * strategies of the workspace, price / return files, method, constraints, capital basis and
 * walk-forward settings — into one core/allocate request (`planAllocation`), a compute worker
 * runs it (`runAllocationPlan`, with walk-forward progress), and the data worker saves the run
 * in allocator_runs (`savedRun`) and adds its configurations to the workspace's count of
 * configurations tried (`ALLOCATION_TRIALS_KEY`), which the Deflated Sharpe's trials include
 * (`effectiveTrials`).
 */
import { z } from 'zod';
import {
  allocate,
  parseSeriesFile,
  SAVED_RUN_VERSION,
  savedAllocationRunSchema,
  type AllocationOutcome,
  type AllocationReport,
  type AllocationRequest,
  type AllocationRunRequest,
  type AllocationSettings,
  type SavedAllocationRun,
} from '../allocate';
import { marginTimeline } from '../margin';
import type { Trade } from '../model';
import { allocationSources, defaultAllocationCapital, type AllocationInput } from './allocate';
import type { WorkspaceContent } from './workspace-content';

/** The settings key of the workspace's count of allocation configurations tried. */
export const ALLOCATION_TRIALS_KEY = 'allocate.trials';
/** What the workspace's trades are called as an allocation input. */
export const WORKSPACE_INPUT = 'workspace';

const trialsRecord = z.object({ count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

/** The stored count of configurations tried (0 when absent or unreadable). */
export function restoreAllocationTrials(stored: unknown): number {
  const parsed = trialsRecord.safeParse(stored);
  return parsed.success ? parsed.data.count : 0;
}

/** Configurations a run adds to the count: each method a walk-forward evaluates (0 without a walk-forward). */
export function configurationsTried(settings: AllocationSettings): number {
  return settings.walkForward === null ? 0 : walkForwardMethods(settings).length;
}

/** The walk-forward's methods: the chosen one first, then the compared ones, each once. */
export function walkForwardMethods(settings: AllocationSettings): AllocationSettings['compare'] {
  return [...new Set([settings.method, ...settings.compare])];
}

/** The Deflated Sharpe's number of trials: the variants the user entered plus the allocation configurations tried, said in words. */
export function effectiveTrials(entered: number, allocationTrials: number): { trials: number; note: string | null } {
  if (allocationTrials === 0) return { trials: entered, note: null };
  return {
    trials: entered + allocationTrials,
    note: `Trials ${entered + allocationTrials} = ${entered} variant${entered === 1 ? '' : 's'} entered + ${allocationTrials} allocation configuration${allocationTrials === 1 ? '' : 's'} tried in walk-forwards on the Allocate page.`,
  };
}

/** Each strategy's own peak historical margin in use (dollars), for margin as the capital basis. */
function marginBases(trades: readonly Trade[]): { bases: Record<string, number>; missing: string[] } {
  const by = new Map<string, Trade[]>();
  for (const t of trades) {
    let list = by.get(t.strategy);
    if (!list) by.set(t.strategy, (list = []));
    list.push(t);
  }
  const bases: Record<string, number> = {};
  const missing: string[] = [];
  for (const [name, list] of by) {
    const timeline = marginTimeline(list, 1);
    let peak = 0;
    for (let k = 0; k < timeline.count; k++) peak = Math.max(peak, timeline.margin[k]);
    if (peak > 0) bases[name] = peak;
    else missing.push(name);
  }
  return { bases, missing };
}

export type AllocationPlanOutcome = { ok: true; plan: AllocationRequest; capital: number } | { ok: false; message: string };

export function planAllocation(content: Pick<WorkspaceContent, 'trades'>, request: AllocationRunRequest): AllocationPlanOutcome {
  const { settings } = request;
  const known = new Set(content.trades.map((t) => t.strategy));
  const chosen = new Set(settings.strategies ?? known);
  const unknown = [...chosen].filter((s) => !known.has(s));
  if (unknown.length > 0) return { ok: false, message: `Not in this workspace: ${unknown.join(', ')}.` };
  const trades = content.trades.filter((t) => chosen.has(t.strategy));
  const inputs: AllocationInput[] = [];
  if (trades.length > 0) inputs.push({ file: WORKSPACE_INPUT, trades });
  for (const file of request.series) {
    const parsed = parseSeriesFile(file.file, file.text);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    inputs.push({ file: file.file, series: parsed.series });
  }
  if (inputs.length === 0) return { ok: false, message: 'Choose at least one strategy or add a price or return file.' };
  const sources = allocationSources(inputs);
  if (settings.capitalBasis === 'margin' && trades.length > 0) {
    const { bases, missing } = marginBases(trades);
    if (missing.length > 0) return { ok: false, message: `Margin as capital basis needs a margin on the trades; none recorded for ${missing.join(', ')}. Use the starting capital as the basis.` };
    const log = sources[0];
    if (log.kind === 'trades') sources[0] = { ...log, marginBasis: bases };
  }
  const capital = settings.capital ?? defaultAllocationCapital(sources);
  const plan: AllocationRequest = {
    sources,
    options: {
      method: settings.method,
      fraction: settings.fraction,
      min: settings.min,
      max: settings.max,
      ceiling: settings.ceiling,
      capital,
      covariance: settings.covariance,
      period: settings.period,
      minContracts: settings.minContracts,
      maxContracts: settings.maxContracts ?? Infinity,
    },
    walkForward: settings.walkForward ?? undefined,
    walkForwardMethods: walkForwardMethods(settings),
    correlation: settings.correlation,
  };
  return { ok: true, plan, capital };
}

/** Runs a planned allocation (in a compute worker); `onProgress` gets walk-forward fits done / total. */
export function runAllocationPlan(plan: AllocationRequest, onProgress?: (done: number, total: number) => void): AllocationOutcome {
  return allocate(plan, onProgress);
}

/** The default name of a saved run: method, inputs and calendar span. */
export function defaultRunName(settings: AllocationSettings, report: AllocationReport): string {
  const { from, to } = report['window'];
  return `${settings.method} · ${report.names.length} input${report.names.length === 1 ? '' : 's'} · ${from} – ${to}`;
}

/** The document saved in allocator_runs; checked against the schema content-check applies on open. */
export function savedRun(request: AllocationRunRequest, report: AllocationReport, capital: number, name?: string): { ok: true; run: SavedAllocationRun } | { ok: false; message: string } {
  const candidate = {
    version: SAVED_RUN_VERSION,
    name: name?.trim() || defaultRunName(request.settings, report),
    settings: request.settings,
    seriesFiles: request.series.map((s) => s.file),
    capital,
    trials: configurationsTried(request.settings),
    report,
  };
  const parsed = savedAllocationRunSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The run cannot be saved: ${issue.path.join('.')} ${issue.message}.` };
  }
  return { ok: true, run: parsed.data };
}

/** The most recently saved run that is a valid saved allocation (the report's allocation section), or null. */
export function latestAllocationRun(runs: readonly { value: unknown; created: string }[] | undefined): { run: SavedAllocationRun; created: string } | null {
  for (let i = (runs?.length ?? 0) - 1; i >= 0; i--) {
    const parsed = savedAllocationRunSchema.safeParse(runs![i].value);
    if (parsed.success) return { run: parsed.data, created: runs![i].created };
  }
  return null;
}
