/**
 * The comlink API of the data worker (`data.worker.ts`), which owns the sql.js database.
 * The renderer calls it through `wrap<DataApi>()`; every method returns plain data.
 * Failures are returned as `{ ok: false, code, message }`, never thrown across the boundary
 * (comlink loses error classes).
 */
import type { DailyOnlyStats } from '../core/stats/daily-only';
import type { AllocatorRun, BetRun, SavedScenario, ScenarioKind, WorkspaceSummary } from '../core/db';
import type { BetColumnMapping, PriceUnit } from '../core/model';
import type { BetsAnalysis, BetsJson, BetsOptions } from '../core/bets';
import type { ColumnMapping, DailyLogRow, GenericOptions, ImportFailure, ImportFormat, RejectedRow, ReportingTrade, Trade } from '../core/model';
import type { StatsOptions, StatsReport, TradeFilter } from '../core/stats/types';
import type { RealismAnalysis, RealismRequest, SizingAnalysis, SizingRequest } from '../core/sizing/filtered-sizing';
import type { ReportModel, ReportTable, SectionChoice } from '../core/report';
import type { LiveRequest, ReportRequest } from '../core/app';
import type { LiveComparison, StrategyComparison } from '../core/live';
import type { AllocationReport, AllocationRunRequest, SavedAllocationRun } from '../core/allocate';
import type { RecommendationOutcome } from '../core/app/recommendation';
import type { MonteCarloConfig, MonteCarloOptions, MonteCarloSummary } from '../core/montecarlo';
import type { ReplayScenario, ScenarioResult } from '../core/replay';
import type { ComputeOutcome } from './compute-api';
import type { FieldError } from '../core/numeric/field-error';
import type { LearnResult } from '../core/learn';

export type { RealismAnalysis, RealismRequest, SizingAnalysis, SizingRequest } from '../core/sizing/filtered-sizing';
import type { SizingTargetsOutcome, WorkspaceTargetsRequest } from '../core/app/sizing-targets';
import type { VixRegimesOutcome, VixRegimesRequest } from '../core/app/vix-regimes';
export type { SizingTargets, SizingTargetsEntry, SizingTargetsOutcome, SizingTargetsRequest, WorkspaceTargetsRequest } from '../core/app/sizing-targets';
export type { VixRegimesOutcome, VixRegimesRequest } from '../core/app/vix-regimes';

export type { CalculatorTicket, StrategyHistorySource, TicketOutcome } from '../core/app/position';
import type { CalculatorTicket, TicketOutcome } from '../core/app/position';

export type { AllocatorRun, BetRun, ImportRecord, SavedScenario, ScenarioKind, WorkspaceSummary } from '../core/db';

export interface ImportPreview {
  ok: true;
  previewId: string;
  fileName: string;
  format: ImportFormat;
  totalRows: number;
  accepted: number;
  rejectedCount: number;
  /** The first rejected rows (at most 200) with row, column and reason. */
  rejected: RejectedRow[];
  warnings: string[];
  strategies: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Daily log checked against the trades already in the workspace (or in the same batch). */
  consistency?: { consistent: boolean; problems: string[] };
  /** Generic adapter only: the headers, the mapping used and the first data rows as raw cells (aligned with `headers`). */
  generic?: { headers: string[]; options: GenericOptions; headerSignature: string; sampleRows: string[][] };
}

/** A failed call; `errors` lists the fields of a request refused at the worker boundary (code 'invalid-input', data-requests.ts). */
export type DataFailure = { ok: false; code: string; message: string; errors?: FieldError[] };

/**
 * What the report is built from (DataApi.reportModel → core/app buildReport): the
 * workspace's trades under a filter, sized with the Sizing page's saved settings (the
 * request may override them field by field); the replay comparison runs the workspace's
 * saved replay scenarios (else the default set) and Monte Carlo the report's conventions,
 * both at the sizing capital. The same request gives `sizewise report` of the saved workspace.
 */
export type ReportModelRequest = Pick<ReportRequest, 'portfolioName' | 'generatedAt' | 'filter' | 'sizing' | 'trials' | 'sections'>;

