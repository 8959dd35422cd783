/**
 * Edge realism of a return series (SPEC-metrics §4): Sharpe, moments, PSR, DSR and MinTRL
 * with a plain-language verdict and warnings a trader can act on. A headline such as
 * "598% in 10 days, Sharpe 30" must come back flagged: the sample cannot support it.
 * Conventions: returns are simple per-period returns (decimals); the Sharpe is the one Sharpe
 * of SPEC §2 (core/stats periodSharpe): mean(r − rf) / sd(r − rf, n − 1) per period against the
 * same risk-free rate as the statistics (the workspace's setting or the CLI flag: fixed, or
 * each day's DTB3 rate), annualized by √periodsPerYear (default 252); skew and kurtosis are of
 * the same excess returns; PSR and DSR test against SR* = 0 per period; significance at 95%;
 * trials = variants tried (default 1).
 */
import { excessReturns, periodSharpe, type RiskFree } from '../stats/returns-metrics';
import type { RiskFreeUsed } from '../stats/risk-free';
import type { NullReasons } from '../stats/types';
import { deflatedSharpe } from './deflated-sharpe';
import { explainedMinTrackRecord, minTrackRecordPeriods } from './min-track-record';
import { countOf } from '../format/number';
import { moments } from './moments';
import { normalQuantile } from './normal';
import { probabilisticSharpe, sharpeVarianceFactor } from './probabilistic-sharpe';

/** Below this many returns the Sharpe statistics rest on too little data to trust. */
export const MIN_RETURNS = 30;
/** Annualized Sharpe ratios above this are very rare for a repeatable strategy. */
export const IMPLAUSIBLE_SHARPE = 3;
const CONFIDENCE = 0.95;

/** 'reliably-loses': the Sharpe's whole 95% interval lies below 0 — a real, negative edge, not luck. */
export type RealismLevel = 'cannot-judge' | 'insufficient' | 'implausible' | 'reliably-loses' | 'not-significant' | 'overfit-risk' | 'supported';

export interface RealismOptions {
  /** Number of strategy variants tried before this one (DSR); default 1. */
  trials?: number;
  /** Periods per year for annualizing; default 252 (daily). */
  periodsPerYear?: number;
  /** What one return's period is called in the warnings (singular): 'business day' for the app's daily curves; default 'period'. */
  periodName?: string;
  /**
   * The risk-free rate the excess returns are measured against (core/stats riskFreeForDates):
   * an annual rate (divided by periodsPerYear) or one rate per return; default a fixed 0.
   */
  riskFree?: { rf: RiskFree; used: RiskFreeUsed };
}

/** Realism figures that can be null, each with its reason in `nullReasons`. */
export type RealismMetricId = 'sharpe' | 'sharpeAnnualized' | 'sharpeInterval' | 'totalReturn' | 'skew' | 'kurtosis' | 'psr' | 'sr0' | 'dsr' | 'minTrackRecord';

export interface RealismReport {
  n: number;
  /** The risk-free rate the Sharpe is measured against (fixed, or the historical DTB3 series). */
  riskFree: RiskFreeUsed;
  /** Sharpe per period of the excess returns, mean(r − rf) / sd(r − rf, n − 1). */
  sharpe: number | null;
  /** Sharpe × √periodsPerYear. */
  sharpeAnnualized: number | null;
  /** 95% interval of the annualized Sharpe (normal approximation with the PSR variance). */
  sharpeInterval: { low: number; high: number } | null;
  /** Compounded return of the whole series, Π(1 + r) − 1. */
  totalReturn: number | null;
  skew: number | null;
  /** Raw kurtosis (normal = 3). */
  kurtosis: number | null;
  /** P(true Sharpe > 0). */
  psr: number | null;
  /** Sharpe the best of `trials` luck-only variants would show (per period). */
  sr0: number | null;
  /** P(true Sharpe > SR₀). */
  dsr: number | null;
  /** Periods needed for the Sharpe to be significant at 95%; null without a positive Sharpe. */
  minTrackRecord: number | null;
  /** minTrackRecord in whole periods, rounded up (core/realism minTrackRecordPeriods): the one figure every view shows. */
  minTrackRecordPeriods: number | null;
  trials: number;
  level: RealismLevel;
  verdict: string;
  warnings: string[];
  /** Why each null figure is null ("only 1 return: a Sharpe ratio needs at least two"). */
  nullReasons: NullReasons<RealismMetricId>;
}

