/**
 * A pool of compute workers: splits Monte Carlo paths into one contiguous chunk per worker,
 * summarizes the partials in path order (bit-identical to one thread), reports progress, and
 * cancels by terminating the workers and settling every pending call itself (comlink leaves
 * them hanging). Workers are spawned lazily and respawned after a cancel. Environment-free:
 * `createBrowserComputePool` here, `createNodeComputePool` in pool-node.ts.
 */
import { proxy, type Remote, wrap } from 'comlink';
import { summarize, type MonteCarloConfig, type MonteCarloPartial, type MonteCarloSummary } from '../core/montecarlo';
import type { ReplayInput, ReplayScenario, ScenarioResult } from '../core/replay';
import type { LivePlan } from '../core/app/live';
import type { LiveComparison } from '../core/live';
import type { DrawdownTargetSpec } from '../core/sizing/drawdown-target';
import type { AllocationReport, AllocationRequest } from '../core/allocate';
import type { ComputeApi, ComputeFailure, ComputeOutcome } from './compute-api';
import { finishLearnRun, planLearn } from '../core/app/learn';
import type { LearnOptions, LearnResult, LegInput, OuterFoldResult } from '../core/learn';

export interface WorkerHandle {
  api: Remote<ComputeApi>;
  terminate(): void;
  /** Registers a callback for the worker dying (error or exit) so its pending calls can fail. */
  onFailure(listener: (message: string) => void): void;
}

export type SpawnWorker = () => WorkerHandle;

export interface MonteCarloRun {
  summary: MonteCarloSummary;
  elapsedMs: number;
  workers: number;
}

