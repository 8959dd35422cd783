/**
 * One group's metrics (issue 12), over its bets in the rolling window (the last W settled
 * days of the log, up to the as-of day) unless stated:
 * - bets, wins, hit rate wins/bets; the Beta-Binomial posterior (posterior.ts) on the plain
 *   counts and on EWMA-weighted counts (ewma.ts) — the weighted one is ĥ of the score;
 * - mean, sd (n − 1) and Sharpe-like of per-bet P/L (sharpe-like.ts), total P/L, max drawdown
 *   of the cumulative P/L (pl-drawdown.ts);
 * - Brier and its decomposition (brier.ts), log loss (log-loss.ts), reliability diagram and
 *   ECE (reliability.ts), over the bets with a model probability;
 * - MAE = mean |forecast_error| over the bets with one, plain and EWMA-weighted;
 * - the shrunk P/L of the score: winsorized low tail (winsorize.ts), EWMA-weighted mean, sd
 *   and Sharpe-like;
 * - the drift flag (drift.ts): window against the group's earlier bets;
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
import { winsorizeLow } from './winsorize';

export interface MetricsSettings {
  windowDays: number;
  halfLife: number;
  prior: number;
  credibleLevel: number;
  driftAlpha: number;
  minDriftBets: number;
}

export interface ShrunkPl {
  /** EWMA-weighted mean and sd of the winsorized P/L. */
  mean: number | null;
  sd: number | null;
  sharpeLike: number | null;
  /** The winsorizing floor (5th percentile) and how many bets it raised. */
  floor: number | null;
  clamped: number;
}

export interface CurvePoint {
  date: string;
  pl: number;
  cumulative: number;
}

export interface GroupMetrics {
  name: string;
  /** Bets in the whole history (up to the as-of day) and in the window. */
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
  /** Bets with a model probability in the window. */
  probabilityBets: number;
  brier: BrierDecomposition | null;
  logLoss: number | null;
  calibration: Reliability | null;
  /** Bets with a forecast error in the window. */
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
  const historyErrors: number[] = [];
  const historyBrier: number[] = [];
  const recentBrier: number[] = [];
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
      if (error !== null) historyErrors.push(error);
      if (brier !== null) historyBrier.push(brier);
      continue;
    }
    const w = ewmaWeight(asOf - day, s.halfLife);
    pl.push(bet.pl);
    weights.push(w);
    wins += bet.outcome;
    weightedWins += w * bet.outcome;
    weightSum += w;
    if (bet.pModel !== null) {
      p.push(bet.pModel);
      y.push(bet.outcome);
      recentBrier.push(brier as number);
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
  const shrunk = winsorizeLow(pl);
  const shrunkStats = weightedStats(shrunk.values, weights);
  const calibration = reliability(p, y);
  if (n > 0 && p.length === 0) unavailable.brier = 'no model probabilities (p_model)';
  const mae = weightedStats(errors);
  const weightedMae = weightedStats(errors, errorWeights);
  if (n > 0 && errors.length === 0) unavailable.mae = 'no forecast errors';
  const drift = driftFlag(
    [
      { metric: 'forecast-error', recent: errors, history: historyErrors },
      { metric: 'brier', recent: recentBrier, history: historyBrier },
    ].filter((sample) => sample.recent.length + sample.history.length > 0) as Parameters<typeof driftFlag>[0],
    s.windowDays,
    s.driftAlpha,
    s.minDriftBets,
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
    shrunkPl: { mean: shrunkStats.mean, sd: shrunkStats.sd, sharpeLike: sharpeLike(shrunkStats.mean, shrunkStats.sd), floor: shrunk.floor, clamped: shrunk.clamped },
    drift,
    winReturns,
    winWeights,
    curve,
    unavailable,
  };
}
