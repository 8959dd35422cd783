/**
 * The comlink API of the compute workers (Monte Carlo chunks and replays) and its
 * implementation, shared by the browser worker (`compute.worker.ts`) and the Node worker
 * (`pool-node-entry.ts`). Failures come back as `{ ok: false, code, message }` (comlink
 * loses error classes); typed-array results are transferred, not copied.
 */
import { transfer } from 'comlink';
import { simulateChunk, type MonteCarloConfig, type MonteCarloPartial } from '../core/montecarlo';
import { runReplay, validateReplaySettings, type ReplayInput, type ReplayScenario, type ScenarioResult } from '../core/replay';
import { runLivePlan, type LivePlan } from '../core/app/live';
import type { LiveComparison } from '../core/live';
import { learnFold, planLearn } from '../core/app/learn';
import type { LearnOptions, LegInput, OuterFoldResult } from '../core/learn';
import { drawdownFirstHits, type DrawdownTargetSpec } from '../core/sizing/drawdown-target';
import { runAllocationPlan } from '../core/app/allocate-run';
import type { AllocationReport, AllocationRequest } from '../core/allocate';

export type ComputeFailure = { ok: false; code: 'invalid-input' | 'internal' | 'cancelled' | 'worker-failed'; message: string };
export type ComputeOutcome<T> = { ok: true; value: T } | ComputeFailure;

export interface ComputeApi {
  /** Runs each scenario on the prepared input. */
  runReplay(input: ReplayInput, scenarios: ReplayScenario[]): Promise<ComputeOutcome<ScenarioResult[]>>;
  /** Simulates paths [startPath, endPath); `onProgress` (a comlink proxy) receives paths done in this chunk. */
  runMonteCarloChunk(config: MonteCarloConfig, startPath: number, endPath: number, onProgress?: (pathsDone: number) => void): Promise<ComputeOutcome<MonteCarloPartial>>;
  /** Live vs backtest (core/app runLivePlan): matching, measures and the drift bootstrap of every strategy. */
  compareLive(plan: LivePlan): Promise<ComputeOutcome<LiveComparison>>;
  /** Learned allocator (core/app planLearn + learnFold): the given outer folds; `onProgress` gets the fits done in this call. */
  learnFolds(inputs: LegInput[], options: LearnOptions, folds: number[], onProgress?: (fitsDone: number) => void): Promise<ComputeOutcome<OuterFoldResult[]>>;
  /** Drawdown target (core/sizing/drawdown-target): the first candidate each of `paths` hits at. */
  drawdownFirstHits(spec: DrawdownTargetSpec, candidates: number[], paths: Int32Array): Promise<ComputeOutcome<Uint8Array>>;
  /** Allocate page (core/app runAllocationPlan): the method, correlation, frontier and walk-forward; `onProgress` gets walk-forward fits done / total. */
  allocate(plan: AllocationRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<AllocationReport>>;
}

function internal(error: unknown): ComputeFailure {
  return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export const computeApi: ComputeApi = {
  async runReplay(input, scenarios) {
    const problems = scenarios.flatMap((scenario, k) => validateReplaySettings(scenario.settings).map((p) => `scenario ${k + 1}: ${p}`));
    if (problems.length > 0) return { ok: false, code: 'invalid-input', message: problems.join('; ') };
    try {
      const value = runReplay(input, scenarios);
      const buffers = value.flatMap((r) => [r.equity.buffer, r.drawdown.buffer, r.contracts.buffer, r.tradePl.buffer, r.equityAfterClose.buffer, r.skipReason.buffer]);
      return transfer({ ok: true as const, value }, buffers);
    } catch (error) {
      return internal(error);
    }
  },

  async runMonteCarloChunk(config, startPath, endPath, onProgress) {
    if (!(Number.isInteger(startPath) && Number.isInteger(endPath) && startPath >= 0 && endPath >= startPath)) {
      return { ok: false, code: 'invalid-input', message: `bad path range [${startPath}, ${endPath})` };
    }
    try {
      const value = simulateChunk(config, startPath, endPath, onProgress ? (done) => void onProgress(done) : undefined);
      return transfer({ ok: true as const, value }, [value.equityRatioAtCheckpoints.buffer, value.finalEquity.buffer, value.maxDrawdown.buffer]);
    } catch (error) {
      return internal(error);
    }
  },
  async allocate(plan, onProgress) {
    try {
      let last = 0;
      const outcome = runAllocationPlan(plan, onProgress ? (done, total) => {
        // At most ~100 progress messages per run (each one crosses a thread).
        if (done === total || done - last >= total / 100) {
          last = done;
          void onProgress(done, total);
        }
      } : undefined);
      return outcome.ok ? { ok: true, value: outcome } : { ok: false, code: 'invalid-input', message: outcome.message };
    } catch (error) {
      return internal(error);
    }
  },
  async compareLive(plan) {
    try {
      const outcome = runLivePlan(plan);
      return outcome.ok ? { ok: true, value: outcome.comparison } : { ok: false, code: 'invalid-input', message: outcome.message };
    } catch (error) {
      return internal(error);
    }
  },
  async learnFolds(inputs, options, folds, onProgress) {
    try {
      const planned = planLearn(inputs, options);
      if (!planned.ok) return { ok: false, code: 'invalid-input', message: planned.message };
      let done = 0;
      const results = folds.map((k) => learnFold(planned.prepared, k, () => void onProgress?.(++done)));
      return { ok: true, value: results };
    } catch (error) {
      return internal(error);
    }
  },
  async drawdownFirstHits(spec, candidates, paths) {
    try {
      const value = drawdownFirstHits(spec, candidates, paths);
      return transfer({ ok: true as const, value }, [value.buffer]);
    } catch (error) {
      return internal(error);
    }
  },
};
