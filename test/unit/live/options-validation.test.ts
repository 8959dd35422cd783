// Bad options and bad confirmed mappings are refused with a message naming the value, never
// replaced by a default; the defaults are the documented ones.
import { describe, expect, it } from 'vitest';
import { compareLive, LIVE_DEFAULTS, resolveCompareOptions } from '../../../core/live';
import { makeLiveTrade } from '../support/make-live-trade';
import { makeTrade } from '../support/make-trade';

const message = (options: Parameters<typeof compareLive>[2]) => {
  const outcome = compareLive([makeTrade()], [makeLiveTrade()], options);
  return outcome.ok ? 'ok' : outcome.message;
};

describe('compare options', () => {
  it('defaults: 30 minutes, 10,000 sims, seed 1, drift below 0.05, cut below 0.01, 10 pairs, mapping score 0.2', () => {
    expect(LIVE_DEFAULTS).toEqual({ toleranceMinutes: 30, sims: 10000, seed: 1, driftPercentile: 0.05, cutPercentile: 0.01, minDriftTrades: 10, minMappingScore: 0.2 });
    expect(resolveCompareOptions({})).toMatchObject({ ok: true, options: { ...LIVE_DEFAULTS, mapping: {}, meanBlockLength: null } });
  });

  it.each([
    [{ toleranceMinutes: -1 }, 'tolerance must be a number of minutes ≥ 0, got -1'],
    [{ toleranceMinutes: Number.NaN }, 'tolerance must be a number of minutes ≥ 0, got NaN'],
    [{ sims: 0 }, 'sims must be a whole number from 1 to 10000000, got 0'],
    [{ seed: 1.5 }, 'seed must be a whole number, got 1.5'],
    [{ driftPercentile: 1 }, 'drift percentile must be a fraction between 0 and 1, got 1'],
    [{ cutPercentile: 0.1 }, 'cut percentile must be between 0 and the drift percentile 0.05, got 0.1'],
    [{ minDriftTrades: 0 }, 'minimum drift trades must be a whole number ≥ 1, got 0'],
    [{ meanBlockLength: 0.5 }, 'mean block length must be ≥ 1, got 0.5'],
    [{ minMappingScore: 2 }, 'minimum mapping score must be between 0 and 1, got 2'],
  ])('%j → %s', (options, expected) => expect(message(options)).toBe(expected));

  it('a confirmed mapping naming a strategy in neither log is an error', () => {
    expect(message({ mapping: { X: 'S' } })).toBe('mapping "X=S": the live log has no strategy "X" (live strategies: "S")');
    expect(message({ mapping: { S: 'Y' } })).toBe('mapping "S=Y": the backtest has no strategy "Y" (backtest strategies: "S")');
  });
});