const fmt = (value: number, digits = 2) => value.toFixed(digits);
const pctText = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;

function verdictFor(level: RealismLevel, r: { n: number; sharpeAnnualized: number | null; trials: number; interval?: { low: number; high: number } | null }): string {
  const sharpe = r.sharpeAnnualized === null ? '' : ` (annualized Sharpe ${fmt(r.sharpeAnnualized, 1)})`;
  switch (level) {
    case 'cannot-judge':
      return 'Cannot judge: the series needs at least two returns that vary.';
    case 'insufficient':
      return `The sample cannot support this claim: ${r.n} returns${sharpe} are far too few to tell skill from luck.`;
    case 'implausible':
      return `Implausible: a Sharpe this high${sharpe} is almost never sustained; check for luck, overfitting, look-ahead or data errors before sizing on it.`;
    case 'reliably-loses':
      return `Reliably loses: the Sharpe${sharpe} is below 0 with 95% confidence${r.interval ? ` (interval ${fmt(r.interval.low, 2)} to ${fmt(r.interval.high, 2)})` : ''}; this is a losing edge, not bad luck — do not size on it.`;
    case 'not-significant':
      return `Not significant: the edge${sharpe} could well be luck; there is less than 95% confidence that the true Sharpe is above 0.`;
    case 'overfit-risk':
      return `Not significant after ${r.trials} trials: the best of that many luck-only variants would look this good; likely overfitting.`;
    case 'supported':
      return `Supported: with ${r.n} returns the Sharpe${sharpe} is significantly above 0${r.trials > 1 ? ` even after ${r.trials} trials` : ''}.`;
  }
}

