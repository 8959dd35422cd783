/**
 * The outcome pools a Monte Carlo resamples (SPEC §5), for any replay sizing rule in every
 * mode. Conventions (each run states its own in `convention`):
 *
 * - Rule estimates (avg/max loss, Kelly, optimal f) come from the whole log: a bootstrap
 *   has no "before", so every mode sizes with full-sample estimates. Vol-target uses each
 *   trade's own trailing volatility (core/replay/trailing-vol), as the replay does.
 * - percent: per-trade return on equity before the trade, in open order.
 *   `log` = the log as recorded: P/L ÷ (Funds at Close − P/L), else ÷ (start + P/L of the
 *   trades opened before). Any other rule: the rule is replayed on the log from the
 *   starting capital (core/replay, no constraints) and rᵢ = replayed P/Lᵢ ÷ realized
 *   equity just before trade i closed, over the trades the rule took.
 * - daily: daily returns r_t = (E_t − E_{t−1}) ÷ E_{t−1} of the replayed business-day
 *   equity curve (`log` = the log's own contracts), from the day the rule's first trade opened;
 *   365.25 · 5 / 7 steps per year (the curve's Mon–Fri days), matching SPEC §2 CAGR's calendar years.
 *   With `log` and a daily log that belongs to the trade log (the caller passes its
 *   returns, core/app usableDaily), the pool is the daily returns of the marked-to-market
 *   curve (core/stats/marked-curve: Net Liquidity, withdrawals added back) instead — the
 *   account as it was marked, positions held overnight included — and the convention says so.
 * - dollar: P/L per contract of each trade; the contracts are the rule's along the
 *   simulated path (see DollarSizing): fixed:N → N; log → the trade's logged contracts;
 *   dollar-risk → floor(amount ÷ risk per contract); fraction, Kelly → floor(equity · F ÷
 *   risk per contract); optimal f → floor(equity ÷ f$); vol-target → floor(equity ·
 *   target daily vol ÷ the trade's trailing daily vol of one contract).
 *
 * Worst-case injection (`worstByEntry`, aligned with the pool): W = the worst loss per
 * contract of the entry's strategy (./worst-loss), scaled to the entry's contracts c and
 * equity before the trade E: percent −W · c ÷ E (c and E of the log, or of the replay);
 * dollar −W per contract (the step's own contracts apply); daily — a day mixes strategies,
 * so every day gets the pool's worst such per-trade return, min over the trades the rule
 * took of −W · c ÷ E.
 *
 * Dollar mode refuses `log` on a log whose contracts vary more than 2× (a compounding
 * backtest): its absolute dollars would be reordered (SPEC §5).
 *
 * Trades the rule cannot size at all (a margin basis without margin data, vol-target
 * before 20 days of history, a replay skip) are left out of the pool, with a warning.
 */
import { contractsForRule, defaultReplaySettings, formatRuleSpec, MAX_REPLAY_CONTRACTS, type RuleSizingContext, runScenario, SKIP_REASONS, trailingDailyVolatility } from '../replay';
import { formatText } from '../format/number';
import { COMPOUNDING_DOLLAR_LOG_TEXT } from '../format/conventions';
import { RunningEstimates } from '../replay/estimates';
import { curveReturns } from '../stats/daily-returns';
import type { ReplayInput, RiskBasis, ScenarioResult, SizingRule } from '../replay/types';
import type { MonteCarloMode } from './types';

/** Dollar mode with `log`: logged contracts varying by more than this factor mark a compounding log. */
export const COMPOUNDING_CONTRACT_RATIO = 2;

export interface Pool {
  values: number[];
  /** Dollar mode: per-outcome sizing aligned with `values` (see DollarSizing); empty otherwise. */
  fixedContracts: number[];
  contractsPerDollar: number[];
  /** Aligned with `values`: the injected worst case of each entry, in pool units. */
  worstByEntry: number[];
  /** Pool outcomes per calendar year of the log (for horizons in years and CAGR); null without a time span. */
  stepsPerYear: number | null;
  convention: string;
  warnings: string[];
}

/** Tolerance when flooring fixed contract counts (as the replay does). */
const FLOOR_TOLERANCE = 1e-9;
/**
 * Steps per year of a daily pool: the replay's curve has a point on every Monday–Friday
 * (holidays are not modelled, core/stats), so a calendar year holds 365.25 · 5 / 7 of them —
 * not 252, which would stretch a "1 year" horizon to 252 · 7 / 5 = 352.8 calendar days and
 * shorten every CAGR's year accordingly.
 */
