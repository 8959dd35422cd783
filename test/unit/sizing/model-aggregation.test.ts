// SPEC §3 model-probability aggregation vectors.
import { describe, expect, it } from 'vitest';
import { aggregateModels } from '../../../core/sizing';

describe('model aggregation', () => {
  it('(long 0.8, long 0.7) → 0.74 long', () => {
    const r = aggregateModels([{ direction: 'long', confidence: 0.8 }, { direction: 'long', confidence: 0.7 }]);
    expect(r.p).toBeCloseTo(0.74, 12);
    expect(r.direction).toBe('long');
  });
  it('(long 0.8, short 0.7) → 0.5, no trade', () => {
    const r = aggregateModels([{ direction: 'long', confidence: 0.8 }, { direction: 'short', confidence: 0.7 }]);
    expect(r).toEqual({ p: 0.5, direction: null, reason: 'models disagree (long vs short): no trade' });
  });
  it('below the threshold → 0.5, no trade', () => {
    const r = aggregateModels([{ direction: 'short', confidence: 0.55 }, { direction: 'short', confidence: 0.6 }]);
    expect(r.p).toBe(0.5);
    expect(r.direction).toBeNull();
    expect(r.reason).toContain('below the 0.6 threshold');
  });
  it('honours custom weights', () => {
    const r = aggregateModels([{ direction: 'short', confidence: 0.9 }, { direction: 'short', confidence: 0.7 }], [1, 1], 0.6);
    expect(r.p).toBeCloseTo(0.8, 12);
    expect(r.direction).toBe('short');
  });
});
