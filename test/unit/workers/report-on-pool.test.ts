// The report's replay and Monte Carlo run on the data service's simulation pool (worker
// threads here, module workers in the app): the model is the one built in one thread
// (the pool's Monte Carlo is bit-identical to one thread), progress reaches the path total,
// and a cancel stops the build with code 'cancelled', leaving the pool usable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { createNodeComputePool } from '../../../workers/pool-node';
import type { ComputePool } from '../../../workers/pool';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

const REQUEST = { portfolioName: 'EMA', generatedAt: '2025-10-10T08:00:00.000Z' };
let pool: ComputePool;
let pooled: DataService;
let inThread: DataService;

beforeAll(async () => {
  pool = createNodeComputePool(2);
  pooled = new DataService(await loadSqlJs(), { pools: { replay: pool, simulation: pool } });
  inThread = new DataService(await loadSqlJs());
  await importSample(pooled, 'ema-tradelog.csv');
  await importSample(inThread, 'ema-tradelog.csv');
});
afterAll(() => pool.dispose());

describe('the report on the simulation pool', () => {
  it('equals the one-thread model and reports progress up to 10,000 paths', async () => {
    const seen: number[] = [];
    const onPool = await pooled.reportModel(REQUEST, (done, total) => seen.push(total === 10_000 ? done : -1));
    const local = await inThread.reportModel(REQUEST);
    if (!onPool.ok || !local.ok) throw new Error('report failed');
    expect(onPool.model).toEqual(local.model);
    expect(seen.at(-1)).toBe(10_000);
    expect(seen.includes(-1)).toBe(false);
  }, 60_000);

  it('stops on cancel, then builds again', async () => {
    let cancelled = false;
    const building = pooled.reportModel({ ...REQUEST }, () => {
      if (!cancelled) void pooled.cancelCompute('simulation');
      cancelled = true;
    });
    expect(await building).toMatchObject({ ok: false, code: 'cancelled' });
    expect((await pooled.reportModel(REQUEST)).ok).toBe(true);
  }, 60_000);
});
