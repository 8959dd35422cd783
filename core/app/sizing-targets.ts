/**
 * Use case of the Sizing page's "drawdown target and Kelly band" panel, `sizewise kelly
 * --target-drawdown … --band-draws …` and the report (issue 18 §2–§3): per strategy and for
 * the portfolio of the filtered trades, with the same risk units, risk unit per contract and
 * growth-optimal fraction as the sizing (core/sizing analyzeSizing through sizeFiltered):
 * - the largest fraction whose Monte Carlo P(drawdown ≥ X within H) ≤ α (core/sizing
 *   drawdown-target; the counts run where the caller says — the compute pool in the app);
 * - the bootstrap band of the growth-optimal fraction (core/sizing kelly-band) and the
 *   fraction and contracts at a chosen percentile of it, times the page's Kelly fraction;
 * - tail-aware Kelly (core/sizing tail-aware-kelly, §4).
 * A horizon in days becomes trades at the log's pace: round(days × trades ÷ business days
 * from the first open to the last close), at least 1.
 */
import type { Trade } from '../model';
import { businessDaysBetween, dayNumber } from '../stats/business-days';
import { filterTrades } from '../stats/filter';
import { tradePeriod } from '../stats/trade-period';
import type { TradeFilter } from '../stats/types';
import type { FieldError } from '../numeric/field-error';
import { DEFAULT_DRAWDOWN_PATHS, DEFAULT_DRAWDOWN_SEED, searchDrawdownTarget, searchDrawdownTargetSync, type DrawdownCounter, type DrawdownTargetOutcome, type DrawdownTargetSpec } from '../sizing/drawdown-target';
import type { SizingRequest } from '../sizing/filtered-sizing';
import { bandPercentile, DEFAULT_BAND_DRAWS, DEFAULT_BAND_SEED, kellyBand } from '../sizing/kelly-band';
import { returnsInRiskUnits } from '../sizing/risk-basis';
import { tailAwareKelly } from '../sizing/tail-aware-kelly';
import type { SizingEntry, SizingReport } from '../sizing/analyze';
import type { DrawdownTargetEntry, HorizonUnit, KellyBandEntry, SizingTargets, SizingTargetsEntry, SizingTargetsOutcome, SizingTargetsRequest } from '../sizing/sizing-targets-types';

export type { DrawdownTargetEntry, HorizonUnit, KellyBandEntry, SizingTargets, SizingTargetsEntry, SizingTargetsOutcome, SizingTargetsRequest };
import { workspaceSizing } from './workspace-sizing';
import type { WorkspaceContent } from './workspace-content';

/** The app's request: the Sizing page's settings are required. */
export type WorkspaceTargetsRequest = SizingTargetsRequest & { sizing: SizingRequest };

export const DEFAULT_TARGETS = { drawdown: 0.2, confidence: 0.95, horizon: { value: 252, unit: 'days' as HorizonUnit }, percentile: 25 };


export const TARGETS_MODE = 'percent compounding of per-trade returns in risk units; stationary block bootstrap over trades, mean block round(n^⅓); common random numbers across fractions';

/** Field errors of the targets part of a request (empty when valid). */
export function sizingTargetsErrors(request: SizingTargetsRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (!(request.drawdown > 0 && request.drawdown < 1)) errors.push({ field: 'drawdown', message: 'The drawdown target must be between 0% and 100%.' });
  if (!(request.confidence > 0 && request.confidence < 1)) errors.push({ field: 'confidence', message: 'The confidence must be between 0% and 100%.' });
  if (!(Number.isFinite(request.horizon.value) && request.horizon.value >= 1 && request.horizon.value <= 100_000)) errors.push({ field: 'horizon', message: 'The horizon must be between 1 and 100,000.' });
  if (request.paths !== undefined && !(Number.isInteger(request.paths) && request.paths >= 100 && request.paths <= 1_000_000)) errors.push({ field: 'paths', message: 'The number of simulated paths must be a whole number from 100 to 1,000,000.' });
  if (request.bandDraws !== undefined && !(Number.isInteger(request.bandDraws) && request.bandDraws >= 100 && request.bandDraws <= 100_000)) errors.push({ field: 'bandDraws', message: 'The band draws must be a whole number from 100 to 100,000.' });
  if (request.tailProbability !== undefined && !(request.tailProbability > 0 && request.tailProbability < 1)) errors.push({ field: 'tailProbability', message: 'The probability of the maximum loss must be between 0 and 1.' });
  if (request.percentile !== undefined && !(request.percentile >= 0 && request.percentile <= 100)) errors.push({ field: 'percentile', message: 'The percentile must be between 0 and 100.' });
  return errors;
}

/** H in trades: the value itself, or days at the log's pace (trades per business day). */
export function horizonTrades(closed: Trade[], horizon: { value: number; unit: HorizonUnit }): number {
  if (horizon.unit === 'trades') return Math.max(1, Math.round(horizon.value));
  const period = tradePeriod(closed);
  const days = period === null ? 0 : businessDaysBetween(dayNumber(period.first), dayNumber(period.last)).length;
  return Math.max(1, Math.round((horizon.value * closed.length) / Math.max(1, days)));
}

function contractsAt(fraction: number | null, capital: number, unit: number | null): number | null {
  if (fraction === null || unit === null || !(unit > 0)) return null;
  const contracts = Math.floor((fraction * capital) / unit + 1e-9);
  return Number.isSafeInteger(contracts) ? contracts : null;
}

function drawdownSpec(entry: SizingEntry, closed: Trade[], request: SizingTargetsRequest): DrawdownTargetSpec {
  return {
    returns: returnsInRiskUnits(closed, entry.riskBasis, entry.riskPerContract),
    target: request.drawdown,
    alpha: 1 - request.confidence,
    horizon: horizonTrades(closed, request.horizon),
    paths: request.paths ?? DEFAULT_DRAWDOWN_PATHS,
    seed: request.seed ?? DEFAULT_DRAWDOWN_SEED,
  };
}

