/**
 * Allocate page / `sizewise allocate` and `sizewise correlation`: the loaded inputs (trade logs
 * and daily series files) become the allocator's sources — each trade log with its own starting
 * capital (SPEC §2, from its closed trades) as the capital basis of its strategies — and go
 * through core/allocate. The capital to size for defaults to the first trade log's starting
 * capital (100,000 with series only).
 */
import { allocate, correlationOnly, type AllocationOutcome, type AllocationRequest, type AllocationSource, type CorrelationBasis, type CorrelationMethod, type Period } from '../allocate';
import type { ReturnSeries, Trade } from '../model';
import { DEFAULT_STARTING_CAPITAL, resolveStartingCapital } from '../stats';

export type AllocationInput = { file: string; trades: readonly Trade[] } | { file: string; series: readonly ReturnSeries[] };

export function allocationSources(inputs: readonly AllocationInput[]): AllocationSource[] {
  return inputs.map((input) => {
    if ('trades' in input) {
      const closed = input.trades.filter((t) => t.dateClosed !== null);
      return { kind: 'trades', file: input.file, trades: input.trades, startingCapital: resolveStartingCapital(closed).value };
    }
    return { kind: 'series', file: input.file, series: input.series };
  });
}

/** The capital the allocation sizes for when the user gives none. */
export function defaultAllocationCapital(sources: readonly AllocationSource[]): number {
  const log = sources.find((s) => s.kind === 'trades');
  return log && log.kind === 'trades' ? log.startingCapital : DEFAULT_STARTING_CAPITAL;
}

export function workspaceAllocation(inputs: readonly AllocationInput[], request: Omit<AllocationRequest, 'sources' | 'options'> & { options: Omit<AllocationRequest['options'], 'capital'> & { capital?: number } }): AllocationOutcome {
  const sources = allocationSources(inputs);
  const capital = request.options.capital ?? defaultAllocationCapital(sources);
  return allocate({ ...request, sources, options: { ...request.options, capital } });
}

export function workspaceCorrelation(inputs: readonly AllocationInput[], period: Period, method: CorrelationMethod, basis: CorrelationBasis) {
  return correlationOnly(allocationSources(inputs), period, method, basis);
}
