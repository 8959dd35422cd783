// "Apply suggested multipliers to Sizing" (DataService.applyLiveMultipliers → core/app
// applyLiveMultipliers): each strategy with a suggestion gets it in the Sizing page's saved
// settings; a strategy without one (too few pairs) and a live-only row (no backtest name)
// change nothing; every other Sizing setting is kept. Values set by hand below.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZING_SETTINGS, SIZING_SETTINGS_KEY } from '../../../core/app';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';

describe('applying the live suggestions to the Sizing multipliers', () => {
  it('replaces the suggested strategies’ multipliers only', async () => {
    const service = new DataService(await loadSqlJs());
    await importSample(service, 'ema-tradelog.csv');
    await service.setSettings(SIZING_SETTINGS_KEY, { ...DEFAULT_SIZING_SETTINGS, cap: 0.1, preset: 'quarter', multipliers: { '0DTE CCS - EMA Entry': 0.8, Kept: 1.5 } });
    const outcome = await service.applyLiveMultipliers([
      { name: '0DTE CCS - EMA Entry', suggestedMultiplier: 0.5 },
      { name: '0DTE PCS - EMA Entry', suggestedMultiplier: null },
      { name: null, suggestedMultiplier: 0 },
    ]);
    expect(outcome).toEqual({ applied: { '0DTE CCS - EMA Entry': 0.5 }, multipliers: { '0DTE CCS - EMA Entry': 0.5, Kept: 1.5 } });
    expect(await service.getSettings(SIZING_SETTINGS_KEY)).toEqual({ ...DEFAULT_SIZING_SETTINGS, cap: 0.1, preset: 'quarter', multipliers: { '0DTE CCS - EMA Entry': 0.5, Kept: 1.5 } });
  });
});
