// Worst-case injection (SPEC §5): each slot's worst case is its strategy's worst loss per contract
// — max of margin, Max Loss (|Max Loss %| ÷ 100 × premium) and worst realized loss — scaled to capital.
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig, worstLossPerContract, type MonteCarloMode, type MonteCarloOptions } from '../../../core/montecarlo';
import { prepareReplayInput } from '../../../core/replay';
import { makeTrade } from '../support/make-trade';

// A: margin binds (1,000 > realized 300); B: Max Loss binds (100% of 500 = 500 > realized 400 / 2 = 200, no margin);
// C: realized binds (800 > margin 300 and 50% of 400 = 200).
const trades = [
  makeTrade({ strategy: 'A', dateOpened: '2025-01-06', pl: 100, marginReq: 1000 }),
  makeTrade({ strategy: 'B', dateOpened: '2025-01-07', contracts: 2, pl: -400, premium: 500, maxLossPct: -100 }),
  makeTrade({ strategy: 'A', dateOpened: '2025-01-08', pl: -300 }),
  makeTrade({ strategy: 'C', dateOpened: '2025-01-09', pl: -800, marginReq: 300, premium: 400, maxLossPct: -50 }),
  makeTrade({ strategy: 'B', dateOpened: '2025-01-10', contracts: 2, pl: 300, premium: 500, maxLossPct: -20 }),
];

function build(mode: MonteCarloMode, extra: Partial<MonteCarloOptions> = {}) {
  const outcome = buildMonteCarloConfig(trades, { mode, resample: 'iid', paths: 10, seed: 1, startingCapital: 10_000, worstCaseShare: 0.1, ...extra });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('worst loss per contract of each strategy', () => {
  const input = prepareReplayInput(trades);

  it('all: margin binds for A, Max Loss for B, the realized loss for C', () => {
    expect(input.strategies).toEqual(['A', 'B', 'C']);
    expect(Array.from(worstLossPerContract(input, 'all'))).toEqual([1000, 500, 800]);
  });

  it('realized: the worst realized loss per contract alone', () => {
    expect(Array.from(worstLossPerContract(input, 'realized'))).toEqual([300, 200, 800]);
  });
});

describe('per-entry worst cases in pool units', () => {
  it('percent: −W × contracts ÷ equity before the trade', () => {
    // Equity before: 10,000, 10,100, 9,700, 9,400, 8,600.
    expect(build('percent').config.worstByEntry).toEqual([-1000 / 10000, -1000 / 10100, -1000 / 9700, -800 / 9400, -1000 / 8600]);
  });

  it('dollar: −W per contract (the step applies its own contracts)', () => {
    expect(build('dollar').config.worstByEntry).toEqual([-1000, -500, -1000, -800, -500]);
    expect(build('dollar', { worstCase: 'realized' }).config.worstByEntry).toEqual([-300, -200, -300, -800, -200]);
  });

  it('daily: every day gets the worst per-trade worst-case return of the pool', () => {
    const daily = build('daily').config;
    expect(daily.worstByEntry).toEqual(daily.pool.map(() => -1000 / 8600));
  });

  it('the recent window keeps the worst cases aligned with the pool', () => {
    expect(build('dollar', { recent: 2 }).config.worstByEntry).toEqual([-800, -500]);
  });

  it('warns when a strategy has nothing to measure its worst loss by', () => {
    const withWinner = [...trades, makeTrade({ strategy: 'D', dateOpened: '2025-01-13', pl: 50 })];
    const outcome = buildMonteCarloConfig(withWinner, { mode: 'dollar', resample: 'iid', paths: 10, seed: 1, startingCapital: 10_000, worstCaseShare: 0.1 });
    expect(outcome.ok && outcome.warnings).toContain('worst case: D has no margin, Max Loss or losing trade, so its injected steps lose nothing');
    expect(outcome.ok && outcome.config.worstByEntry.at(-1)).toBe(0);
  });
});
