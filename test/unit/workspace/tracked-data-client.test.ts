/**
 * trackMutations: the pages' data client reports each successful write to the workspace
 * (settings, scenarios, allocator runs, column mappings) once it has completed, and never
 * a read or a failed write; results pass through unchanged.
 */
import { describe, expect, it, vi } from 'vitest';
import type { DataApi } from '../../../workers/data-api';
import { DataService } from '../../../workers/data-service';
import { MUTATING_METHODS, trackMutations } from '../../../renderer/src/workspace/tracked-data-client';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

async function tracked() {
  const service = new DataService(await loadSqlJs());
  const onChange = vi.fn();
  return { client: trackMutations<DataApi>(service, onChange), onChange, service };
}

describe('trackMutations', () => {
  it('names exactly the DataApi methods that write to the workspace', () => {
    expect([...MUTATING_METHODS].sort()).toEqual(['allocation', 'applyLiveMultipliers', 'deleteScenario', 'learnAllocator', 'saveAllocatorRun', 'saveBetRun', 'saveMapping', 'saveScenario', 'setSettings']);
  });

  it('reports a write after it completed, with its result', async () => {
    const { client, onChange, service } = await tracked();
    let storedWhenReported: unknown = 'not reported';
    onChange.mockImplementation(() => {
      void service.getSettings('capital').then((value) => (storedWhenReported = value));
    });
    await client.setSettings('capital', 50_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(storedWhenReported).toBe(50_000);
    const id = await client.saveScenario('replay', 'Half Kelly', { fraction: 0.5 });
    expect(id).toBe(1);
    await client.deleteScenario(id);
    await client.saveMapping('signature', { strategy: 'Name' });
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('reports an allocation only when its walk-forward added to the count of configurations tried, and a saved run', async () => {
    const { client, onChange, service } = await tracked();
    const summary = await importSample(service, 'ema-tradelog.csv');
    const settings = {
      strategies: summary.strategies, method: 'equal' as const, compare: [], fraction: 1, min: 0, max: 1, ceiling: 1, capital: null, capitalBasis: 'starting-capital' as const,
      covariance: 'sample' as const, period: 'weekly' as const, minContracts: 0, maxContracts: null, correlation: { method: 'pearson' as const, basis: 'pl' as const }, walkForward: null,
    };
    const plain = await client.allocation({ settings, series: [] });
    expect(plain.ok).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
    const walked = await client.allocation({ settings: { ...settings, walkForward: { mode: 'rolling', inSample: 8, outOfSample: 4, step: 4, purge: 0, embargo: 0, costBps: 0 } }, series: [] });
    if (!walked.ok) throw new Error(walked.message);
    expect(onChange).toHaveBeenCalledTimes(1);
    await client.saveAllocatorRun(walked.value.run);
    expect(onChange).toHaveBeenCalledTimes(2);
    await expect(client.saveAllocatorRun({ weights: [0.5, 0.5] })).rejects.toThrow(/not a saved allocation run/);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('does not report reads', async () => {
    const { client, onChange } = await tracked();
    await client.getSettings('capital');
    await client.summary();
    await client.listScenarios();
    await client.stats();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not report a write that failed', async () => {
    const failing = { setSettings: () => Promise.reject(new Error('database is locked')) };
    const onChange = vi.fn();
    await expect(trackMutations(failing, onChange).setSettings()).rejects.toThrow('database is locked');
    expect(onChange).not.toHaveBeenCalled();
  });
});
