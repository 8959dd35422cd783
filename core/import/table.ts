/**
 * A CSV file seen as a table: the header (first non-blank line, delimiter detected from
 * it), then data rows converted one by one by an adapter. Shared by every adapter, so
 * blank lines, repeated header lines (concatenated exports) and rejected rows are handled
 * the same way everywhere.
 */
import type { RejectedRow } from '../model';
import { CsvReader, detectDelimiter } from './csv-reader';
import { excerpt } from './quote-cell';

export interface CsvTable {
  text: string;
  delimiter: ',' | ';' | '\t';
  /** Header cells, trimmed. */
  headers: string[];
  /** Offset and line of the first record after the header. */
  bodyOffset: number;
  bodyLine: number;
}

/** Thrown by a row converter to reject the row; caught by `convertRows`. */
export class RowRejection {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {}
}

/** What an adapter produced from the data rows. */
export interface RowsResult<T> {
  records: T[];
  rejected: RejectedRow[];
  warnings: string[];
  /** Data rows (not blank, not a repeated header). */
  totalRows: number;
}

/** A line with nothing but spaces, quotes and delimiters. */
function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 44 && c !== 59 && c !== 34) return false;
  }
  return true;
}

/** Start of the line end (CR, LF or CRLF) at or after `from`; text.length when none. */
function lineEnd(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  if (lf < 0) {
    const cr = text.indexOf('\r', from);
    return cr < 0 ? text.length : cr;
  }
  const cr = text.slice(from, lf).indexOf('\r'); // only up to the LF: no scan of the whole text per line
  return cr < 0 ? lf : from + cr;
}

/** Finds the header; null when the text has no non-blank line. */
export function openTable(text: string): CsvTable | null {
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const newline = lineEnd(text, offset);
    const content = text.slice(offset, newline);
    if (!isBlankLine(content)) {
      const delimiter = detectDelimiter(content);
      const reader = new CsvReader(text, delimiter, offset, line);
      reader.next();
      const headers = reader.fields().map((h) => h.trim());
      return { text, delimiter, headers, bodyOffset: reader.offset, bodyLine: reader.line };
    }
    offset = newline + (text.charCodeAt(newline) === 13 && text.charCodeAt(newline + 1) === 10 ? 2 : 1);
    line++;
  }
  return null;
}

function isBlankRecord(row: CsvReader): boolean {
  for (let i = 0; i < row.count; i++) if (row.text(i).trim() !== '') return false;
  return true;
}

/** The first cell of a record, as a header cell: a concatenated export's BOM and the quotes around it removed. */
function firstHeaderCell(cell: string): string {
  let text = cell.trim();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1);
  return text.trim();
}

/** Same cells as the header? Checked cheaply on the first cell's length before comparing text. */
function isHeaderRepeat(row: CsvReader, headers: string[]): boolean {
  const firstLength = row.end(0) - row.start(0);
  if (row.count < headers.length || firstLength < headers[0].length || firstLength > headers[0].length + 4) return false;
  if (firstHeaderCell(row.text(0)) !== headers[0]) return false;
  for (let i = 1; i < headers.length; i++) if (row.text(i).trim() !== headers[i]) return false;
  return true;
}

/**
 * Calls `visit` for each data row (the reader positioned on it; read its cells during the
 * call), skipping blank lines and repeated header lines. Returns the data-row count and the
 * lines of repeated headers.
 */
export function forEachDataRow(table: CsvTable, visit: (row: CsvReader) => void): { totalRows: number; repeatedHeaderLines: number[] } {
  const reader = new CsvReader(table.text, table.delimiter, table.bodyOffset, table.bodyLine);
  let totalRows = 0;
  const repeatedHeaderLines: number[] = [];
  while (reader.next()) {
    const firstLength = reader.end(0) - reader.start(0);
    if (firstLength === 0 || reader.source.charCodeAt(reader.start(0)) <= 32) {
      if (isBlankRecord(reader)) continue;
    } else if (isHeaderRepeat(reader, table.headers)) {
      repeatedHeaderLines.push(reader.recordLine);
      continue;
    }
    totalRows++;
    visit(reader);
  }
  return { totalRows, repeatedHeaderLines };
}

const MAX_LISTED_LINES = 5;

/** Line numbers for a warning: the first MAX_LISTED_LINES, then "…". */
export function listLines(lines: number[]): string {
  return lines.slice(0, MAX_LISTED_LINES).join(', ') + (lines.length > MAX_LISTED_LINES ? ', …' : '');
}

/**
 * Converts every data row with `convert`; a row whose conversion throws a RowRejection is
 * reported (line, column, reason) and the others are kept.
 */
export function convertRows<T>(table: CsvTable, convert: (row: CsvReader) => T): RowsResult<T> {
  const records: T[] = [];
  const rejected: RejectedRow[] = [];
  const { totalRows, repeatedHeaderLines } = forEachDataRow(table, (row) => {
    try {
      records.push(convert(row));
    } catch (error) {
      if (!(error instanceof RowRejection)) throw error;
      rejected.push({ row: row.recordLine, column: excerpt(error.column), reason: error.reason });
    }
  });
  const warnings: string[] = [];
  if (repeatedHeaderLines.length > 0) {
    const lines = listLines(repeatedHeaderLines);
    warnings.push(
      `Skipped ${repeatedHeaderLines.length} repeated header line${repeatedHeaderLines.length > 1 ? 's' : ''} (line ${lines}): the file looks like several exports joined together.`,
    );
  }
  return { records, rejected, warnings, totalRows };
}
