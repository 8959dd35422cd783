/** Test helper: a fixture trade log as allocation inputs (through the real importer). */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AllocationInput } from '../../../core/app';
import { importBytes } from '../../../core/import';

export const root = join(__dirname, '..', '..', '..');

export async function tradeInput(relative: string): Promise<AllocationInput> {
  const path = join(root, relative);
  const outcome = await importBytes(basename(path), new Uint8Array(readFileSync(path)));
  if (!outcome.ok || (outcome.format !== 'optionomega-trades' && outcome.format !== 'generic-trades')) throw new Error(`not a trade log: ${relative}`);
  return { file: basename(path), trades: outcome.trades };
}
