// The data worker's learnAllocator (issue 13): two return files as the panel sends them (text),
// options checked at the boundary (an out-of-range horizon is an 'invalid-input' naming the field,
// before any work), the run on the (inline) pool, and the artifacts — dataset summary, model JSON,
// fold results, chosen configuration, trials — stored in the workspace with saveAllocatorRun and
// still there after the workspace is saved and reopened.
import { describe, expect, it } from 'vitest';
import { DataService, deferredDataApi } from '../../../workers/data-service';
import { validatedDataApi } from '../../../workers/data-requests';
import { loadSqlJs } from '../db/sample';
import { noiseLegs } from './synthetic';
import { FAST } from './options';
import { ALLOCATION_TRIALS_KEY } from '../../../core/app/allocate-run';

describe('DataService.learnAllocator', () => {
  it('refuses bad options, runs, and the artifacts are saved with the workspace', async () => {
    const SQL = await loadSqlJs();
    const service = new DataService(SQL, { now: () => '2026-12-07T04:00:00.000Z' });
    const api = validatedDataApi(deferredDataApi(Promise.resolve(service)));
    const { dates, a, b } = noiseLegs(4, 1100);
    const text = (r: number[]) => ['Date,Return', ...dates.map((d, i) => `${d},${r[i]}`)].join('\n');
    const legs = [{ file: 'alpha.csv', text: text(a) }, { file: 'beta.csv', text: text(b) }];
    const bad = await api.learnAllocator({ legs, options: { horizon: 40 } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.code).toBe('invalid-input');
    expect(!bad.ok && bad.message).toMatch(/horizon/);
    const options = { horizon: FAST.horizon, grid: FAST.grid, outerFolds: 2, innerFolds: 2, lambdaDd: [0.5], smoothing: 0.2 };
    const outcome = await api.learnAllocator({ legs, options });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.result.legs).toEqual(['alpha', 'beta']);
    // The run's configurations (2 outer × 2 inner × 2 GBDT settings) join the workspace's Deflated-Sharpe trials.
    expect(await service.getSettings(ALLOCATION_TRIALS_KEY)).toEqual({ count: 8 });
    const id = await api.saveAllocatorRun(outcome.value.artifacts);
    const reopened = new DataService(SQL);
    expect((await reopened.openWorkspace(await service.exportWorkspace())).ok).toBe(true);
    const [run] = await reopened.listAllocatorRuns();
    expect(run.id).toBe(id);
    const saved = run.value as { kind: string; legs: string[]; trials: number; folds: unknown[]; model: { gbdt: { trees: unknown[] } }; chosen: { lambdaDd: number }; dataset: { rows: number }; json: { verdict: string } };
    expect(saved.kind).toBe('learned');
    expect(saved.legs).toEqual(['alpha', 'beta']);
    // 2 outer × 2 inner × (2 GBDT configurations × 1 ridge × 1 λ_dd × 1 λ_tc)
    expect(saved.trials).toBe(8);
    expect(saved.folds).toHaveLength(2);
    expect(saved.model.gbdt.trees.length).toBeGreaterThan(0);
    expect(saved.chosen.lambdaDd).toBe(0.5);
    expect(saved.dataset.rows).toBe(1100 - 1 - 84 + 1);
    expect(saved.json.verdict).toBe(outcome.value.result.verdict);
  }, 120_000);
});
