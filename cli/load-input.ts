/**
 * Reads input files for CLI commands through core/import, turning an import failure into a
 * one-line UsageError. Shared by every command that takes a trade log. `loadContent` reads a
 * trade log or a `.sizewise` workspace into the core/app WorkspaceContent the use cases take
 * (for a workspace: trades, daily log, saved replay scenarios, Sizing-page and risk-free settings, reporting
 * log and saved live mapping, as
 * the data worker reads them).
 */
import type { RateSeries } from '../core/stats';
import { bundledRateSeries } from '../workers/rate-series';
import { basename } from 'node:path';
import { importBytes } from '../core/import';
import type { WorkspaceContent } from '../core/app';
import type { ColumnMapping, DailyImport, GenericField, GenericOptions, SettledBet, TradeImport } from '../core/model';
import { UsageError } from './command';
import { readHead, readInput, WORKSPACE_INPUT } from './read-input';

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

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Is this file a SQLite database (a `.sizewise` workspace) rather than a CSV? */
export function isWorkspaceBytes(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, SQLITE_MAGIC.length)).toString('latin1') === SQLITE_MAGIC;
}

/** A `.sizewise` workspace's content through core/db (sql.js loaded only for workspaces). */
async function loadWorkspaceContent(path: string, bytes: Uint8Array): Promise<WorkspaceContent> {
  const [{ default: initSqlJs }, db, { SIZING_SETTINGS_KEY }, { LIVE_SETTINGS_KEY }, { RISK_FREE_SETTING_KEY, wantsRateSeries }, { ALLOCATION_TRIALS_KEY, restoreAllocationTrials }] = await Promise.all([
    import('sql.js'),
    import('../core/db'),
    import('../core/app/sizing-settings'),
    import('../core/app/live'),
    import('../core/app/risk-free-setting'),
    import('../core/app/allocate-run'),
  ]);
  const SQL = await initSqlJs();
  const opened = db.openWorkspaceBytes(SQL, bytes);
  if (!opened.ok) throw new UsageError(`${basename(path)}: ${opened.message}`);
  try {
    const fingerprint = await db.workspaceFingerprint(opened.db);
    const record = db.getSetting(opened.db, fingerprint, SIZING_SETTINGS_KEY);
    const live = db.getSetting(opened.db, fingerprint, LIVE_SETTINGS_KEY);
    const riskFreeSetting = db.getSetting(opened.db, fingerprint, RISK_FREE_SETTING_KEY)?.value;
    return {
      trades: db.queryTrades(opened.db),
      daily: db.queryDaily(opened.db),
      savedReplays: db.listScenarios(opened.db, 'replay'),
      sizingSettings: record?.value,
      reporting: db.queryReporting(opened.db),
      liveSettings: live?.value,
      riskFreeSetting,
      rateSeries: wantsRateSeries(riskFreeSetting) ? await loadRateSeries() : undefined,
      bets: db.queryBets(opened.db),
      latestBetRun: db.listBetRuns(opened.db).pop() ?? null,
      allocationTrials: restoreAllocationTrials(db.getSetting(opened.db, fingerprint, ALLOCATION_TRIALS_KEY)?.value),
      allocationRuns: db.listAllocatorRuns(opened.db),
    };
  } finally {
    opened.db.close();
  }
}

/** A trade log (any format the importer detects) or a `.sizewise` workspace, as core/app content. */
export async function loadContent(path: string, options: TradeLogMapping = {}): Promise<WorkspaceContent> {
  const head = await readHead(path, 16);
  if (isWorkspaceBytes(head)) return loadWorkspaceContent(path, await readInput(path, WORKSPACE_INPUT));
  const imported = await loadTradeLog(path, options);
  return { trades: imported.trades };
}

/** The bundled DTB3 series (resources/dtb3.csv) for `--risk-free historical` (SPEC §2). */
export async function loadRateSeries(): Promise<RateSeries> {
  // The series is bundled as text (workers/rate-series), so the compiled CLI in cli/dist needs no file beside it.
  return bundledRateSeries();
}

/** A `.sizewise` workspace's bet log (issue 12): the stored bets and the warnings of their import, each prefixed with its file name. */
export async function loadWorkspaceBets(path: string): Promise<{ bets: SettledBet[]; warnings: string[] }> {
  const [{ default: initSqlJs }, db] = await Promise.all([import('sql.js'), import('../core/db')]);
  const opened = db.openWorkspaceBytes(await initSqlJs(), await readInput(path, WORKSPACE_INPUT));
  if (!opened.ok) throw new UsageError(`${basename(path)}: ${opened.message}`);
  try {
    const warnings = db
      .listImports(opened.db)
      .filter((record) => record.format === 'bet-log')
      .flatMap((record) => record.warnings.map((warning) => `${record.fileName}: ${warning}`));
    return { bets: db.queryBets(opened.db), warnings };
  } finally {
    opened.db.close();
  }
}