/** navigator.hardwareConcurrency − 1, at least 1. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(1, cores - 1);
}

interface Pending {
  settle(failure: ComputeFailure): void;
}

export class ComputePool {
  private workers: WorkerHandle[] = [];
  private readonly pending = new Set<Pending>();

  constructor(
    private readonly spawn: SpawnWorker,
    readonly size: number = defaultPoolSize(),
  ) {
    if (!(Number.isInteger(size) && size >= 1)) throw new Error(`pool size must be a whole number ≥ 1, got ${size}`);
  }

  private worker(k: number): WorkerHandle {
    while (this.workers.length < this.size) {
      const handle = this.spawn();
      handle.onFailure((message) => {
        if (this.workers.includes(handle)) this.failAll({ ok: false, code: 'worker-failed', message });
      });
      this.workers.push(handle);
    }
    return this.workers[k];
  }

  /** Runs a worker call; resolves with its outcome, or with a failure when cancelled or the worker dies. */
  private call<T>(run: () => Promise<ComputeOutcome<T>>): Promise<ComputeOutcome<T>> {
    return new Promise((resolve) => {
      const entry: Pending = {
        settle: (outcome) => {
          if (this.pending.delete(entry)) resolve(outcome);
        },
      };
      this.pending.add(entry);
      run().then(
        (outcome) => {
          if (this.pending.delete(entry)) resolve(outcome);
        },
        (error: unknown) => entry.settle({ ok: false, code: 'worker-failed', message: error instanceof Error ? error.message : String(error) }),
      );
    });
  }

  private failAll(failure: ComputeFailure): void {
    for (const entry of [...this.pending]) entry.settle(failure);
    for (const handle of this.workers) handle.terminate();
    this.workers = [];
  }

  /** Simulates config.paths paths split across the workers; `onProgress` gets paths done out of the total. */
  async runMonteCarlo(config: MonteCarloConfig, onProgress?: (pathsDone: number, total: number) => void): Promise<ComputeOutcome<MonteCarloRun>> {
    const started = performance.now();
    const chunks = Math.min(this.size, config.paths);
    const bounds = Array.from({ length: chunks + 1 }, (_, k) => Math.round((k * config.paths) / chunks));
    const done = new Array<number>(chunks).fill(0);
    // Progress messages travel through comlink proxies and may arrive after the chunk's result,
    // so counts only grow, and every chunk is reported complete once its result is in.
    const report = (k: number, paths: number) => {
      if (paths <= done[k]) return;
      done[k] = paths;
      onProgress?.(done.reduce((s, d) => s + d, 0), config.paths);
    };
    const outcomes = await Promise.all(
      bounds.slice(1).map((end, k) =>
        this.call(() => this.worker(k).api.runMonteCarloChunk(config, bounds[k], end, onProgress ? proxy((paths: number) => report(k, paths)) : undefined)),
      ),
    );
    const failure = outcomes.find((o): o is ComputeFailure => !o.ok);
    if (failure) return failure;
    bounds.slice(1).forEach((end, k) => report(k, end - bounds[k]));
    const partials = outcomes.map((o) => (o as { ok: true; value: MonteCarloPartial }).value);
    const summary = summarize(config, partials);
    return { ok: true, value: { summary, elapsedMs: performance.now() - started, workers: chunks } };
  }

  /** Runs the scenarios on one worker (a replay of the EMA sample takes about a millisecond). */
  runReplay(input: ReplayInput, scenarios: ReplayScenario[]): Promise<ComputeOutcome<ScenarioResult[]>> {
    return this.call(() => this.worker(0).api.runReplay(input, scenarios));
  }

  /**
   * Learned allocator: the outer folds spread over the workers (largest first, dealt in a snake
   * so each worker gets a similar load), then finished here (core/app finishLearnRun).
   * `onProgress` gets model fits done of all fits; a cancel stops every worker.
   */
  async runLearn(inputs: LegInput[], options: LearnOptions, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<LearnResult>> {
    const planned = planLearn(inputs, options);
    if (!planned.ok) return { ok: false, code: 'invalid-input', message: planned.message };
    const total = planned.folds * planned.fitsPerFold;
    const slots = Math.min(this.size, planned.folds);
    const assigned: number[][] = Array.from({ length: slots }, () => []);
    for (let j = 0; j < planned.folds; j++) {
      const round = Math.floor(j / slots);
      const pos = j % slots;
      assigned[round % 2 === 0 ? pos : slots - 1 - pos].push(planned.folds - 1 - j);
    }
    const done = new Array<number>(slots).fill(0);
    onProgress?.(0, total);
    const outcomes = await Promise.all(assigned.map((folds, w) => this.call(() => this.worker(w).api.learnFolds(inputs, options, folds, onProgress ? proxy((fits: number) => {
      done[w] = Math.max(done[w], fits);
      onProgress(done.reduce((s, v) => s + v, 0), total);
    }) : undefined))));
    const failure = outcomes.find((o): o is ComputeFailure => !o.ok);
    if (failure) return failure;
    const folds = outcomes.flatMap((o) => (o as { ok: true; value: OuterFoldResult[] }).value);
    onProgress?.(total, total);
    return { ok: true, value: finishLearnRun(planned.prepared, folds) };
  }

  /** Live vs backtest (matching and the drift bootstraps) on one worker, off the data worker's thread; a cancel stops it. */
  compareLive(plan: LivePlan): Promise<ComputeOutcome<LiveComparison>> {
    return this.call(() => this.worker(0).api.compareLive(plan));
  }

  /** Drawdown target: the first-hit candidate of each path, the paths split across the workers in order. */
  async drawdownFirstHits(spec: DrawdownTargetSpec, candidates: number[], paths: Int32Array): Promise<ComputeOutcome<Uint8Array>> {
    const chunks = Math.max(1, Math.min(this.size, paths.length));
    const bounds = Array.from({ length: chunks + 1 }, (_, k) => Math.round((k * paths.length) / chunks));
    const outcomes = await Promise.all(bounds.slice(1).map((end, k) => this.call(() => this.worker(k).api.drawdownFirstHits(spec, candidates, paths.slice(bounds[k], end)))));
    const failure = outcomes.find((o): o is ComputeFailure => !o.ok);
    if (failure) return failure;
    const value = new Uint8Array(paths.length);
    outcomes.forEach((o, k) => value.set((o as { ok: true; value: Uint8Array }).value, bounds[k]));
    return { ok: true, value };
  }

  /** An allocation (method, frontier, walk-forward) on one worker; `onProgress` gets walk-forward fits done / total; a cancel stops it. */
  async allocate(plan: AllocationRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<AllocationReport>> {
    // Progress travels on its own message channel, so a late message can arrive after the result:
    // only increasing counts pass, none after the end, and a finished run ends at total / total.
    let last: [number, number] | null = null;
    let finished = false;
    const report = onProgress
      ? (done: number, total: number) => {
          if (finished || (last && done <= last[0])) return;
          last = [done, total];
          onProgress(done, total);
        }
      : undefined;
    const outcome = await this.call(() => this.worker(0).api.allocate(plan, report ? proxy(report) : undefined));
    finished = true;
    const seen = last as [number, number] | null;
    if (outcome.ok && onProgress && seen && seen[0] < seen[1]) onProgress(seen[1], seen[1]);
    return outcome;
  }

  /** Stops everything in flight: pending calls resolve with code 'cancelled'; workers respawn on the next call. */
  cancel(): void {
    this.failAll({ ok: false, code: 'cancelled', message: 'cancelled' });
  }

  /** Cancels and releases the workers. */
  dispose(): void {
    this.cancel();
  }
}

/** A pool of browser module workers running compute.worker.ts. */
export function createBrowserComputePool(size = defaultPoolSize()): ComputePool {
  return new ComputePool(() => {
    const worker = new Worker(new URL('./compute.worker.ts', import.meta.url), { type: 'module' });
    return {
      api: wrap<ComputeApi>(worker),
      terminate: () => worker.terminate(),
      onFailure: (listener) => worker.addEventListener('error', (event) => listener(`compute worker failed: ${event.message}`)),
    };
  }, size);
}
