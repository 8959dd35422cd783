// Issue 18 §6 through the data worker: pickle-ric's Opening VIX is stored in the workspace, survives
// a save and reopen, and the vixRegimes request answers from it (counts from
// test/reference/vix_buckets.py: 164 / 250 / 132 / 6 at edges 15, 20, 30); a filter to no
// trade with a VIX (EMA) gives the one-line reason; a malformed request is refused before the service.
import { expect, it, vi } from 'vitest';
import type { DataApi } from '../../../workers/data-api';
import { dataRequestErrors, validatedDataApi } from '../../../workers/data-requests';
import { importSample } from '../support/data-service';
import { newService } from '../workspace/damaged-workspace';

it('stores Opening VIX, keeps it through save and reopen, and buckets it', async () => {
  const service = await newService();
  await importSample(service, 'single-strategy/pickle-ric.csv');
  const again = await newService();
  const reopened = await again.openWorkspace(await service.exportWorkspace());
  if (!reopened.ok) throw new Error(reopened.message);
  const trades = await again.trades();
  expect(trades.filter((t) => t.openingVix !== null)).toHaveLength(552);
  expect(trades.find((t) => t.dateOpened === '2026-03-04')?.openingVix).toBe(22.19);
  const outcome = await again.vixRegimes({}, { buckets: '15,20,30', strategy: null });
  if (!outcome.ok) throw new Error(outcome.reason);
  expect(outcome.regimes.buckets.map((b) => b.trades)).toEqual([164, 250, 132, 6]);
  const bad = await again.vixRegimes({}, { buckets: '30,20', strategy: null });
  expect(bad).toEqual({ ok: false, field: 'buckets', reason: '"30,20": edges must be strictly ascending (30 then 20)' });
});

it('a log without Opening VIX answers with the reason', async () => {
  const service = await newService();
  await importSample(service, 'ema-tradelog.csv');
  const outcome = await service.vixRegimes({}, { buckets: '4', strategy: null });
  expect(outcome).toMatchObject({ ok: false, field: 'trades' });
});

it('a malformed request is refused before the service', async () => {
  const vixRegimes = vi.fn();
  const api = validatedDataApi({ vixRegimes } as unknown as DataApi);
  await expect(api.vixRegimes({}, { buckets: 4, strategy: null } as never)).rejects.toThrow('vixRegimes: 1.buckets');
  expect(dataRequestErrors('vixRegimes', [{}, { buckets: '4', strategy: null }])).toEqual([]);
  expect(vixRegimes).not.toHaveBeenCalled();
});
