/**
 * The data worker's API (DataApi) as a plain class over core/db, core/import and
 * core/stats, so it runs unchanged in Node tests, the CLI and inside `data.worker.ts`.
 * It owns the one open workspace database and the parsed-but-uncommitted import previews.
 * Expected failures (bad files, unknown preview ids, a failed commit) come back as
 * `{ ok: false, code, message }`; the open workspace is only ever replaced by a fully
 * validated one.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import {
  carrySettingsOver,
  commitParsedImport,
  CURRENT_SCHEMA_VERSION,
  createWorkspace,
  deleteScenario,
  getMapping,
  getSetting,
  listAllocatorRuns,
  listScenarios,
  openWorkspaceBytes,
  queryDaily,
  queryReporting,
  queryTrades,
  saveAllocatorRun,
  saveMapping,
  saveScenario,
  setSetting,
  workspaceFingerprint,
  workspaceSummary,
  withSpaceFor,
  type AllocatorRun,
  type SavedScenario,
  type ScenarioKind,
  type WorkspaceSummary,
} from '../core/db';
import { checkDailyAgainstTrades, headerSignature, importBytes } from '../core/import';
import { decodeBytes } from '../core/import/decode';
import { CsvReader } from '../core/import/csv-reader';
import { openTable } from '../core/import/table';
import type { ColumnMapping, DailyLogRow, GenericOptions, ImportOutcome, ParsedImport, ReportingTrade, Trade } from '../core/model';
import { computeStats, filterTrades } from '../core/stats';
import type { StatsOptions, StatsReport, TradeFilter } from '../core/stats/types';
import { computePosition, historyOutcomes } from '../core/calculator';
import { realismFiltered, sizeFiltered, type RealismAnalysis, type RealismRequest, type SizingAnalysis, type SizingRequest } from '../core/sizing/filtered-sizing';
import { buildReportModel, reportAnalyses, sectionChoices, validateSectionIds, type ReportInput } from '../core/report';
import type { CalculatorTicket, DataApi, DataFailure, ImportPreview, PreviewOutcome, ReportModelOutcome, ReportModelRequest, TicketOutcome } from './data-api';

/** At most this many rejected rows travel to the UI with a preview. */
const PREVIEW_REJECTED_LIMIT = 200;
/** Raw data rows shown in the mapping dialog of a generic import. */
const GENERIC_SAMPLE_ROWS = 5;

export interface DataServiceOptions {
  /** Clock for import and settings timestamps (ISO strings); default: the system time. */
  now?: () => string;
}

type DailyCheck = { consistent: boolean; problems: string[] };

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ColumnMapping>;
  return [...keys].every((key) => a[key] === b[key]);
}

/** Accepted row count, distinct sorted strategy names and date span (first open, last close) of a parsed import. */
function describeRows(parsed: ParsedImport): { accepted: number; strategies: string[]; firstDate: string | null; lastDate: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  const widen = (from: string, to: string) => {
    if (first === null || from < first) first = from;
    if (last === null || to > last) last = to;
  };
  const strategies = new Set<string>();
  if (parsed.format === 'optionomega-daily') {
    for (const row of parsed.daily) widen(row.date, row.date);
    return { accepted: parsed.daily.length, strategies: [], firstDate: first, lastDate: last };
  }
  const rows: (Trade | ReportingTrade)[] = parsed.format === 'optionomega-reporting' ? parsed.reporting : parsed.trades;
  for (const row of rows) {
    strategies.add(row.strategy);
    widen(row.dateOpened, row.dateClosed ?? row.dateOpened);
  }
  return { accepted: rows.length, strategies: [...strategies].sort(), firstDate: first, lastDate: last };
}

/** The first data rows of a CSV file as raw cells, for the mapping dialog. */
function rawSampleRows(bytes: Uint8Array, count: number): string[][] {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [];
  const table = openTable(decoded.text);
  if (!table) return [];
  const reader = new CsvReader(table.text, table.delimiter, table.bodyOffset, table.bodyLine);
  const rows: string[][] = [];
  while (rows.length < count && reader.next()) rows.push(reader.fields());
  return rows;
}

export class DataService implements DataApi {
  private db: Database;
  private readonly now: () => string;
  private readonly previews = new Map<string, ParsedImport>();
  private previewCount = 0;
  /**
   * The workspace content as the computations use it, read once per change: all trades in
   * SPEC order (reading 1,000,000 trades from SQLite takes seconds), the daily log and its
   * check against the trades. Reset by `contentChanged()`.
   */
  private cache: { trades?: Trade[]; daily?: DailyLogRow[]; dailyCheck?: DailyCheck } = {};

