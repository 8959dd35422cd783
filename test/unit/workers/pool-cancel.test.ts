// Cancel resolves every pending call with 'cancelled' at once, and the pool works again afterwards.
import { afterAll, expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { defaultReplaySettings, prepareReplayInput, runReplay } from '../../../core/replay';
import { createNodeComputePool } from '../../../workers/pool-node';
import { fixtureTrades } from '../support/fixtures';

const pool = createNodeComputePool(2);
afterAll(() => pool.dispose());

it('cancels a long run, then runs a replay', async () => {
  const trades = await fixtureTrades('ema-tradelog.csv');
  const outcome = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'iid', paths: 2_000_000, seed: 1, horizon: { steps: 5000 } });
  if (!outcome.ok) throw new Error(outcome.message);
  const running = pool.runMonteCarlo(outcome.config);
  setTimeout(() => pool.cancel(), 300);
  const started = performance.now();
  const result = await running;
  expect(result).toEqual({ ok: false, code: 'cancelled', message: 'cancelled' });
  expect(performance.now() - started).toBeLessThan(5000);

  const input = prepareReplayInput(trades);
  const scenarios = [{ rule: { kind: 'log' as const }, settings: defaultReplaySettings(100000) }];
  const replay = await pool.runReplay(input, scenarios);
  if (!replay.ok) throw new Error(replay.message);
  expect(replay.value[0].finalEquity).toBe(119735);
  expect(replay.value[0].equity).toEqual(runReplay(input, scenarios)[0].equity);
});

it('invalid settings come back as a failure object, not a thrown error', async () => {
  const input = prepareReplayInput(await fixtureTrades('ema-tradelog.csv'));
  const result = await pool.runReplay(input, [{ rule: { kind: 'log' }, settings: defaultReplaySettings(-5) }]);
  expect(result).toEqual({ ok: false, code: 'invalid-input', message: 'scenario 1: starting capital must be a positive number, got -5' });
});
