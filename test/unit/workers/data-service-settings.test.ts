/**
 * Settings are keyed by the portfolio fingerprint (SHA-256 over the sorted content hashes of
 * the trade logs): the same log imported again — in a new workspace, or after opening the
 * saved file — finds its settings; another portfolio does not see them.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintOf, getSetting } from '../../../core/db';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs, sampleTradeLog } from '../db/sample';
import { importSample } from '../support/data-service';

describe('settings keyed by the portfolio fingerprint', () => {
  it('the fingerprint is the SHA-256 of the sorted trade-log hashes; daily logs leave it unchanged', async () => {
    const service = new DataService(await loadSqlJs());
    expect((await service.summary()).fingerprint).toBe('');
    const afterTrades = await importSample(service, 'ema-tradelog.csv');
    expect(afterTrades.fingerprint).toBe(await fingerprintOf([(await sampleTradeLog()).contentHash]));
    expect((await importSample(service, 'ema-dailylog.csv')).fingerprint).toBe(afterTrades.fingerprint);
    const both = await importSample(service, 'meic-tradelog.csv');
    const hashes = [(await sampleTradeLog()).contentHash, (await sampleTradeLog('meic-tradelog.csv')).contentHash];
    expect(both.fingerprint).toBe(await fingerprintOf(hashes));
    expect(both.fingerprint).toBe(await fingerprintOf([...hashes].reverse()));
  });

  it('re-importing the same log into a new workspace restores its settings', async () => {
    const service = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
    await importSample(service, 'ema-tradelog.csv');
    await service.setSettings('capital', 250000);
    await service.setSettings('sizing', { kellyFraction: 0.25 });
    expect(await service.getSettings('capital')).toBe(250000);

    await service.newWorkspace();
    expect(await service.getSettings('capital')).toBeNull();
    await importSample(service, 'meic-tradelog.csv');
    expect(await service.getSettings('capital')).toBeNull();

    await service.newWorkspace();
    await importSample(service, 'ema-tradelog.csv');
    expect(await service.getSettings('capital')).toBe(250000);
    expect(await service.getSettings('sizing')).toEqual({ kellyFraction: 0.25 });
  });

  it('replacing the trade log switches to that portfolio\'s settings and back', async () => {
    const service = new DataService(await loadSqlJs());
    await importSample(service, 'ema-tradelog.csv');
    await service.setSettings('capital', 120000);
    await importSample(service, 'meic-tradelog.csv', { replace: true });
    expect(await service.getSettings('capital')).toBeNull();
    await service.setSettings('capital', 90000);
    await importSample(service, 'ema-tradelog.csv', { replace: true });
    expect(await service.getSettings('capital')).toBe(120000);
  });

  it('settings travel in the workspace file with their schema version', async () => {
    const SQL = await loadSqlJs();
    const service = new DataService(SQL, { now: () => '2025-10-10T08:00:00.000Z' });
    const { fingerprint } = await importSample(service, 'ema-tradelog.csv');
    await service.setSettings('guardrails', { maxDrawdown: 0.2, perStrategy: { 'EMA PCS': 0.5 } });
    const saved = await service.exportWorkspace();

    const other = new DataService(SQL);
    const opened = await other.openWorkspace(saved);
    expect(opened.ok).toBe(true);
    expect(await other.getSettings('guardrails')).toEqual({ maxDrawdown: 0.2, perStrategy: { 'EMA PCS': 0.5 } });
    expect(getSetting(new SQL.Database(saved), fingerprint, 'guardrails')).toEqual({
      value: { maxDrawdown: 0.2, perStrategy: { 'EMA PCS': 0.5 } },
      schemaVersion: 1,
      updatedAt: '2025-10-10T08:00:00.000Z',
    });
  });
});
