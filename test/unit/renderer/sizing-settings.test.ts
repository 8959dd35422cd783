/**
 * The Sizing page's settings: presets map to fractions, the worker request carries them, and
 * a record read back from the workspace is checked field by field.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZING_SETTINGS, fractionOf, restoreSizingSettings, sizingRequest } from '../../../renderer/src/sizing/sizing-settings';
import { queryKey } from '../../../renderer/src/sizing/use-debounced-query';

describe('sizing settings', () => {
  it('presets give full, half and quarter Kelly; custom gives its own fraction', () => {
    expect(fractionOf({ ...DEFAULT_SIZING_SETTINGS, preset: 'full' })).toBe(1);
    expect(fractionOf(DEFAULT_SIZING_SETTINGS)).toBe(0.5);
    expect(fractionOf({ ...DEFAULT_SIZING_SETTINGS, preset: 'quarter', customFraction: 0.8 })).toBe(0.25);
    expect(fractionOf({ ...DEFAULT_SIZING_SETTINGS, preset: 'custom', customFraction: 0.8 })).toBe(0.8);
  });

  it('builds the worker request', () => {
    const settings = { ...DEFAULT_SIZING_SETTINGS, preset: 'quarter' as const, capital: 250000, marginCeiling: 0.6, basis: 'margin' as const, multipliers: { A: 1.5 } };
    expect(sizingRequest(settings)).toEqual({ capital: 250000, fraction: 0.25, cap: 0.25, multipliers: { A: 1.5 }, basis: 'margin', riskBasis: null, marginCeiling: 0.6, marginMultiplier: 1, lossShare: 0.2, totalFraction: 1, kellyOf: 'growth-optimal' });
    // 'none' lifts a cap: null in the request
    expect(sizingRequest({ ...settings, marginCeiling: 'none', lossShare: 'none', totalFraction: 'none', kellyOf: 'classic' })).toMatchObject({ marginCeiling: null, lossShare: null, totalFraction: null, kellyOf: 'classic' });
  });

  it('restores a stored record, dropping anything malformed', () => {
    expect(restoreSizingSettings(null)).toEqual(DEFAULT_SIZING_SETTINGS);
    const stored = { preset: 'custom', customFraction: 0.3, cap: 0.1, capital: null, marginCeiling: 'x', basis: 'contract', riskBasis: 'nope', multipliers: { A: 0.5, B: null }, trials: 12 };
    expect(restoreSizingSettings(stored)).toEqual({
      preset: 'custom',
      customFraction: 0.3,
      cap: 0.1,
      capital: null,
      marginCeiling: 1,
      marginMultiplier: 1,
      lossShare: 0.2,
      totalFraction: 1,
      kellyOf: 'growth-optimal',
      basis: 'contract',
      riskBasis: null,
      multipliers: { A: 0.5 },
      trials: 12,
    });
    // a record saved before the placeable caps (ceiling null = "no warning") reads as the default ceiling; 'none' stays lifted
    expect(restoreSizingSettings({ marginCeiling: null }).marginCeiling).toBe(1);
    expect(restoreSizingSettings({ marginCeiling: 'none', lossShare: 'none', kellyOf: 'classic' })).toMatchObject({ marginCeiling: 'none', lossShare: 'none', kellyOf: 'classic' });
    expect(restoreSizingSettings({ preset: 'double', cap: null }).preset).toBe('half');
    expect(restoreSizingSettings({ cap: null }).cap).toBe(0.25);
  });
});

describe('query keys', () => {
  it('keys NaN apart from null', () => {
    expect(queryKey({ capital: Number.NaN })).not.toBe(queryKey({ capital: null }));
    expect(queryKey({ a: 1 }, 2)).toBe(queryKey({ a: 1 }, 2));
  });
});
