/**
 * Reads input files for CLI commands through core/import, turning an import failure into a
 * one-line UsageError. Shared by every command that takes a trade log.
 */
import { basename } from 'node:path';
import { importBytes } from '../core/import';
import type { ColumnMapping, DailyImport, GenericField, GenericOptions, TradeImport } from '../core/model';
import { UsageError } from './command';
import { readInput } from './read-input';

const GENERIC_FIELDS: GenericField[] = ['opened', 'closed', 'strategy', 'symbol', 'quantity', 'pl', 'fees', 'margin', 'entryPrice', 'exitPrice', 'side'];

/** Parses `--map opened=Open Date,pl=Net P/L` into a column mapping. */
export function parseMapping(spec: string): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as GenericField;
    const column = part.slice(eq + 1).trim();
    if (eq < 1 || !column) throw new UsageError(`--map: "${part}" is not field=Column`);
    if (!GENERIC_FIELDS.includes(field)) throw new UsageError(`--map: unknown field "${field}" (fields: ${GENERIC_FIELDS.join(', ')})`);
    mapping[field] = column;
  }
  return mapping;
}

/** Column mapping (`--map`) and date format (`--date-format`) of a generic CSV trade log. */
export interface TradeLogMapping {
  map?: string;
  dateFormat?: string;
}

/** Loads a trade log (OptionOmega or generic CSV). */
export async function loadTradeLog(path: string, options: TradeLogMapping = {}): Promise<TradeImport> {
  const generic: Partial<GenericOptions> = {};
  if (options.map) generic.mapping = parseMapping(options.map);
  if (options.dateFormat) generic.dateFormat = options.dateFormat;
  const outcome = await importBytes(basename(path), await readInput(path), { generic });
  if (!outcome.ok) throw new UsageError(`${basename(path)}: ${outcome.message}`);
  if (outcome.format !== 'optionomega-trades' && outcome.format !== 'generic-trades') {
    throw new UsageError(`${basename(path)} is an ${outcome.format} file, not a trade log`);
  }
  return outcome;
}

/** Loads an OptionOmega daily log. */
export async function loadDailyLog(path: string): Promise<DailyImport> {
  const outcome = await importBytes(basename(path), await readInput(path));
  if (!outcome.ok) throw new UsageError(`${basename(path)}: ${outcome.message}`);
  if (outcome.format !== 'optionomega-daily') throw new UsageError(`${basename(path)} is not an OptionOmega daily log (detected ${outcome.format})`);
  return outcome;
}
