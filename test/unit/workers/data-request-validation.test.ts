// Issue 9 item 5: the data worker checks every request with zod before the service sees it,
// and a refusal carries FieldErrors {field, message}. Before, a replay scenario with a NaN
// capital or Monte Carlo options with mode "weekly" went straight to the pools.
// Expected messages written by hand from the schemas' rules.
import { expect, it, vi } from 'vitest';
import type { DataApi } from '../../../workers/data-api';
import { dataRequestErrors, validatedDataApi } from '../../../workers/data-requests';
import { defaultReplaySettings } from '../../../core/replay';

it('lets good requests through unchanged', async () => {
  const runReplay = vi.fn(async () => ({ ok: true, value: [] }));
  const trades = vi.fn(async () => []);
  const api = validatedDataApi({ runReplay, trades } as unknown as DataApi);
  const scenario = { rule: { kind: 'fixed', contracts: 1 }, settings: defaultReplaySettings(10_000) } as const;
  await expect(api.runReplay({ strategies: ['A'] }, [scenario])).resolves.toEqual({ ok: true, value: [] });
  await expect(api.trades()).resolves.toEqual([]);
  expect(runReplay).toHaveBeenCalledWith({ strategies: ['A'] }, [scenario]);
});

it('refuses bad requests with field errors, before the service', async () => {
  const runMonteCarlo = vi.fn();
  const trades = vi.fn();
  const api = validatedDataApi({ runMonteCarlo, trades } as unknown as DataApi);
  const outcome = await api.runMonteCarlo({}, { mode: 'weekly', resample: 'iid', paths: 10, seed: 1 } as never);
  expect(outcome).toEqual({
    ok: false,
    code: 'invalid-input',
    message: 'runMonteCarlo: 1.mode: mode must be percent, daily or dollar, got "weekly"',
    errors: [{ field: '1.mode', message: 'mode must be percent, daily or dollar, got "weekly"' }],
  });
  await expect(api.trades({ from: '01/02/2025' })).rejects.toThrow('trades: 0.from: 0.from is malformed (must be an iso date (yyyy-mm-dd))');
  expect(runMonteCarlo).not.toHaveBeenCalled();
  expect(trades).not.toHaveBeenCalled();
});

it('checks replay scenarios with the replay settings schema and the rule check', () => {
  const settings = { ...defaultReplaySettings(10_000), startingCapital: Number.NaN };
  expect(dataRequestErrors('runReplay', [{}, [{ rule: { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' }, settings }]])).toEqual([
    { field: '1.0.settings.startingCapital', message: 'starting capital must be a positive number, got NaN' },
  ]);
  expect(dataRequestErrors('runReplay', [{}, [{ rule: { kind: 'fixed', contracts: 0 }, settings: defaultReplaySettings(10_000) }]])).toEqual([
    { field: '1.0.rule', message: 'sizing rule is not valid: {"kind":"fixed","contracts":0}' },
  ]);
});
