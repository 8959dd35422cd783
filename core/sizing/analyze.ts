/**
 * analyzeSizing: the Sizing page for a trade list — per strategy and for the portfolio:
 * Kelly on three bases (SPEC §1/§3, decided win rate), the growth-optimal fraction, Vince's
 * optimal f on per-contract P/L, the applied fraction min(K·fraction·multiplier, cap) with K
 * the growth-optimal (empirical) fraction by default or the classic p − q/b of the basis by
 * choice, Kelly's contracts = floor(applied · capital / D) with D the risk unit per contract,
 * the placeable contracts (placeable.ts: total-fraction, worst-loss and margin-ceiling caps,
 * the margin time-aware at the busiest moment), dollars at risk, margin, historical margin
 * use, ruin at the chosen fraction, the growth-vs-fraction curve and warnings. The portfolio
 * row's contracts, dollars and margin are the strategies' together (margin: the time-aware
 * need of all of them at once). Only closed trades enter Kelly; open trades still count in
 * margin history.
 */
import type { Trade } from '../model';
import { computeStats, computeTradeStats } from '../stats';
import { explainedKelly } from '../stats/discrete-kelly';
import type { EquityPoint, NullReasons } from '../stats/types';
import type { FieldError } from '../numeric/field-error';
import { finiteOrNull } from '../numeric/finite';
import { marginTimeline, type MarginTimeline } from '../margin';
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
import {
  bindingInWords,
  DEFAULT_LOSS_SHARE,
  DEFAULT_MARGIN_CEILING,
  DEFAULT_TOTAL_FRACTION,
  placeableContracts,
  type PlaceableConstraint,
  type PlaceableLimits,
} from './placeable';

export const DEFAULT_CAP = 0.25;
export const MAX_MULTIPLIER = 2;
export const PORTFOLIO_NAME = 'Portfolio';

/** What the Kelly fraction multiplies: the growth-optimal (empirical) fraction, or the classic p − q/b of the basis. */
export type KellyOf = 'growth-optimal' | 'classic';

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
  /** What the fraction multiplies (default 'growth-optimal'). */
  kellyOf?: KellyOf;
  /** Ceiling on the margin need at the busiest moment ÷ capital; default 1 (100%); null = none. */
  marginCeiling?: number | null;
  /** Broker margin multiplier on the recorded margin (default 1). */
  marginMultiplier?: number;
  /** Share of capital one repeat of the worst loss per contract may cost; default 0.2; null = none. */
  lossShare?: number | null;
  /** Largest sum of the strategies' applied fractions; default 1 (100%); null = none. */
  totalFraction?: number | null;
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
  /** What the fraction multiplied, and its value (growthOptimal or chosenKelly). */
  kellyOf: KellyOf;
  baseKelly: number | null;
  /** Thorp's c = applied ÷ growth-optimal (null without a positive growth-optimal fraction). */
  ofGrowthOptimal: number | null;
  riskBasis: RiskBasis;
  /** D: dollars one contract risks on the risk basis. */
  riskPerContract: number | null;
  /** argmax mean ln(1 + f·rᵢ), rᵢ in risk units. */
  growthOptimal: number | null;
  /** Vince's optimal f on per-contract P/L. */
  optimalF: OptimalF | null;
  multiplier: number;
  applied: AppliedFraction;
  /** What Kelly asks for: floor(applied before the caps of placeable.ts × capital ÷ D). */
  kellyContracts: number | null;
  /** The recommendation: Kelly's contracts within the placeable caps (= placeableContracts). */
  recommendedContracts: number | null;
  placeableContracts: number | null;
  /** The caps that lowered the contracts, and the same in words (null when none bound). */
  binding: PlaceableConstraint[];
  bindingConstraint: string | null;
  /** |worst P/L per contract|; null without a losing trade. */
  worstLossPerContract: number | null;
  /** Time-aware margin the placeable contracts need at the busiest moment (× multiplier); null without margin data. */
  peakMarginNeed: number | null;
  dollarsAtRisk: number | null;
  marginPerContract: number | null;
  /** Placeable contracts × mean margin per contract: one position's margin. */
  marginUsed: number | null;
  /** peakMarginNeed ÷ capital. */
  sizedMarginUtilisation: number | null;
  historicalMargin: MarginUtilisation | null;
  /** Ruin measures at the applied fraction (full Kelly = growthOptimal). */
  ruin: RuinEstimate | null;
  growthCurve: GrowthCurve | null;
  warnings: string[];
}

