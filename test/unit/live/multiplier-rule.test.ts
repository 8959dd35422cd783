// The suggested multiplier's step rule at its edges (thresholds 0.05 and 0.01): 1 from the
// drift threshold up, 0.5 in [cut, drift), 0 below the cut.
import { describe, expect, it } from 'vitest';
import { multiplierRule, suggestedMultiplier } from '../../../core/live';

describe('suggested multiplier', () => {
  it.each([
    [0.5, 1],
    [0.05, 1],
    [0.0499, 0.5],
    [0.01, 0.5],
    [0.0099, 0],
    [0, 0],
  ])('percentile %f → %f', (q, m) => expect(suggestedMultiplier(q, 0.05, 0.01)).toBe(m));

  it('settable thresholds, and the rule in words', () => {
    expect(suggestedMultiplier(0.08, 0.1, 0.02)).toBe(0.5);
    expect(multiplierRule(0.05, 0.01)).toBe('Suggested multiplier: 1 when the live percentile is at least 0.05; 0.5 (halve) when it is below 0.05 ("drifting"); 0 when it is below 0.01. It never raises a size.');
  });
});
