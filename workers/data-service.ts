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
import type { DailyOnlyStats } from '../core/stats/daily-only';
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
  getBetMapping,
  listBetRuns,
  listImports,
  queryBets,
  saveBetRun,
  type BetRun,
  type AllocatorRun,
  type SavedScenario,
  type ScenarioKind,
  type WorkspaceSummary,
} from '../core/db';
import { HeaderIndex } from '../core/import/cells';
import { checkDailyAgainstTrades, detectBetFile, guessBetMapping, headerSignature, importBetCandidates, importBetLog, importBytes } from '../core/import';
import type { BetColumnMapping, BetLogImport, SettledBet } from '../core/model';
import { validateBetsOptions, type BetsOptions } from '../core/bets';
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
  workspaceRiskFree,
  workspaceDailyOnly,
  betRunRecord,
  rejectionMessage,
  storedBetsRun,
  type LiveRequest,
  type PreparedReplay,
  type WorkspaceContent,
} from '../core/app';
import type { LiveComparison, StrategyComparison } from '../core/live';
import { betGroupsTable, betTicketsTable } from '../core/report/sections/bets';
import { ALLOCATION_TRIALS_KEY, configurationsTried, planAllocation, restoreAllocationTrials, savedRun } from '../core/app/allocate-run';
import type { AllocationRunRequest } from '../core/allocate';
import { allocatorRunSchemaFor } from '../core/learn/saved-artifacts';
import type { StatsOptions, StatsReport, TradeFilter } from '../core/stats/types';
import type { RealismAnalysis, RealismRequest, SizingAnalysis, SizingRequest } from '../core/sizing/filtered-sizing';
import { workspaceRecommendation, type RecommendationOutcome } from '../core/app/recommendation';
import { workspaceSizingTargets, type SizingTargetsOutcome, type WorkspaceTargetsRequest } from '../core/app/sizing-targets';
import { workspaceVixRegimes, type VixRegimesOutcome, type VixRegimesRequest } from '../core/app/vix-regimes';
import type { MonteCarloOptions } from '../core/montecarlo';
import type { ReplayScenario, ScenarioResult } from '../core/replay';
import { transfer } from 'comlink';
import type { ComputeOutcome } from './compute-api';
import type { ComputePool } from './pool';
import { createInlineComputePool } from './pool-inline';
import { isLegSeries, learnArtifacts, learnOptions, legInputs, type LegFile } from '../core/app/learn';
import { runReportPlan } from './report-runner';
import type { BetCandidatesFile, BetLogPreview, BetLogSummary, BetsRunResult } from './data-api';
import type { LearnRequest, LearnRunResult } from './data-api';
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
  /** Parsed, uncommitted bet logs (issue 12), by preview id (the same counter as `previews`). */
  private readonly betPreviews = new Map<string, BetLogImport>();
  private previewCount = 0;
  /**
   * The workspace content as the computations use it, read once per change: all trades in
   * SPEC order (reading 1,000,000 trades from SQLite takes seconds), the daily log and its
   * check against the trades. Reset by `contentChanged()`.
   */
  private cache: { trades?: Trade[]; bets?: SettledBet[]; daily?: DailyLogRow[]; dailyCheck?: DailyCheck; replay?: { key: string; prepared: PreparedReplay } } = {};
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

  /**
   * Whether the file is a bet log: the canonical marker columns (p_model and outcome), a layout
   * whose bet mapping was remembered, or an exchange export whose guessed bet mapping finds a
   * side, an outcome (result), a price and a count — columns a trade log does not have together.
   */
  private isBetLog(bytes: Uint8Array): boolean {
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return false;
    const table = openTable(decoded.text);
    if (!table) return false;
    if (detectBetFile(new HeaderIndex(table.headers)) === 'bet-log' || getBetMapping(this.db, headerSignature(table.headers)) !== null) return true;
    const guess = guessBetMapping(table.headers);
    return guess.side !== undefined && guess.outcome !== undefined && guess.contracts !== undefined && (guess.price ?? guess.yesPrice ?? guess.noPrice) !== undefined && guess.availableContracts === undefined;
  }

  /** A bet log in the import dialog's shape (format 'bet-log', groups as strategies, the all-or-nothing refusal as a warning). */
  private async previewBetLogAsImport(fileName: string, bytes: Uint8Array): Promise<PreviewOutcome> {
    const preview = await this.previewBetLog(fileName, bytes);
    if (!preview.ok) return { ok: false, fileName, code: 'unrecognized', message: preview.message };
    const { previewId, totalRows, accepted, rejectedCount, rejected, refusal, warnings, groups, firstDate, lastDate } = preview;
    return { ok: true, previewId, fileName: preview.fileName, format: 'bet-log', totalRows, accepted, rejectedCount, rejected, warnings: refusal ? [refusal, ...warnings] : warnings, strategies: groups, firstDate, lastDate };
  }

  async previewImport(fileName: string, bytes: Uint8Array, generic?: Partial<GenericOptions>): Promise<PreviewOutcome> {
    if (!generic?.mapping && this.isBetLog(bytes)) return this.previewBetLogAsImport(fileName, bytes);
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
    if (this.betPreviews.has(previewId)) {
      const committed = await this.commitBetLog(previewId, options);
      return committed.ok ? { ok: true, summary: await workspaceSummary(this.db) } : committed;
    }
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
    this.betPreviews.delete(previewId);
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
    const latestBetRun = listBetRuns(this.db).pop() ?? null;
    const allocationTrials = await this.allocationTrials();
    const allocationRuns = listAllocatorRuns(this.db);
    return { ...this.content(), ...this.riskFreeContent(fingerprint), savedReplays: listScenarios(this.db, 'replay'), sizingSettings: record?.value, reporting: queryReporting(this.db), liveSettings: live?.value, allocationTrials, allocationRuns, bets: this.allBets(), latestBetRun };
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

  /** The daily log's own curve when the workspace holds no trade log (core/app workspaceDailyOnly), with the workspace's risk-free setting. */
  async dailyOnlyStats(options: { historicalRiskFree?: boolean } = {}): Promise<{ ok: true; stats: DailyOnlyStats | null } | DataFailure> {
    const content = { ...this.content(), ...this.riskFreeContent(await workspaceFingerprint(this.db)) };
    const explicit = options.historicalRiskFree === undefined ? {} : options.historicalRiskFree ? { riskFreeSeries: bundledRateSeries() } : { riskFreeRate: 0 };
    try {
      return { ok: true, stats: workspaceDailyOnly(content, explicit) };
    } catch (error) {
      return { ok: false, code: 'invalid-input', message: error instanceof Error ? error.message : String(error) };
    }
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
    const parsed = allocatorRunSchemaFor(value).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`saveAllocatorRun: not a saved allocation run (nor a learned-allocator run) (${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message})`);
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
    // The workspace's risk-free setting, as the statistics use it (one Sharpe everywhere).
    return workspaceRealism({ ...this.content(), ...this.riskFreeContent(await workspaceFingerprint(this.db)), allocationTrials: await this.allocationTrials() }, filter, request);
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

  /** The filtered trades prepared for replay (with the workspace's risk-free rate), kept until the content, the filter or the rate changes. */
  private async preparedReplay(filter: TradeFilter): Promise<PreparedReplay | DataFailure> {
    const riskFree = workspaceRiskFree(this.riskFreeContent(await workspaceFingerprint(this.db)));
    const key = JSON.stringify([filter, typeof riskFree === 'number' ? riskFree : 'historical']);
    if (this.cache.replay?.key === key) return this.cache.replay.prepared;
    try {
      const prepared = prepareReplay(filterTrades(this.allTrades(), filter), riskFree);
      this.cache.replay = { key, prepared };
      return prepared;
    } catch (error) {
      return { ok: false, code: 'invalid-input', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async replayContext(filter: TradeFilter): Promise<ReplayContext> {
    const prepared = await this.preparedReplay(filter);
    if ('ok' in prepared) return prepared;
    const { input, logCapital } = prepared;
    return { ok: true, logCapital, dates: input.dates, warnings: input.warnings, count: input.count };
  }

  async runReplay(filter: TradeFilter, scenarios: ReplayScenario[]): Promise<ComputeOutcome<ScenarioResult[]>> {
    const prepared = await this.preparedReplay(filter);
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

  /** Learned allocator (core/app learn): legs from the files, options checked, folds on the simulation pool; the artifacts to save come back with the result. */
  async learnAllocator(request: LearnRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<LearnRunResult>> {
    const options = learnOptions(request.options ?? {});
    if (!options.ok) return { ok: false, code: 'invalid-input', message: options.message };
    const files: LegFile[] = [];
    for (const leg of request.legs) {
      if (isLegSeries(leg.text)) {
        files.push({ file: leg.file, text: leg.text });
        continue;
      }
      const imported = await importBytes(leg.file, new TextEncoder().encode(leg.text), { now: this.now });
      if (!imported.ok) return { ok: false, code: 'invalid-input', message: `${leg.file}: ${imported.message}` };
      if (!('trades' in imported)) return { ok: false, code: 'invalid-input', message: `${leg.file}: a leg is a daily price / return file or a trade log; this file is a ${imported.format === 'optionomega-daily' ? 'daily' : 'reporting'} log.` };
      files.push({ file: leg.file, trades: imported.trades });
    }
    const inputs = legInputs(files);
    if (!inputs.ok) return { ok: false, code: 'invalid-input', message: inputs.message };
    const outcome = await this.pools.simulation.runLearn(inputs.inputs, options.options, onProgress);
    if (!outcome.ok) return outcome;
    // Every configuration tried counts toward the workspace's Deflated-Sharpe trials, saved or not.
    if (outcome.value.trials > 0) setSetting(this.db, await workspaceFingerprint(this.db), ALLOCATION_TRIALS_KEY, { count: (await this.allocationTrials()) + outcome.value.trials }, this.now());
    return { ok: true, value: { result: outcome.value, artifacts: learnArtifacts(outcome.value, this.now()) } };
  }

  /** The Sizing page's recommendation at the workspace's saved Sizing settings, as a per-strategy rule (core/app/recommendation). */
  async recommendation(filter: TradeFilter): Promise<RecommendationOutcome> {
    const record = getSetting(this.db, await workspaceFingerprint(this.db), SIZING_SETTINGS_KEY);
    return workspaceRecommendation({ ...this.content(), sizingSettings: record?.value }, filter);
  }

  /** Drawdown target and Kelly band of the filtered trades; a failed or cancelled pool call comes back as an error on field "compute". */
  async sizingTargets(filter: TradeFilter, request: WorkspaceTargetsRequest): Promise<SizingTargetsOutcome> {
    const pool = this.pools.simulation;
    try {
      return await workspaceSizingTargets(this.content(), filter, request, (spec) => async (candidates, paths) => {
        const outcome = await pool.drawdownFirstHits(spec, candidates, paths);
        if (!outcome.ok) throw new Error(outcome.message);
        return outcome.value;
      });
    } catch (error) {
      return { ok: false, errors: [{ field: 'compute', message: `The drawdown-target simulation stopped: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  }

  /** Volatility regimes (issue 18 §6): the filtered trades by opening-VIX bucket. */
  async vixRegimes(filter: TradeFilter, request: VixRegimesRequest): Promise<VixRegimesOutcome> {
    return workspaceVixRegimes(filterTrades(this.allTrades(), filter), request);
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

  // ── Bets (issue 12) ────────────────────────────────────────────────────────────────────

  /** Parses with the caller's mapping, else the one remembered for the file's header signature, else the guess. */
  async previewBetLog(fileName: string, bytes: Uint8Array, mapping?: BetColumnMapping): Promise<BetLogPreview | DataFailure> {
    let outcome = await importBetLog(fileName, bytes, { mapping, now: this.now });
    if (!mapping) {
      const headers = outcome.ok ? outcome.headers : outcome.headers;
      const remembered = headers ? getBetMapping(this.db, headerSignature(headers)) : null;
      if (remembered) outcome = await importBetLog(fileName, bytes, { mapping: remembered, now: this.now });
    }
    if (!outcome.ok) return { ok: false, code: outcome.code, message: `${outcome.fileName}: ${outcome.message}` };
    const previewId = `bet-preview-${++this.previewCount}`;
    this.betPreviews.set(previewId, outcome);
    return {
      ok: true,
      previewId,
      fileName: outcome.fileName,
      totalRows: outcome.totalRows,
      accepted: outcome.bets.length,
      rejectedCount: outcome.rejected.length,
      rejected: outcome.rejected.slice(0, PREVIEW_REJECTED_LIMIT),
      refusal: outcome.rejected.length ? rejectionMessage(outcome.fileName, outcome.rejected, outcome.totalRows) : null,
      warnings: outcome.warnings,
      ...betLogSpan(outcome.bets),
      headers: outcome.headers,
      mapping: outcome.mapping,
      headerSignature: outcome.headerSignature,
      priceUnits: outcome.priceUnits,
    };
  }

  /** `replace`: the previous bet log goes first (the trade, daily and reporting logs never do); otherwise the bets are added. */
  async commitBetLog(previewId: string, options: { replace?: boolean } = {}): Promise<{ ok: true; betLog: BetLogSummary } | DataFailure> {
    const parsed = this.betPreviews.get(previewId);
    if (!parsed) return { ok: false, code: 'unknown-preview', message: `No bet-log preview "${previewId}" is pending (already imported or discarded).` };
    if (parsed.rejected.length) return { ok: false, code: 'rejected-rows', message: rejectionMessage(parsed.fileName, parsed.rejected, parsed.totalRows) };
    if (!parsed.bets.length) return { ok: false, code: 'no-valid-rows', message: `${parsed.fileName} holds no settled bet.` };
    const committed = commitParsedImport(this.db, parsed, { replace: options.replace, importedAt: this.now() });
    if (!committed.ok) return committed;
    this.betPreviews.delete(previewId);
    this.contentChanged();
    return { ok: true, betLog: await this.betLog() };
  }

  async betLog(): Promise<BetLogSummary> {
    const bets = this.allBets();
    const record = listImports(this.db).filter((r) => r.format === 'bet-log').pop();
    return { bets: bets.length, ...betLogSpan(bets), fileName: record?.fileName ?? null, warnings: record?.warnings ?? [] };
  }

  private allBets(): SettledBet[] {
    return (this.cache.bets ??= queryBets(this.db));
  }

  async runBets(options: BetsOptions, candidates?: BetCandidatesFile): Promise<BetsRunResult> {
    const errors = validateBetsOptions(options);
    if (errors.length) return { ok: false, code: 'invalid-input', message: errors.map((e) => e.message).join(' '), errors };
    const betLog = await this.betLog();
    const warnings = betLog.fileName ? betLog.warnings.map((w) => `${betLog.fileName}: ${w}`) : [];
    const list = candidates ? await importBetCandidates(candidates.name, candidates.bytes, { now: this.now }) : null;
    const outcome = storedBetsRun(this.allBets(), warnings, list, options);
    if (!outcome.ok) return { ok: false, code: 'invalid-input', message: outcome.message };
    return { ...outcome, tables: { groups: betGroupsTable(outcome.analysis), tickets: betTicketsTable(outcome.analysis) } };
  }

  /** Re-runs the request (so what is saved is what the worker computed) and stores it with its options and candidates. */
  async saveBetRun(name: string, options: BetsOptions, candidates?: BetCandidatesFile): Promise<{ ok: true; id: number; runs: BetRun[] } | DataFailure> {
    const run = await this.runBets(options, candidates);
    if (!run.ok) return run;
    const id = saveBetRun(this.db, name, betRunRecord(options, candidates?.name ?? null, run.analysis), this.now());
    return { ok: true, id, runs: listBetRuns(this.db) };
  }

  async listBetRuns(): Promise<BetRun[]> {
    return listBetRuns(this.db);
  }
}

/** Distinct sorted groups and the first and last settlement dates of bets sorted by date. */
function betLogSpan(bets: readonly SettledBet[]): { groups: string[]; firstDate: string | null; lastDate: string | null } {
  const groups = new Set<string>();
  for (const bet of bets) groups.add(bet.group);
  return { groups: [...groups].sort(), firstDate: bets[0]?.date ?? null, lastDate: bets[bets.length - 1]?.date ?? null };
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
  dailyOnlyStats: true,
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
  sizingTargets: true,
  vixRegimes: true,
  recommendation: true,
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
  learnAllocator: true,
  previewBetLog: true,
  commitBetLog: true,
  betLog: true,
  runBets: true,
  saveBetRun: true,
  listBetRuns: true,
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
