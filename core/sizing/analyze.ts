/**
 * analyzeSizing: the Sizing page for a trade list — per strategy and for the portfolio:
 * Kelly on three bases (SPEC §1/§3, decided win rate), the growth-optimal fraction, Vince's
 * optimal f on per-contract P/L, the applied fraction min(Kelly·fraction·multiplier, cap),
 * recommended contracts = floor(applied · capital / D) with D the risk unit per contract,
 * dollars at risk (contracts · D), margin used (contracts · mean margin per contract),
 * historical margin utilisation, ruin at the chosen fraction, the growth-vs-fraction curve
 * and warnings. Only closed trades enter Kelly; open trades still count in margin history.
 */
import type { Trade } from '../model';
import { computeStats, computeTradeStats } from '../stats';
import { explainedKelly } from '../stats/discrete-kelly';
import type { EquityPoint, NullReasons } from '../stats/types';
import type { FieldError } from '../numeric/field-error';
import { finiteOrNull } from '../numeric/finite';
import { applyFraction, type AppliedFraction } from './fractional';
import { growthCurve, ruinAt, type GrowthCurve, type RuinEstimate } from './growth-curve';
import { growthOptimalFraction } from './growth-optimal';
import { marginUtilisation, type MarginUtilisation } from './margin-utilisation';
import { optimalF, type OptimalF } from './optimal-f';
import {
  chooseBasis,
  marginPerContract,
  outcomesOn,
  returnsInRiskUnits,
  riskPerContract,
  tradesWithMargin,
  type KellyBasis,
  type RiskBasis,
} from './risk-basis';
import { sizingWarnings } from './sizing-warnings';

export const DEFAULT_CAP = 0.25;
export const MAX_MULTIPLIER = 2;
export const PORTFOLIO_NAME = 'Portfolio';

export interface SizingOptions {
  /** Capital to size for (the user's; defaults in the UI to the detected starting capital). */
  capital: number;
  /** Kelly fraction: 1 full, 0.5 half, 0.25 quarter, or custom (0–2). */
  fraction: number;
  /** Max fraction of capital per strategy (default 0.25). */
  cap?: number;
  /** Per-strategy multiplier of the fraction, 0–2 (default 1). */
  multipliers?: Record<string, number>;
  /** Kelly basis; default per strategy from its contract counts (see risk-basis). */
  basis?: KellyBasis;
  /** Risk unit per contract; default 'margin' on the margin basis, else 'avg-loss'. */
  riskBasis?: RiskBasis;
  /** User ceiling on margin ÷ capital, e.g. 0.5. */
  marginCeiling?: number;
  /** Historical equity for margin utilisation; default computeStats(trades).portfolio. */
  history?: { curve: EquityPoint[]; startingCapital: number };
}

export interface SizingEntry {
  name: string;
  trades: number;
  /** wins / all trades. */
  winRate: number | null;
  /** wins / (wins + losses), used by Kelly. */
  decidedWinRate: number | null;
  /** avg win / avg |loss| on raw P/L. */
  payoff: number | null;
  /** Kelly on raw P/L. */
  kelly: number | null;
  kellyPerContract: number | null;
  /** Why each of winRate, decidedWinRate, payoff, kelly, kellyPerContract, kellyMargin, optimalF is null, when it is. */
  nullReasons: NullReasons<'winRate' | 'decidedWinRate' | 'payoff' | 'kelly' | 'kellyPerContract' | 'kellyMargin' | 'optimalF'>;
  /** Kelly on return on margin over the trades that have a margin (null when none has). */
  kellyMargin: number | null;
  basis: KellyBasis;
  basisReason: string;
  /** Kelly on the chosen basis. */
  chosenKelly: number | null;
  riskBasis: RiskBasis;
  /** D: dollars one contract risks on the risk basis. */
  riskPerContract: number | null;
  /** argmax mean ln(1 + f·rᵢ), rᵢ in risk units. */
  growthOptimal: number | null;
  /** Vince's optimal f on per-contract P/L. */
  optimalF: OptimalF | null;
  multiplier: number;
  applied: AppliedFraction;
  recommendedContracts: number | null;
  dollarsAtRisk: number | null;
  marginPerContract: number | null;
  marginUsed: number | null;
  /** marginUsed ÷ capital. */
  sizedMarginUtilisation: number | null;
  historicalMargin: MarginUtilisation | null;
  /** Ruin measures at the applied fraction (full Kelly = growthOptimal). */
  ruin: RuinEstimate | null;
  growthCurve: GrowthCurve | null;
  warnings: string[];
}

