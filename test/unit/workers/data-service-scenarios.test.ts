/** Saved scenarios live in the workspace: listed by kind, deleted, ids never reused, saved with the file (allocator runs: data-service-allocation.test.ts). */
import { describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';

describe('saved scenarios', () => {
  it('are stored, listed, deleted and saved with the workspace', async () => {
    const SQL = await loadSqlJs();
    const service = new DataService(SQL, { now: () => '2025-10-10T08:00:00.000Z' });
    expect(await service.saveScenario('replay', 'Half Kelly', { rule: 'kelly', fraction: 0.5 })).toBe(1);
    expect(await service.saveScenario('montecarlo', '10k paths', { paths: 10000, seed: 7 })).toBe(2);
    expect(await service.saveScenario('replay', 'Fixed 2', { rule: 'fixed', contracts: 2 })).toBe(3);
    expect((await service.listScenarios('replay')).map((s) => s.name)).toEqual(['Half Kelly', 'Fixed 2']);
    await service.deleteScenario(3);
    expect(await service.saveScenario('replay', 'Quarter Kelly', { rule: 'kelly', fraction: 0.25 })).toBe(4);

    const reopened = new DataService(SQL);
    expect((await reopened.openWorkspace(await service.exportWorkspace())).ok).toBe(true);
    expect(await reopened.listScenarios()).toEqual([
      { id: 1, kind: 'replay', name: 'Half Kelly', value: { rule: 'kelly', fraction: 0.5 }, created: '2025-10-10T08:00:00.000Z' },
      { id: 2, kind: 'montecarlo', name: '10k paths', value: { paths: 10000, seed: 7 }, created: '2025-10-10T08:00:00.000Z' },
      { id: 4, kind: 'replay', name: 'Quarter Kelly', value: { rule: 'kelly', fraction: 0.25 }, created: '2025-10-10T08:00:00.000Z' },
    ]);
    expect(await reopened.listAllocatorRuns()).toEqual([]);
  });
});
