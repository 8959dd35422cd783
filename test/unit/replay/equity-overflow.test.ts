// A P/L of 1e308 sized up by the replay (half Kelly, 12,500 contracts) would take equity to
// Infinity ("internal error: non-finite number at $.scenarios[1].finalEquity" in the CLI): the
// replay refuses it with a message naming the rule and the trade.
import { expect, it } from 'vitest';
import { defaultReplaySettings, prepareReplayInput, runScenario } from '../../../core/replay';
import { dailyTrades } from '../support/make-trade';

it('kelly:0.5 on P/L 1e308, −1, 5, −3 from 100,000 refuses the first trade', () => {
  // Whole-log estimates: p = 0.5, b = 5e307 / 2, Kelly 0.5 − 0.5 / 2.5e307 = 0.5; half Kelly 0.25 ·
  // 100,000 / avg loss 2 = 12,500 contracts; 12,500 × 1e308 overflows.
  const input = prepareReplayInput(dailyTrades([1e308, -1, 5, -3]));
  const settings = { ...defaultReplaySettings(100_000), estimates: 'full-sample' as const };
  expect(() => runScenario(input, { rule: { kind: 'kelly', multiplier: 0.5, basis: 'avg-loss' }, settings })).toThrow(
    new RangeError('Replay kelly:0.5:avg-loss: the trade opened 2025-01-06 at 12500 contracts takes equity beyond ±1.8e308, which no number can hold; check the P/L column.'),
  );
});
