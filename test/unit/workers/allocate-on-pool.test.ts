// The allocation on a real worker pool (worker_threads, as the app's data worker feeds its
// simulation pool): the report computed in the worker equals the one computed in this thread
// (core/app runAllocationPlan), progress arrives in order and ends at folds × (methods + the
// equal-weight baseline), and a cancel stops a long walk-forward (19 strategies, every method)
// with code 'cancelled', after which the pool allocates again.
import { afterAll, expect, it } from 'vitest';
import { ALLOCATION_METHODS } from '../../../core/allocate';
import { planAllocation, runAllocationPlan } from '../../../core/app';
import type { AllocationRunRequest } from '../../../core/allocate';
import { createNodeComputePool } from '../../../workers/pool-node';
import { fixtureTrades } from '../support/fixtures';

const pool = createNodeComputePool(1);
afterAll(() => pool.dispose());

const trades = await fixtureTrades('nineteen-strategies.csv');
const strategies = [...new Set(trades.map((t) => t.strategy))];

function plan(settings: Partial<AllocationRunRequest['settings']>) {
  const planned = planAllocation({ trades }, {
    settings: {
      strategies, method: 'min-variance', compare: [], fraction: 1, min: 0, max: 1, ceiling: 1, capital: null, capitalBasis: 'starting-capital', covariance: 'ledoit-wolf',
      period: 'daily', minContracts: 0, maxContracts: null, correlation: { method: 'spearman', basis: 'pl' }, walkForward: null, ...settings,
    },
    series: [],
  });
  if (!planned.ok) throw new Error(planned.message);
  return planned.plan;
}

it('the worker’s allocation equals this thread’s, with progress in order', async () => {
  const p = plan({ method: 'risk-parity', compare: ['inverse-vol'], walkForward: { mode: 'anchored', inSample: 60, outOfSample: 20, step: 20, purge: 2, embargo: 1, costBps: 10 } });
  const seen: [number, number][] = [];
  const inWorker = await pool.allocate(p, (done, total) => seen.push([done, total]));
  const here = runAllocationPlan(p);
  if (!inWorker.ok || !here.ok) throw new Error('allocation failed');
  expect(inWorker.value).toEqual(here);
  const total = here.walkForward!.methods[0].folds.length * 3;
  expect(total).toBeGreaterThan(6);
  expect(seen.at(-1)).toEqual([total, total]);
  for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThan(seen[i - 1][0]);
});

it('cancels a long walk-forward, then allocates again', async () => {
  const running = pool.allocate(plan({ method: 'kelly', compare: [...ALLOCATION_METHODS], walkForward: { mode: 'rolling', inSample: 60, outOfSample: 5, step: 5, purge: 0, embargo: 0, costBps: 0 } }));
  setTimeout(() => pool.cancel(), 300);
  const started = performance.now();
  expect(await running).toEqual({ ok: false, code: 'cancelled', message: 'cancelled' });
  expect(performance.now() - started).toBeLessThan(5000);
  const again = await pool.allocate(plan({ method: 'equal' }));
  expect(again.ok && again.value.result.weights.length).toBe(strategies.length);
});