export interface PortfolioSizing extends SizingEntry {
  /** The strategies' placeable contracts' time-aware margin need at the busiest moment (= peakMarginNeed). */
  totalMargin: number | null;
  totalMarginUtilisation: number | null;
  /** Where the busiest moment was. */
  peakMarginAt: { date: string; time: string } | null;
}

export interface SizingReport {
  capital: number;
  fraction: number;
  cap: number;
  kellyOf: KellyOf;
  /** The placeable caps in force (null = lifted). */
  limits: PlaceableLimits;
  /** 'time', 'day' or 'mixed' (see core/margin): how the busiest moment was timed; null without margin data. */
  marginLevel: MarginTimeline['level'] | null;
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
  if (ceiling !== undefined && ceiling !== null && (!Number.isFinite(ceiling) || !(ceiling > 0))) errors.push({ field: 'marginCeiling', message: 'The margin ceiling must be a positive fraction of capital (or none).' });
  const multiplier = options.marginMultiplier;
  if (multiplier !== undefined && (!Number.isFinite(multiplier) || !(multiplier > 0))) errors.push({ field: 'marginMultiplier', message: 'The broker margin multiplier must be a positive number.' });
  const share = options.lossShare;
  if (share !== undefined && share !== null && (!Number.isFinite(share) || !(share > 0) || share > 1)) errors.push({ field: 'lossShare', message: 'The worst-loss share must be above 0 and at most 1 (100% of capital), or none.' });
  const total = options.totalFraction;
  if (total !== undefined && total !== null && (!Number.isFinite(total) || !(total > 0))) errors.push({ field: 'totalFraction', message: 'The total of the applied fractions must be a positive fraction of capital, or none.' });
  return errors;
}

/** One entry's Kelly figures before the placeable caps (which need all strategies at once). */
interface EntryBasics {
  name: string;
  closed: Trade[];
  multiplier: number;
  stats: { winRate: number | null; decidedWinRate: number | null; payoff: number | null; kelly: number | null; kellyPerContract: number | null; kellyMargin: number | null };
  nullReasons: SizingEntry['nullReasons'];
  basis: KellyBasis;
  basisReason: string;
  chosenKelly: number | null;
  riskBasis: RiskBasis;
  unit: number | null;
  returns: number[];
  growthOptimal: number | null;
  baseKelly: number | null;
  fitted: OptimalF | null;
  applied: AppliedFraction;
  perContractMargin: number | null;
  worstLoss: number | null;
}