/** The report model plus every section that has data (what the export dialog offers). */
/** `choices`: every section in print order, with the reason it has no data where it has none (the export dialog). */
export type ReportModelOutcome = { ok: true; model: ReportModel; choices: SectionChoice[] } | DataFailure;
/** What the Replay page needs to know of the filtered trades before it replays (no trades travel). */
export type ReplayContext = { ok: true; logCapital: number; dates: string[]; warnings: string[]; count: number } | DataFailure;

/** A finished Monte Carlo run of the Risk page. */
export interface MonteCarloRunResult {
  summary: MonteCarloSummary;
  config: MonteCarloConfig;
  warnings: string[];
  elapsedMs: number;
  workers: number;
}

/** The bet log held by the workspace (issue 12): counts, groups, span and the import's warnings; bets 0 when none. */
export interface BetLogSummary {
  bets: number;
  groups: string[];
  firstDate: string | null;
  lastDate: string | null;
  fileName: string | null;
  warnings: string[];
}

/** A parsed, not yet committed bet log (previewBetLog): what it holds and how its columns were read. */
export interface BetLogPreview {
  ok: true;
  previewId: string;
  fileName: string;
  totalRows: number;
  accepted: number;
  rejectedCount: number;
  /** The first rejected rows (at most 200) with row, column and reason; any rejected row refuses the commit. */
  rejected: RejectedRow[];
  /** All-or-nothing refusal text naming the first rejected rows, or null when the file can be committed. */
  refusal: string | null;
  warnings: string[];
  groups: string[];
  firstDate: string | null;
  lastDate: string | null;
  headers: string[];
  /** The mapping used (the remembered one for this header signature, else the guess, else the caller's). */
  mapping: BetColumnMapping;
  headerSignature: string;
  priceUnits: PriceUnit[];
}

/** Candidates of a bets run: a CSV file's bytes (or pasted text as bytes) and its name. */
export interface BetCandidatesFile {
  name: string;
  bytes: Uint8Array;
}

/** A bets run computed in the workers: the analysis the page draws, the CLI's JSON and the warnings. */
export type BetsRunResult = { ok: true; analysis: BetsAnalysis; json: BetsJson; warnings: string[]; tables: { groups: ReportTable; tickets: ReportTable } } | DataFailure;

/** Which compute pool a cancel stops: the Replay page's, or the simulations' (Risk page and report). */
export type ComputeKind = 'replay' | 'simulation';

/** A finished allocation: the report, the capital it sized for, the document to save, and the configurations-tried count. */
export interface AllocationRunResult {
  report: AllocationReport;
  capital: number;
  run: SavedAllocationRun;
  trialsAdded: number;
  trialsTotal: number;
}

export type PreviewOutcome = ImportPreview | (ImportFailure & { ok: false });

export interface DataApi {
  /** Start with an empty workspace. */
  newWorkspace(): Promise<WorkspaceSummary>;
  /**
   * Open a `.sizewise` file's bytes; on failure the current workspace is untouched.
   * `upgradedFrom` is the file's schema version when it was older and has been migrated in
   * memory (saving writes the current version, which older Sizewise builds cannot read).
   * Failure codes: empty, not-sqlite, truncated, damaged, foreign, newer-version, migration-failed.
   */
  openWorkspace(bytes: Uint8Array): Promise<{ ok: true; summary: WorkspaceSummary; upgradedFrom?: number } | DataFailure>;
  /** The workspace as SQLite bytes, for saving. */
  exportWorkspace(): Promise<Uint8Array>;
  summary(): Promise<WorkspaceSummary>;

  /** Parse without committing; the parsed result is kept under previewId. */
  previewImport(fileName: string, bytes: Uint8Array, generic?: Partial<GenericOptions>): Promise<PreviewOutcome>;
  /** Commit a preview atomically: all rows or none. `replace` clears existing data of that kind first. */
  commitImport(previewId: string, options?: { replace?: boolean }): Promise<{ ok: true; summary: WorkspaceSummary } | DataFailure>;
  discardPreview(previewId: string): Promise<void>;

