// Kelly rule (p 0.6, b 2 → f* 0.4) and the per-contract commission override.
import { expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades, makeTrade } from '../support/make-trade';

it('kelly:0.5 on full-sample estimates sizes 0.5 · 0.4 · equity / avg loss', () => {
  const input = prepareReplayInput(dailyTrades([200, -100, 200, -100, 200]));
  const settings = { ...defaultReplaySettings(10000), estimates: 'full-sample' as const };
  const result = runScenario(input, { rule: { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' }, settings });
  // 0.2 · 10000 / 100 = 20 contracts → +4000; then 0.2 · 14000 / 100 = 28 → −2800.
  expect(result.contracts[0]).toBe(20);
  expect(result.contracts[1]).toBe(28);
});

it('commission override: net = gross − fee × contracts, gross = P/L + the log\'s fees', () => {
  const trade = makeTrade({ dateOpened: '2025-01-06', pl: -10, fees: 2, contracts: 2 });
  const settings = { ...defaultReplaySettings(1000), commissionPerContract: 1.5 };
  const result = runScenario(prepareReplayInput([trade]), { rule: { kind: 'fixed', contracts: 3 }, settings });
  // gross per contract (−10 + 2) / 2 = −4; net per contract −5.5; 3 contracts.
  expect(result.tradePl[0]).toBe(-16.5);
});
