// The saved Live vs backtest record is checked field by field: a bad tolerance (an emptied
// field saved as null) keeps the confirmed mapping; a bad mapping keeps the tolerance; each
// problem is named. Records written by hand below.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_SETTINGS, restoreLiveSettings } from '../../../core/app';

describe('restoreLiveSettings', () => {
  it('no record: the defaults, no problem', () => {
    expect(restoreLiveSettings(null)).toEqual({ settings: DEFAULT_LIVE_SETTINGS, problem: null });
  });

  it('a good record is used as is', () => {
    expect(restoreLiveSettings({ mapping: { MEIC: 'Unknown', Old: null }, toleranceMinutes: 12 })).toEqual({ settings: { mapping: { MEIC: 'Unknown', Old: null }, toleranceMinutes: 12 }, problem: null });
  });

  it('a bad tolerance keeps the confirmed mapping', () => {
    const restored = restoreLiveSettings({ mapping: { MEIC: 'Unknown' }, toleranceMinutes: null });
    expect(restored.settings).toEqual({ mapping: { MEIC: 'Unknown' }, toleranceMinutes: 30 });
    expect(restored.problem).toMatch(/^The saved tolerance could not be read \(toleranceMinutes: .+\); 30 minutes is used\.$/);
  });

  it('a bad mapping keeps the tolerance', () => {
    const restored = restoreLiveSettings({ mapping: { MEIC: 42 }, toleranceMinutes: 45 });
    expect(restored.settings).toEqual({ mapping: {}, toleranceMinutes: 45 });
    expect(restored.problem).toMatch(/^The saved strategy mapping could not be read \(mapping\.MEIC: .+\); the suggested mapping is used\.$/);
  });
});
