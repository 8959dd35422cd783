/**
 * Use case: a prediction-market bets run (issue 12) — the one assembly behind
 * `sizewise bets` (and later the data worker and the Bets page):
 * - the bet log and the optional candidates file are imported (core/import importBetLog,
 *   importBetCandidates); the import is all-or-nothing: a file with any rejected row is
 *   refused as a whole, the message naming row, column and reason of the first rows;
 * - the options are checked (core/bets validateBetsOptions) and refused with the fields named;
 * - core/bets analyzeBets computes the metrics, scores, budget split, sizing and forced trade;
 *   `json` is the issue's JSON shape (core/bets toBetsJson).
 * `betsRun` is pure over import outcomes; `storedBetsRun` over the workspace's stored bets (data
 * worker); `betsRunFromFiles` imports bytes first (async).
 */
import { z } from 'zod';
import { analyzeBets, BETS_DEFAULT_BUDGET, BETS_DEFAULT_CASH, toBetsJson, validateBetsOptions, type BetsAnalysis, type BetsJson, type BetsOptions } from '../bets';
import type { BetsReportRun } from '../report/sections/bets';
import { importBetCandidates, importBetLog, type BetImportOptions } from '../import';
import type { BetCandidatesOutcome, BetLogOutcome, RejectedRow, SettledBet } from '../model';

/** Rejected rows quoted in a refusal message (the rest are counted). */
export const QUOTED_REJECTIONS = 5;

export type BetsRunOutcome =
  | { ok: true; analysis: BetsAnalysis; json: BetsJson; warnings: string[] }
  | { ok: false; message: string; rejected: RejectedRow[] };

/** A file's bytes and its name (shown in messages). */
export interface BetsFile {
  name: string;
  bytes: Uint8Array;
}

/** "bets.csv: 2 of 40 rows rejected, nothing imported: line 5, column "price": …; line 9, …". */
export function rejectionMessage(fileName: string, rejected: readonly RejectedRow[], totalRows: number): string {
  const quoted = rejected
    .slice(0, QUOTED_REJECTIONS)
    .map((r) => `line ${r.row}, column "${r.column}": ${r.reason}`)
    .join('; ');
  const more = rejected.length > QUOTED_REJECTIONS ? `; and ${rejected.length - QUOTED_REJECTIONS} more` : '';
  return `${fileName}: ${rejected.length} of ${totalRows} rows rejected, nothing imported (fix or remove them): ${quoted}${more}.`;
}

/** An import outcome as its records, or the failure with its message (all-or-nothing). */
function accepted<T extends BetLogOutcome | BetCandidatesOutcome>(outcome: T): { ok: true; value: Extract<T, { ok: true }> } | { ok: false; message: string; rejected: RejectedRow[] } {
  if (!outcome.ok) return { ok: false, message: `${outcome.fileName}: ${outcome.message}`, rejected: [] };
  if (outcome.rejected.length > 0) return { ok: false, message: rejectionMessage(outcome.fileName, outcome.rejected, outcome.totalRows), rejected: outcome.rejected };
  return { ok: true, value: outcome as Extract<T, { ok: true }> };
}

/** The run from import outcomes (null candidates: budgets only, no tickets). */
export function betsRun(log: BetLogOutcome, candidates: BetCandidatesOutcome | null, options: BetsOptions): BetsRunOutcome {
  const errors = validateBetsOptions(options);
  if (errors.length > 0) return { ok: false, message: errors.map((e) => `${e.field}: ${e.message}`).join(' '), rejected: [] };
  const bets = accepted(log);
  if (!bets.ok) return bets;
  return storedBetsRun(
    bets.value.bets,
    bets.value.warnings.map((w) => `${bets.value.fileName}: ${w}`),
    candidates,
    options,
  );
}

/**
 * The run over bets already accepted (the workspace's stored bet log: the data worker and
 * the Bets page), with the log's import warnings carried into the outcome; no bets → refused.
 */
export function storedBetsRun(log: readonly SettledBet[], logWarnings: readonly string[], candidates: BetCandidatesOutcome | null, options: BetsOptions): BetsRunOutcome {
  const errors = validateBetsOptions(options);
  if (errors.length > 0) return { ok: false, message: errors.map((e) => `${e.field}: ${e.message}`).join(' '), rejected: [] };
  if (log.length === 0) return { ok: false, message: 'The workspace has no bet log: import one first (date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error).', rejected: [] };
  let list = null;
  const warnings = [...logWarnings];
  if (candidates !== null) {
    const c = accepted(candidates);
    if (!c.ok) return c;
    list = c.value.candidates;
    warnings.push(...c.value.warnings.map((w) => `${c.value.fileName}: ${w}`));
  }
  const analysis = analyzeBets(log, list, options);
  return { ok: true, analysis, json: toBetsJson(analysis), warnings };
}

