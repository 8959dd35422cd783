/**
 * One group's metrics (issue 12), over its bets in the rolling window (the last W settled
 * days of the log, up to the as-of day) unless stated:
 * - bets, wins, hit rate wins/bets; the Beta-Binomial posterior (posterior.ts) on the plain
 *   counts and on EWMA-weighted counts (ewma.ts) — the weighted one is ĥ of the score;
 * - mean, sd (n − 1) and Sharpe-like of per-bet P/L (sharpe-like.ts), max drawdown of the
 *   cumulative P/L (pl-drawdown.ts); total P/L over the whole history;
 * - Brier and its decomposition (brier.ts), log loss (log-loss.ts), reliability diagram and
 *   ECE (reliability.ts), over the bets with a model probability;
 * - MAE = mean |forecast_error| over the bets with one, plain and EWMA-weighted;
 * - the shrunk P/L of the score (shrunk-pl.ts);
 * - the drift flag (drift.ts): window against the group's earlier settled days;
 * - the group-level Kelly inputs: per-dollar returns of the window's winning bets;
 * - the daily P/L curve over the whole history.
 * A metric without data is null and `unavailable` says why.
 */
import type { SettledBet } from '../model';
import { brierDecomposition, type BrierDecomposition } from './brier';
import { driftFlag, type Drift } from './drift';
import { ewmaWeight } from './ewma';
import { logLoss } from './log-loss';
import { plMaxDrawdown } from './pl-drawdown';
import { posteriorHitRate, type PosteriorHitRate } from './posterior';
import { reliability, type Reliability } from './reliability';
import { sharpeLike } from './sharpe-like';
import { weightedStats } from './weighted-stats';
import { shrunkPl, type ShrunkPl } from './shrunk-pl';

export interface MetricsSettings {
  windowDays: number;
  halfLife: number;
  prior: number;
  credibleLevel: number;
  driftAlpha: number;
  minDriftDays: number;
  plPriorBets: number;
}

/** Per settled day means of a metric (bets arrive in date order): the drift tests' samples. */
class DailyMeans {
  private readonly values: number[] = [];
  private day = -1;
  private sum = 0;
  private count = 0;

  add(day: number, value: number): void {
    if (day !== this.day) this.flush();
    this.day = day;
    this.sum += value;
    this.count++;
  }

  private flush(): void {
    if (this.count > 0) this.values.push(this.sum / this.count);
    this.sum = 0;
    this.count = 0;
  }

  means(): number[] {
    this.flush();
    return this.values;
  }
}

export interface CurvePoint {
  date: string;
  pl: number;
  cumulative: number;
}

export interface GroupMetrics {
  name: string;
  /** Bets in the whole history (up to the as-of day) and in the lookback period */
  totalBets: number;
  bets: number;
  wins: number;
  hitRate: number | null;
  posterior: PosteriorHitRate;
  weightedPosterior: PosteriorHitRate;
  totalPl: number;
  meanPl: number | null;
  plSd: number | null;
  sharpeLike: number | null;
  maxDrawdown: number;
  /** Bets with a model probability in the lookback period */
  probabilityBets: number;
  brier: BrierDecomposition | null;
  logLoss: number | null;
  calibration: Reliability | null;
  /** Bets with a forecast error in the lookback period */
  forecastErrorBets: number;
  mae: number | null;
  weightedMae: number | null;
  shrunkPl: ShrunkPl;
  drift: Drift;
  /** Per-dollar returns P/L ÷ (contracts·price + fees) of the window's winning bets and their EWMA weights. */
  winReturns: number[];
  winWeights: number[];
  curve: CurvePoint[];
  /** metric → why it is null. */
  unavailable: Record<string, string>;
}

/**
 * `bets` are the group's bets up to the as-of day in date order; `dayOf` maps a date to its
 * index on the log's settled-day calendar; the window is days [windowStart, asOf].
 */
