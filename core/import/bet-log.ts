/**
 * Prediction-market adapters (issue 12): the bet log (settled bets) and today's candidates,
 * read through a column mapping (bet-mapping: the canonical headers, or a guess for
 * exchange exports, overridden per field by `options.mapping`; '' unmaps a field).
 *
 * Conventions:
 * - Bet log, required: date, side, a price (price, or yes_price / no_price), contracts,
 *   outcome, and a group (or a market ticker to take it from). p_model, fees, pl and
 *   forecast_error are optional. Candidates, required: side, p_model, a price,
 *   available_contracts and a group (or market); `fees` there is the fee per contract.
 * - side YES/NO (also yes/no, y/n). p_model is the probability that the side bought wins, 0–1.
 * - Prices are dollars per contract in (0, 1); a price column in cents (1–99) is detected
 *   for the whole column (price-unit) and said so in a warning. With yes_price / no_price the
 *   side's own column is used; with only one of them, the other side's price is 1 − it.
 * - outcome: 1/0, won/lost (win/loss, true/false); YES/NO is the market's result, and the
 *   bet won when it equals the side. A blank outcome is rejected (the log holds settled bets).
 * - Fees are a cost: their sign is ignored; no fees column → 0.
 * - pl is net of fees. Absent (column or cell): contracts·(outcome − price) − fees, rounded
 *   to 1e-6. Present: checked against that value and the row rejected when they differ by
 *   more than a cent.
 * - No group column: the group is the market ticker up to its first '-' (the event series of
 *   exchange tickers such as KXHIGHNY-25JAN15-B45.5), with a warning.
 * - Decimal separator and date order as in the generic trade CSV (guessed from the file
 *   unless given). The date is the settlement date; a time in the cell is dropped.
 * - Bad rows are rejected with line, column and reason; the other rows are kept and the
 *   import is accepted or refused as a whole by the caller (as for trade logs). Bets are
 *   returned sorted by date, file order within a date.
 */
import type { BetCandidate, BetCandidatesOutcome, BetColumnMapping, BetField, BetLogOutcome, BetSide, ImportFailure, PriceUnit, RejectedRow, SettledBet } from '../model';
import { contractCount, dateTime, HeaderIndex, optionalNumber, requiredNumber, text, trimmed, type Column } from './cells';
import { sha256Hex } from './content-hash';
import type { CsvReader } from './csv-reader';
import { decodeBytes } from './decode';
import { dateOrderOf, formatOfOrder, type DateOrder } from './dates';
import { guessBetMapping } from './bet-mapping';
import { headerSignature } from './generic-mapping';
import { gatherEvidence, guessDateOrder, guessDecimal, type FileEvidence } from './generic-trades';
import { parseNumber, type DecimalSeparator } from './numbers';
import { dateHorizon, type DateHorizon } from './plausible';
import { detectPriceUnit, priceInDollars, type PriceUnitName } from './price-unit';
import { StringPool } from './string-pool';
import { convertRows, forEachDataRow, openTable, RowRejection, type CsvTable, type RowsResult } from './table';

export interface BetImportOptions {
  /** Field → header text, over the guess; '' unmaps a field. */
  mapping?: BetColumnMapping;
  /** e.g. 'YYYY-MM-DD', 'MM/DD/YYYY'; 'auto' (default) guesses. */
  dateFormat?: string;
  decimal?: DecimalSeparator | 'auto';
  /** Size limit in bytes (default 150 MB, as trade imports). */
  maxBytes?: number;
  /** The import clock (ISO timestamp), for the plausible-date horizon; default the system time. */
  now?: () => string;
}

type Kind = 'bet-log' | 'bet-candidates';
type Failure = Omit<ImportFailure, 'fileName'>;
type Columns = Record<BetField, Column>;