  constructor(
    private readonly SQL: SqlJsStatic,
    options: DataServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.db = createWorkspace(SQL);
  }

  private contentChanged(): void {
    this.cache = {};
  }

  /** Every trade of the workspace in SPEC order (shared: callers must not modify it). */
  private allTrades(): Trade[] {
    return (this.cache.trades ??= queryTrades(this.db));
  }

  private allDaily(): DailyLogRow[] {
    return (this.cache.daily ??= queryDaily(this.db));
  }

  private replaceDatabase(next: Database): void {
    this.db.close();
    this.db = next;
    this.contentChanged();
  }

  /**
   * A new, empty workspace. Settings records of the previous workspace are carried over:
   * they are keyed by portfolio fingerprint, so they only reappear when the same trade logs
   * are imported again.
   */
  async newWorkspace(): Promise<WorkspaceSummary> {
    const fresh = createWorkspace(this.SQL);
    carrySettingsOver(this.db, fresh);
    this.replaceDatabase(fresh);
    return workspaceSummary(this.db);
  }

  /**
   * All or nothing: the candidate database is opened, validated (core/db: header, integrity,
   * schema, every row) and summarised on its own; only then is it swapped in. On any
   * failure the open workspace (database, cache, previews) is untouched and the caller gets
   * one `{ ok: false, code, message }` (codes, not error classes: comlink drops classes).
   */
  async openWorkspace(bytes: Uint8Array): Promise<{ ok: true; summary: WorkspaceSummary; upgradedFrom?: number } | DataFailure> {
    let opened: ReturnType<typeof openWorkspaceBytes>;
    try {
      opened = openWorkspaceBytes(this.SQL, bytes, { now: this.now });
    } catch (error) {
      return { ok: false, code: 'damaged', message: `The workspace file is damaged: ${error instanceof Error ? error.message : String(error)}.` };
    }
    if (!opened.ok) return { ok: false, code: opened.code, message: opened.message };
    let summary: WorkspaceSummary;
    try {
      summary = await workspaceSummary(opened.db);
    } catch (error) {
      opened.db.close();
      return { ok: false, code: 'invalid-content', message: `The workspace file cannot be opened: ${error instanceof Error ? error.message : String(error)}.` };
    }
    this.replaceDatabase(opened.db);
    return opened.fileVersion < CURRENT_SCHEMA_VERSION ? { ok: true, summary, upgradedFrom: opened.fileVersion } : { ok: true, summary };
  }

  async exportWorkspace(): Promise<Uint8Array> {
    return this.db.export();
  }

  async summary(): Promise<WorkspaceSummary> {
    return workspaceSummary(this.db);
  }

  /** Parses with the caller's generic options, or else with the mapping remembered for the file's columns. */
  private async parse(fileName: string, bytes: Uint8Array, generic?: Partial<GenericOptions>): Promise<ImportOutcome> {
    const outcome = await importBytes(fileName, bytes, { generic, now: this.now });
    if (generic?.mapping) return outcome;
    const headers = outcome.ok ? (outcome.format === 'generic-trades' ? outcome.generic?.headers : undefined) : outcome.headers;
    if (!headers) return outcome;
    const remembered = getMapping(this.db, headerSignature(headers));
    if (!remembered) return outcome;
    if (outcome.ok && outcome.format === 'generic-trades' && outcome.generic && sameMapping(outcome.generic.mapping, remembered)) return outcome;
    return importBytes(fileName, bytes, { generic: { ...generic, mapping: remembered }, now: this.now });
  }

  /** Trades a daily log is checked against: the workspace's, else the latest pending trade-log preview. */
  private tradesForDailyCheck(): Trade[] | null {
    const stored = this.allTrades();
    if (stored.length) return stored;
    const pending = [...this.previews.values()].reverse().find((parsed) => parsed.format !== 'optionomega-daily' && parsed.format !== 'optionomega-reporting');
    return pending && 'trades' in pending ? pending.trades : null;
  }

