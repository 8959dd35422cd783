/**
 * The Allocate page's path through the data worker (DataService.allocation): the workspace's
 * chosen strategies plus a price file give the same report as core/allocate on the same inputs
 * (one orchestration); a walk-forward adds its methods to the workspace's count of
 * configurations tried, which the Deflated Sharpe's trials then include (Sizing page realism
 * and the report); a saved run round-trips through the workspace file; a damaged saved run
 * refuses the file naming table, row, column and the bad field; a document that is not a run
 * is refused before it is written; a bad request is an invalid-input outcome.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { allocate, type AllocationRunRequest, parseSeriesFile } from '../../../core/allocate';
import { allocationSources as appSources } from '../../../core/app';
import { validatedDataApi } from '../../../workers/data-requests';
import { DataService } from '../../../workers/data-service';
import type { DataApi } from '../../../workers/data-api';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';
import { fixtureText } from '../support/fixtures';

const spy = { file: 'SPY.csv', text: fixtureText('market/SPY.csv') };

function request(overrides: Partial<AllocationRunRequest['settings']> = {}, series = [spy]): AllocationRunRequest {
  return {
    settings: {
      strategies: [],
      method: 'risk-parity',
      compare: ['min-variance'],
      fraction: 1,
      min: 0,
      max: 1,
      ceiling: 1,
      capital: 100_000,
      capitalBasis: 'starting-capital',
      covariance: 'ledoit-wolf',
      period: 'daily',
      minContracts: 0,
      maxContracts: null,
      correlation: { method: 'pearson', basis: 'returns' },
      walkForward: { mode: 'rolling', inSample: 60, outOfSample: 20, step: 20, purge: 1, embargo: 0, costBps: 5 },
      ...overrides,
    },
    series,
  };
}

let service: DataService;
let strategies: string[];
beforeAll(async () => {
  service = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
  const summary = await importSample(service, 'nineteen-strategies.csv');
  strategies = summary.strategies;
});

describe('DataService.allocation', () => {
  it('equals core/allocate on the same strategies and price file, counts configurations tried, saves and reopens', async () => {
    const chosen = strategies.slice(0, 4);
    const req = request({ strategies: chosen });
    const progress: number[][] = [];
    const outcome = await service.allocation(req, (done, total) => progress.push([done, total]));
    if (!outcome.ok) throw new Error(outcome.message);
    const { report, run } = outcome.value;
    // Independent path: the same trades and file straight into core/allocate.
    const trades = (await service.trades()).filter((t) => chosen.includes(t.strategy));
    const parsed = parseSeriesFile('SPY.csv', spy.text);
    if (!parsed.ok) throw new Error(parsed.message);
    const direct = allocate({
      sources: appSources([{ file: 'workspace', trades }, { file: 'SPY.csv', series: parsed.series }]),
      options: { method: 'risk-parity', fraction: 1, min: 0, max: 1, ceiling: 1, capital: 100_000, covariance: 'ledoit-wolf', period: 'daily', minContracts: 0, maxContracts: Infinity },
      walkForward: req.settings.walkForward!,
      walkForwardMethods: ['risk-parity', 'min-variance'],
      correlation: { method: 'pearson', basis: 'returns' },
    });
    expect(report).toEqual(direct);
    expect([...report.names].sort()).toEqual([...chosen, 'SPY'].sort());
    // Progress: starts at 0, only grows, ends at folds × (2 methods + equal-weight baseline).
    const folds = report.walkForward!.methods[0].folds.length;
    expect(folds).toBeGreaterThan(3);
    expect(progress[0]).toEqual([0, 1]);
    expect(progress.at(-1)).toEqual([folds * 3, folds * 3]);
    // Two methods walked forward: 2 configurations; realism adds them to the 3 entered.
    expect(outcome.value.trialsAdded).toBe(2);
    expect(outcome.value.trialsTotal).toBe(2);
    const realism = await service.realism({}, { trials: 3 });
    if (!realism.ok) throw new Error('realism failed');
    expect(realism.report.trials).toBe(5);
    expect(realism.trialsNote).toBe('Trials 5 = 3 variants entered + 2 allocation configurations tried in walk-forwards on the Allocate page.');
    // A run without a walk-forward adds nothing.
    const plain = await service.allocation(request({ strategies: chosen, walkForward: null }));
    expect(plain.ok && plain.value.trialsAdded).toBe(0);

    const id = await service.saveAllocatorRun({ ...run, name: 'Four strategies + SPY' });
    const reopened = new DataService(await loadSqlJs());
    const opened = await reopened.openWorkspace(await service.exportWorkspace());
    expect(opened.ok).toBe(true);
    const runs = await reopened.listAllocatorRuns();
    expect(runs.map((r) => r.id)).toEqual([id]);
    expect(runs[0].value).toEqual({ ...run, name: 'Four strategies + SPY' });
    expect((runs[0].value as typeof run).report).toEqual(report);
    // The count survives the round trip: the report's trials include it.
    const again = await reopened.realism({}, { trials: 1 });
    expect(again.ok && again.report.trials).toBe(3);
  });

  it('refuses a damaged saved run on open, naming table, row, column and field', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database(await service.exportWorkspace());
    const [[rowid, json]] = db.exec('SELECT rowid, json FROM allocator_runs ORDER BY rowid LIMIT 1')[0].values;
    const value = JSON.parse(String(json));
    value.report.result.weights[1] = 'half';
    db.run('UPDATE allocator_runs SET json = ? WHERE rowid = ?', [JSON.stringify(value), rowid]);
    const damaged = db.export();
    db.close();
    const other = new DataService(SQL);
    const opened = await other.openWorkspace(damaged);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.code).toBe('invalid-content');
    expect(opened.message).toMatch(new RegExp(`table allocator_runs, row ${rowid}, column json does not have the expected shape \\(at report\\.result\\.weights\\.1: `));
  });

  it('refuses to save a document that is not a run, and answers a bad request with invalid-input', async () => {
    await expect(service.saveAllocatorRun({ method: 'risk-parity', weights: [0.5, 0.5] })).rejects.toThrow(/not a saved allocation run/);
    const api = validatedDataApi({ allocation: (...args: Parameters<DataService['allocation']>) => service.allocation(...args) } as unknown as DataApi);
    const bad = await api.allocation(request({ fraction: 0 }));
    expect(bad).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(!bad.ok && bad.message).toMatch(/settings\.fraction/);
    const unknown = await service.allocation(request({ strategies: ['No such strategy'] }));
    expect(unknown).toEqual({ ok: false, code: 'invalid-input', message: 'Not in this workspace: No such strategy.' });
    const brokenFile = await service.allocation(request({}, [{ file: 'bad.csv', text: 'Date,Adj Close\n2024-01-02,abc\n2024-01-03,1\n' }]));
    expect(brokenFile.ok).toBe(false);
  });

  it('margin as the capital basis divides each strategy by its own peak margin in use', async () => {
    const chosen = strategies.slice(0, 2);
    const outcome = await service.allocation(request({ strategies: chosen, capitalBasis: 'margin', walkForward: null }, []));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.report.basis).toMatch(/÷ its own peak historical margin in use/);
  });
});
