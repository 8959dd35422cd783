// A ratio cell (Calmar, Sharpe) never runs wide: the Allocate page's fold table showed a Calmar of
// 283,132,523,368,818,540,000 for a one-month fold on the 19-strategy fixture. Expected strings by hand:
// below a million, two grouped decimals; from a million up, three significant digits in scientific
// notation with the grouped value as the hover title; null keeps its reason.
import { describe, expect, it } from 'vitest';
import { formatRatioCompact } from '../../../core/format/number';

describe('formatRatioCompact', () => {
  it('keeps ordinary ratios as two grouped decimals', () => {
    expect(formatRatioCompact(2.5).text).toBe('2.50');
    expect(formatRatioCompact(-1.344).text).toBe('-1.34');
    expect(formatRatioCompact(999_999.994).text).toBe('999,999.99');
    expect(formatRatioCompact(2.5).full).toBeUndefined();
  });

  it('writes a huge ratio in scientific notation with the full value on hover', () => {
    const huge = formatRatioCompact(283_132_523_368_818_540_000);
    expect(huge.text).toBe('2.83e20');
    expect(huge.full).toBe('283,132,523,368,818,540,000.00');
    expect(formatRatioCompact(-1_500_000).text).toBe('-1.50e6');
  });

  it('gives "—" and the reason for a missing ratio', () => {
    const missing = formatRatioCompact(null, 'the fold has no drawdown');
    expect(missing.text).toBe('—');
    expect(missing.missingReason).toBe('the fold has no drawdown');
  });
});
