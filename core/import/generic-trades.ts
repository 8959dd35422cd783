/**
 * Generic trade CSV adapter (DESIGN "Inputs" 4): any broker or spreadsheet export with one
 * trade per row, read through a column mapping (guessed from the header names, overridden
 * per field by `options.mapping`; an empty string unmaps a field).
 *
 * Conventions:
 * - Required: the opened date, and either a P/L column or entry price + exit price +
 *   quantity + side to compute it.
 * - P/L from a P/L column: taken as net of fees when `plIncludesFees` (default true); when
 *   false, pl = P/L − fees. P/L computed from prices: gross = (exit − entry) × quantity for
 *   a long (× −1 for a short), in the price's currency units (no contract multiplier: give
 *   option prices per contract), and pl = gross − fees. Computed P/L is rounded to 1e-6 to
 *   drop binary floating-point noise.
 * - Fees are a cost: their sign in the file is ignored. Unmapped fees → 0.
 * - Quantity must be > 0; an unmapped quantity counts each trade as 1 (with a warning).
 * - Strategy falls back to the symbol, then "Unknown". Unmapped close date → the trade is
 *   taken as closed on the day it opened (with a warning); a blank close date is an open trade.
 * - Times come from date-time cells ("2025-01-02 10:15:00"); '' when the cells are dates only.
 * - decimal 'auto' and dateFormat 'auto' are guessed from the whole file's mapped cells (see
 *   guessDecimal / guessDateOrder); an ambiguous file gets a warning naming the assumption.
 * - Dates within the horizon, closed not before opened, numbers (cells and the computed P/L)
 *   within bounds (plausible.ts).
 */
import type { ColumnMapping, GenericField, GenericOptions, ImportFailure, Trade } from '../model';
import { contractCount, dateTime, optionalDateTime, optionalNumber, requiredNumber, trimmed, text, HeaderIndex, type Column } from './cells';
import { dateOrderOf, formatOfOrder, splitDate, type DateOrder } from './dates';
import { guessMapping, headerSignature } from './generic-mapping';
import type { CsvReader } from './csv-reader';
import { decimalEvidence, type DecimalSeparator } from './numbers';
import { checkClosedAfterOpened, checkComputedAmount, type DateHorizon } from './plausible';
import { listedHeaders, quoted } from './quote-cell';
import { sortTrades } from './sort-trades';
import { StringPool } from './string-pool';
import { convertRows, forEachDataRow, RowRejection, type CsvTable, type RowsResult } from './table';

export type GenericUsed = GenericOptions & { headerSignature: string; headers: string[] };

const LONG_WORDS = new Set(['long', 'l', 'buy', 'b', 'bot', 'bought', 'bto', 'buy to open']);
const SHORT_WORDS = new Set(['short', 's', 'sell', 'sld', 'sold', 'sto', 'sell to open', 'sell short', 'ss']);

const NUMERIC_FIELDS: GenericField[] = ['pl', 'fees', 'margin', 'quantity', 'entryPrice', 'exitPrice'];

type Columns = Record<GenericField, Column>;

function failure(code: ImportFailure['code'], message: string, extra: Partial<ImportFailure> = {}): Omit<ImportFailure, 'fileName'> {
  return { ok: false, code, message, ...extra };
}

/** Resolves the mapping to columns; a mapped column missing from the header is a failure. */
function resolveColumns(index: HeaderIndex, mapping: ColumnMapping): Columns | Omit<ImportFailure, 'fileName'> {
  const columns = {} as Columns;
  for (const field of ['opened', 'closed', 'strategy', 'symbol', 'quantity', 'pl', 'fees', 'margin', 'entryPrice', 'exitPrice', 'side'] as GenericField[]) {
    const name = mapping[field];
    if (!name) {
      columns[field] = { index: -1, name: '' };
      continue;
    }
    const column = index.column(name);
    if (column.index < 0) {
      return failure('bad-mapping', `The mapping names column ${quoted(name)} (for ${field}), but the file has no such column. Columns in the file: ${listedHeaders(index.headers)}.`, {
        headers: index.headers,
      });
    }
    columns[field] = column;
  }
  return columns;
}

function mapped(column: Column): boolean {
  return column.index >= 0;
}

/** The required columns the mapping lacks, as words for the user. */
function missingRequired(columns: Columns): string[] {
  const missing: string[] = [];
  if (!mapped(columns.opened)) missing.push('date opened');
  const canComputePl = mapped(columns.entryPrice) && mapped(columns.exitPrice) && mapped(columns.quantity) && mapped(columns.side);
  if (!mapped(columns.pl) && !canComputePl) missing.push('P/L');
  return missing;
}

