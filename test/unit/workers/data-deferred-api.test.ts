/**
 * deferredDataApi: the object the worker exposes before sql.js has loaded. Calls made early
 * wait for the service instead of being lost, and every DataApi method is forwarded.
 */
import { describe, expect, it } from 'vitest';
import { DataService, deferredDataApi } from '../../../workers/data-service';
import type { DataApi } from '../../../workers/data-api';
import { loadSqlJs } from '../db/sample';

describe('deferredDataApi', () => {
  it('queues calls until the service is ready, then forwards them', async () => {
    let resolve!: (api: DataApi) => void;
    const api = deferredDataApi(new Promise<DataApi>((r) => (resolve = r)));
    const early = api.summary();
    let settled = false;
    void early.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);

    resolve(new DataService(await loadSqlJs()));
    expect(await early).toMatchObject({ trades: 0, fingerprint: '' });
    await api.setSettings('capital', 5);
    expect(await api.getSettings('capital')).toBe(5);
  });

  it('forwards each method to the service method of the same name', async () => {
    const service = new DataService(await loadSqlJs());
    const api = deferredDataApi(Promise.resolve(service));
    for (const name of Object.keys(api)) expect(typeof (service as unknown as Record<string, unknown>)[name]).toBe('function');
    expect(await api.saveScenario('replay', 'x', 1)).toBe(1);
    expect((await service.listScenarios()).map((s) => s.name)).toEqual(['x']);
  });
});
