// Streak rule: after 2 consecutive losses halve the size until a win (hand-computed sequence).
import { expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

it('halves after two losses and restores after a win', () => {
  const input = prepareReplayInput(dailyTrades([-10, -10, -10, 10, -10, 10]));
  const settings = { ...defaultReplaySettings(1000), streak: { losses: 2, multiplier: 0.5 } };
  const result = runScenario(input, { rule: { kind: 'fixed', contracts: 4 }, settings });
  expect(Array.from(result.contracts)).toEqual([4, 4, 2, 2, 4, 4]);
  expect(Array.from(result.tradePl)).toEqual([-40, -40, -20, 20, -40, 40]);
  expect(result.finalEquity).toBe(920);
});

it('the streak follows the log\'s outcomes, so a cut below one contract ends at the next winning trade', () => {
  const input = prepareReplayInput(dailyTrades([-1, -1, -1, 1, 1]));
  const settings = { ...defaultReplaySettings(1000), streak: { losses: 2, multiplier: 0.5 } };
  const result = runScenario(input, { rule: { kind: 'fixed', contracts: 1 }, settings });
  expect(Array.from(result.contracts)).toEqual([1, 1, 0, 0, 1]);
  expect(result.skippedByReason.streak).toBe(2);
  expect(result.skippedByReason['below-one-contract']).toBe(0);
});

it('a streak multiplier of 0 skips with reason streak, not below-one-contract', () => {
  const input = prepareReplayInput(dailyTrades([-1, -1, -1, 1, 1]));
  const settings = { ...defaultReplaySettings(1000), streak: { losses: 2, multiplier: 0 } };
  const result = runScenario(input, { rule: { kind: 'fixed', contracts: 5 }, settings });
  expect(Array.from(result.contracts)).toEqual([5, 5, 0, 0, 5]);
  expect(result.skippedByReason.streak).toBe(2);
  expect(result.skippedByReason['below-one-contract']).toBe(0);
});
