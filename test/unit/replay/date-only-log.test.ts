// A log without times (OptionOmega exports without time columns, most broker exports) replays and
// simulates: an empty time means 00:00:00 at the open and 23:59:59 at the close (SPEC §3 day level).
import { describe, expect, it } from 'vitest';
import { buildMonteCarloConfig } from '../../../core/montecarlo';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { makeTrade } from '../support/make-trade';

// Three date-only trades of 1 contract, Funds at Close chained from 10,000.
const trades = [
  makeTrade({ dateOpened: '2025-01-06', dateClosed: '2025-01-06', timeOpened: '', timeClosed: '', pl: 100, fundsAtClose: 10_100 }),
  makeTrade({ dateOpened: '2025-01-07', dateClosed: '2025-01-08', timeOpened: '', timeClosed: '', pl: -50, fundsAtClose: 10_050 }),
  makeTrade({ dateOpened: '2025-01-09', dateClosed: '2025-01-09', timeOpened: '', timeClosed: '', pl: 200, fundsAtClose: 10_250 }),
];

describe('a date-only trade log', () => {
  const input = prepareReplayInput(trades);

  it('keeps every trade, opening at 00:00:00 and closing at 23:59:59 of its dates', () => {
    expect(input.count).toBe(3);
    expect(input.warnings).toEqual([]);
    // 2025-01-06 is day 20094 since 1970-01-01.
    expect(Array.from(input.openTime)).toEqual([20094 * 86400, 20095 * 86400, 20097 * 86400]);
    expect(Array.from(input.closeTime)).toEqual([20094 * 86400 + 86399, 20096 * 86400 + 86399, 20097 * 86400 + 86399]);
    expect(input.dates).toEqual(['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09']);
  });

  it('replays as logged: 10,000 → 10,100 → 10,050 → 10,250', () => {
    const result = runScenario(input, { rule: { kind: 'log' }, settings: defaultReplaySettings(10_000) });
    expect(result.tradesTaken).toBe(3);
    expect(Array.from(result.equity)).toEqual([10_100, 10_100, 10_050, 10_250]);
    expect(result.finalEquity).toBe(10_250);
  });

  it('builds a Monte Carlo pool of the logged returns', () => {
    const built = buildMonteCarloConfig(trades, { mode: 'percent', resample: 'iid', paths: 10, seed: 1 });
    expect(built.ok).toBe(true);
    if (built.ok) expect(built.config.pool).toEqual([100 / 10_000, -50 / 10_100, 200 / 10_050]);
  });
});
