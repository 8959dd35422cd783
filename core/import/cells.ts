/**
 * Typed cell readers used by the adapters. Each reads one cell of a row and either returns
 * the value or throws a RowRejection naming the column and what is wrong with the cell
 * (e.g. `unparseable number "12,3x"`, the cell cut by quoted()), so an adapter's row
 * converter reads like a record literal. Numbers are held to the bounds of plausible.ts
 * (|x| ≤ 1e15, nonzero |x| ≥ 1e-9) and dates to the import's horizon.
 */
import { parseDateTime, parseIsoDate, parseTime, type DateOrder, type DateTime } from './dates';
import type { CsvReader } from './csv-reader';
import { parseNumber, parsePlainDecimal, type DecimalSeparator } from './numbers';
import { checkDate, magnitudeProblem, plausibleMagnitude, type DateHorizon } from './plausible';
import { quoted } from './quote-cell';
import { RowRejection } from './table';

/** A column of the file: its index (-1 when absent) and header text (for messages). */
export interface Column {
  index: number;
  name: string;
}

/** Header text normalised for lookup: trimmed, inner whitespace collapsed, lower case. */
export function normalizeHeader(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Finds columns by header text (case-insensitive). */
export class HeaderIndex {
  private readonly positions = new Map<string, number>();

  constructor(readonly headers: string[]) {
    headers.forEach((header, i) => {
      const key = normalizeHeader(header);
      if (!this.positions.has(key)) this.positions.set(key, i);
    });
  }

  has(name: string): boolean {
    return this.positions.has(normalizeHeader(name));
  }

  /** The column with this header text; index -1 when the file has none. */
  column(name: string): Column {
    const index = this.positions.get(normalizeHeader(name)) ?? -1;
    return { index, name: index < 0 ? name : this.headers[index] };
  }
}

export function text(row: CsvReader, column: Column): string {
  return column.index < 0 ? '' : row.text(column.index);
}

function isBlank(value: string): boolean {
  return value === '' || (value.charCodeAt(0) <= 32 && value.trim() === '');
}

/** The cell's text, trimmed. */
export function trimmed(row: CsvReader, column: Column): string {
  return text(row, column).trim();
}

export function optionalNumber(row: CsvReader, column: Column, decimal: DecimalSeparator = '.'): number | null {
  const i = column.index;
  if (i < 0) return null;
  if (decimal === '.' && row.isPlain(i)) {
    const value = parsePlainDecimal(row.source, row.start(i), row.end(i));
    if (value === value && plausibleMagnitude(value)) return value; // not NaN: the common case, no string made
  }
  const raw = row.text(i);
  if (isBlank(raw)) return null;
  const value = parseNumber(raw, decimal);
  if (value === null) throw new RowRejection(column.name, `unparseable number ${quoted(raw)}`);
  const problem = magnitudeProblem(value, raw.trim());
  if (problem !== null) throw new RowRejection(column.name, problem);
  return value;
}

export function requiredNumber(row: CsvReader, column: Column, decimal: DecimalSeparator = '.'): number {
  const value = optionalNumber(row, column, decimal);
  if (value === null) throw new RowRejection(column.name, 'missing value');
  return value;
}

/** A contract / share count: a number > 0. */
export function contractCount(row: CsvReader, column: Column, decimal: DecimalSeparator = '.'): number {
  const value = requiredNumber(row, column, decimal);
  if (!(value > 0)) throw new RowRejection(column.name, `contracts must be > 0 (found ${value})`);
  return value;
}

/** A volatility-index level (e.g. `Opening VIX`): a number ≥ 0, null when blank or absent. */
export function vixLevel(row: CsvReader, column: Column): number | null {
  const value = optionalNumber(row, column);
  if (value !== null && value < 0) throw new RowRejection(column.name, `a VIX level must be ≥ 0 (found ${value})`);
  return value;
}

function requireCell(row: CsvReader, column: Column): string {
  const raw = text(row, column);
  if (isBlank(raw)) throw new RowRejection(column.name, 'missing value');
  return raw;
}

/** A strict `YYYY-MM-DD` date (OptionOmega exports) within the horizon. */
export function isoDate(row: CsvReader, column: Column, horizon: DateHorizon): string {
  const raw = requireCell(row, column);
  const date = parseIsoDate(raw.length === 10 ? raw : raw.trim());
  if (date === null) throw new RowRejection(column.name, `unparseable date ${quoted(raw)}`);
  return checkDate(date, column.name, horizon);
}

/** Like isoDate, but a blank cell is null (an open trade's close date). */
export function optionalIsoDate(row: CsvReader, column: Column, horizon: DateHorizon): string | null {
  return isBlank(text(row, column)) ? null : isoDate(row, column, horizon);
}

/** A date or date-time in the given order, its date within the horizon. */
export function dateTime(row: CsvReader, column: Column, order: DateOrder, horizon: DateHorizon): DateTime {
  const raw = requireCell(row, column);
  const value = parseDateTime(raw, order);
  if (value === null) throw new RowRejection(column.name, `unparseable date ${quoted(raw)}`);
  checkDate(value.date, column.name, horizon);
  return value;
}

export function optionalDateTime(row: CsvReader, column: Column, order: DateOrder, horizon: DateHorizon): DateTime | null {
  return isBlank(text(row, column)) ? null : dateTime(row, column, order, horizon);
}

/** A time cell → `HH:MM:SS`; '' when blank or the column is absent. */
export function time(row: CsvReader, column: Column): string {
  const raw = text(row, column);
  if (isBlank(raw)) return '';
  const value = parseTime(raw);
  if (value === null) throw new RowRejection(column.name, `unparseable time ${quoted(raw)}`);
  return value;
}