  trades(filter?: TradeFilter): Promise<Trade[]>;
  daily(): Promise<DailyLogRow[]>;
  reporting(): Promise<ReportingTrade[]>;
  /** Risk-free rate: the workspace's setting (core/app risk-free-setting); `historicalRiskFree` true/false overrides it (DTB3 series or `riskFreeRate`, SPEC §2). */
  stats(filter?: TradeFilter, options?: StatsOptions & { historicalRiskFree?: boolean }): Promise<StatsReport>;
  /**
   * A workspace with a daily log and no trade log (core/app workspaceDailyOnly): the curve
   * figures of the daily log's Net Liquidity with the workspace's risk-free setting; null when
   * the workspace has trades (or no daily log); a failure names why the log cannot be used.
   */
  dailyOnlyStats(options?: { historicalRiskFree?: boolean }): Promise<{ ok: true; stats: DailyOnlyStats | null } | DataFailure>;

  /** Settings (JSON) keyed by the portfolio fingerprint. */
  getSettings<T = unknown>(key: string): Promise<T | null>;
  setSettings(key: string, value: unknown): Promise<void>;
  /** Generic-adapter mappings remembered per header signature. */
  getMapping(headerSignature: string): Promise<ColumnMapping | null>;
  saveMapping(headerSignature: string, mapping: ColumnMapping): Promise<void>;

  /** Saved replay / Monte Carlo scenarios and allocator runs (stored in the workspace). */
  saveScenario(kind: ScenarioKind, name: string, value: unknown): Promise<number>;
  listScenarios(kind?: ScenarioKind): Promise<SavedScenario[]>;
  deleteScenario(id: number): Promise<void>;
  saveAllocatorRun(value: unknown): Promise<number>;
  listAllocatorRuns(): Promise<AllocatorRun[]>;

  /** Sizing page: analyzeSizing over the filtered trades (core/sizing/filtered-sizing). */
  sizing(filter: TradeFilter, request: SizingRequest): Promise<SizingAnalysis>;
  /** Sizing page, drawdown target and Kelly band (core/app/sizing-targets); the drawdown searches run on the simulation pool. */
  sizingTargets(filter: TradeFilter, request: WorkspaceTargetsRequest): Promise<SizingTargetsOutcome>;
  /** Sizing page, volatility regimes (issue 18 §6): edge by opening-VIX bucket of the filtered trades (core/app vix-regimes). */
  vixRegimes(filter: TradeFilter, request: VixRegimesRequest): Promise<VixRegimesOutcome>;
  /** Risk page's default sizing: the Sizing page's placeable contracts per strategy at the saved Sizing settings (core/app/recommendation). */
  recommendation(filter: TradeFilter): Promise<RecommendationOutcome>;
  /** Edge realism (PSR, DSR, MinTRL) of the filtered portfolio's (or one strategy's) daily returns. */
  realism(filter: TradeFilter, request: RealismRequest): Promise<RealismAnalysis>;
  /** Position calculator: computePosition, resolving a strategy-history source from the workspace trades. */
  calculate(ticket: CalculatorTicket): Promise<TicketOutcome>;

  /**
   * The sizing report's model (core/app buildReport), built here so no statistics run on the
   * UI thread; its replay and Monte Carlo run on the simulation pool (`onProgress`: Monte
   * Carlo paths done; cancelCompute('simulation') stops it with code 'cancelled').
   */
  reportModel(request: ReportModelRequest, onProgress?: (pathsDone: number, total: number) => void): Promise<ReportModelOutcome>;

