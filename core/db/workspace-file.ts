/**
 * Creating an empty workspace database and opening a `.sizewise` file's bytes. Opening
 * always builds a NEW sql.js Database and validates it (SQLite header, integrity, app
 * identity, schema version, no triggers or views) before migrating it, then checks the
 * migrated schema against a fresh workspace's (schema-check.ts) and every row
 * (content-check.ts); the caller swaps it in only on success, so a bad file never touches
 * the workspace that is open. The app's data worker and the CLI both open files here.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { configureConnection } from './connection';
import { migrate, schemaVersion } from './migrate';
import { APP_ID, CURRENT_SCHEMA_VERSION } from './schema';
import { checkSqliteHeader } from './sqlite-header';
import { describeSchema, schemaProblem, triggerOrViewProblem, type SchemaShape } from './schema-check';
import { contentProblem } from './content-check';
import { dateHorizon } from '../import/plausible';

export type OpenFailureCode =
  | 'empty'
  | 'not-sqlite'
  | 'truncated'
  | 'damaged'
  | 'foreign'
  | 'newer-version'
  | 'migration-failed'
  | 'invalid-schema'
  | 'invalid-content';

export interface OpenOptions {
  /** Clock (ISO timestamp) for the plausible-date horizon of the rows; default: the system time. */
  now?: () => string;
}

export type OpenResult =
  | { ok: true; db: Database; /** Schema version of the file before migration. */ fileVersion: number }
  | { ok: false; code: OpenFailureCode; message: string };

/** A new, empty workspace at the current schema version. */
export function createWorkspace(SQL: SqlJsStatic): Database {
  const db = configureConnection(new SQL.Database());
  migrate(db);
  return db;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function tableNames(db: Database): string[] {
  const result = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  return result.length ? result[0].values.map((row) => String(row[0])) : [];
}

function appId(db: Database): string | null {
  const result = db.exec("SELECT value FROM sizewise_meta WHERE key = 'app_id'");
  return result.length ? String(result[0].values[0][0]) : null;
}

/** A quick_check line about a stored value rather than the file's structure. */
function isValueFinding(line: string): boolean {
  return /^(CHECK constraint failed in |NULL value in )/.test(line);
}

const expectedShapes = new WeakMap<SqlJsStatic, SchemaShape>();

/** The schema of a fresh workspace of this build (computed once per sql.js module). */
function expectedSchema(SQL: SqlJsStatic): SchemaShape {
  let shape = expectedShapes.get(SQL);
  if (!shape) {
    const fresh = createWorkspace(SQL);
    shape = describeSchema(fresh);
    fresh.close();
    expectedShapes.set(SQL, shape);
  }
  return shape;
}

/** Schema and every row of a migrated workspace, or the one message saying what is wrong. */
function checkContents(db: Database, expected: SchemaShape, now: string, screen: boolean): OpenResult | null {
  const schema = schemaProblem(describeSchema(db), expected);
  if (schema) return { ok: false, code: 'invalid-schema', message: `The workspace file cannot be opened: ${schema}` };
  const content = contentProblem(db, dateHorizon(now), { screen });
  if (content) return { ok: false, code: 'invalid-content', message: `The workspace file cannot be opened: ${content}` };
  return null;
}

/** Checks an opened database is an intact Sizewise workspace this build can read, then migrates and verifies it. */
function validateAndMigrate(db: Database, expected: SchemaShape, now: string): OpenResult {
  let tables: string[];
  /** quick_check's findings about values only (a failed CHECK, a NULL in a NOT NULL column): the row check names their row. */
  let valueFindings: string[] = [];
  try {
    const check = db.exec('PRAGMA quick_check')[0].values.map((row) => String(row[0]));
    if (check[0] !== 'ok') {
      if (!check.every(isValueFinding)) {
        return { ok: false, code: 'damaged', message: `The workspace file is damaged: ${check.slice(0, 3).join('; ')}` };
      }
      valueFindings = check;
    }
    tables = tableNames(db);
  } catch (error) {
    return { ok: false, code: 'damaged', message: `The workspace file is damaged: ${errorText(error)}.` };
  }
  if (!tables.includes('sizewise_meta') || appId(db) !== APP_ID) {
    const shown = tables.slice(0, 6).join(', ') + (tables.length > 6 ? ', …' : '');
    return {
      ok: false,
      code: 'foreign',
      message: `This is a SQLite database of another application, not a Sizewise workspace (tables: ${shown || 'none'}).`,
    };
  }
  const fileVersion = schemaVersion(db);
  if (fileVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: `This workspace was made by a newer Sizewise (schema v${fileVersion}); this version reads up to v${CURRENT_SCHEMA_VERSION}. Update Sizewise to open it.`,
    };
  }
  if (fileVersion < 1) {
    return { ok: false, code: 'damaged', message: 'The workspace file is damaged: it has no schema version.' };
  }
  const code = triggerOrViewProblem(db);
  if (code) return { ok: false, code: 'invalid-schema', message: `The workspace file cannot be opened: ${code}` };
  try {
    migrate(db);
  } catch (error) {
    return {
      ok: false,
      code: 'migration-failed',
      message: `Could not upgrade this workspace from schema v${fileVersion} to v${CURRENT_SCHEMA_VERSION}: ${errorText(error)}. The file was not changed.`,
    };
  }
  try {
    const problem = checkContents(db, expected, now, valueFindings.length === 0);
    if (problem) return problem;
  } catch (error) {
    return { ok: false, code: 'damaged', message: `The workspace file is damaged: ${errorText(error)}.` };
  }
  if (valueFindings.length) {
    return { ok: false, code: 'invalid-content', message: `The workspace file cannot be opened: ${valueFindings.slice(0, 3).join('; ')}.` };
  }
  return { ok: true, db, fileVersion };
}

/** Opens workspace bytes into a new Database; on failure nothing is left open. */
export function openWorkspaceBytes(SQL: SqlJsStatic, bytes: Uint8Array, options: OpenOptions = {}): OpenResult {
  const headerProblem = checkSqliteHeader(bytes);
  if (headerProblem) return { ok: false, ...headerProblem };
  let db: Database;
  try {
    db = configureConnection(new SQL.Database(bytes));
  } catch (error) {
    return { ok: false, code: 'damaged', message: `The workspace file is damaged: ${errorText(error)}.` };
  }
  let result: OpenResult;
  try {
    result = validateAndMigrate(db, expectedSchema(SQL), (options.now ?? (() => new Date().toISOString()))());
  } catch (error) {
    result = { ok: false, code: 'damaged', message: `The workspace file is damaged: ${errorText(error)}.` };
  }
  if (!result.ok) db.close();
  return result;
}
