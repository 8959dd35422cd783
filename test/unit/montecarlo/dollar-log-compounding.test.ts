// Dollar mode with the log's own contracts refuses a compounding log (contracts varying > 2×): SPEC §5,
// never reorder absolute dollars from a compounding log.
import { expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { dailyTrades } from '../support/make-trade';

const run = (contracts: number[]) =>
  buildMonteCarloConfig(
    dailyTrades([100, -50, 80]).map((t, i) => ({ ...t, contracts: contracts[i] })),
    { mode: 'dollar', resample: 'iid', paths: 10, seed: 1, startingCapital: 10_000, sizing: { kind: 'log' } },
  );

it('refuses contracts from 1 to 3', () => {
  const outcome = run([1, 2, 3]);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.message).toBe(
    "dollar mode with log: the log's contracts range from 1 to 3 per trade (more than 2×), so it compounds: resampling its absolute dollars would reorder position sizes that grew with equity, so the logged contracts cannot be resampled in dollar mode. Use percent mode (returns on equity, compounding), or a fixed or equity-based sizing rule in dollar mode",
  );
  // A message names the reason, never an internal document.
  expect(!outcome.ok && outcome.message).not.toMatch(/SPEC|§/);
});

it('accepts contracts from 2 to 4 (exactly 2×)', () => {
  const outcome = run([2, 3, 4]);
  expect(outcome.ok && outcome.config.sizing.fixedContracts).toEqual([2, 3, 4]);
});
