/**
 * Opening the committed v1 workspace (test/fixtures/workspaces/v1-ema.sizewise) in the data
 * service: reported as upgraded from v1, and every number is the same as a fresh import of
 * the same EMA trade and daily logs; its settings are found under its fingerprint.
 */
import { describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';
import { fixtureBytes } from '../support/fixtures';

describe('opening the v1 fixture', () => {
  it('migrates it with trades, daily log, statistics and settings intact', async () => {
    const SQL = await loadSqlJs();
    const migrated = new DataService(SQL);
    const opened = await migrated.openWorkspace(fixtureBytes('workspaces/v1-ema.sizewise'));
    expect(opened.ok && opened.upgradedFrom).toBe(1);

    const fresh = new DataService(SQL);
    await importSample(fresh, 'ema-tradelog.csv');
    await importSample(fresh, 'ema-dailylog.csv');

    expect(await migrated.trades()).toEqual(await fresh.trades());
    expect(await migrated.daily()).toEqual(await fresh.daily());
    expect(await migrated.stats()).toEqual(await fresh.stats());
    expect((await migrated.summary()).fingerprint).toBe((await fresh.summary()).fingerprint);
    expect(await migrated.getSettings('capital')).toBe(150000);
    expect(await migrated.getSettings('sizing')).toEqual({ kellyFraction: 0.5, cap: 0.25 });

    const resaved = await new DataService(SQL).openWorkspace(await migrated.exportWorkspace());
    expect(resaved.ok && resaved.upgradedFrom).toBeUndefined();
  });
});