const MAX_BYTES = 150 * 1024 * 1024;
const CENT = 0.01;
const FIELDS: BetField[] = ['date', 'group', 'market', 'side', 'pModel', 'price', 'yesPrice', 'noPrice', 'contracts', 'fees', 'outcome', 'pl', 'forecastError', 'availableContracts'];
const NAMES: Record<BetField, string> = {
  date: 'date',
  group: 'group',
  market: 'market',
  side: 'side',
  pModel: 'p_model',
  price: 'price',
  yesPrice: 'yes_price',
  noPrice: 'no_price',
  contracts: 'contracts',
  fees: 'fees',
  outcome: 'outcome',
  pl: 'pl',
  forecastError: 'forecast_error',
  availableContracts: 'available_contracts',
};
const WON = new Set(['1', 'won', 'win', 'w', 'true']);
const LOST = new Set(['0', 'lost', 'loss', 'lose', 'l', 'false']);
const QUOTED_REASONS = 3;

function mapped(column: Column): boolean {
  return column.index >= 0;
}

function roundMicro(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Resolves the mapping to columns; a mapped column missing from the header is a failure. */
function resolveColumns(index: HeaderIndex, mapping: BetColumnMapping): Columns | Failure {
  const columns = {} as Columns;
  for (const field of FIELDS) {
    const name = mapping[field];
    columns[field] = name ? index.column(name) : { index: -1, name: NAMES[field] };
    if (name && columns[field].index < 0) {
      return { ok: false, code: 'bad-mapping', message: `The mapping names column "${name}" (for ${NAMES[field]}), but the file has no such column. Columns in the file: ${index.headers.join(', ')}.`, headers: index.headers };
    }
  }
  return columns;
}

function missingRequired(kind: Kind, c: Columns): string[] {
  const missing: string[] = [];
  if (kind === 'bet-log' && !mapped(c.date)) missing.push('date');
  if (!mapped(c.group) && !mapped(c.market)) missing.push('group');
  if (!mapped(c.side)) missing.push('side');
  if (kind === 'bet-candidates' && !mapped(c.pModel)) missing.push('p_model');
  if (!mapped(c.price) && !mapped(c.yesPrice) && !mapped(c.noPrice)) missing.push('price');
  if (kind === 'bet-log' && !mapped(c.contracts)) missing.push('contracts');
  if (kind === 'bet-log' && !mapped(c.outcome)) missing.push('outcome');
  if (kind === 'bet-candidates' && !mapped(c.availableContracts)) missing.push('available_contracts');
  return missing;
}

/** What every row converter needs: columns, number and date style, price units. */
interface Context {
  columns: Columns;
  decimal: DecimalSeparator;
  order: DateOrder;
  units: Partial<Record<'price' | 'yesPrice' | 'noPrice', PriceUnitName>>;
  priceUnits: PriceUnit[];
  warnings: string[];
  mapping: BetColumnMapping;
  dateFormat: string;
  horizon: DateHorizon;
}

function prepare(table: CsvTable, kind: Kind, options: BetImportOptions): Context | Failure {
  const index = new HeaderIndex(table.headers);
  const mapping: BetColumnMapping = { ...guessBetMapping(table.headers), ...options.mapping };
  for (const field of Object.keys(mapping) as BetField[]) if (!mapping[field]) delete mapping[field];
  const columns = resolveColumns(index, mapping);
  if ('ok' in columns) return columns;
  const missing = missingRequired(kind, columns);
  const what = kind === 'bet-log' ? 'bet log' : 'candidates file';
  if (missing.length > 0) {
    return {
      ok: false,
      code: 'unrecognized',
      message: `Not a readable ${what}: no ${missing.join(', ')} column${missing.length > 1 ? 's were' : ' was'} found (columns in the file: ${table.headers.join(', ')}). Map its columns to import it.`,
      headers: table.headers,
      missingColumns: missing,
    };
  }
  const requestedFormat = options.dateFormat ?? 'auto';
  const requestedOrder = requestedFormat === 'auto' ? null : dateOrderOf(requestedFormat);
  if (requestedFormat !== 'auto' && requestedOrder === null) {
    return { ok: false, code: 'bad-mapping', message: `Unknown date format "${requestedFormat}" (use e.g. YYYY-MM-DD, MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY or auto).` };
  }
  const c = columns;
  const warnings: string[] = [];
  const numberColumns = [c.pModel, c.price, c.yesPrice, c.noPrice, c.contracts, c.fees, c.pl, c.forecastError, c.availableContracts].filter(mapped);
  const requestedDecimal = options.decimal ?? 'auto';
  const evidence = requestedOrder === null || requestedDecimal === 'auto' ? gatherEvidence(table, numberColumns, [c.date].filter(mapped)) : null;
  const decimal = requestedDecimal !== 'auto' ? requestedDecimal : guessDecimal(evidence as FileEvidence, table.delimiter, warnings);
  const order = requestedOrder ?? guessDateOrder(evidence as FileEvidence, warnings);

  const units: Context['units'] = {};
  const priceUnits: PriceUnit[] = [];
  for (const field of ['price', 'yesPrice', 'noPrice'] as const) {
    const column = c[field];
    if (!mapped(column)) continue;
    const values: number[] = [];
    forEachDataRow(table, (row) => {
      const value = parseNumber(text(row, column).trim(), decimal);
      if (value !== null) values.push(value);
    });
    const unit = detectPriceUnit(values);
    units[field] = unit;
    priceUnits.push({ column: column.name, unit });
    if (unit === 'cents') warnings.push(`Column "${column.name}" is in cents (most values are above 1): prices were divided by 100.`);
  }
  if (!mapped(c.group)) warnings.push(`No group column: each bet's group is its market ticker up to the first "-" (column "${c.market.name}").`);
  if (kind === 'bet-log') {
    if (!mapped(c.pModel)) warnings.push('No p_model column: the Brier score, log loss, calibration and the calibration term of the score are unavailable.');
    if (!mapped(c.fees)) warnings.push('No fees column: fees are taken as 0.');
    if (!mapped(c.pl)) warnings.push('No pl column: P/L is computed as contracts × (outcome − price) − fees.');
  }
  return { columns, decimal, order, units, priceUnits, warnings, mapping, horizon: dateHorizon((options.now ?? (() => new Date().toISOString()))()), dateFormat: requestedFormat === 'auto' ? formatOfOrder(order, evidence?.dateSeparator ?? '') : requestedFormat };
}

function side(row: CsvReader, column: Column): BetSide {
  const raw = text(row, column);
  const word = raw.trim().toLowerCase();
  if (word === 'yes' || word === 'y') return 'YES';
  if (word === 'no' || word === 'n') return 'NO';
  if (word === '') throw new RowRejection(column.name, 'missing value');
  throw new RowRejection(column.name, `unknown side "${raw}" (expected YES or NO)`);
}

function probability(row: CsvReader, column: Column, decimal: DecimalSeparator): number {
  const value = requiredNumber(row, column, decimal);
  if (!(value >= 0 && value <= 1)) throw new RowRejection(column.name, `probability ${value} is outside 0–1`);
  return value;
}

function outcome(row: CsvReader, column: Column, bought: BetSide): 0 | 1 {
  const raw = text(row, column);
  const word = raw.trim().toLowerCase();
  if (word === '') throw new RowRejection(column.name, 'missing value (the bet log holds settled bets only)');
  if (WON.has(word)) return 1;
  if (LOST.has(word)) return 0;
  if (word === 'yes' || word === 'no') return (word === 'yes') === (bought === 'YES') ? 1 : 0;
  const value = parseNumber(word);
  if (value === 1 || value === 0) return value;
  throw new RowRejection(column.name, `unknown outcome "${raw}" (expected 1/0, won/lost, or the market result YES/NO)`);
}

function priceCell(row: CsvReader, column: Column, unit: PriceUnitName, decimal: DecimalSeparator): number {
  const dollars = priceInDollars(requiredNumber(row, column, decimal), unit);
  if (typeof dollars === 'string') throw new RowRejection(column.name, dollars);
  return dollars;
}

/** The price of the side bought (see the module comment for yes_price / no_price). */
function rowPrice(row: CsvReader, ctx: Context, bought: BetSide): number {
  const { columns: c, units, decimal } = ctx;
  if (mapped(c.price)) return priceCell(row, c.price, units.price as PriceUnitName, decimal);
  const own = bought === 'YES' ? 'yesPrice' : 'noPrice';
  const other = bought === 'YES' ? 'noPrice' : 'yesPrice';
  if (mapped(c[own])) return priceCell(row, c[own], units[own] as PriceUnitName, decimal);
  return Math.round((1 - priceCell(row, c[other], units[other] as PriceUnitName, decimal)) * 1e8) / 1e8;
}

/** The row's group and market (the group from the ticker when the file has no group column). */
function groupAndMarket(row: CsvReader, c: Columns, pool: StringPool): { group: string; market: string } {
  const market = pool.intern(trimmed(row, c.market));
  if (mapped(c.group)) {
    const group = trimmed(row, c.group);
    if (group === '') throw new RowRejection(c.group.name, 'missing value');
    return { group: pool.intern(group), market };
  }
  if (market === '') throw new RowRejection(c.market.name, 'missing value (the group is taken from the market ticker)');
  const dash = market.indexOf('-');
  return { group: pool.intern(dash > 0 ? market.slice(0, dash) : market), market };
}

function money(value: number): string {
  return value.toFixed(2);
}

function readBets(table: CsvTable, ctx: Context): RowsResult<SettledBet> {
  const { columns: c, decimal, order } = ctx;
  const pool = new StringPool();
  const result = convertRows(table, (f): SettledBet => {
    const date = pool.intern(dateTime(f, c.date, order, ctx.horizon).date);
    const { group, market } = groupAndMarket(f, c, pool);
    const bought = side(f, c.side);
    const pModel = mapped(c.pModel) ? probability(f, c.pModel, decimal) : null;
    const price = rowPrice(f, ctx, bought);
    const contracts = contractCount(f, c.contracts, decimal);
    const fees = Math.abs(optionalNumber(f, c.fees, decimal) ?? 0);
    const won = outcome(f, c.outcome, bought);
    const computed = roundMicro(contracts * (won - price) - fees);
    const given = optionalNumber(f, c.pl, decimal);
    if (given !== null && Math.abs(given - computed) > CENT + 1e-9) {
      throw new RowRejection(
        c.pl.name,
        `P/L ${money(given)} does not match contracts × (outcome − price) − fees = ${contracts} × (${won} − ${price}) − ${money(fees)} = ${money(computed)} (off by ${money(Math.abs(given - computed))}, more than a cent)`,
      );
    }
    return { date, group, market, side: bought, pModel, price, contracts, fees, outcome: won, pl: given ?? computed, forecastError: optionalNumber(f, c.forecastError, decimal) };
  });
  // Stable sort by date (file order within a date); already sorted files stay as they are.
  let sorted = true;
  for (let i = 1; i < result.records.length && sorted; i++) sorted = result.records[i - 1].date <= result.records[i].date;
  if (!sorted) result.records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return result;
}

function readCandidates(table: CsvTable, ctx: Context): RowsResult<BetCandidate> {
  const { columns: c, decimal } = ctx;
  const pool = new StringPool();
  return convertRows(table, (f): BetCandidate => {
    const { group, market } = groupAndMarket(f, c, pool);
    const bought = side(f, c.side);
    const fee = optionalNumber(f, c.fees, decimal);
    return {
      group,
      market,
      side: bought,
      pModel: probability(f, c.pModel, decimal),
      price: rowPrice(f, ctx, bought),
      availableContracts: contractCount(f, c.availableContracts, decimal),
      feePerContract: fee === null ? null : Math.abs(fee),
    };
  });
}

function describeRejection(r: RejectedRow): string {
  return `line ${r.row}, column "${r.column}": ${r.reason}`;
}

/** Text → rows, or one whole-file failure (empty, header only, unrecognized, bad mapping, no valid rows). */
function readDecoded<T>(text: string, kind: Kind, options: BetImportOptions, read: (table: CsvTable, ctx: Context) => RowsResult<T>) {
  const table = openTable(text);
  if (!table) return { ok: false, code: 'empty', message: 'The file is empty.' } satisfies Failure;
  const ctx = prepare(table, kind, options);
  if ('ok' in ctx) return ctx;
  const result = read(table, ctx);
  if (result.totalRows === 0) return { ok: false, code: 'header-only', message: 'The file has a header but no data rows.' } satisfies Failure;
  if (result.records.length === 0) {
    const reasons = result.rejected.slice(0, QUOTED_REASONS).map(describeRejection).join('; ');
    return { ok: false, code: 'no-valid-rows', message: `None of the ${result.totalRows} rows could be read (${reasons}${result.rejected.length > QUOTED_REASONS ? '; …' : ''}).` } satisfies Failure;
  }
  return {
    records: result.records,
    rejected: result.rejected,
    warnings: [...ctx.warnings, ...result.warnings],
    totalRows: result.totalRows,
    mapping: ctx.mapping,
    headerSignature: headerSignature(table.headers),
    headers: table.headers,
    priceUnits: ctx.priceUnits,
  };
}

/** Bytes → decoded text (or the same whole-file failures as trade imports). */
function decodeFile(bytes: Uint8Array, maxBytes: number): { text: string; warnings: string[] } | Failure {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return { ok: false, code: 'too-large', message: `The file is ${mb(bytes.length)}, larger than the import limit of ${mb(maxBytes)}.` };
  }
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'The file is empty.' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, code: decoded.code, message: decoded.message };
  return { text: decoded.text, warnings: decoded.warnings };
}

