/**
 * Workspace files for the open-validation tests: a valid one built through the real path
 * (import the EMA sample logs into a DataService, export the database), and the same file
 * with SQL damage applied directly (as a hand edit or another tool could do).
 */
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importBetSample, importSample } from '../support/data-service';
import { fixtureBytes } from '../support/fixtures';

/** The clock of every service in these tests: the sample logs end in 2025. */
export const TEST_NOW = '2025-10-10T08:00:00.000Z';

export async function newService(): Promise<DataService> {
  return new DataService(await loadSqlJs(), { now: () => TEST_NOW });
}

/** A valid workspace: EMA trade log + daily log + one saved replay scenario and a setting, the seeded bet log and one saved bets run. */
export async function validWorkspace(): Promise<Uint8Array> {
  const service = await newService();
  await importSample(service, 'ema-tradelog.csv');
  await importSample(service, 'ema-dailylog.csv');
  await service.saveScenario('replay', 'Half Kelly', { rule: 'kelly', fraction: 0.5 });
  await service.setSettings('sizing', { capital: 100000 });
  await importBetSample(service);
  const saved = await service.saveBetRun('Sample run', { budget: 500, cash: 2000 }, { name: 'bets-candidates.csv', bytes: fixtureBytes('bets/bets-candidates.csv') });
  if (!saved.ok) throw new Error(saved.message);
  return service.exportWorkspace();
}

/** The workspace bytes with each SQL step run on them, each step in a new connection (a schema edit takes effect in the next). */
export async function damaged(bytes: Uint8Array, ...steps: string[]): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  let current = bytes;
  for (const sql of steps) {
    const db = new SQL.Database(current);
    try {
      db.exec(sql);
      current = db.export();
    } finally {
      db.close();
    }
  }
  return current;
}
