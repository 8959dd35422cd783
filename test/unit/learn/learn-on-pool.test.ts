// The learned allocator on a real worker pool (worker_threads, two workers, as the app's data
// worker feeds its simulation pool): the outer folds spread over the workers give the same
// result as the whole run on this thread, progress ends at the total, and a cancel stops a run
// with code 'cancelled'.
import { afterAll, expect, it } from 'vitest';
import { learnAllocator, learnLegs } from '../../../core/learn';
import { createNodeComputePool } from '../../../workers/pool-node';
import { FAST } from './options';
import { noiseLegs, returnLeg } from './synthetic';

const pool = createNodeComputePool(2);
afterAll(() => pool.dispose());

const { dates, a, b } = noiseLegs(8, 1400);
const inputs = [returnLeg('A', dates, a), returnLeg('B', dates, b)];
const options = { ...FAST, outerFolds: 3 };

it('equals the single-thread run, with progress to the end', async () => {
  const seen: [number, number][] = [];
  const inWorkers = await pool.runLearn(inputs, options, (done, total) => seen.push([done, total]));
  const legs = learnLegs(inputs);
  if (!legs.ok) throw new Error(legs.message);
  const here = learnAllocator(legs.legs, options);
  if (!inWorkers.ok || !here.ok) throw new Error('run failed');
  expect(JSON.stringify(inWorkers.value)).toBe(JSON.stringify(here.result));
  const total = 3 * (1 * 2 + 1);
  expect(seen[seen.length - 1]).toEqual([total, total]);
});

it('cancels a run', async () => {
  const running = pool.runLearn(inputs, { ...options, gbdt: [{ ...FAST.gbdt[0], rounds: 300 }] });
  setTimeout(() => pool.cancel(), 300);
  expect(await running).toEqual({ ok: false, code: 'cancelled', message: 'cancelled' });
});