export function assessRealism(returns: number[], options: RealismOptions = {}): RealismReport {
  const trials = options.trials ?? 1;
  const periodsPerYear = options.periodsPerYear ?? 252;
  const riskFree = options.riskFree ?? { rf: 0, used: { kind: 'fixed', annualRate: 0 } };
  const keep = returns.map((r) => Number.isFinite(r));
  const clean = returns.filter((_, i) => keep[i]);
  const rates = typeof riskFree.rf === 'number' ? riskFree.rf : riskFree.rf.filter((_, i) => keep[i]);
  const excess = excessReturns(clean, rates, periodsPerYear);
  const m = moments(excess);
  const n = m.n;
  const warnings: string[] = [];
  if (clean.length !== returns.length) warnings.push(`${returns.length - clean.length} non-numeric returns were ignored.`);
  const totalReturn = n === 0 ? null : clean.reduce((g, r) => g * (1 + r), 1) - 1;
  const base = { n, totalReturn: totalReturn !== null && Number.isFinite(totalReturn) ? totalReturn : null, trials, riskFree: riskFree.used };
  const nullReasons: NullReasons<RealismMetricId> = {};
  if (base.totalReturn === null) nullReasons.totalReturn = n === 0 ? 'no returns' : 'compounding the returns overflows';

  const ratio = m.mean === null || m.sd === null ? null : periodSharpe(excess);
  if (ratio === null || ratio.value === null || m.skew === null || m.kurtosis === null || n < 2) {
    const reason =
      n < 2 ? `only ${n} return${n === 1 ? '' : 's'}: a Sharpe ratio needs at least two`
      : ratio === null || m.skew === null || m.kurtosis === null ? 'the returns do not vary: the Sharpe ratio is undefined'
      : `the Sharpe ratio is undefined: ${ratio.reason}`;
    warnings.push(`${reason[0].toUpperCase()}${reason.slice(1)}.`);
    const ids: RealismMetricId[] = ['sharpe', 'sharpeAnnualized', 'sharpeInterval', 'psr', 'sr0', 'dsr', 'minTrackRecord'];
    if (m.skew === null) ids.push('skew', 'kurtosis');
    for (const id of ids) nullReasons[id] = reason;
    const empty = { sharpe: null, sharpeAnnualized: null, sharpeInterval: null, skew: m.skew, kurtosis: m.kurtosis, psr: null, sr0: null, dsr: null, minTrackRecord: null, minTrackRecordPeriods: null };
    return { ...base, ...empty, level: 'cannot-judge', verdict: verdictFor('cannot-judge', { n, sharpeAnnualized: null, trials }), warnings, nullReasons };
  }

  const sharpe = ratio.value;
  const annualize = Math.sqrt(periodsPerYear);
  const sharpeAnnualized = sharpe * annualize;
  const factor = sharpeVarianceFactor(sharpe, m.skew, m.kurtosis);
  const z = normalQuantile(1 - (1 - CONFIDENCE) / 2) as number;
  const halfWidth = factor === null ? null : z * Math.sqrt(factor / (n - 1)) * annualize;
  const sharpeInterval = halfWidth === null ? null : { low: sharpeAnnualized - halfWidth, high: sharpeAnnualized + halfWidth };
  const psr = probabilisticSharpe(sharpe, n, m.skew, m.kurtosis, 0);
  const { sr0, dsr } = deflatedSharpe({ sr: sharpe, n, skew: m.skew, kurtosis: m.kurtosis, trials });
  const trackRecord = explainedMinTrackRecord(sharpe, m.skew, m.kurtosis, 0, 1 - CONFIDENCE);
  const minTrackRecord = trackRecord.value;
  if (trackRecord.value === null) nullReasons.minTrackRecord = trackRecord.reason;
  const varianceTerm = 'the variance term 1 − γ₃·SR + (γ₄ − 1)/4·SR² is not positive (extreme skew)';
  if (sharpeInterval === null) nullReasons.sharpeInterval = varianceTerm;
  if (psr === null) nullReasons.psr = varianceTerm;
  if (sr0 === null) nullReasons.sr0 = `no expected maximum Sharpe for ${trials} trials`;
  if (dsr === null) nullReasons.dsr = sr0 === null ? nullReasons.sr0 : varianceTerm;

  if (n < MIN_RETURNS) {
    const interval = sharpeInterval ? `; its 95% interval runs from ${fmt(sharpeInterval.low, 1)} to ${fmt(sharpeInterval.high, 1)}` : '';
    const total = base.totalReturn === null ? '' : ` (compounded ${pctText(base.totalReturn)})`;
    warnings.push(
      `Only ${n} returns${total}: far too few to estimate a Sharpe ratio of ${fmt(sharpeAnnualized, 1)}${interval}. ` +
        `PSR, DSR and MinTRL rely on large-sample formulas and need at least ${MIN_RETURNS} returns (better a year or more).`,
    );
  }
  if (sharpeAnnualized > IMPLAUSIBLE_SHARPE) {
    warnings.push(
      `An annualized Sharpe of ${fmt(sharpeAnnualized, 1)} is implausible for a repeatable strategy (above ${IMPLAUSIBLE_SHARPE} is very rare): ` +
        'suspect luck, overfitting, look-ahead bias or a data error, and do not size on it.',
    );
  }
  if (psr !== null && psr < CONFIDENCE) warnings.push(`PSR ${fmt(psr, 3)}: less than 95% confidence that the true Sharpe is above 0.`);
  if (trials > 1 && dsr !== null && dsr < CONFIDENCE) warnings.push(`DSR ${fmt(dsr, 3)}: after ${trials} trials the Sharpe is not significant (the best of ${trials} luck-only variants would reach ${fmt((sr0 ?? 0) * annualize, 2)} annualized).`);
  const periodName = options.periodName ?? 'period';
  if (minTrackRecord !== null && minTrackRecord > n) warnings.push(`The track record (${countOf(n, periodName)}) is shorter than the ${countOf(minTrackRecordPeriods(minTrackRecord), periodName)} needed for 95% confidence.`);

  const level: RealismLevel =
    n < MIN_RETURNS ? 'insufficient'
    : sharpeAnnualized > IMPLAUSIBLE_SHARPE ? 'implausible'
    : sharpeInterval !== null && sharpeInterval.high < 0 ? 'reliably-loses'
    : psr === null || psr < CONFIDENCE ? 'not-significant'
    : trials > 1 && (dsr === null || dsr < CONFIDENCE) ? 'overfit-risk'
    : 'supported';
  return {
    ...base,
    sharpe,
    sharpeAnnualized,
    sharpeInterval,
    skew: m.skew,
    kurtosis: m.kurtosis,
    psr,
    sr0,
    dsr,
    minTrackRecord,
    minTrackRecordPeriods: minTrackRecord === null ? null : minTrackRecordPeriods(minTrackRecord),
    level,
    verdict: verdictFor(level, { n, sharpeAnnualized, trials, interval: sharpeInterval }),
    warnings,
    nullReasons,
  };
}
