// restoreRiskFreeSetting: the saved risk-free record, checked (zod); anything missing or
// malformed is the fixed rate (SPEC §2 default, 0 a year). riskFreeOptions: an explicit
// option wins over the setting; a historical setting without a loaded series stays fixed.
import { describe, expect, it } from 'vitest';
import { restoreRiskFreeSetting, riskFreeOptions } from '../../../core/app';
import type { RateSeries } from '../../../core/stats';

const SERIES = { dates: ['2025-01-02'], rates: [4.3] } as unknown as RateSeries;

describe('the risk-free setting', () => {
  it('restores historical, and fixed for missing or malformed records', () => {
    expect(restoreRiskFreeSetting({ source: 'historical' })).toEqual({ source: 'historical' });
    expect(restoreRiskFreeSetting(null)).toEqual({ source: 'fixed' });
    expect(restoreRiskFreeSetting({ source: 'monthly' })).toEqual({ source: 'fixed' });
    expect(restoreRiskFreeSetting('historical')).toEqual({ source: 'fixed' });
  });

  it('gives the series only when historical and loaded; explicit options win', () => {
    expect(riskFreeOptions({ trades: [], riskFreeSetting: { source: 'historical' }, rateSeries: SERIES })).toEqual({ riskFreeSeries: SERIES });
    expect(riskFreeOptions({ trades: [], riskFreeSetting: { source: 'historical' } })).toEqual({});
    expect(riskFreeOptions({ trades: [], riskFreeSetting: { source: 'fixed' }, rateSeries: SERIES })).toEqual({});
    expect(riskFreeOptions({ trades: [], riskFreeSetting: { source: 'historical' }, rateSeries: SERIES }, { riskFreeRate: 0 })).toEqual({ riskFreeRate: 0 });
  });
});
