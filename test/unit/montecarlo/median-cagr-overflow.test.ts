// Twenty trades that each double the account within one calendar day: the median path grows
// ×2^20 = ×1,048,576 in 1/365.25 of a year, which annualizes to 2^7305 — beyond any double. The
// median CAGR is null with the reason (the CLI printed "internal error: non-finite number").
import { expect, it } from 'vitest';
import { buildMonteCarloConfig, runMonteCarlo } from '../../../core/montecarlo';
import { makeTrade } from '../support/make-trade';

// Trade k (k = 0..19) opens Mon 2025-01-06 and gains 1,000 · 2^k; Funds at Close 1,000 · 2^(k+1).
// The last one closes Tue 2025-01-07, so the log spans 1 calendar day: 20 trades a day = 7,305 a year.
const trades = Array.from({ length: 20 }, (_, k) =>
  makeTrade({ timeOpened: `10:${String(k).padStart(2, '0')}:00`, timeClosed: `10:${String(k).padStart(2, '0')}:30`, dateClosed: k === 19 ? '2025-01-07' : '2025-01-06', pl: 1000 * 2 ** k, fundsAtClose: 1000 * 2 ** (k + 1) }),
);

it('median CAGR of a ×2^20 day is null with the reason', () => {
  const built = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'iid', paths: 20, seed: 1 });
  if (!built.ok) throw new Error(built.message);
  expect(built.config.pool.every((r) => r === 1)).toBe(true);
  const summary = runMonteCarlo(built.config);
  expect(summary.finalValue.p50).toBe(1000 * 2 ** 20);
  expect(summary.medianCagr).toBeNull();
  expect(summary.nullReasons).toEqual({ medianCagr: 'annualizing a ×1.049e+6 median growth over 0.00274 years overflows' });
});
