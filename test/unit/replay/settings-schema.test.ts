// Replay settings through the one zod schema: field errors {field, message}, and settings of the
// wrong shape (a stored scenario edited by hand) refused with the field named, never a crash.
import { expect, it } from 'vitest';
import { defaultReplaySettings, replaySettingsErrors } from '../../../core/replay';

it('names each bad field', () => {
  const settings = { ...defaultReplaySettings(100_000), marginMultiplier: 0, maxOpenTrades: 0, guardrail: { drawdown: 1.5, action: 'stop' as const } };
  expect(replaySettingsErrors(settings)).toEqual([
    { field: 'marginMultiplier', message: 'margin multiplier must be a positive number, got 0' },
    { field: 'maxOpenTrades', message: 'max open trades must be a whole number ≥ 1, got 0' },
    { field: 'guardrail.drawdown', message: 'guardrail drawdown must be between 0 and 1, got 1.5' },
  ]);
  expect(replaySettingsErrors(defaultReplaySettings(100_000))).toEqual([]);
});

it('refuses settings of the wrong shape with the field named', () => {
  expect(replaySettingsErrors(null)).toHaveLength(1);
  const errors = replaySettingsErrors({ ...defaultReplaySettings(1), weekdays: 'mon', estimates: 'sometimes', startingCapital: '5' });
  expect(errors.map((e) => e.field)).toEqual(['startingCapital', 'weekdays', 'estimates']);
  expect(errors[0].message).toBe('starting capital must be a positive number, got "5"');
});
