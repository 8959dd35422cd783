/** Shared helpers for the import tests: read a fixture and import it, failing the test on a whole-file failure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, type ImportOptions } from '../../../core/import';
import type { DailyImport, ImportOutcome, ReportingImport, TradeImport } from '../../../core/model';

export const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));

export function fixtureBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, relativePath)));
}

function expectOk(name: string, outcome: ImportOutcome): asserts outcome is Exclude<ImportOutcome, { ok: false }> {
  if (!outcome.ok) throw new Error(`${name} failed to import: ${outcome.code} ${outcome.message}`);
}

export async function importFixture(relativePath: string, options?: ImportOptions): Promise<TradeImport | DailyImport | ReportingImport> {
  const outcome = await importBytes(relativePath.split('/').pop() as string, fixtureBytes(relativePath), options);
  expectOk(relativePath, outcome);
  return outcome;
}

export async function importTrades(relativePath: string, options?: ImportOptions): Promise<TradeImport> {
  const outcome = await importFixture(relativePath, options);
  if (outcome.format !== 'optionomega-trades' && outcome.format !== 'generic-trades') throw new Error(`${relativePath} is ${outcome.format}`);
  return outcome;
}

export async function importDaily(relativePath: string): Promise<DailyImport> {
  const outcome = await importFixture(relativePath);
  if (outcome.format !== 'optionomega-daily') throw new Error(`${relativePath} is ${outcome.format}`);
  return outcome;
}

/** Sum of P/L rounded to the cent (floating-point sums of cents are not exact). */
export function totalPl(records: { pl: number }[]): number {
  return Math.round(records.reduce((sum, r) => sum + r.pl, 0) * 100) / 100;
}