export function groupMetrics(name: string, bets: readonly SettledBet[], dayOf: Map<string, number>, windowStart: number, asOf: number, s: MetricsSettings): GroupMetrics {
  const pl: number[] = [];
  const weights: number[] = [];
  const p: number[] = [];
  const y: number[] = [];
  const errors: number[] = [];
  const errorWeights: number[] = [];
  const winReturns: number[] = [];
  const winWeights: number[] = [];
  const drift = { errors: new DailyMeans(), historyErrors: new DailyMeans(), brier: new DailyMeans(), historyBrier: new DailyMeans() };
  const curve: CurvePoint[] = [];
  let wins = 0;
  let weightedWins = 0;
  let weightSum = 0;
  let cumulative = 0;
  for (const bet of bets) {
    cumulative += bet.pl;
    const last = curve[curve.length - 1];
    if (last && last.date === bet.date) {
      last.pl += bet.pl;
      last.cumulative = cumulative;
    } else curve.push({ date: bet.date, pl: bet.pl, cumulative });
    const day = dayOf.get(bet.date) as number;
    const error = bet.forecastError === null ? null : Math.abs(bet.forecastError);
    const brier = bet.pModel === null ? null : (bet.pModel - bet.outcome) * (bet.pModel - bet.outcome);
    if (day < windowStart) {
      if (error !== null) drift.historyErrors.add(day, error);
      if (brier !== null) drift.historyBrier.add(day, brier);
      continue;
    }
    if (error !== null) drift.errors.add(day, error);
    if (brier !== null) drift.brier.add(day, brier);
    const w = ewmaWeight(asOf - day, s.halfLife);
    pl.push(bet.pl);
    weights.push(w);
    wins += bet.outcome;
    weightedWins += w * bet.outcome;
    weightSum += w;
    if (bet.pModel !== null) {
      p.push(bet.pModel);
      y.push(bet.outcome);
    }
    if (error !== null) {
      errors.push(error);
      errorWeights.push(w);
    }
    if (bet.outcome === 1) {
      winReturns.push(bet.pl / (bet.contracts * bet.price + bet.fees));
      winWeights.push(w);
    }
  }
  const n = pl.length;
  const unavailable: Record<string, string> = {};
  const plain = weightedStats(pl);
  if (n === 0) unavailable.bets = `no settled bets in the last ${s.windowDays} settled days`;
  else if (plain.sd === null) unavailable.plSd = 'one bet: no P/L spread';
  const calibration = reliability(p, y);
  if (n > 0 && p.length === 0) unavailable.brier = 'no model probabilities (p_model)';
  const mae = weightedStats(errors);
  const weightedMae = weightedStats(errors, errorWeights);
  if (n > 0 && errors.length === 0) unavailable.mae = 'no forecast errors';
  const driftSamples = [
    { metric: 'forecast-error' as const, recent: drift.errors.means(), history: drift.historyErrors.means() },
    { metric: 'brier' as const, recent: drift.brier.means(), history: drift.historyBrier.means() },
  ];
  const driftResult = driftFlag(
    driftSamples.filter((sample) => sample.recent.length + sample.history.length > 0),
    s.windowDays,
    s.driftAlpha,
    s.minDriftDays,
  );
  return {
    name,
    totalBets: bets.length,
    bets: n,
    wins,
    hitRate: n > 0 ? wins / n : null,
    posterior: posteriorHitRate(wins, n, s.prior, s.credibleLevel),
    weightedPosterior: posteriorHitRate(weightedWins, weightSum, s.prior, s.credibleLevel),
    totalPl: cumulative,
    meanPl: plain.mean,
    plSd: plain.sd,
    sharpeLike: sharpeLike(plain.mean, plain.sd),
    maxDrawdown: plMaxDrawdown(pl),
    probabilityBets: p.length,
    brier: brierDecomposition(p, y),
    logLoss: logLoss(p, y),
    calibration,
    forecastErrorBets: errors.length,
    mae: mae.mean,
    weightedMae: weightedMae.mean,
    shrunkPl: shrunkPl(pl, weights, s.plPriorBets),
    drift: bets.length === 0 ? { ...driftResult, reason: 'Not tested: no settled bets.' } : driftResult,
    winReturns,
    winWeights,
    curve,
    unavailable,
  };
}
