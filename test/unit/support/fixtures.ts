/**
 * The sample files under test/fixtures for the unit tests: raw bytes, and imports through the
 * real importer (core/import) that fail the test when the file does not import as expected.
 */
import { readFileSync } from 'node:fs';
import { importBytes, type ImportOptions } from '../../../core/import';
import type { DailyImport, DailyLogRow, ParsedImport, ReportingImport, Trade, TradeImport } from '../../../core/model';

/** What a workspace holding the EMA trade log and daily log (and nothing else) reports in its summary. */
export const EMA_WORKSPACE_CONTENTS = {
  trades: 384,
  dailyRows: 192,
  reportingRows: 0,
  betRows: 0,
  strategies: ['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry'],
  firstDate: '2025-01-02',
  lastDate: '2025-10-08',
};

/** The bytes of a fixture, by its path under test/fixtures (e.g. `optionomega/ema-tradelog.csv`). */
export function fixtureBytes(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/${relativePath}`, import.meta.url)));
}

/** A fixture's text (UTF-8, BOM dropped). */
export function fixtureText(relativePath: string): string {
  return new TextDecoder().decode(fixtureBytes(relativePath));
}

/**
 * A fixture's text with cells replaced: line (1-based) → column index → new cell text. Cells
 * are split at commas, so only for fixtures whose quoted cells contain none (the OptionOmega
 * samples).
 */
export function fixtureTextWith(relativePath: string, edits: Record<number, Record<number, string>>): string {
  return fixtureText(relativePath)
    .split('\n')
    .map((line, i) => {
      const edit = edits[i + 1];
      if (!edit) return line;
      const cells = line.split(',');
      for (const [column, value] of Object.entries(edit)) cells[Number(column)] = value;
      return cells.join(',');
    })
    .join('\n');
}

/** A fixture through the importer (named by its file name); a whole-file failure fails the test. */
export async function importFixture(relativePath: string, options?: ImportOptions): Promise<ParsedImport> {
  const outcome = await importBytes(relativePath.split('/').pop() as string, fixtureBytes(relativePath), options);
  if (!outcome.ok) throw new Error(`${relativePath} failed to import: ${outcome.code} ${outcome.message}`);
  return outcome;
}

/** A fixture that must import as a trade log (OptionOmega or generic). */
export async function importTrades(relativePath: string, options?: ImportOptions): Promise<TradeImport> {
  const outcome = await importFixture(relativePath, options);
  if (outcome.format !== 'optionomega-trades' && outcome.format !== 'generic-trades') throw new Error(`${relativePath} is ${outcome.format}`);
  return outcome;
}

/** A fixture that must import as an OptionOmega daily log. */
export async function importDaily(relativePath: string): Promise<DailyImport> {
  const outcome = await importFixture(relativePath);
  if (outcome.format !== 'optionomega-daily') throw new Error(`${relativePath} is ${outcome.format}`);
  return outcome;
}

/** A fixture that must import as an OptionOmega reporting log. */
export async function importReporting(relativePath: string): Promise<ReportingImport> {
  const outcome = await importFixture(relativePath);
  if (outcome.format !== 'optionomega-reporting') throw new Error(`${relativePath} is ${outcome.format}`);
  return outcome;
}

/** The trades of an OptionOmega trade log in test/fixtures/optionomega (e.g. `ema-tradelog.csv`). */
export async function fixtureTrades(name: string): Promise<Trade[]> {
  return (await importTrades(`optionomega/${name}`)).trades;
}

/** The rows of an OptionOmega daily log in test/fixtures/optionomega (e.g. `ema-dailylog.csv`). */
export async function fixtureDaily(name: string): Promise<DailyLogRow[]> {
  return (await importDaily(`optionomega/${name}`)).daily;
}