export interface FileEvidence {
  decimalVotes: Record<DecimalSeparator, number>;
  /** Cells with a comma or dot that could be either a decimal or a thousands separator. */
  ambiguousNumbers: number;
  /** Non-ISO dates whose first part is > 12 (so day first) / second part > 12 (month first). */
  dayFirst: number;
  monthFirst: number;
  nonIsoDates: number;
  dateSeparator: string;
}

/** Scans the mapped number and date cells for evidence of the decimal separator and the date order. */
export function gatherEvidence(table: CsvTable, numberColumns: Column[], dateColumns: Column[]): FileEvidence {
  const evidence: FileEvidence = { decimalVotes: { '.': 0, ',': 0 }, ambiguousNumbers: 0, dayFirst: 0, monthFirst: 0, nonIsoDates: 0, dateSeparator: '' };
  forEachDataRow(table, (row) => {
    for (const column of numberColumns) {
      const raw = text(row, column);
      const vote = decimalEvidence(raw);
      if (vote) evidence.decimalVotes[vote]++;
      else if (raw.includes(',') || raw.includes('.')) evidence.ambiguousNumbers++;
    }
    for (const column of dateColumns) {
      const split = splitDate(text(row, column).trim());
      if (!split || split.parts[0].length === 4) continue;
      evidence.nonIsoDates++;
      evidence.dateSeparator ||= split.separator;
      if (Number(split.parts[0]) > 12) evidence.dayFirst++;
      if (Number(split.parts[1]) > 12) evidence.monthFirst++;
    }
  });
  return evidence;
}

/**
 * Decimal separator from the votes of unambiguous cells (`12,5`, `1.234,56` → ','; `0.25`,
 * `1,234.5` → '.'), majority wins. Without any vote: ',' for a `;`-delimited file whose
 * numbers contain commas, else '.'; a warning says so when cells were ambiguous.
 */
export function guessDecimal(evidence: FileEvidence, delimiter: string, warnings: string[]): DecimalSeparator {
  const { decimalVotes: votes } = evidence;
  if (votes['.'] > 0 || votes[','] > 0) {
    const decimal = votes[','] > votes['.'] ? ',' : '.';
    if (votes['.'] > 0 && votes[',']) warnings.push(`Numbers are written in both decimal styles; read with '${decimal}' as the decimal separator (the majority), the others may be rejected.`);
    return decimal;
  }
  const decimal = delimiter === ';' ? ',' : '.';
  if (evidence.ambiguousNumbers > 0) {
    const because = delimiter === ';' ? ' because the file is ;-delimited' : '';
    warnings.push(`Could not tell the decimal separator from the numbers (e.g. "1,234" or "1.234"); assumed '${decimal}'${because}. Set the decimal option if this is wrong.`);
  }
  return decimal;
}

/** Date order from the dates' parts: a first part > 12 means day first, a second part > 12 month first. */
export function guessDateOrder(evidence: FileEvidence, warnings: string[]): DateOrder {
  const { dayFirst, monthFirst, nonIsoDates, dateSeparator } = evidence;
  if (nonIsoDates === 0) return 'YMD';
  if (dayFirst > 0 && monthFirst === 0) return 'DMY';
  if (monthFirst > 0 && dayFirst === 0) return 'MDY';
  const order: DateOrder = dayFirst > monthFirst || (dayFirst === 0 && dateSeparator === '.') ? 'DMY' : 'MDY';
  const format = formatOfOrder(order, dateSeparator);
  warnings.push(
    dayFirst > 0
      ? `Dates are written both day-first and month-first; read as ${format} (the majority), the others are rejected.`
      : `Every date could be read either month-first or day-first; assumed ${format}. Set the date format if this is wrong.`,
  );
  return order;
}

function sideSign(row: CsvReader, column: Column): 1 | -1 {
  const raw = text(row, column);
  const word = raw.trim().toLowerCase();
  if (LONG_WORDS.has(word)) return 1;
  if (SHORT_WORDS.has(word)) return -1;
  throw new RowRejection(column.name, `unknown side ${quoted(raw)} (expected long/short or buy/sell)`);
}

