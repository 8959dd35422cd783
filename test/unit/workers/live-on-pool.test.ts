// Live vs backtest on a real worker pool (worker_threads, as the app's data worker feeds its
// simulation pool): the comparison computed in the worker equals the one computed in this
// thread (core/app liveComparison), and a cancel stops a long comparison (MEIC, 1,000,000
// bootstrap draws) with code 'cancelled', after which the pool runs again.
import { afterAll, expect, it } from 'vitest';
import { liveComparison, planLive } from '../../../core/app';
import { createNodeComputePool } from '../../../workers/pool-node';
import { fixtureTrades, importReporting } from '../support/fixtures';

const pool = createNodeComputePool(1);
afterAll(() => pool.dispose());

const content = { trades: await fixtureTrades('meic-tradelog.csv'), reporting: (await importReporting('optionomega/meic-reporting-log.csv')).reporting };

it('the worker’s comparison equals this thread’s', async () => {
  const planned = planLive(content, { seed: 9, sims: 3000 });
  if (!planned.ok) throw new Error(planned.message);
  const inWorker = await pool.compareLive(planned.plan);
  const here = liveComparison(content, { seed: 9, sims: 3000 });
  if (!inWorker.ok || !here.ok) throw new Error('comparison failed');
  expect(inWorker.value).toEqual(here.comparison);
});

it('cancels a long comparison, then compares again', async () => {
  const planned = planLive(content, { sims: 1_000_000 });
  if (!planned.ok) throw new Error(planned.message);
  const running = pool.compareLive(planned.plan);
  setTimeout(() => pool.cancel(), 300);
  const started = performance.now();
  expect(await running).toEqual({ ok: false, code: 'cancelled', message: 'cancelled' });
  expect(performance.now() - started).toBeLessThan(5000);
  const again = planLive(content, { sims: 500 });
  if (!again.ok) throw new Error(again.message);
  const outcome = await pool.compareLive(again.plan);
  expect(outcome.ok && outcome.value.strategies[0].matched).toBe(20);
});
