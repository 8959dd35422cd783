/** Test helper: trades of an OptionOmega fixture through the real importer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../core/import';
import type { Trade } from '../../../core/model';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/optionomega', import.meta.url));

export async function fixtureTrades(relativePath: string): Promise<Trade[]> {
  const outcome = await importText(relativePath, readFileSync(join(FIXTURES, relativePath), 'utf8'));
  if (!outcome.ok || !('trades' in outcome)) throw new Error(`${relativePath}: not a trade log`);
  return outcome.trades;
}
