// reportSettings: the report's Sizing request and Deflated-Sharpe trials are the workspace's
// saved Sizing-page record (checked field by field), then the caller's overrides
// (`sizewise report --capital/--fraction/--trials`). Values below are the inputs themselves.
import { describe, expect, it } from 'vitest';
import { reportSettings } from '../../../core/app';

// Fields a record saved before issue 18 lacks: their defaults (broker multiplier 1, worst loss ≤ 20%, fractions ≤ 100%, of the growth-optimal fraction).
const PLACEABLE_DEFAULTS = { marginMultiplier: 1, lossShare: 0.2, totalFraction: 1, kellyOf: 'growth-optimal' };
const SAVED = { preset: 'quarter', customFraction: 0.5, cap: 0.2, capital: 80_000, marginCeiling: 0.5, basis: 'contract', riskBasis: null, multipliers: { A: 0.5 }, trials: 3 };

describe('reportSettings', () => {
  it('reads the saved record', () => {
    expect(reportSettings({ trades: [], sizingSettings: SAVED }, {})).toEqual({
      sizing: { capital: 80_000, fraction: 0.25, cap: 0.2, multipliers: { A: 0.5 }, basis: 'contract', riskBasis: null, marginCeiling: 0.5, ...PLACEABLE_DEFAULTS },
      trials: 3,
    });
  });

  it('lets the caller override a field, and undefined keeps the saved value', () => {
    const { sizing, trials } = reportSettings({ trades: [], sizingSettings: SAVED }, { sizing: { fraction: 0.5, capital: undefined }, trials: 7 });
    expect([sizing.capital, sizing.fraction, sizing.cap, trials]).toEqual([80_000, 0.5, 0.2, 7]);
  });

  it('falls back to the page defaults (half Kelly, cap 25%, detected capital, 1 trial) without a record or with a malformed one', () => {
    // the placeable caps default on: margin ceiling 100% of capital (a record without it reads so too)
    const defaults = { sizing: { capital: null, fraction: 0.5, cap: 0.25, multipliers: {}, basis: null, riskBasis: null, marginCeiling: 1, ...PLACEABLE_DEFAULTS }, trials: 1 };
    expect(reportSettings({ trades: [] }, {})).toEqual(defaults);
    expect(reportSettings({ trades: [], sizingSettings: { preset: 'huge', cap: 'x', trials: Number.NaN } }, {})).toEqual(defaults);
  });
});