  /** Replay page: the log capital, business days and warnings of the filtered trades (core/app prepareReplay). */
  replayContext(filter: TradeFilter): Promise<ReplayContext>;
  /** Replay page: runs the scenarios on the filtered trades in the replay pool (the trades never leave the workers). */
  runReplay(filter: TradeFilter, scenarios: ReplayScenario[]): Promise<ComputeOutcome<ScenarioResult[]>>;
  /** Risk page: builds the Monte Carlo config of the filtered trades (core/app) and simulates it on the simulation pool. */
  runMonteCarlo(filter: TradeFilter, options: MonteCarloOptions, onProgress?: (pathsDone: number, total: number) => void): Promise<ComputeOutcome<MonteCarloRunResult>>;
  /**
   * Live vs backtest page: the workspace's trades vs its reporting log, with the saved strategy
   * mapping (settings LIVE_SETTINGS_KEY) and the request's overrides (core/app planLive); the
   * matching and drift run on the simulation pool (`onProgress`: 0 of 1, then 1 of 1;
   * cancelCompute('simulation') stops it). No reporting log / no trades: code 'invalid-input'.
   */
  liveComparison(request?: LiveRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<LiveComparison>>;
  /**
   * Live vs backtest page, "Apply suggested multipliers to Sizing": writes each strategy's
   * suggested multiplier into the Sizing page's saved settings (core/app applyLiveMultipliers;
   * the other strategies keep theirs). Returns the multipliers applied and the Sizing
   * multipliers now saved.
   */
  applyLiveMultipliers(strategies: Pick<StrategyComparison, 'name' | 'suggestedMultiplier'>[]): Promise<{ applied: Record<string, number>; multipliers: Record<string, number> }>;
  /**
   * Allocate page: the chosen strategies and price / return files allocated on the simulation
   * pool (core/app planAllocation; `onProgress`: walk-forward fits done / total;
   * cancelCompute('simulation') stops it). A finished walk-forward adds to the workspace's count
   * of configurations tried (the Deflated Sharpe's trials include it).
   */
  allocation(request: AllocationRunRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<AllocationRunResult>>;
  /** Stops the runs in flight on one pool; they resolve with code 'cancelled'. */
  cancelCompute(kind: ComputeKind): Promise<void>;

  /** Bets (issue 12): parse a bet log without committing (mapping: field → header over the remembered mapping or the guess). */
  previewBetLog(fileName: string, bytes: Uint8Array, mapping?: BetColumnMapping): Promise<BetLogPreview | DataFailure>;
  /** Commit a bet-log preview, all or nothing; refused when any row was rejected. `replace` replaces the previous bet log only; trades stay. */
  commitBetLog(previewId: string, options?: { replace?: boolean }): Promise<{ ok: true; betLog: BetLogSummary } | DataFailure>;
  /** The workspace's bet log (bets 0 when none). */
  betLog(): Promise<BetLogSummary>;
  /** A bets run over the stored bet log (core/app storedBetsRun), with optional candidates; runs in the data worker. */
  runBets(options: BetsOptions, candidates?: BetCandidatesFile): Promise<BetsRunResult>;
  /** Saves a bets run (table bet_runs): re-run here with these options and candidates, stored with them; the report prints the latest. */
  saveBetRun(name: string, options: BetsOptions, candidates?: BetCandidatesFile): Promise<{ ok: true; id: number; runs: BetRun[] } | DataFailure>;
  listBetRuns(): Promise<BetRun[]>;
  /**
   * Learned allocator panel (issue 13, core/app learn): the leg files' texts (daily price / return
   * files, or trade logs imported here) and the user's options; the outer folds run on the
   * simulation pool (`onProgress`: model fits done of all; cancelCompute('simulation') stops it).
   * A finished run comes back with its artifacts (core/app learnArtifacts: dataset summary, model
   * JSON, fold results, chosen configuration), which the panel saves with saveAllocatorRun (so the
   * workspace turns unsaved through the one tracked write).
   */
  learnAllocator(request: LearnRequest, onProgress?: (done: number, total: number) => void): Promise<ComputeOutcome<LearnRunResult>>;
}

export interface LearnRequest {
  legs: { file: string; text: string }[];
  options?: Record<string, unknown>;
}

export interface LearnRunResult {
  result: LearnResult;
  /** What the workspace keeps of the run (allocator_runs, kind 'learned'). */
  artifacts: unknown;
}
