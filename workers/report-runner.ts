/**
 * Runs a report plan's expensive work (core/app planReport: the replay comparison and the
 * Monte Carlo simulation) on a compute pool, with progress (Monte Carlo paths done) and
 * cancel (the pool's), and hands the results to core/app finishReport. Used by the data
 * worker (the app's report) and `sizewise report` alike; the pool's Monte Carlo summary is
 * bit-identical to one thread, so the model does not depend on the worker count.
 */
import { finishReport, type ReportOutcome, type ReportPlan, type ReportResults } from '../core/app';
import type { ComputeFailure } from './compute-api';
import type { ComputePool } from './pool';

export type ReportRunFailure = { ok: false; code: 'cancelled' | 'worker-failed' | 'internal' | 'invalid-input'; message: string };

/** The model of `plan`, or the failure that stopped it (a cancel → code 'cancelled'). */
export async function runReportPlan(pool: ComputePool, plan: ReportPlan, onProgress?: (pathsDone: number, total: number) => void): Promise<ReportOutcome | ReportRunFailure> {
  const results: ReportResults = {};
  const stop = (failure: ComputeFailure): ReportRunFailure | null => (failure.code === 'cancelled' || failure.code === 'worker-failed' ? failure : null);
  if (plan.replay) {
    const outcome = await pool.runReplay(plan.replay.input, plan.replay.chosen.scenarios.map((s) => s.scenario));
    if (!outcome.ok) {
      const stopped = stop(outcome);
      if (stopped) return stopped;
      results.replay = { ok: false, message: outcome.message };
    } else results.replay = outcome;
  }
  if (plan.montecarlo) {
    const outcome = await pool.runMonteCarlo(plan.montecarlo.config, onProgress);
    if (!outcome.ok) {
      const stopped = stop(outcome);
      if (stopped) return stopped;
      results.montecarlo = { ok: false, message: outcome.message };
    } else results.montecarlo = { ok: true, value: outcome.value.summary };
  }
  if (plan.live) {
    const outcome = await pool.compareLive(plan.live);
    if (!outcome.ok) {
      const stopped = stop(outcome);
      if (stopped) return stopped;
      results.live = { ok: false, message: outcome.message };
    } else results.live = outcome;
  }
  return finishReport(plan, results);
}