  async previewImport(fileName: string, bytes: Uint8Array, generic?: Partial<GenericOptions>): Promise<PreviewOutcome> {
    const outcome = await this.parse(fileName, bytes, generic);
    if (!outcome.ok) return outcome;
    const previewId = `preview-${++this.previewCount}`;
    this.previews.set(previewId, outcome);
    const preview: ImportPreview = {
      ok: true,
      previewId,
      fileName: outcome.fileName,
      format: outcome.format,
      totalRows: outcome.totalRows,
      rejectedCount: outcome.rejected.length,
      rejected: outcome.rejected.slice(0, PREVIEW_REJECTED_LIMIT),
      warnings: outcome.warnings,
      ...describeRows(outcome),
    };
    if (outcome.format === 'optionomega-daily') {
      const trades = this.tradesForDailyCheck();
      if (trades) preview.consistency = checkDailyAgainstTrades(trades, outcome.daily);
    }
    if (outcome.format === 'generic-trades' && outcome.generic) {
      const { headers, headerSignature: signature, ...options } = outcome.generic;
      preview.generic = { headers, options, headerSignature: signature, sampleRows: rawSampleRows(bytes, GENERIC_SAMPLE_ROWS) };
    }
    return preview;
  }

  async commitImport(previewId: string, options: { replace?: boolean } = {}): Promise<{ ok: true; summary: WorkspaceSummary } | DataFailure> {
    const parsed = this.previews.get(previewId);
    if (!parsed) return { ok: false, code: 'unknown-preview', message: `No import preview "${previewId}" is pending (already imported or discarded).` };
    this.db = withSpaceFor(this.SQL, this.db, parsed);
    const committed = commitParsedImport(this.db, parsed, { replace: options.replace, importedAt: this.now() });
    if (!committed.ok) return committed;
    this.previews.delete(previewId);
    this.contentChanged();
    return { ok: true, summary: await workspaceSummary(this.db) };
  }

  async discardPreview(previewId: string): Promise<void> {
    this.previews.delete(previewId);
  }

  async trades(filter?: TradeFilter): Promise<Trade[]> {
    return filterTrades(this.allTrades(), filter);
  }

  async daily(): Promise<DailyLogRow[]> {
    return this.allDaily().slice();
  }

  async reporting(): Promise<ReportingTrade[]> {
    return queryReporting(this.db);
  }

  /** The daily log when it matches the trade log (checked once per content change). */
  private consistentDaily(): { daily?: DailyLogRow[]; warning?: string } {
    const daily = this.allDaily();
    if (!daily.length) return {};
    const check = (this.cache.dailyCheck ??= checkDailyAgainstTrades(this.allTrades(), daily));
    if (check.consistent) return { daily };
    return { warning: `The daily log does not match the trade log and was not used: ${check.problems.join(' ')}` };
  }

  /**
   * computeStats over the workspace's trades, with the same inputs as `sizewise stats`: all
   * trades plus the filter (computeStats applies it, resolving the starting capital on the
   * date-filtered portfolio), and the daily log when it matches the trade log (computeStats
   * takes the drawdown from it only without a strategy filter).
   */
  async stats(filter: TradeFilter = {}, options: StatsOptions = {}): Promise<StatsReport> {
    const { daily, warning } = this.consistentDaily();
    const report = computeStats(this.allTrades(), { ...options, daily, filter });
    if (warning) report.warnings.unshift(warning);
    return report;
  }

  async getSettings<T = unknown>(key: string): Promise<T | null> {
    const record = getSetting<T>(this.db, await workspaceFingerprint(this.db), key);
    return record ? record.value : null;
  }

  async setSettings(key: string, value: unknown): Promise<void> {
    setSetting(this.db, await workspaceFingerprint(this.db), key, value, this.now());
  }

  async getMapping(signature: string): Promise<ColumnMapping | null> {
    return getMapping(this.db, signature);
  }

  async saveMapping(signature: string, mapping: ColumnMapping): Promise<void> {
    saveMapping(this.db, signature, mapping, this.now());
  }

  async saveScenario(kind: ScenarioKind, name: string, value: unknown): Promise<number> {
    return saveScenario(this.db, kind, name, value, this.now());
  }

  async listScenarios(kind?: ScenarioKind): Promise<SavedScenario[]> {
    return listScenarios(this.db, kind);
  }

  async deleteScenario(id: number): Promise<void> {
    deleteScenario(this.db, id);
  }

  async saveAllocatorRun(value: unknown): Promise<number> {
    return saveAllocatorRun(this.db, value, this.now());
  }

  async listAllocatorRuns(): Promise<AllocatorRun[]> {
    return listAllocatorRuns(this.db);
  }

