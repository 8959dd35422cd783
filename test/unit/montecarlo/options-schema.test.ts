// Issue 9 item 5: the Monte Carlo options are checked by one zod schema and every failure is
// a FieldError {field, message}. Before, a bad mode ("weekly") was not caught at all and a
// failure carried only a message. Expected messages written by hand from the rules.
import { expect, it } from 'vitest';
import { buildMonteCarloConfig, monteCarloOptionsErrors } from '../../../core/montecarlo/config';
import type { Trade } from '../../../core/model';

it('names the field of each bad option', () => {
  expect(monteCarloOptionsErrors({ mode: 'percent', resample: 'iid', paths: 10, seed: 1 })).toEqual([]);
  expect(monteCarloOptionsErrors({ mode: 'weekly', resample: 'iid', paths: 0, seed: 1.5, ruinLevel: 1, checkpoints: 0 })).toEqual([
    { field: 'mode', message: 'mode must be percent, daily or dollar, got "weekly"' },
    { field: 'paths', message: 'paths must be a whole number from 1 to 10000000, got 0' },
    { field: 'seed', message: 'seed must be a whole number, got 1.5' },
    { field: 'ruinLevel', message: 'ruin level must be a fraction of starting capital in [0, 1), got 1' },
    { field: 'checkpoints', message: 'checkpoints must be a whole number from 1 to 500, got 0' },
  ]);
  expect(monteCarloOptionsErrors({ mode: 'percent', resample: 'iid', paths: 10, seed: 1, sizing: { kind: 'kelly', multiplier: 9, basis: 'avg-loss' } })).toEqual([
    { field: 'sizing', message: 'sizing must be a valid sizing rule, got {"kind":"kelly","multiplier":9,"basis":"avg-loss"}' },
  ]);
  expect(monteCarloOptionsErrors(null)).toEqual([{ field: '', message: 'the Monte Carlo options is malformed (invalid input: expected object, received null)' }]);
});

function trade(day: number, pl: number): Trade {
  const date = `2025-01-${String(day).padStart(2, '0')}`;
  return { dateOpened: date, timeOpened: '10:00:00', dateClosed: date, timeClosed: '15:00:00', strategy: 'S', legs: '', pl, contracts: 1, fundsAtClose: 10_000 + pl, margin: 1000, maxLoss: null, openingPrice: 1, closingPrice: 1, commissions: 0, reasonForClose: '' } as unknown as Trade;
}

it('buildMonteCarloConfig returns the field errors with the first as its message', () => {
  const outcome = buildMonteCarloConfig([trade(2, 100), trade(3, -50), trade(6, 80)], { mode: 'percent', resample: 'block', paths: 0, seed: 1, worstCaseShare: 2 });
  expect(outcome).toEqual({
    ok: false,
    message: 'paths must be a whole number from 1 to 10000000, got 0',
    errors: [
      { field: 'paths', message: 'paths must be a whole number from 1 to 10000000, got 0' },
      { field: 'worstCaseShare', message: 'worst-case share must be between 0 and 1, got 2' },
    ],
  });
});
