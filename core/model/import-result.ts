/**
 * What every import adapter returns: accepted rows, rejected rows with the reason, and
 * warnings. An import is all-or-nothing at the database level; rejected rows are reported,
 * never silently dropped.
 */
import type { DailyLogRow, ReportingTrade, Trade } from './trade';

export type ImportFormat =
  | 'optionomega-trades'
  | 'optionomega-daily'
  | 'optionomega-reporting'
  | 'generic-trades'
  /** A prediction-market bet log (issue 12), stored in its own table beside the trade log. */
  | 'bet-log';

/** A row the adapter could not accept. `row` is the 1-based line number in the file (header = 1). */
export interface RejectedRow {
  row: number;
  column: string;
  reason: string;
}

/** Generic-adapter field names a column can be mapped to (CLI `--map field=Column`). */
export type GenericField =
  | 'opened'
  | 'closed'
  | 'strategy'
  | 'symbol'
  | 'quantity'
  | 'pl'
  | 'fees'
  | 'margin'
  | 'entryPrice'
  | 'exitPrice'
  | 'side';

/** Column mapping for the generic adapter: field → exact header text. */
export type ColumnMapping = Partial<Record<GenericField, string>>;

export interface GenericOptions {
  mapping: ColumnMapping;
  /** Date format, e.g. 'YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD/MM/YYYY'; 'auto' guesses. */
  dateFormat: string;
  /** Decimal separator of numbers; 'auto' guesses from the data. */
  decimal: '.' | ',' | 'auto';
  /** Whether the P/L column already has fees subtracted (default true). */
  plIncludesFees: boolean;
}

interface ImportBase {
  fileName: string;
  /** SHA-256 of the file content, hex. */
  contentHash: string;
  rejected: RejectedRow[];
  warnings: string[];
  /** Data rows in the file (excluding header and blank lines). */
  totalRows: number;
}

export interface TradeImport extends ImportBase {
  format: 'optionomega-trades' | 'generic-trades';
  trades: Trade[];
  /** Present for the generic adapter: the mapping actually used. */
  generic?: GenericOptions & { headerSignature: string; headers: string[] };
}

export interface DailyImport extends ImportBase {
  format: 'optionomega-daily';
  daily: DailyLogRow[];
}

export interface ReportingImport extends ImportBase {
  format: 'optionomega-reporting';
  reporting: ReportingTrade[];
}

export type ParsedImport = TradeImport | DailyImport | ReportingImport;

/** An import that failed as a whole (empty, unrecognized, binary, too large...). */
export interface ImportFailure {
  ok: false;
  fileName: string;
  /** Machine-readable code for the UI and CLI. */
  code: 'empty' | 'header-only' | 'binary' | 'encoding' | 'unrecognized' | 'too-large' | 'no-valid-rows' | 'bad-mapping';
  /** One human sentence, naming columns/rows where relevant. */
  message: string;
  /** For 'unrecognized': the headers found, and for the closest known format the missing columns. */
  headers?: string[];
  missingColumns?: string[];
}

export type ImportOutcome = ({ ok: true } & ParsedImport) | ImportFailure;