export const CURVE_DAYS_PER_YEAR = (365.25 * 5) / 7;
const money = (value: number) => formatText(value, 'money');

function perYear(count: number, input: ReplayInput): number | null {
  return input.spanDays > 0 ? count / (input.spanDays / 365.25) : null;
}

function emptyPool(values: number[], input: ReplayInput, convention: string): Pool {
  return { values, fixedContracts: [], contractsPerDollar: [], worstByEntry: [], stepsPerYear: perYear(values.length, input), convention, warnings: [] };
}

/** The rule replayed on the log, no constraints, whole-log estimates. */
function replay(input: ReplayInput, start: number, rule: SizingRule): ScenarioResult {
  return runScenario(input, { rule, settings: { ...defaultReplaySettings(start), estimates: 'full-sample' } });
}

/** "skipped 12 of 384 trades (below-one-contract 12)", or null when the rule took every trade. */
function skipNote(result: ScenarioResult, count: number): string | null {
  if (result.tradesSkipped === 0) return null;
  const reasons = SKIP_REASONS.filter((r) => result.skippedByReason[r] > 0).map((r) => `${r} ${result.skippedByReason[r]}`);
  return `${result.rule} skipped ${result.tradesSkipped} of ${count} trades in the replay (${reasons.join(', ')}); they are not in the pool`;
}

/** −W · contracts ÷ equity before: an entry's worst case as a return (−1 when there is no equity before). */
function worstReturn(worstPerContract: number, contracts: number, before: number): number {
  return before > 0 ? Math.max(-1, (-worstPerContract * contracts) / before) : -1;
}

function percentAsRecorded(input: ReplayInput, start: number, worst: Float64Array): Pool {
  const withFunds = input.fundsAtClose.every(Number.isFinite);
  const pool = emptyPool([], input, withFunds ? 'the log as recorded: rᵢ = P/Lᵢ ÷ (Funds at Closeᵢ − P/Lᵢ)' : 'the log as recorded: rᵢ = P/Lᵢ ÷ (start + P/L of the trades opened before)');
  let running = start;
  for (let i = 0; i < input.count; i++) {
    const before = withFunds ? input.fundsAtClose[i] - input.pl[i] : running;
    running += input.pl[i];
    pool.values.push(before > 0 ? input.pl[i] / before : -1);
    pool.worstByEntry.push(worstReturn(worst[input.strategy[i]], input.logContracts[i], before));
  }
  pool.stepsPerYear = perYear(input.count, input);
  return pool;
}

function percentReplayed(input: ReplayInput, start: number, rule: SizingRule, worst: Float64Array): Pool {
  const result = replay(input, start, rule);
  const pool = emptyPool([], input, `${result.rule} replayed on the log from the starting capital (whole-log estimates, no constraints): rᵢ = replayed P/Lᵢ ÷ realized equity before trade i closed, over the trades the rule took`);
  for (let i = 0; i < input.count; i++) {
    const contracts = result.contracts[i];
    if (contracts === 0) continue;
    const before = result.equityAfterClose[i] - result.tradePl[i];
    pool.values.push(before > 0 ? result.tradePl[i] / before : -1);
    pool.worstByEntry.push(worstReturn(worst[input.strategy[i]], contracts, before));
  }
  pool.stepsPerYear = perYear(pool.values.length, input);
  const note = skipNote(result, input.count);
  if (note) pool.warnings.push(note);
  return pool;
}

/** The convention of a daily pool drawn from the marked-to-market curve. */
export const MARKED_DAILY_CONVENTION = "daily returns of the marked-to-market curve (the daily log's Net Liquidity on business days, withdrawals added back; positions held overnight are marked): r_t = (E_t − E_{t−1}) ÷ E_{t−1}";

