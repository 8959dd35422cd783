// A margin ceiling cannot check trades without margin data: they are taken, and the result says how many.
import { expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades, makeTrade } from '../support/make-trade';

const trades = [
  ...dailyTrades([10, 10], { marginReq: 1000 }),
  makeTrade({ dateOpened: '2025-01-08', pl: 10, marginReq: null }),
  makeTrade({ dateOpened: '2025-01-09', pl: 10, marginReq: null }),
];

it('counts the trades taken unchecked by the ceiling', () => {
  const result = runScenario(prepareReplayInput(trades), { rule: { kind: 'fixed', contracts: 1 }, settings: { ...defaultReplaySettings(10000), marginCeiling: 0.5 } });
  expect(result.tradesTaken).toBe(4);
  expect(result.warnings).toEqual(['margin ceiling: 2 trades without margin data were taken unchecked (their margin counts as 0)']);
});

it('no warning without a ceiling, or when every trade has margin data', () => {
  expect(runScenario(prepareReplayInput(trades), { rule: { kind: 'fixed', contracts: 1 }, settings: defaultReplaySettings(10000) }).warnings).toEqual([]);
  const withMargin = dailyTrades([10, 10], { marginReq: 1000 });
  expect(runScenario(prepareReplayInput(withMargin), { rule: { kind: 'fixed', contracts: 1 }, settings: { ...defaultReplaySettings(10000), marginCeiling: 0.5 } }).warnings).toEqual([]);
});
