/**
 * Placeable contracts (SPEC-metrics §3 "Placeable contracts", issue 18 §1): the contracts per
 * strategy Kelly asks for, brought within three default caps, each named when it binds.
 * 1. Total fraction: the strategies' applied fractions sum to at most `totalFraction` of
 *    capital (default 100%); above it every applied fraction is scaled by total ÷ sum.
 * 2. Worst loss: one repeat of a strategy's worst historical loss per contract costs at most
 *    `lossShare` of capital (default 20%): n ≤ floor(share × capital ÷ worst loss).
 * 3. Margin ceiling: the margin the contracts need at the historically busiest moment
 *    (core/margin peakMarginNeed, time-aware; × the broker margin multiplier) stays within
 *    ceiling × capital (default 100%; null = none). Above it the contracts are scaled down
 *    proportionally across strategies (the need is linear in the contracts, so the scale is
 *    limit ÷ need), then made whole: each is floored and the contracts the floors dropped are
 *    handed back one at a time by largest remainder, while the need stays within the limit.
 */
import { formatText } from '../format/number';
import { peakMarginNeed, type MarginTimeline } from '../margin';

export const DEFAULT_MARGIN_CEILING = 1;
export const DEFAULT_LOSS_SHARE = 0.2;
export const DEFAULT_TOTAL_FRACTION = 1;

export type PlaceableConstraint = 'total-fraction' | 'worst-loss' | 'margin-ceiling';

export interface PlaceableStrategy {
  /** Applied fraction of capital (risk units), after the per-strategy cap. */
  applied: number;
  /** D, dollars one contract risks; null when it cannot be given (no contracts then). */
  riskPerContract: number | null;
  /** |worst P/L per contract| over the strategy's closed trades; null without a loss. */
  worstLossPerContract: number | null;
  /** Index of the strategy in `timeline.strategies`, or -1 when it is not there. */
  timelineIndex: number;
}

export interface PlaceableLimits {
  capital: number;
  /** Margin need ÷ capital ceiling; null = none (an explicit choice). */
  marginCeiling: number | null;
  /** Broker margin multiplier applied to the recorded margin (default 1). */
  marginMultiplier: number;
  /** Share of capital one repeat of the worst loss may cost; null = no such cap. */
  lossShare: number | null;
  /** Largest sum of applied fractions; null = no such cap. */
  totalFraction: number | null;
}

export interface PlaceableResult {
  /** floor(applied × capital ÷ D): what Kelly (after the per-strategy cap) asks for. */
  kellyContracts: (number | null)[];
  placeableContracts: (number | null)[];
  /** The applied fraction after the total-fraction cap. */
  applied: number[];
  /** The caps that lowered each strategy's contracts, in the order applied. */
  binding: PlaceableConstraint[][];
  /** Time-aware margin need of the placeable contracts, × the multiplier (dollars); null without a timeline. */
  peakMarginNeed: number | null;
  peakAt: { date: string; time: string } | null;
  /** The same need of the Kelly contracts (before any cap). */
  kellyMarginNeed: number | null;
  /** Σ applied fractions before the total-fraction cap. */
  appliedSum: number;
}

function contractsAt(fraction: number, capital: number, unit: number | null): number | null {
  if (unit === null || !(unit > 0)) return null;
  const n = Math.floor((fraction * capital) / unit + 1e-9);
  return Number.isFinite(n) && n <= Number.MAX_SAFE_INTEGER ? n : null;
}

function needOf(timeline: MarginTimeline, strategies: PlaceableStrategy[], contracts: (number | null)[], multiplier: number) {
  const sizes = new Float64Array(timeline.strategies.length);
  strategies.forEach((s, i) => {
    if (s.timelineIndex >= 0) sizes[s.timelineIndex] += contracts[i] ?? 0;
  });
  const peak = peakMarginNeed(timeline, sizes);
  return { need: peak.need * multiplier, at: peak.at };
}