function assembleEntry(entry: SizingEntry, closed: Trade[], request: SizingTargetsRequest, report: SizingReport, returns: number[], searched: DrawdownTargetOutcome): SizingTargetsEntry {
  const kelly = entry.growthOptimal !== null && entry.growthOptimal > 0 ? entry.growthOptimal : null;
  const band = kellyBand(returns, request.bandDraws ?? DEFAULT_BAND_DRAWS, request.bandSeed ?? DEFAULT_BAND_SEED);
  const percentile = request.percentile ?? DEFAULT_TARGETS.percentile;
  let kellyBandEntry: KellyBandEntry | null = null;
  if (band.ok) {
    const { sortedDraws: _draws, ...shown } = band.value;
    const atPercentile = bandPercentile(band.value, percentile);
    const percentileFraction = atPercentile === null ? null : Math.max(0, atPercentile) * report.fraction * entry.multiplier;
    kellyBandEntry = { ...shown, percentile, percentileFraction, percentileContracts: contractsAt(percentileFraction, report.capital, entry.riskPerContract) };
  }
  return {
    name: entry.name,
    trades: closed.length,
    riskPerContract: entry.riskPerContract,
    riskBasis: entry.riskBasis,
    growthOptimal: entry.growthOptimal,
    drawdownTarget: searched.ok
      ? {
          ...searched.value,
          target: request.drawdown,
          confidence: request.confidence,
          contracts: contractsAt(searched.value.fraction, report.capital, entry.riskPerContract),
          ofKelly: kelly === null ? null : searched.value.fraction / kelly,
        }
      : null,
    drawdownTargetReason: searched.ok ? null : searched.reason,
    kellyBand: kellyBandEntry,
    kellyBandReason: band.ok ? null : band.reason,
    tailAware: tailAwareKelly(closed, entry.riskBasis, entry.riskPerContract, request.tailProbability),
  };
}

const NOT_ASKED: DrawdownTargetOutcome = { ok: false, reason: 'not asked for' };
const NO_EDGE: DrawdownTargetOutcome = { ok: false, reason: 'no edge in risk units (the growth-optimal fraction is 0 or undefined): nothing to size for a drawdown target' };

/** Whether the entry has an edge to size (a positive growth-optimal fraction). */
const hasEdge = (entry: SizingEntry) => entry.growthOptimal !== null && entry.growthOptimal > 0;

/** Each entry (strategies, then the portfolio) with its closed trades. */
function entriesOf(trades: Trade[], report: SizingReport): { entry: SizingEntry; closed: Trade[] }[] {
  const closed = trades.filter((t) => t.dateClosed !== null);
  return [...report.strategies.map((entry) => ({ entry, closed: closed.filter((t) => t.strategy === entry.name) })), { entry: report.portfolio as SizingEntry, closed }];
}

function collect(report: SizingReport, request: SizingTargetsRequest, done: SizingTargetsEntry[]): SizingTargetsOutcome {
  const portfolio = done[done.length - 1];
  return { ok: true, value: { capital: report.capital, fraction: report.fraction, horizon: request.horizon, mode: TARGETS_MODE, portfolio, strategies: done.slice(0, -1) } };
}

/**
 * The drawdown target and Kelly band of every strategy and the portfolio of a sizing report
 * (`trades` = the trades it sized; only the closed ones count). `count` gives the counter of
 * a spec: in process (CLI, tests) or on the compute pool (the app); runDrawdown false skips
 * the drawdown target (the CLI without --target-drawdown).
 */
export async function sizingTargets(trades: Trade[], report: SizingReport, request: SizingTargetsRequest, count: (spec: DrawdownTargetSpec) => DrawdownCounter, runDrawdown = true): Promise<SizingTargetsOutcome> {
  const errors = sizingTargetsErrors(request);
  if (errors.length > 0) return { ok: false, errors };
  const done: SizingTargetsEntry[] = [];
  for (const { entry, closed } of entriesOf(trades, report)) {
    const spec = drawdownSpec(entry, closed, request);
    done.push(assembleEntry(entry, closed, request, report, spec.returns, !runDrawdown ? NOT_ASKED : hasEdge(entry) ? await searchDrawdownTarget(spec, count(spec)) : NO_EDGE));
  }
  return collect(report, request, done);
}

/** The same in this thread, synchronously (the report, built in one pass). */
export function sizingTargetsSync(trades: Trade[], report: SizingReport, request: SizingTargetsRequest): SizingTargetsOutcome {
  const errors = sizingTargetsErrors(request);
  if (errors.length > 0) return { ok: false, errors };
  const done = entriesOf(trades, report).map(({ entry, closed }) => {
    const spec = drawdownSpec(entry, closed, request);
    return assembleEntry(entry, closed, request, report, spec.returns, hasEdge(entry) ? searchDrawdownTargetSync(spec) : NO_EDGE);
  });
  return collect(report, request, done);
}

/** sizingTargets of a workspace under a filter: the Sizing page's sizing (workspaceSizing), then the targets. */
export async function workspaceSizingTargets(content: WorkspaceContent, filter: TradeFilter, request: WorkspaceTargetsRequest, count: (spec: DrawdownTargetSpec) => DrawdownCounter): Promise<SizingTargetsOutcome> {
  const errors = sizingTargetsErrors(request);
  if (errors.length > 0) return { ok: false, errors };
  const analysis = workspaceSizing(content, filter, request.sizing);
  if (!analysis.ok) return analysis;
  return sizingTargets(filterTrades(content.trades, filter), analysis.report, request, count);
}
