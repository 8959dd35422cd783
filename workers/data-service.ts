/**
 * The data worker's API (DataApi) as a plain class over core/db, core/import and the
 * core/app use cases, so it runs unchanged in Node tests, the CLI and inside
 * `data.worker.ts`. It owns the one open workspace database, the parsed-but-uncommitted
 * import previews and the compute pools it feeds (replay; simulations and the report).
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
import { filterTrades } from '../core/stats';
import { bundledRateSeries } from './rate-series';
import {
  applyLiveMultipliers,
  liveMultipliers,
  LIVE_SETTINGS_KEY,
  planLive,
  monteCarloConfig,
  planReport,
  prepareReplay,
  SIZING_SETTINGS_KEY,
  workspacePosition,
  workspaceRealism,
  workspaceSizing,
  workspaceStats,
  RISK_FREE_SETTING_KEY,
  wantsRateSeries,
  type LiveRequest,
  type PreparedReplay,
  type WorkspaceContent,
} from '../core/app';
import type { LiveComparison, StrategyComparison } from '../core/live';
import { ALLOCATION_TRIALS_KEY, configurationsTried, planAllocation, restoreAllocationTrials, savedRun } from '../core/app/allocate-run';
import { savedAllocationRunSchema, type AllocationRunRequest } from '../core/allocate';
import type { StatsOptions, StatsReport, TradeFilter } from '../core/stats/types';
import type { RealismAnalysis, RealismRequest, SizingAnalysis, SizingRequest } from '../core/sizing/filtered-sizing';
import type { MonteCarloOptions } from '../core/montecarlo';
import type { ReplayScenario, ScenarioResult } from '../core/replay';
import { transfer } from 'comlink';
import type { ComputeOutcome } from './compute-api';
import type { ComputePool } from './pool';
import { createInlineComputePool } from './pool-inline';
import { runReportPlan } from './report-runner';
import type { AllocationRunResult, CalculatorTicket, ComputeKind, DataApi, DataFailure, ImportPreview, MonteCarloRunResult, PreviewOutcome, ReplayContext, ReportModelOutcome, ReportModelRequest, TicketOutcome } from './data-api';

/** At most this many rejected rows travel to the UI with a preview. */
const PREVIEW_REJECTED_LIMIT = 200;
/** Raw data rows shown in the mapping dialog of a generic import. */
const GENERIC_SAMPLE_ROWS = 5;

export interface DataServiceOptions {
  /** Clock for import and settings timestamps (ISO strings); default: the system time. */
  now?: () => string;
  /**
   * The compute pools the service feeds directly (the browser data worker: pools of module
   * workers it owns): `replay` for the Replay page, `simulation` for Monte Carlo and the
   * report. Default: both in this thread (Node tests).
   */
  pools?: { replay: ComputePool; simulation: ComputePool };
}

