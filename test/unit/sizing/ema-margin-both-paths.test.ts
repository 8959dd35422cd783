// SPEC §3 vector from both paths: the EMA log as recorded peaks at 0.809642 of equity at
// 2025-04-25 13:40 — the Sizing analysis' historical margin maximum and Replay's `log` rule
// peak margin use are the same figure (issue 17: the Sizing page used to say 1.840568).
import { expect, test } from 'vitest';
import { analyzeSizing } from '../../../core/sizing';
import { runCli } from '../cli/run-cli';
import { fixtureTrades } from '../support/fixtures';

test('sizing and replay agree on 0.809642', async () => {
  const trades = await fixtureTrades('ema-tradelog.csv');
  const sizing = analyzeSizing(trades, { capital: 100_000, fraction: 0.5 });
  expect(sizing.portfolio.historicalMargin?.max).toBeCloseTo(0.809642, 6);
  expect(sizing.portfolio.historicalMargin?.maxAt).toEqual({ date: '2025-04-25', time: '13:40' });
  const replay = JSON.parse((await runCli(['replay', 'test/fixtures/optionomega/ema-tradelog.csv', '--rule', 'log', '--json'])).stdout);
  expect(replay.scenarios[0].peakMarginUse).toBeCloseTo(0.809642, 6);
  const kelly = JSON.parse((await runCli(['kelly', 'test/fixtures/optionomega/ema-tradelog.csv', '--json'])).stdout);
  expect(kelly.portfolio.historicalMarginMax).toBe(replay.scenarios[0].peakMarginUse);
});