function dailyReplayed(input: ReplayInput, start: number, rule: SizingRule, worst: Float64Array, marked?: readonly number[]): Pool {
  const result = rule.kind === 'log' ? runScenario(input, { rule, settings: defaultReplaySettings(start) }) : replay(input, start, rule);
  const first = result.contracts.findIndex((c) => c > 0);
  const firstDay = first < 0 ? input.dates.length : input.openDay[first];
  const pool = emptyPool([], input, `daily returns of ${rule.kind === 'log' ? "the log's own contracts" : `${result.rule} replayed (whole-log estimates, no constraints)`} on the business-day curve: r_t = (E_t − E_{t−1}) ÷ E_{t−1}`);
  // Returns stop at ruin (equity before a day ≤ 0): the pool holds the days before it.
  pool.values = curveReturns(start, result.equity, firstDay).returns;
  if (marked && rule.kind === 'log') {
    pool.values = [...marked];
    pool.convention = MARKED_DAILY_CONVENTION;
  }
  let worstDay = 0;
  for (let i = 0; i < input.count; i++) {
    if (result.contracts[i] > 0) worstDay = Math.min(worstDay, worstReturn(worst[input.strategy[i]], result.contracts[i], result.equityAfterClose[i] - result.tradePl[i]));
  }
  pool.worstByEntry = pool.values.map(() => worstDay);
  pool.stepsPerYear = CURVE_DAYS_PER_YEAR;
  const note = skipNote(result, input.count);
  if (note) pool.warnings.push(note);
  return pool;
}

