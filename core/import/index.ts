/**
 * Import entry point: file bytes (or text) → detected format → validated records, rejected
 * rows and warnings, or one whole-file failure (empty, header only, binary, unreadable text
 * encoding, unrecognized, bad mapping, no valid rows, too large). The format comes from the
 * header, never the file name. Every adapter holds dates and numbers to the bounds of
 * plausible.ts. See the adapters for each format's conventions.
 */
import type { GenericOptions, ImportFailure, ImportOutcome, ParsedImport, RejectedRow } from '../model';
import { HeaderIndex } from './cells';
import { sha256Hex } from './content-hash';
import { decodeBytes } from './decode';
import { detectBetFile, detectOptionOmegaFormat } from './detect';
import { readGenericTrades } from './generic-trades';
import { readOptionOmegaDaily } from './optionomega-daily';
import { readOptionOmegaReporting } from './optionomega-reporting';
import { readOptionOmegaTrades } from './optionomega-trades';
import { dateHorizon, type DateHorizon } from './plausible';
import { openTable, type RowsResult } from './table';

export { checkDailyAgainstTrades, checkDailyLogItself, type DailyConsistency, type DailyDifference } from './daily-consistency';
export { guessMapping, headerSignature } from './generic-mapping';
export { sortTrades } from './sort-trades';
export { importBetCandidates, importBetCandidatesText, importBetLog, importBetLogText, type BetImportOptions } from './bet-log';
export { guessBetMapping } from './bet-mapping';
export { detectBetFile } from './detect';

/** Files larger than this are refused (code 'too-large') before anything is decoded. */
export const DEFAULT_MAX_IMPORT_BYTES = 150 * 1024 * 1024;

export interface ImportOptions {
  /** Options of the generic adapter (ignored for OptionOmega files). */
  generic?: Partial<GenericOptions>;
  /** Size limit in bytes; default DEFAULT_MAX_IMPORT_BYTES. */
  maxBytes?: number;
  /**
   * The clock: an ISO date or timestamp whose date is the import day (dates more than a year
   * after it are rejected); default the system date. The data worker passes its own clock.
   */
  now?: () => string;
}

type Failure = Omit<ImportFailure, 'fileName'>;
type Parsed = Omit<ParsedImport, 'fileName' | 'contentHash'>;

const QUOTED_REASONS = 3;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(size: number, maxBytes: number): Failure {
  return { ok: false, code: 'too-large', message: `The file is ${megabytes(size)}, larger than the import limit of ${megabytes(maxBytes)}.` };
}

function describeRejection(r: RejectedRow): string {
  return `line ${r.row}, column "${r.column}": ${r.reason}`;
}

/** Turns an adapter's rows into the import, or a failure when there are no (valid) rows. */
function finish<T>(result: RowsResult<T>, preWarnings: string[], build: (records: T[]) => Parsed): Parsed | Failure {
  if (result.totalRows === 0) return { ok: false, code: 'header-only', message: 'The file has a header but no data rows.' };
  if (result.records.length === 0) {
    const reasons = result.rejected.slice(0, QUOTED_REASONS).map(describeRejection).join('; ');
    return { ok: false, code: 'no-valid-rows', message: `None of the ${result.totalRows} rows could be read (${reasons}${result.rejected.length > QUOTED_REASONS ? '; …' : ''}).` };
  }
  const parsed = build(result.records);
  parsed.warnings = [...preWarnings, ...result.warnings];
  parsed.rejected = result.rejected;
  parsed.totalRows = result.totalRows;
  return parsed;
}

/** Detects the format and runs its adapter on decoded text (BOM already removed). */
function importDecoded(text: string, preWarnings: string[], options: ImportOptions): Parsed | Failure {
  const horizon: DateHorizon = dateHorizon((options.now ?? (() => new Date().toISOString()))());
  const table = openTable(text);
  if (!table) return { ok: false, code: 'empty', message: 'The file is empty.' };
  const index = new HeaderIndex(table.headers);
  const base = { rejected: [], warnings: [], totalRows: 0 };
  const bets = detectBetFile(index);
  if (bets) return { ok: false, code: 'unrecognized', message: `The file is a prediction-market ${bets === 'bet-log' ? 'bet log' : 'candidates file'} (it has a p_model column), not a trade log; it was not imported as trades.` };
  const detection = detectOptionOmegaFormat(index);
  if (detection && detection.missing.length > 0) {
    return {
      ok: false,
      code: 'unrecognized',
      message: `The file looks like ${detection.label} but lacks the column${detection.missing.length > 1 ? 's' : ''} ${detection.missing.map((m) => `"${m}"`).join(', ')}.`,
      headers: table.headers,
      missingColumns: detection.missing,
    };
  }
  switch (detection?.format) {
    case 'optionomega-trades':
      return finish(readOptionOmegaTrades(table, index, horizon), preWarnings, (trades) => ({ ...base, format: 'optionomega-trades', trades }));
    case 'optionomega-daily':
      return finish(readOptionOmegaDaily(table, index, horizon), preWarnings, (daily) => ({ ...base, format: 'optionomega-daily', daily }));
    case 'optionomega-reporting':
      return finish(readOptionOmegaReporting(table, index, horizon), preWarnings, (reporting) => ({ ...base, format: 'optionomega-reporting', reporting }));
    default: {
      const generic = readGenericTrades(table, index, options.generic ?? {}, horizon);
      if ('ok' in generic) return generic;
      return finish(generic.result, preWarnings, (trades) => ({ ...base, format: 'generic-trades', trades, generic: generic.used }));
    }
  }
}

async function complete(fileName: string, outcome: Parsed | Failure, hash: Promise<string>): Promise<ImportOutcome> {
  const contentHash = await hash;
  if ('ok' in outcome) return { ...outcome, fileName };
  return { ok: true, ...outcome, fileName, contentHash } as ImportOutcome;
}

/** Imports a file's bytes (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252: see decode.ts). */
export async function importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (bytes.length > maxBytes) return { ...tooLarge(bytes.length, maxBytes), fileName };
  if (bytes.length === 0) return { ok: false, fileName, code: 'empty', message: 'The file is empty.' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    return { ok: false, fileName, code: decoded.code, message: decoded.message };
  }
  const hash = sha256Hex(bytes); // runs while the text is parsed
  return complete(fileName, importDecoded(decoded.text, decoded.warnings, options), hash);
}

/** Imports already-decoded text; contentHash is the SHA-256 of its UTF-8 encoding. */
export async function importText(fileName: string, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (text.length > maxBytes) return { ...tooLarge(text.length, maxBytes), fileName };
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > maxBytes) return { ...tooLarge(bytes.length, maxBytes), fileName };
  const hash = sha256Hex(bytes);
  return complete(fileName, importDecoded(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, [], options), hash);
}