import type { DailyConsistency as DailyCheck } from '../core/import';

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
  private cache: { trades?: Trade[]; daily?: DailyLogRow[]; dailyCheck?: DailyCheck; replay?: { key: string; prepared: PreparedReplay } } = {};
  private readonly pools: { replay: ComputePool; simulation: ComputePool };

  constructor(
    private readonly SQL: SqlJsStatic,
    options: DataServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date().toISOString());
    if (options.pools) this.pools = options.pools;
    else {
      const inline = createInlineComputePool();
      this.pools = { replay: inline, simulation: inline };
    }
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

  /** The workspace content the core/app use cases read; the daily check is computed once per content change. */
  private content(): WorkspaceContent {
    const trades = this.allTrades();
    const daily = this.allDaily();
    const dailyCheck = daily.length ? (this.cache.dailyCheck ??= checkDailyAgainstTrades(trades, daily)) : undefined;
    return { trades, daily, dailyCheck };
  }

  /** The saved risk-free record and, when it is historical, the bundled DTB3 series (core/app risk-free-setting reads both). */
  private riskFreeContent(fingerprint: string): Pick<WorkspaceContent, 'riskFreeSetting' | 'rateSeries'> {
    const riskFreeSetting = getSetting(this.db, fingerprint, RISK_FREE_SETTING_KEY)?.value;
    return { riskFreeSetting, rateSeries: wantsRateSeries(riskFreeSetting) ? bundledRateSeries() : undefined };
  }

  /** The content plus what the report also reads: saved replay scenarios, the saved Sizing-page and risk-free settings, the reporting log, the saved live mapping, the allocation configurations tried and the saved allocation runs. */
  private async reportContent(): Promise<WorkspaceContent> {
    const fingerprint = await workspaceFingerprint(this.db);
    const record = getSetting(this.db, fingerprint, SIZING_SETTINGS_KEY);
    const live = getSetting(this.db, fingerprint, LIVE_SETTINGS_KEY);
    const allocationTrials = await this.allocationTrials();
    const allocationRuns = listAllocatorRuns(this.db);
    return { ...this.content(), ...this.riskFreeContent(fingerprint), savedReplays: listScenarios(this.db, 'replay'), sizingSettings: record?.value, reporting: queryReporting(this.db), liveSettings: live?.value, allocationTrials, allocationRuns };
  }

  /**
   * Statistics as core/app workspaceStats (the same inputs as `sizewise stats`), with the
   * workspace's risk-free setting; `historicalRiskFree` (true or false) overrides it.
   */
  async stats(filter: TradeFilter = {}, options: StatsOptions & { historicalRiskFree?: boolean } = {}): Promise<StatsReport> {
    const { historicalRiskFree, ...rest } = options;
    const content = { ...this.content(), ...this.riskFreeContent(await workspaceFingerprint(this.db)) };
    if (historicalRiskFree === undefined) return workspaceStats(content, filter, rest);
    return workspaceStats(content, filter, historicalRiskFree ? { ...rest, riskFreeSeries: bundledRateSeries() } : { riskFreeRate: 0, ...rest });
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

  /** Saves a run (the document an allocation returned, optionally renamed); a document content-check would refuse is refused here. */
  async saveAllocatorRun(value: unknown): Promise<number> {
    const parsed = savedAllocationRunSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`saveAllocatorRun: not a saved allocation run (${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message})`);
    }
    return saveAllocatorRun(this.db, parsed.data, this.now());
  }

  async listAllocatorRuns(): Promise<AllocatorRun[]> {
    return listAllocatorRuns(this.db);
  }

  /** Sizing of the filtered trades, with the same starting capital and daily log as `stats`. */
  async sizing(filter: TradeFilter, request: SizingRequest): Promise<SizingAnalysis> {
    return workspaceSizing(this.content(), filter, request);
  }

  /** Edge realism; the Deflated Sharpe's trials add the workspace's allocation configurations tried (stated in `trialsNote`). */
  async realism(filter: TradeFilter, request: RealismRequest): Promise<RealismAnalysis> {
    return workspaceRealism({ ...this.content(), allocationTrials: await this.allocationTrials() }, filter, request);
  }

  async calculate(ticket: CalculatorTicket): Promise<TicketOutcome> {
    return workspacePosition(this.content(), ticket);
  }

  /**
   * The report of the filtered trades: core/app planReport over the workspace content, with
   * the saved Sizing-page settings (the request may override them), its replay and Monte
   * Carlo on the simulation pool — exactly what `sizewise report` of the saved workspace builds.
   */
  async reportModel(request: ReportModelRequest, onProgress?: (pathsDone: number, total: number) => void): Promise<ReportModelOutcome> {
    const planned = planReport(await this.reportContent(), request);
    if (!planned.ok) return planned;
    return runReportPlan(this.pools.simulation, planned.plan, onProgress);
  }

  /** The filtered trades prepared for replay, kept until the content or the filter changes. */
  private preparedReplay(filter: TradeFilter): PreparedReplay | DataFailure {
    const key = JSON.stringify(filter);
    if (this.cache.replay?.key === key) return this.cache.replay.prepared;
    try {
      const prepared = prepareReplay(filterTrades(this.allTrades(), filter));
      this.cache.replay = { key, prepared };
      return prepared;
    } catch (error) {
      return { ok: false, code: 'invalid-input', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async replayContext(filter: TradeFilter): Promise<ReplayContext> {
    const prepared = this.preparedReplay(filter);
    if ('ok' in prepared) return prepared;
    const { input, logCapital } = prepared;
    return { ok: true, logCapital, dates: input.dates, warnings: input.warnings, count: input.count };
  }

  async runReplay(filter: TradeFilter, scenarios: ReplayScenario[]): Promise<ComputeOutcome<ScenarioResult[]>> {
    const prepared = this.preparedReplay(filter);
    if ('ok' in prepared) return { ok: false, code: 'invalid-input', message: prepared.message };
    const outcome = await this.pools.replay.runReplay(prepared.input, scenarios);
    if (!outcome.ok) return outcome;
    return transfer(outcome, outcome.value.flatMap((r) => [r.equity.buffer, r.drawdown.buffer, r.contracts.buffer, r.tradePl.buffer, r.equityAfterClose.buffer, r.skipReason.buffer]));
  }

  async runMonteCarlo(filter: TradeFilter, options: MonteCarloOptions, onProgress?: (pathsDone: number, total: number) => void): Promise<ComputeOutcome<MonteCarloRunResult>> {
    const built = monteCarloConfig(this.content(), filter, options);
    if (!built.ok) return { ok: false, code: 'invalid-input', message: built.message };
    const run = await this.pools.simulation.runMonteCarlo(built.config, onProgress);
    if (!run.ok) return run;
    return { ok: true, value: { summary: run.value.summary, config: built.config, warnings: built.warnings, elapsedMs: run.value.elapsedMs, workers: run.value.workers } };
  }

  /** The content plus the reporting log and the saved live-vs-backtest record. */
  private async liveContent(): Promise<WorkspaceContent> {
    const record = getSetting(this.db, await workspaceFingerprint(this.db), LIVE_SETTINGS_KEY);
    return { ...this.content(), reporting: queryReporting(this.db), liveSettings: record?.value };
  }

  /**
   * Live vs backtest (core/app planLive over the workspace's trades, reporting log and saved
   * mapping); the matching and drift bootstraps run on the simulation pool
   * (cancelCompute('simulation') stops it) — what `sizewise compare` prints for the same logs.
   */
  async liveComparison(request: LiveRequest = {}, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<LiveComparison>> {
    const planned = planLive(await this.liveContent(), request);
    if (!planned.ok) return { ok: false, code: 'invalid-input', message: planned.message };
    onProgress?.(0, 1);
    const outcome = await this.pools.simulation.compareLive(planned.plan);
    if (outcome.ok) onProgress?.(1, 1);
    return outcome;
  }

  async applyLiveMultipliers(strategies: Pick<StrategyComparison, 'name' | 'suggestedMultiplier'>[]): Promise<{ applied: Record<string, number>; multipliers: Record<string, number> }> {
    const fingerprint = await workspaceFingerprint(this.db);
    const applied = liveMultipliers(strategies);
    const next = applyLiveMultipliers(getSetting(this.db, fingerprint, SIZING_SETTINGS_KEY)?.value, applied);
    setSetting(this.db, fingerprint, SIZING_SETTINGS_KEY, next, this.now());
    return { applied, multipliers: next.multipliers };
  }

  /** The workspace's count of allocation configurations tried (walk-forward methods run). */
  private async allocationTrials(): Promise<number> {
    return restoreAllocationTrials(getSetting(this.db, await workspaceFingerprint(this.db), ALLOCATION_TRIALS_KEY)?.value);
  }

  /**
   * Allocate page: the chosen strategies of the workspace and the given price / return files
   * (core/app planAllocation) allocated on the simulation pool (`onProgress`: walk-forward fits
   * done / total; cancelCompute('simulation') stops it). A finished walk-forward adds its
   * methods to the workspace's count of configurations tried; `run` is the document
   * saveAllocatorRun stores.
   */
  async allocation(request: AllocationRunRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<AllocationRunResult>> {
    const planned = planAllocation(this.content(), request);
    if (!planned.ok) return { ok: false, code: 'invalid-input', message: planned.message };
    onProgress?.(0, 1);
    const outcome = await this.pools.simulation.allocate(planned.plan, onProgress);
    if (!outcome.ok) return outcome;
    const report = outcome.value;
    const added = report.walkForward && report.walkForward.methods[0]?.folds.length ? configurationsTried(request.settings) : 0;
    const before = await this.allocationTrials();
    if (added > 0) setSetting(this.db, await workspaceFingerprint(this.db), ALLOCATION_TRIALS_KEY, { count: before + added }, this.now());
    const saved = savedRun(request, report, planned.capital);
    if (!saved.ok) return { ok: false, code: 'internal', message: saved.message };
    return { ok: true, value: { report, capital: planned.capital, run: saved.run, trialsAdded: added, trialsTotal: before + added } };
  }

  async cancelCompute(kind: ComputeKind): Promise<void> {
    this.pools[kind].cancel();
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
  replayContext: true,
  runReplay: true,
  runMonteCarlo: true,
  liveComparison: true,
  applyLiveMultipliers: true,
  allocation: true,
  cancelCompute: true,
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