export function placeableContracts(strategies: PlaceableStrategy[], timeline: MarginTimeline | null, limits: PlaceableLimits): PlaceableResult {
  const { capital } = limits;
  const appliedSum = strategies.reduce((sum, s) => sum + s.applied, 0);
  const binding: PlaceableConstraint[][] = strategies.map(() => []);
  const kellyContracts = strategies.map((s) => contractsAt(s.applied, capital, s.riskPerContract));

  // 1. Total fraction.
  const scale = limits.totalFraction !== null && appliedSum > limits.totalFraction ? limits.totalFraction / appliedSum : 1;
  const applied = strategies.map((s) => s.applied * scale);
  const contracts = strategies.map((s, i) => {
    const n = contractsAt(applied[i], capital, s.riskPerContract);
    if (n !== null && kellyContracts[i] !== null && n < (kellyContracts[i] as number)) binding[i].push('total-fraction');
    return n;
  });

  // 2. Worst loss per contract.
  if (limits.lossShare !== null) {
    strategies.forEach((s, i) => {
      const n = contracts[i];
      if (n === null || s.worstLossPerContract === null || !(s.worstLossPerContract > 0)) return;
      const most = Math.floor(((limits.lossShare as number) * capital) / s.worstLossPerContract + 1e-9);
      if (n > most) {
        contracts[i] = most;
        binding[i].push('worst-loss');
      }
    });
  }

  // 3. Margin ceiling at the busiest moment.
  const kellyNeed = timeline === null ? null : needOf(timeline, strategies, kellyContracts, limits.marginMultiplier).need;
  if (timeline === null) {
    return { kellyContracts, placeableContracts: contracts, applied, binding, peakMarginNeed: null, peakAt: null, kellyMarginNeed: null, appliedSum };
  }
  let peak = needOf(timeline, strategies, contracts, limits.marginMultiplier);
  if (limits.marginCeiling !== null && peak.need > limits.marginCeiling * capital * (1 + 1e-12)) {
    const limit = limits.marginCeiling * capital;
    const s = limit / peak.need;
    const targets = contracts.map((n) => (n === null ? null : n * s));
    const before = contracts.slice();
    const whole = targets.map((t) => (t === null ? null : Math.floor(t + 1e-9)));
    const dropped = Math.round(targets.reduce<number>((sum, t, i) => sum + (t === null ? 0 : t - (whole[i] as number)), 0));
    const order = targets
      .map((t, i) => ({ i, remainder: t === null ? -1 : t - (whole[i] as number) }))
      .filter((r) => r.remainder > 1e-9)
      .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
    let handed = 0;
    for (const { i } of order) {
      if (handed >= dropped) break;
      const trial = whole.slice();
      trial[i] = (trial[i] as number) + 1;
      if (needOf(timeline, strategies, trial, limits.marginMultiplier).need <= limit * (1 + 1e-12)) {
        whole[i] = trial[i];
        handed++;
      }
    }
    whole.forEach((n, i) => {
      contracts[i] = n;
      if (n !== null && before[i] !== null && n < (before[i] as number)) binding[i].push('margin-ceiling');
    });
    peak = needOf(timeline, strategies, contracts, limits.marginMultiplier);
  }
  return { kellyContracts, placeableContracts: contracts, applied, binding, peakMarginNeed: peak.need, peakAt: peak.at, kellyMarginNeed: kellyNeed, appliedSum };
}

export interface BindingContext {
  capital: number;
  limits: PlaceableLimits;
  appliedSum: number;
  worstLossPerContract: number | null;
  /** The margin the Kelly contracts need at the busiest moment (dollars). */
  kellyMarginNeed: number | null;
  peakAt: { date: string; time: string } | null;
}

/** The caps that bound, in words ("the margin ceiling: …"); null when none bound. */
export function bindingInWords(constraints: PlaceableConstraint[], ctx: BindingContext): string | null {
  if (constraints.length === 0) return null;
  const words = constraints.map((c) => {
    if (c === 'total-fraction') {
      return `the total-fraction cap (the strategies' applied fractions sum to ${formatText(ctx.appliedSum, 'percent')} of capital, above ${formatText(ctx.limits.totalFraction, 'percent')})`;
    }
    if (c === 'worst-loss') {
      const loss = ctx.worstLossPerContract === null ? "a strategy's worst loss per contract" : `the worst loss, ${formatText(ctx.worstLossPerContract, 'money')} per contract,`;
      return `the worst-loss cap (one repeat of ${loss} may cost at most ${formatText(ctx.limits.lossShare, 'percent')} of capital)`;
    }
    const at = ctx.peakAt ? ` on ${ctx.peakAt.date}${ctx.peakAt.time ? ` ${ctx.peakAt.time}` : ''}` : '';
    const multiplier = ctx.limits.marginMultiplier === 1 ? '' : ` × broker multiplier ${formatText(ctx.limits.marginMultiplier, 'ratio')}`;
    const kelly = ctx.kellyMarginNeed === null ? '' : `; Kelly's contracts would need ${formatText(ctx.kellyMarginNeed, 'money')}`;
    return `the margin ceiling (margin at the busiest moment${multiplier} ≤ ${formatText(ctx.limits.marginCeiling, 'percent')} of capital = ${formatText((ctx.limits.marginCeiling ?? 0) * ctx.capital, 'money')}${kelly}; scaled down proportionally across strategies, whole contracts by largest remainder${at ? `, busiest moment after scaling${at}` : ''})`;
  });
  return `Limited by ${words.join(' and ')}.`;
}