function roundMicro(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Reads a generic trade CSV; a failure (bad mapping, missing required columns) has no rows. */
export function readGenericTrades(
  table: CsvTable,
  index: HeaderIndex,
  options: Partial<GenericOptions>,
  horizon: DateHorizon,
): { result: RowsResult<Trade>; used: GenericUsed } | Omit<ImportFailure, 'fileName'> {
  const mapping: ColumnMapping = { ...guessMapping(table.headers), ...options.mapping };
  for (const field of Object.keys(mapping) as GenericField[]) if (!mapping[field]) delete mapping[field];
  const columns = resolveColumns(index, mapping);
  if ('ok' in columns) return columns;

  const missing = missingRequired(columns);
  if (missing.length > 0) {
    return failure(
      'unrecognized',
      `Unrecognized CSV: no ${missing.join(' and ')} column${missing.length > 1 ? 's were' : ' was'} found (columns in the file: ${listedHeaders(table.headers)}). ` +
        'It is not an OptionOmega export; map its columns to import it as a generic trade log.',
      { headers: table.headers, missingColumns: missing },
    );
  }

  const requestedFormat = options.dateFormat ?? 'auto';
  const requestedOrder = requestedFormat === 'auto' ? null : dateOrderOf(requestedFormat);
  if (requestedFormat !== 'auto' && requestedOrder === null) {
    return failure('bad-mapping', `Unknown date format ${quoted(requestedFormat)} (use e.g. YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY or auto).`);
  }
  const warnings: string[] = [];
  const requestedDecimal = options.decimal ?? 'auto';
  const evidence = requestedOrder === null || requestedDecimal === 'auto' ? gatherEvidence(table, NUMERIC_FIELDS.map((field) => columns[field]).filter(mapped), [columns.opened, columns.closed].filter(mapped)) : null;
  const decimal = requestedDecimal !== 'auto' ? requestedDecimal : guessDecimal(evidence as FileEvidence, table.delimiter, warnings);
  const order = requestedOrder ?? guessDateOrder(evidence as FileEvidence, warnings);
  const plIncludesFees = options.plIncludesFees ?? true;

  if (!mapped(columns.quantity)) warnings.push('No quantity column: every trade counts as 1 contract.');
  if (!mapped(columns.closed)) warnings.push('No close-date column: each trade is taken as closed on the day it opened.');

  const c = columns;
  const pool = new StringPool();
  const result = convertRows(table, (f): Trade => {
    const opened = dateTime(f, c.opened, order, horizon);
    const closed = mapped(c.closed) ? optionalDateTime(f, c.closed, order, horizon) : opened;
    if (closed) checkClosedAfterOpened(opened, closed, c.closed.name, c.closed.name);
    const contracts = mapped(c.quantity) ? contractCount(f, c.quantity, decimal) : 1;
    const fees = Math.abs(optionalNumber(f, c.fees, decimal) ?? 0);
    const entryPrice = optionalNumber(f, c.entryPrice, decimal);
    const exitPrice = optionalNumber(f, c.exitPrice, decimal);
    let pl: number;
    if (mapped(c.pl)) {
      const value = requiredNumber(f, c.pl, decimal);
      pl = plIncludesFees ? value : roundMicro(value - fees);
    } else {
      if (entryPrice === null) throw new RowRejection(c.entryPrice.name, 'missing value');
      if (exitPrice === null) throw new RowRejection(c.exitPrice.name, 'missing value');
      pl = checkComputedAmount(roundMicro((exitPrice - entryPrice) * contracts * sideSign(f, c.side) - fees), c.exitPrice.name, 'P/L ((exit − entry) × quantity − fees)');
    }
    const symbol = pool.intern(trimmed(f, c.symbol));
    return {
      strategy: pool.intern(trimmed(f, c.strategy) || symbol || 'Unknown'),
      symbol,
      dateOpened: pool.intern(opened.date),
      timeOpened: pool.intern(opened.time),
      dateClosed: closed ? pool.intern(closed.date) : null,
      timeClosed: closed ? pool.intern(closed.time) : '',
      contracts,
      pl,
      fees,
      premium: null,
      marginReq: optionalNumber(f, c.margin, decimal),
      fundsAtClose: null,
      maxLossPct: null,
      maxProfitPct: null,
      openingPrice: entryPrice,
      closingPrice: exitPrice,
      openingVix: null,
      legs: '',
      reasonForClose: '',
    };
  });
  return {
    result: { ...result, records: sortTrades(result.records), warnings: [...warnings, ...result.warnings] },
    used: {
      mapping,
      dateFormat: requestedFormat === 'auto' ? formatOfOrder(order, evidence?.dateSeparator ?? '') : requestedFormat,
      decimal,
      plIncludesFees,
      headerSignature: headerSignature(table.headers),
      headers: table.headers,
    },
  };
}
