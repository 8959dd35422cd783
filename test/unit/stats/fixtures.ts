/** Loads the OptionOmega fixtures through the real importer (core/import), for the stats reference tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../core/import';
import type { DailyLogRow, Trade } from '../../../core/model';

const dir = join(__dirname, '..', '..', 'fixtures', 'optionomega');

export async function fixtureTrades(name: string): Promise<Trade[]> {
  const outcome = await importText(name, readFileSync(join(dir, name), 'utf8'));
  if (!outcome.ok || !('trades' in outcome)) throw new Error(`${name} did not import as a trade log`);
  return outcome.trades;
}

export async function fixtureDaily(name: string): Promise<DailyLogRow[]> {
  const outcome = await importText(name, readFileSync(join(dir, name), 'utf8'));
  if (!outcome.ok || !('daily' in outcome)) throw new Error(`${name} did not import as a daily log`);
  return outcome.daily;
}
