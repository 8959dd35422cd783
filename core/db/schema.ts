/**
 * The workspace schema history. A `.sizewise` file is a SQLite database whose
 * `PRAGMA user_version` is the schema version. Each entry of `MIGRATIONS` takes a database
 * from version i to i + 1; the DDL of a released version is frozen here forever, and a
 * change is always a new migration appended at the end (forward-only).
 */
import type { Database } from 'sql.js';

/** Value of `sizewise_meta.app_id`, which tells a workspace from any other SQLite file. */
export const APP_ID = 'sizewise';

/** v0 → v1: imported rows, import provenance, settings, app identity. */
function createV1(db: Database): void {
  db.exec(`
    CREATE TABLE sizewise_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
    INSERT INTO sizewise_meta (key, value) VALUES ('app_id', '${APP_ID}');

    CREATE TABLE imports (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      file_name TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      format TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      accepted INTEGER NOT NULL,
      rejected INTEGER NOT NULL,
      warnings_json TEXT NOT NULL
    );

    CREATE TABLE trades (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id),
      strategy TEXT NOT NULL,
      symbol TEXT NOT NULL,
      date_opened TEXT NOT NULL,
      time_opened TEXT NOT NULL,
      date_closed TEXT,
      time_closed TEXT NOT NULL,
      contracts REAL NOT NULL CHECK (contracts > 0),
      pl REAL NOT NULL,
      fees REAL NOT NULL,
      premium REAL,
      margin_req REAL,
      funds_at_close REAL,
      max_loss_pct REAL,
      max_profit_pct REAL,
      opening_price REAL,
      closing_price REAL,
      legs TEXT NOT NULL,
      reason_for_close TEXT NOT NULL
    );

    CREATE TABLE daily_log (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id),
      date TEXT NOT NULL,
      net_liquidity REAL NOT NULL,
      current_funds REAL NOT NULL,
      withdrawn REAL NOT NULL,
      trading_funds REAL NOT NULL,
      pl REAL NOT NULL,
      pl_pct REAL NOT NULL,
      drawdown_pct REAL NOT NULL
    );

    CREATE TABLE reporting_trades (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id),
      strategy TEXT NOT NULL,
      date_opened TEXT NOT NULL,
      time_opened TEXT NOT NULL,
      opening_price REAL,
      legs TEXT NOT NULL,
      initial_premium REAL,
      contracts REAL NOT NULL CHECK (contracts > 0),
      pl REAL NOT NULL,
      closing_price REAL,
      date_closed TEXT,
      time_closed TEXT NOT NULL,
      avg_closing_cost REAL,
      reason_for_close TEXT NOT NULL
    );

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      json TEXT NOT NULL,
      schema_version INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    );
  `);
}

/** v1 → v2: remembered generic-adapter mappings, saved scenarios, allocator runs. */
function addMappingsScenariosAllocatorRuns(db: Database): void {
  db.exec(`
    CREATE TABLE mappings (
      header_signature TEXT PRIMARY KEY,
      mapping_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE scenarios (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      json TEXT NOT NULL,
      created TEXT NOT NULL
    );

    CREATE TABLE allocator_runs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      json TEXT NOT NULL,
      created TEXT NOT NULL
    );
  `);
}

/**
 * v2 → v3 (issue 12): settled prediction-market bets (one row per bet, price in dollars
 * per contract, outcome 1 when the side bought won, pl net of fees), the bet-file column
 * mappings remembered per header signature, and saved bets runs (options, budget split and
 * tickets as JSON). A v2 workspace gains the three empty tables; its other rows are untouched.
 */
function addBets(db: Database): void {
  db.exec(`
    CREATE TABLE bets (
      id INTEGER PRIMARY KEY,
      import_id INTEGER NOT NULL REFERENCES imports(id),
      date TEXT NOT NULL,
      group_name TEXT NOT NULL,
      market TEXT NOT NULL,
      side TEXT NOT NULL CHECK (side IN ('YES', 'NO')),
      p_model REAL,
      price REAL NOT NULL CHECK (price > 0 AND price < 1),
      contracts REAL NOT NULL CHECK (contracts > 0),
      fees REAL NOT NULL CHECK (fees >= 0),
      outcome INTEGER NOT NULL CHECK (outcome IN (0, 1)),
      pl REAL NOT NULL,
      forecast_error REAL
    );

    CREATE TABLE bet_mappings (
      header_signature TEXT PRIMARY KEY,
      mapping_json TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE bet_runs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL,
      json TEXT NOT NULL,
      created TEXT NOT NULL
    );
  `);
}

/**
 * v3 → v4 (issue 18 §6): the opening VIX level of each trade (OptionOmega's `Opening VIX`
 * column, ≥ 0). Existing trades get NULL (unknown); re-importing the log fills it.
 */
function addOpeningVix(db: Database): void {
  db.exec('ALTER TABLE trades ADD COLUMN opening_vix REAL');
}

/** `MIGRATIONS[i]` takes a workspace from schema version i to i + 1. */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [createV1, addMappingsScenariosAllocatorRuns, addBets, addOpeningVix];

/** The schema version this build writes and reads up to. */
export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;