/** Dollar mode: per-contract P/L with the rule's per-outcome sizing; a string says why the rule cannot size this log. */
function dollarSized(input: ReplayInput, start: number, rule: SizingRule, worst: Float64Array): Pool | string {
  const perContract = Array.from(input.pl, (pl, i) => pl / input.logContracts[i]);
  const estimates = new RunningEstimates(perContract.length);
  perContract.forEach((v) => estimates.add(v));
  const fixed = new Array<number>(input.count).fill(0);
  const perDollar = new Array<number>(input.count).fill(0);
  /** False = the rule cannot size this trade; it leaves the pool. */
  const sized = new Array<boolean>(input.count).fill(true);
  /** Trades whose size per dollar of equity is beyond MAX_REPLAY_CONTRACTS (risk per contract near 0). */
  let tooLarge = 0;
  let convention: string;

  const volatility = rule.kind === 'vol-target' ? trailingDailyVolatility(input, Float64Array.from(perContract)) : null;
  const sizing: RuleSizingContext = {
    logContracts: (i) => input.logContracts[i],
    strategyName: (i) => input.strategies[input.strategy[i]],
    marginPerContract: (i) => input.marginPerContract[i],
    averageLoss: () => estimates.averageLoss(),
    largestLoss: () => estimates.largestLoss,
    kelly: () => estimates.kelly(),
    optimalF: () => estimates.optimalF(),
    volatility: (i) => volatility![i],
  };
  /** The rule's contracts per dollar of equity for every trade (core/replay/contracts-for-rule at equity 1). */
  const sizeAll = (into: number[]): void => {
    for (let i = 0; i < input.count; i++) {
      const raw = contractsForRule(rule, 1, i, sizing);
      if (raw < 0) sized[i] = false;
      else into[i] = raw;
    }
  };
  const wholeLogUnit = (basis: RiskBasis): number => (basis === 'avg-loss' ? estimates.averageLoss() : estimates.losses > 0 ? estimates.largestLoss : NaN);
  const unitText = (basis: RiskBasis) => (basis === 'margin' ? "the trade's own margin per contract" : `${basis} per contract ${money(wholeLogUnit(basis))} (whole log)`);

  switch (rule.kind) {
    case 'fixed':
      fixed.fill(rule.contracts);
      convention = `${rule.contracts} contract${rule.contracts === 1 ? '' : 's'} per trade`;
      break;
    case 'per-strategy': {
      // A strategy at 0 contracts is not traded: its trades leave the pool (the rule's size is 0).
      sizeAll(fixed);
      for (let i = 0; i < input.count; i++) if (!(fixed[i] >= 1)) sized[i] = false;
      if (!sized.some(Boolean)) return 'the per-strategy contracts are 0 for every strategy of this log (nothing is traded)';
      const named = Object.entries(rule.contracts).filter(([, n]) => n > 0);
      convention = `fixed contracts per strategy (${named.map(([name, n]) => `${name} ${n}`).join(', ')}); strategies at 0 are not traded`;
      break;
    }
    case 'log': {
      const fewest = input.logContracts.reduce((a, c) => Math.min(a, c), Infinity);
      const most = input.logContracts.reduce((a, c) => Math.max(a, c), 0);
      if (most > COMPOUNDING_CONTRACT_RATIO * fewest) {
        return `the log's contracts range from ${fewest} to ${most} per trade (more than ${COMPOUNDING_CONTRACT_RATIO}×), so it compounds: ${COMPOUNDING_DOLLAR_LOG_TEXT}`;
      }
      input.logContracts.forEach((c, i) => (fixed[i] = c));
      convention = 'each resampled trade with its logged contracts (its P/L as recorded)';
      break;
    }
    case 'dollar-risk':
    case 'fraction':
    case 'kelly': {
      if (rule.basis !== 'margin' && !(wholeLogUnit(rule.basis) > 0)) return `no losing trade to measure ${rule.basis} per contract`;
      let fraction = 0;
      if (rule.kind !== 'dollar-risk') {
        const kelly = estimates.kelly();
        fraction = rule.kind === 'fraction' ? rule.fraction : kelly * rule.multiplier;
        if (!(fraction > 0)) return 'Kelly is ≤ 0 for this log (no edge)';
      }
      if (rule.kind === 'dollar-risk') {
        sizeAll(fixed);
        for (let i = 0; i < input.count; i++) fixed[i] = sized[i] ? Math.floor(fixed[i] + FLOOR_TOLERANCE) : 0;
      } else sizeAll(perDollar);
      for (let i = 0; i < input.count; i++) {
        // A risk per contract near 0 sizes beyond what can be counted at the starting capital (the replay refuses it too).
        if (sized[i] && !(fixed[i] <= MAX_REPLAY_CONTRACTS && perDollar[i] * start <= MAX_REPLAY_CONTRACTS)) {
          sized[i] = false;
          tooLarge++;
        }
      }
      convention =
        rule.kind === 'dollar-risk'
          ? `floor(${money(rule.amount)} ÷ ${unitText(rule.basis)}) contracts`
          : `floor(equity × ${fraction.toPrecision(4)} ÷ ${unitText(rule.basis)}) contracts${rule.kind === 'kelly' ? ` (Kelly ${(fraction / rule.multiplier).toPrecision(4)} × ${rule.multiplier})` : ''}`;
      if (rule.kind === 'dollar-risk' && !fixed.some((c) => c >= 1)) return `dollar risk ${money(rule.amount)} is below one contract's ${rule.basis} on every trade`;
      break;
    }
    case 'optimal-f': {
      const fit = estimates.optimalF();
      if (fit === null) return 'optimal f is undefined for this log (no edge or no loss)';
      sizeAll(perDollar);
      convention = `floor(equity ÷ f$) contracts, f$ = ${money(fit.fDollar)} (optimal f ${fit.f.toPrecision(4)} of the whole log)`;
      break;
    }
    case 'vol-target': {
      const dailyTarget = rule.annualVol / Math.sqrt(252);
      sizeAll(perDollar);
      convention = `floor(equity × ${dailyTarget.toPrecision(4)} daily target ÷ the trade's trailing daily volatility of one contract, as at its open in the log)`;
      break;
    }
  }
  const keep = (_: unknown, i: number) => sized[i];
  const values = perContract.filter(keep);
  const pool: Pool = {
    values,
    fixedContracts: fixed.filter(keep),
    contractsPerDollar: perDollar.filter(keep),
    worstByEntry: Array.from(input.strategy, (s) => 0 - worst[s]).filter(keep),
    stepsPerYear: perYear(values.length, input),
    convention: `per-contract P/L × ${convention}, equity before each step`,
    warnings: [],
  };
  const left = input.count - values.length - tooLarge;
  if (left > 0 && rule.kind !== 'per-strategy') pool.warnings.push(`${formatRuleSpec(rule)} cannot size ${left} of ${input.count} trades (${rule.kind === 'vol-target' ? 'fewer than 20 days of history, or no volatility' : 'no margin data'}); they are not in the pool`);
  if (tooLarge > 0) pool.warnings.push(`${formatRuleSpec(rule)} would size ${tooLarge} of ${input.count} trades beyond 2^53 contracts at the starting capital (risk per contract too close to 0 to divide by); they are not in the pool`);
  return pool;
}

/**
 * The pool of `mode` under `rule`, or why the rule cannot be simulated on this log.
 * `worst`: each strategy's worst loss per contract (./worst-loss), for `worstByEntry`.
 */
/** `marked`: the marked-to-market curve's daily returns (daily mode with `log` only). */
export function buildPool(mode: MonteCarloMode, input: ReplayInput, start: number, rule: SizingRule, worst: Float64Array, marked?: readonly number[]): Pool | string {
  if (mode === 'dollar') return dollarSized(input, start, rule, worst);
  if (mode === 'daily') return dailyReplayed(input, start, rule, worst, marked);
  return rule.kind === 'log' ? percentAsRecorded(input, start, worst) : percentReplayed(input, start, rule, worst);
}
