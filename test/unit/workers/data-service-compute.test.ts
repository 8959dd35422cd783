// The data worker feeds the compute pool itself: the Replay and Risk pages send a filter and
// options and get results back (no trades leave the worker). Expected values are the
// independent references the pages are checked against on the EMA sample: starting capital
// 100,000 and 384 closed trades (SPEC §2), "As logged" final equity 119,735 (= 100,000 +
// Σ P/L 19,735) and "1 contract" 106,331 (replay e2e), and the 20,000-path percent-mode block
// bootstrap median final equity 119,339 ± 2% (the Risk page's reference run).
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReplaySettings } from '../../../core/replay';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

let service: DataService;
beforeAll(async () => {
  service = new DataService(await loadSqlJs());
  await importSample(service, 'ema-tradelog.csv');
});

describe('DataService compute calls', () => {
  it('describes the replayed trades without sending them', async () => {
    const context = await service.replayContext({});
    if (!context.ok) throw new Error(context.message);
    expect([context.logCapital, context.count, context.dates[0]]).toEqual([100_000, 384, '2025-01-02']);
    expect(Object.keys(context).sort()).toEqual(['count', 'dates', 'logCapital', 'ok', 'warnings']);
  });

  it('replays scenarios on the pool', async () => {
    const settings = defaultReplaySettings(100_000);
    const outcome = await service.runReplay({}, [
      { rule: { kind: 'log' }, settings },
      { rule: { kind: 'fixed', contracts: 1 }, settings },
    ]);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.map((r) => Math.round(r.finalEquity * 100) / 100)).toEqual([119_735, 106_331]);
  });

  it('simulates the Risk page reference run', async () => {
    const outcome = await service.runMonteCarlo({}, { mode: 'percent', resample: 'block', paths: 20_000, seed: 1, horizon: { steps: 384 } });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(Math.abs(outcome.value.summary.finalValue.p50 / 119_339 - 1)).toBeLessThan(0.02);
    expect(outcome.value.config.paths).toBe(20_000);
  }, 60_000);

  it('names the problem of options that cannot run', async () => {
    expect(await service.runMonteCarlo({}, { mode: 'percent', resample: 'block', paths: 0, seed: 1 })).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringContaining('paths must be a whole number') });
    expect(await service.runMonteCarlo({ from: '2030-01-01' }, { mode: 'percent', resample: 'block', paths: 10, seed: 1 })).toMatchObject({ ok: false, code: 'invalid-input', message: expect.stringContaining('at least 2 closed trades') });
  });
});