function entryBasics(name: string, closed: Trade[], options: SizingOptions, multiplier: number): EntryBasics {
  const tradeStats = computeTradeStats(closed);
  // On the trades that have a margin, like every other margin-basis number here (the
  // warnings say how many were left out); computeTradeStats gives null if any lacks one.
  const marginKelly = explainedKelly(outcomesOn(closed, 'margin'));
  const stats = {
    winRate: tradeStats.winRate,
    decidedWinRate: tradeStats.decidedWinRate,
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
  const { basis, reason } = chooseBasis(closed, options.basis, { pl: stats.kelly, contract: stats.kellyPerContract });
  const chosenKelly = basis === 'pl' ? stats.kelly : basis === 'contract' ? stats.kellyPerContract : stats.kellyMargin;
  const riskBasis = options.riskBasis ?? (basis === 'margin' ? 'margin' : 'avg-loss');
  const unit = riskPerContract(closed, riskBasis);
  const returns = returnsInRiskUnits(closed, riskBasis, unit);
  const growthOptimal = growthOptimalFraction(returns);
  const kellyOf = options.kellyOf ?? 'growth-optimal';
  const baseKelly = kellyOf === 'classic' ? chosenKelly : growthOptimal;
  const applied = applyFraction(baseKelly, options.fraction, multiplier, options.cap ?? DEFAULT_CAP);
  return {
    name,
    closed,
    multiplier,
    stats,
    nullReasons,
    basis,
    basisReason: reason,
    chosenKelly,
    riskBasis,
    unit,
    returns,
    growthOptimal,
    baseKelly,
    fitted: fitted.value,
    applied,
    perContractMargin: marginPerContract(closed),
    worstLoss: riskPerContract(closed, 'max-loss'),
  };
}

interface Placed {
  applied: number;
  kellyContracts: number | null;
  placeableContracts: number | null;
  binding: PlaceableConstraint[];
  bindingConstraint: string | null;
  peakMarginNeed: number | null;
  dollarsAtRisk: number | null;
  marginUsed: number | null;
}

/** The full entry: the basics, the placed contracts and what depends on them (margin, ruin, warnings). */
function finishEntry(
  b: EntryBasics,
  placed: Placed,
  options: SizingOptions,
  limits: PlaceableLimits,
  historicalMargin: MarginUtilisation | null,
): SizingEntry {
  const appliedFraction: AppliedFraction = placed.binding.includes('total-fraction') ? { ...b.applied, value: placed.applied } : b.applied;
  const sizedMarginUtilisation = placed.peakMarginNeed === null ? null : placed.peakMarginNeed / options.capital;
  const edge = b.growthOptimal !== null && b.growthOptimal > 0 ? b.growthOptimal : null;
  // The curve's chosen point carries the same ruin measures (one pass over the distinct returns).
  const curve = growthCurve(b.returns, edge, appliedFraction.value);
  const ruin = edge === null ? null : curve ? { thorpHalving: curve.chosen.thorpHalving, lundbergExponent: curve.chosen.lundbergExponent, lundbergHalving: curve.chosen.lundbergHalving } : ruinAt(b.returns, appliedFraction.value, edge);
  const warnings = sizingWarnings({
    trades: b.closed,
    basis: b.basis,
    outcomes: outcomesOn(b.closed, b.basis),
    outcomeTrades: b.basis === 'margin' ? tradesWithMargin(b.closed) : b.closed,
    kelly: b.chosenKelly,
    sizedMarginUtilisation,
    historicalPeakUtilisation: historicalMargin?.max ?? null,
    marginCeiling: limits.marginCeiling,
    fit: null,
    applied: appliedFraction.value,
    growthOptimal: b.growthOptimal,
  });
  return {
    name: b.name,
    trades: b.closed.length,
    winRate: b.stats.winRate,
    decidedWinRate: b.stats.decidedWinRate,
    payoff: b.stats.payoff,
    kelly: b.stats.kelly,
    kellyPerContract: b.stats.kellyPerContract,
    kellyMargin: b.stats.kellyMargin,
    nullReasons: b.nullReasons,
    basis: b.basis,
    basisReason: b.basisReason,
    chosenKelly: b.chosenKelly,
    kellyOf: options.kellyOf ?? 'growth-optimal',
    baseKelly: b.baseKelly,
    ofGrowthOptimal: edge === null ? null : finiteOrNull(appliedFraction.value / edge),
    riskBasis: b.riskBasis,
    riskPerContract: b.unit,
    growthOptimal: b.growthOptimal,
    optimalF: b.fitted,
    multiplier: b.multiplier,
    applied: appliedFraction,
    kellyContracts: placed.kellyContracts,
    recommendedContracts: placed.placeableContracts,
    placeableContracts: placed.placeableContracts,
    binding: placed.binding,
    bindingConstraint: placed.bindingConstraint,
    worstLossPerContract: b.worstLoss,
    peakMarginNeed: placed.peakMarginNeed,
    dollarsAtRisk: placed.dollarsAtRisk,
    marginPerContract: b.perContractMargin,
    marginUsed: placed.marginUsed,
    sizedMarginUtilisation,
    historicalMargin,
    ruin,
    growthCurve: curve,
    warnings,
  };
}

/** Largest margin per contract strategy `s` ever had open at one moment (Σ over its open positions). */
function busiestPerContract(timeline: MarginTimeline, s: number): number {
  const S = timeline.strategies.length;
  let most = 0;
  for (let k = 0; k < timeline.count; k++) most = Math.max(most, timeline.perContract[k * S + s]);
  return most;
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
  const limits: PlaceableLimits = {
    capital: options.capital,
    marginCeiling: options.marginCeiling === undefined ? DEFAULT_MARGIN_CEILING : options.marginCeiling,
    marginMultiplier: options.marginMultiplier ?? 1,
    lossShare: options.lossShare === undefined ? DEFAULT_LOSS_SHARE : options.lossShare,
    totalFraction: options.totalFraction === undefined ? DEFAULT_TOTAL_FRACTION : options.totalFraction,
  };
  // One timeline (account equity, every trade) serves the historical margin use, the busiest
  // moment of the placeable rule and the portfolio's margin need.
  const hasMargin = trades.some((t) => t.marginReq !== null && t.marginReq > 0);
  const timeline = history && hasMargin ? marginTimeline(trades, history.startingCapital) : null;
  const names = [...new Set(trades.map((t) => t.strategy))].sort((a, b) => a.localeCompare(b));
  const basics = names.map((name) =>
    entryBasics(
      name,
      closed.filter((t) => t.strategy === name),
      options,
      options.multipliers?.[name] ?? 1,
    ),
  );
  const index = basics.map((b) => (timeline === null ? -1 : timeline.strategies.indexOf(b.name)));
  const placed = placeableContracts(
    basics.map((b, i) => ({ applied: b.applied.value, riskPerContract: b.unit, worstLossPerContract: b.worstLoss, timelineIndex: index[i] })),
    timeline,
    limits,
  );
  const strategies = basics.map((b, i) => {
    const n = placed.placeableContracts[i];
    const ownNeed = timeline !== null && index[i] >= 0 && b.perContractMargin !== null && n !== null ? n * busiestPerContract(timeline, index[i]) * limits.marginMultiplier : null;
    return finishEntry(
      b,
      {
        applied: placed.applied[i],
        kellyContracts: placed.kellyContracts[i],
        placeableContracts: n,
        binding: placed.binding[i],
        bindingConstraint: bindingInWords(placed.binding[i], {
          capital: options.capital,
          limits,
          appliedSum: placed.appliedSum,
          worstLossPerContract: b.worstLoss,
          kellyMarginNeed: placed.kellyMarginNeed,
          peakAt: placed.peakAt,
        }),
        peakMarginNeed: ownNeed === null ? null : finiteOrNull(ownNeed),
        dollarsAtRisk: n !== null && b.unit !== null ? finiteOrNull(n * b.unit) : null,
        marginUsed: n !== null && b.perContractMargin !== null ? finiteOrNull(n * b.perContractMargin) : null,
      },
      options,
      limits,
      history && timeline ? marginUtilisation(timeline, index[i]) : null,
    );
  });
  // The portfolio row: the pooled trades' Kelly figures, and the strategies' contracts together.
  const sum = (values: (number | null)[]) => (values.every((v) => v === null) ? null : finiteOrNull(values.reduce<number>((s, v) => s + (v ?? 0), 0)));
  const portfolioBinding = [...new Set(strategies.flatMap((s) => s.binding))];
  const portfolioNeed = timeline === null ? null : finiteOrNull(placed.peakMarginNeed ?? 0);
  const portfolioBasics = entryBasics(PORTFOLIO_NAME, closed, options, 1);
  const portfolio = finishEntry(
    portfolioBasics,
    {
      applied: portfolioBasics.applied.value,
      kellyContracts: sum(strategies.map((s) => s.kellyContracts)),
      placeableContracts: sum(strategies.map((s) => s.placeableContracts)),
      binding: portfolioBinding,
      bindingConstraint: bindingInWords(portfolioBinding, {
        capital: options.capital,
        limits,
        appliedSum: placed.appliedSum,
        worstLossPerContract: null,
        kellyMarginNeed: placed.kellyMarginNeed,
        peakAt: placed.peakAt,
      }),
      peakMarginNeed: portfolioNeed,
      dollarsAtRisk: sum(strategies.map((s) => s.dollarsAtRisk)),
      marginUsed: sum(strategies.map((s) => s.marginUsed)),
    },
    options,
    limits,
    history && timeline ? marginUtilisation(timeline, null) : null,
  );
  return {
    capital: options.capital,
    fraction: options.fraction,
    cap,
    kellyOf: options.kellyOf ?? 'growth-optimal',
    limits,
    marginLevel: timeline?.level ?? null,
    portfolio: { ...portfolio, totalMargin: portfolioNeed, totalMarginUtilisation: portfolioNeed === null ? null : portfolioNeed / options.capital, peakMarginAt: placed.peakAt },
    strategies,
  };
}