export interface PortfolioSizing extends SizingEntry {
  /** Σ strategies' marginUsed (null when none has margin data). */
  totalMargin: number | null;
  totalMarginUtilisation: number | null;
}

export interface SizingReport {
  capital: number;
  fraction: number;
  cap: number;
  portfolio: PortfolioSizing;
  strategies: SizingEntry[];
}

/** Field-level problems of the options (empty when valid). */
export function validateSizingOptions(options: SizingOptions): FieldError[] {
  const errors: FieldError[] = [];
  const cap = options.cap ?? DEFAULT_CAP;
  if (!Number.isFinite(options.capital) || !(options.capital > 0)) errors.push({ field: 'capital', message: 'Capital must be a positive number.' });
  if (!Number.isFinite(options.fraction) || options.fraction < 0 || options.fraction > MAX_MULTIPLIER) errors.push({ field: 'fraction', message: `The Kelly fraction must be between 0 and ${MAX_MULTIPLIER}.` });
  if (!Number.isFinite(cap) || cap < 0 || cap > 1) errors.push({ field: 'cap', message: 'The cap must be between 0 and 1 (a fraction of capital).' });
  for (const [name, m] of Object.entries(options.multipliers ?? {})) {
    if (!Number.isFinite(m) || m < 0 || m > MAX_MULTIPLIER) errors.push({ field: `multipliers.${name}`, message: `The multiplier for "${name}" must be between 0 and ${MAX_MULTIPLIER} (0–200%).` });
  }
  const ceiling = options.marginCeiling;
  if (ceiling !== undefined && (!Number.isFinite(ceiling) || !(ceiling > 0))) errors.push({ field: 'marginCeiling', message: 'The margin ceiling must be a positive fraction of capital.' });
  return errors;
}

/**
 * One strategy's (or the portfolio's) sizing. `marginForWarnings` replaces the entry's own
 * sized margin utilisation in the margin warnings (the portfolio compares the strategies' sum).
 */