/** Imports the files, then betsRun. */
export async function betsRunFromFiles(log: BetsFile, candidates: BetsFile | null, options: BetsOptions, importOptions: BetImportOptions = {}): Promise<BetsRunOutcome> {
  const logOutcome = await importBetLog(log.name, log.bytes, importOptions);
  const candidatesOutcome = candidates === null ? null : await importBetCandidates(candidates.name, candidates.bytes, importOptions);
  return betsRun(logOutcome, candidatesOutcome, options);
}

// ── Saved runs and the report (issue 12) ─────────────────────────────────────────────────

const optionalNumber = z.number().finite().optional();
/** The options of a saved run as stored (values are checked again by validateBetsOptions when re-run). */
const storedOptionsSchema = z.object({
  window: optionalNumber,
  halfLife: optionalNumber,
  prior: z.union([z.literal(1), z.literal(2)]).optional(),
  budget: z.number().finite().nullable().optional(),
  cash: z.number().finite().nullable().optional(),
  balanceFraction: optionalNumber,
  min: optionalNumber,
  max: optionalNumber,
  allocation: z.enum(['score', 'kelly']).optional(),
  kellyFraction: optionalNumber,
  perBetCap: z.number().finite().nullable().optional(),
  forceCap: optionalNumber,
});
const storedCandidateSchema = z.object({
  group: z.string(),
  market: z.string(),
  side: z.enum(['YES', 'NO']),
  pModel: z.number().min(0).max(1),
  price: z.number().gt(0).lt(1),
  availableContracts: z.number().positive().finite(),
  feePerContract: z.number().min(0).lt(1).nullable(),
});

/**
 * A saved bets run (table bet_runs): the options, the candidates file's name and records
 * (so the run can be re-computed without the file), and the run's JSON as it was shown —
 * tickets with their forced mark.
 */
export const betRunRecordSchema = z.object({
  options: storedOptionsSchema,
  candidatesFile: z.string().nullable(),
  candidates: z.array(storedCandidateSchema).nullable(),
  json: z.unknown(),
});
export type BetRunRecord = z.infer<typeof betRunRecordSchema>;

/** The record saved for a run. */
export function betRunRecord(options: BetsOptions, candidatesFile: string | null, analysis: BetsAnalysis): BetRunRecord {
  return { options: storedOptionsSchema.parse(options), candidatesFile, candidates: analysis.sized.length || candidatesFile ? analysis.sized.map((s) => s.candidate) : null, json: toBetsJson(analysis) };
}

/** The defaults of the report's run when no saved run exists: the CLI's budget defaults, no candidates. */
const REPORT_DEFAULT_OPTIONS: BetsOptions = { budget: BETS_DEFAULT_BUDGET, cash: BETS_DEFAULT_CASH };

/**
 * The bets run the report prints (core/report sections/bets): the latest saved run's options
 * and candidates re-run over the stored bets, or the default options without candidates when
 * there is no saved run or it cannot be read (said in `source`). null without bets.
 */
export function betsReportRun(bets: readonly SettledBet[], latest: { name: string; created: string; value: unknown } | null): BetsReportRun | null {
  if (bets.length === 0) return null;
  if (latest) {
    const record = betRunRecordSchema.safeParse(latest.value);
    if (record.success && validateBetsOptions(record.data.options).length === 0) {
      const source = `the latest saved run "${latest.name}" (saved ${latest.created.slice(0, 16).replace('T', ' ')} UTC${record.data.candidatesFile ? `, candidates ${record.data.candidatesFile}` : ', no candidates'})`;
      return { analysis: analyzeBets(bets, record.data.candidates, record.data.options), source };
    }
    return { analysis: analyzeBets(bets, null, REPORT_DEFAULT_OPTIONS), source: `default options without candidates (the latest saved run "${latest.name}" could not be read)` };
  }
  return { analysis: analyzeBets(bets, null, REPORT_DEFAULT_OPTIONS), source: 'default options ($500 cap, $2,000 cash) without candidates: no saved run' };
}
