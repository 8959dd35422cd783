/**
 * The data worker's clock is the import's: dates more than a year after the service's `now`
 * are rejected in a preview, so the horizon does not depend on the machine's date.
 */
import { describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import type { ImportPreview, PreviewOutcome } from '../../../workers/data-api';
import { loadSqlJs } from '../db/sample';
import { fixtureBytes, fixtureText } from '../support/fixtures';

function expectPreview(outcome: PreviewOutcome): ImportPreview {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`);
  return outcome;
}

describe('import clock of the data service', () => {
  it('an import day of 2024-06-01 rejects the EMA trades opened or closed after 2025-06-01', async () => {
    // Independent count: data lines whose Date Opened (cell 0) or Date Closed (cell 6) is after 2025-06-01.
    const lines = fixtureText('optionomega/ema-tradelog.csv').split('\n').slice(1).filter((line) => line.trim() !== '');
    const late = lines.filter((line) => {
      const cells = line.split(',');
      return cells[0].slice(1, 11) > '2025-06-01' || cells[6].slice(1, 11) > '2025-06-01';
    }).length;
    expect(late).toBeGreaterThan(0);

    const service = new DataService(await loadSqlJs(), { now: () => '2024-06-01T08:00:00.000Z' });
    const preview = expectPreview(await service.previewImport('ema-tradelog.csv', fixtureBytes('optionomega/ema-tradelog.csv')));
    expect(preview.rejectedCount).toBe(late);
    expect(preview.accepted).toBe(384 - late);
    expect(preview.rejected[0].reason).toMatch(/^date 2025-\d\d-\d\d is more than 1 year after the import day \(2024-06-01\)$/);

    const later = new DataService(await loadSqlJs(), { now: () => '2025-10-10T08:00:00.000Z' });
    expect(expectPreview(await later.previewImport('ema-tradelog.csv', fixtureBytes('optionomega/ema-tradelog.csv'))).rejectedCount).toBe(0);
  });
});