  /** Sizing of the filtered trades, with the same starting capital and daily log as `stats`. */
  async sizing(filter: TradeFilter, request: SizingRequest): Promise<SizingAnalysis> {
    return sizeFiltered(this.allTrades(), this.consistentDaily().daily, filter, request);
  }

  async realism(filter: TradeFilter, request: RealismRequest): Promise<RealismAnalysis> {
    return realismFiltered(this.allTrades(), this.consistentDaily().daily, filter, request);
  }

  async calculate(ticket: CalculatorTicket): Promise<TicketOutcome> {
    const source = ticket.probability;
    if (source.kind !== 'strategy-history') return { outcome: computePosition(ticket), history: null };
    const trades = this.allTrades();
    if (!trades.some((t) => t.strategy === source.strategy)) {
      return { outcome: { ok: false, errors: [{ field: 'probability.strategy', message: 'Choose a strategy of the loaded trade log.' }] }, history: null };
    }
    if (!Number.isInteger(source.days) || source.days < 1) {
      return { outcome: { ok: false, errors: [{ field: 'probability.days', message: 'Days must be a whole number, 1 or more.' }] }, history: null };
    }
    const outcomes = historyOutcomes(trades, source.strategy, source.days);
    return {
      outcome: computePosition({ ...ticket, probability: { kind: 'history', outcomes } }),
      history: { strategy: source.strategy, days: source.days, trades: outcomes.length },
    };
  }

  /**
   * The report of the filtered trades with the same inputs as the pages: statistics as
   * `stats`, sizing as `sizing` (the Sizing page's capital and fraction), realism of the
   * portfolio's business-day returns, the replay comparison of the saved replay scenarios
   * (else the default set) and the Monte Carlo run, as `sizewise report` computes them.
   */
  async reportModel(request: ReportModelRequest): Promise<ReportModelOutcome> {
    if (request.sections) {
      try {
        validateSectionIds(request.sections);
      } catch (error) {
        return { ok: false, code: 'unknown-section', message: `The report cannot be built: ${(error as Error).message}.` };
      }
    }
    const filter = request.filter ?? {};
    const stats = await this.stats(filter);
    if (stats.portfolio.trades === 0) return { ok: false, code: 'no-trades', message: 'There are no trades to report on: import a trade log first (or widen the filter).' };
    const sized = sizeFiltered(this.allTrades(), this.consistentDaily().daily, filter, request.sizing);
    if (!sized.ok) return { ok: false, code: 'invalid-sizing', message: `The sizing settings cannot be used for the report: ${sized.errors.map((e) => e.message).join(' ')}` };
    const trades = filterTrades(this.allTrades(), filter);
    const capital = sized.report.capital;
    const analyses = reportAnalyses(trades, stats, capital, { trials: request.trials ?? 1, saved: listScenarios(this.db, 'replay'), sections: request.sections });
    const input: ReportInput = {
      portfolioName: request.portfolioName,
      stats,
      sizing: sized.report,
      ...analyses,
      capital,
      fraction: sized.report.fraction,
      generatedAt: request.generatedAt,
      sections: request.sections,
    };
    return { ok: true, model: buildReportModel(input), choices: sectionChoices(input) };
  }
}

const DATA_API_METHODS: Record<keyof DataApi, true> = {
  newWorkspace: true,
  openWorkspace: true,
  exportWorkspace: true,
  summary: true,
  previewImport: true,
  commitImport: true,
  discardPreview: true,
  trades: true,
  daily: true,
  reporting: true,
  stats: true,
  getSettings: true,
  setSettings: true,
  getMapping: true,
  saveMapping: true,
  saveScenario: true,
  listScenarios: true,
  deleteScenario: true,
  saveAllocatorRun: true,
  listAllocatorRuns: true,
  sizing: true,
  realism: true,
  calculate: true,
  reportModel: true,
};

/**
 * A DataApi usable at once whose calls wait for `ready` (the service is created after
 * sql.js has loaded its wasm). The worker exposes this synchronously, so no message that
 * arrives while the wasm loads is lost.
 */
export function deferredDataApi(ready: Promise<DataApi>): DataApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const name of Object.keys(DATA_API_METHODS) as (keyof DataApi)[]) {
    api[name] = async (...args: unknown[]) => {
      const service = await ready;
      return (service[name] as (...params: unknown[]) => Promise<unknown>).apply(service, args);
    };
  }
  return api as unknown as DataApi;
}