async function importBetFile<T>(fileName: string, bytes: Uint8Array, kind: Kind, options: BetImportOptions, read: (table: CsvTable, ctx: Context) => RowsResult<T>) {
  const decoded = decodeFile(bytes, options.maxBytes ?? MAX_BYTES);
  if ('ok' in decoded) return { ...decoded, fileName };
  const hash = sha256Hex(bytes);
  const outcome = readDecoded(decoded.text, kind, options, read);
  if ('ok' in outcome) return { ...outcome, fileName };
  return { ...outcome, warnings: [...decoded.warnings, ...outcome.warnings], fileName, contentHash: await hash };
}

/** Imports a bet log's bytes (UTF-8 with or without BOM, or UTF-16 with BOM). */
export async function importBetLog(fileName: string, bytes: Uint8Array, options: BetImportOptions = {}): Promise<BetLogOutcome> {
  const outcome = await importBetFile(fileName, bytes, 'bet-log', options, readBets);
  if ('ok' in outcome) return outcome;
  const { records, ...rest } = outcome;
  return { ok: true, format: 'bet-log', bets: records, ...rest };
}

/** Imports a candidates file's bytes. */
export async function importBetCandidates(fileName: string, bytes: Uint8Array, options: BetImportOptions = {}): Promise<BetCandidatesOutcome> {
  const outcome = await importBetFile(fileName, bytes, 'bet-candidates', options, readCandidates);
  if ('ok' in outcome) return outcome;
  const { records, ...rest } = outcome;
  return { ok: true, format: 'bet-candidates', candidates: records, ...rest };
}

/** The same on text (tests, the generator's sample). */
export function importBetLogText(fileName: string, text: string, options: BetImportOptions = {}): Promise<BetLogOutcome> {
  return importBetLog(fileName, new TextEncoder().encode(text), options);
}

export function importBetCandidatesText(fileName: string, text: string, options: BetImportOptions = {}): Promise<BetCandidatesOutcome> {
  return importBetCandidates(fileName, new TextEncoder().encode(text), options);
}