function sizeEntry(
  name: string,
  closed: Trade[],
  allTrades: Trade[],
  options: SizingOptions,
  multiplier: number,
  history: SizingOptions['history'],
  marginForWarnings?: number | null,
  accountTrades?: Trade[],
): SizingEntry {
  const tradeStats = computeTradeStats(closed);
  // On the trades that have a margin, like every other margin-basis number here (the
  // warnings say how many were left out); computeTradeStats gives null if any lacks one.
  const marginKelly = explainedKelly(outcomesOn(closed, 'margin'));
  const stats = {
    ...tradeStats,
    payoff: finiteOrNull(tradeStats.payoff),
    kelly: finiteOrNull(tradeStats.kelly),
    kellyPerContract: finiteOrNull(tradeStats.kellyPerContract),
    kellyMargin: finiteOrNull(marginKelly.value),
  };
  const { winRate, decidedWinRate, payoff, kelly, kellyPerContract } = tradeStats.nullReasons;
  const fitted = optimalF(closed.map((t) => t.pl / t.contracts));
  const nullReasons = Object.fromEntries(
    Object.entries({ winRate, decidedWinRate, payoff, kelly, kellyPerContract, kellyMargin: tradesWithMargin(closed).length === 0 ? 'no trade has a margin' : marginKelly.reason, optimalF: fitted.reason }).filter(
      ([, reason]) => reason !== undefined,
    ),
  );
  const { basis, reason } = chooseBasis(closed, options.basis);
  const chosenKelly = basis === 'pl' ? stats.kelly : basis === 'contract' ? stats.kellyPerContract : stats.kellyMargin;
  const riskBasis = options.riskBasis ?? (basis === 'margin' ? 'margin' : 'avg-loss');
  const unit = riskPerContract(closed, riskBasis);
  const returns = returnsInRiskUnits(closed, riskBasis, unit);
  const growthOptimal = growthOptimalFraction(returns);
  const applied = applyFraction(chosenKelly, options.fraction, multiplier, options.cap ?? DEFAULT_CAP);
  const rawContracts = unit !== null && unit > 0 ? Math.floor((applied.value * options.capital) / unit + 1e-9) : null;
  // A risk unit of (near) zero dollars gives no meaningful contract count.
  const contracts = rawContracts !== null && rawContracts <= Number.MAX_SAFE_INTEGER ? rawContracts : null;
  const perContractMargin = marginPerContract(closed);
  const marginUsed = contracts !== null && perContractMargin !== null ? finiteOrNull(contracts * perContractMargin) : null;
  const sizedMarginUtilisation = marginUsed === null ? null : marginUsed / options.capital;
  const historicalMargin = history ? marginUtilisation(allTrades, accountTrades ?? allTrades, history.startingCapital) : null;
  const warnings = sizingWarnings({
    trades: closed,
    basis,
    outcomes: outcomesOn(closed, basis),
    outcomeTrades: basis === 'margin' ? tradesWithMargin(closed) : closed,
    kelly: chosenKelly,
    sizedMarginUtilisation: marginForWarnings === undefined ? sizedMarginUtilisation : marginForWarnings,
    historicalPeakUtilisation: historicalMargin?.max ?? null,
    marginCeiling: options.marginCeiling ?? null,
    fit: marginForWarnings === undefined && perContractMargin !== null ? { capital: options.capital, marginPerContract: perContractMargin } : null,
  });
  const edge = growthOptimal !== null && growthOptimal > 0 ? growthOptimal : null;
  return {
    name,
    trades: closed.length,
    winRate: stats.winRate,
    decidedWinRate: stats.decidedWinRate,
    payoff: stats.payoff,
    kelly: stats.kelly,
    kellyPerContract: stats.kellyPerContract,
    kellyMargin: stats.kellyMargin,
    nullReasons,
    basis,
    basisReason: reason,
    chosenKelly,
    riskBasis,
    riskPerContract: unit,
    growthOptimal,
    optimalF: fitted.value,
    multiplier,
    applied,
    recommendedContracts: contracts,
    dollarsAtRisk: contracts !== null && unit !== null ? finiteOrNull(contracts * unit) : null,
    marginPerContract: perContractMargin,
    marginUsed,
    sizedMarginUtilisation,
    historicalMargin,
    ruin: edge === null ? null : ruinAt(returns, applied.value, edge),
    growthCurve: growthCurve(returns, edge, applied.value),
    warnings,
  };
}

/** Throws a RangeError naming the fields when the options are invalid (see validateSizingOptions). */
export function analyzeSizing(trades: Trade[], options: SizingOptions): SizingReport {
  const errors = validateSizingOptions(options);
  if (errors.length > 0) throw new RangeError(errors.map((e) => `${e.field}: ${e.message}`).join(' '));
  const cap = options.cap ?? DEFAULT_CAP;
  const closed = trades.filter((t) => t.dateClosed !== null);
  let history = options.history;
  if (!history && closed.length > 0) {
    const portfolio = computeStats(trades).portfolio;
    history = { curve: portfolio.curve, startingCapital: portfolio.startingCapital };
  }
  const names = [...new Set(trades.map((t) => t.strategy))].sort((a, b) => a.localeCompare(b));
  const strategies = names.map((name) =>
    sizeEntry(
      name,
      closed.filter((t) => t.strategy === name),
      trades.filter((t) => t.strategy === name),
      options,
      options.multipliers?.[name] ?? 1,
      history,
      undefined,
      trades,
    ),
  );
  const margins = strategies.map((s) => s.marginUsed).filter((m): m is number => m !== null);
  const totalMargin = margins.length === 0 ? null : finiteOrNull(margins.reduce((s, m) => s + m, 0));
  const totalMarginUtilisation = totalMargin === null ? null : totalMargin / options.capital;
  const portfolio = sizeEntry(PORTFOLIO_NAME, closed, trades, options, 1, history, totalMarginUtilisation);
  return {
    capital: options.capital,
    fraction: options.fraction,
    cap,
    portfolio: { ...portfolio, totalMargin, totalMarginUtilisation },
    strategies,
  };
}
