/**
 * The Sizing page's warnings, in words (issue "Sizing"): negative edge, too few trades,
 * no losses or no wins (Kelly undefined), a single trade driving Kelly (leave-one-out change
 * above 50%), a raw-P/L basis on a compounding log, and sized margin above the historical
 * peak margin utilisation or the user's ceiling, and an applied fraction above the
 * growth-optimal one (more risk for less growth).
 */
import type { Trade } from '../model';
import { mostInfluentialTrade } from './leave-one-out';
import { CONTRACTS_VARY_FACTOR } from '../stats/trade-stats';
import { BASIS_LABEL, contractRange, type KellyBasis } from './risk-basis';

export const MIN_TRADES = 30;
export const OUTLIER_CHANGE = 0.5;

export interface WarningContext {
  /** Closed trades, in the same order as `outcomes`. */
  trades: Trade[];
  basis: KellyBasis;
  /** Outcomes on the basis (one per trade; on 'margin' only trades with a margin). */
  outcomes: number[];
  /** Trades matching `outcomes` one to one. */
  outcomeTrades: Trade[];
  kelly: number | null;
  /** Sized margin ÷ capital; null without margin data. */
  sizedMarginUtilisation: number | null;
  historicalPeakUtilisation: number | null;
  marginCeiling: number | null;
  /** For the contract count that would fit under a margin limit; null to leave it out. */
  fit: { capital: number; marginPerContract: number } | null;
  /** The applied fraction and the growth-optimal one, in the same risk units (a warning above it). */
  applied?: number;
  growthOptimal?: number | null;
}

const pct = (value: number) => `${(value * 100).toFixed(2)}%`;

function describeTrade(t: Trade): string {
  return `the trade opened ${t.dateOpened}${t.timeOpened ? ` ${t.timeOpened}` : ''} (P/L ${t.pl.toFixed(2)})`;
}

export function sizingWarnings(ctx: WarningContext): string[] {
  const warnings: string[] = [];
  const basis = BASIS_LABEL[ctx.basis];
  const wins = ctx.outcomes.filter((v) => v > 0).length;
  const losses = ctx.outcomes.filter((v) => v < 0).length;
  if (ctx.trades.length < MIN_TRADES) warnings.push(`Only ${ctx.trades.length} ${ctx.trades.length === 1 ? 'trade' : 'trades'} (fewer than ${MIN_TRADES}): Kelly from so small a sample is unreliable.`);
  if (ctx.basis === 'margin' && ctx.outcomeTrades.length < ctx.trades.length) {
    const missing = ctx.trades.length - ctx.outcomeTrades.length;
    warnings.push(`${missing} ${missing === 1 ? 'trade has' : 'trades have'} no margin and ${missing === 1 ? 'is' : 'are'} left out of Kelly on margin.`);
  }
  if (ctx.outcomes.length > 0 && losses === 0) warnings.push('No losing trades in the sample: Kelly is undefined (it would bet everything), so nothing is allocated.');
  else if (ctx.outcomes.length > 0 && wins === 0) warnings.push('No winning trades in the sample: no edge, nothing is allocated.');
  if (ctx.kelly !== null && ctx.kelly <= 0) warnings.push(`Negative edge: Kelly on ${basis} is ${pct(ctx.kelly)}, so nothing is allocated.`);
  const range = contractRange(ctx.trades);
  if (ctx.basis === 'pl' && range !== null && range.max > CONTRACTS_VARY_FACTOR * range.min) {
    warnings.push(`Contract counts vary from ${range.min} to ${range.max} (more than ${CONTRACTS_VARY_FACTOR}×): Kelly on raw P/L is not meaningful here; use the per-contract or margin basis.`);
  }
  if (ctx.kelly !== null && ctx.kelly > 0) {
    const driver = mostInfluentialTrade(ctx.outcomes);
    if (driver !== null && (driver.change === null || driver.change > OUTLIER_CHANGE)) {
      const trade = describeTrade(ctx.outcomeTrades[driver.index]);
      warnings.push(
        driver.kellyWithout === null
          ? `A single trade drives the result: without ${trade} Kelly is undefined.`
          : `A single trade drives the result: without ${trade} Kelly moves from ${pct(driver.kelly)} to ${pct(driver.kellyWithout)} (${((driver.change as number) * 100).toFixed(0)}% change).`,
      );
    }
  }
  if (ctx.applied !== undefined && ctx.growthOptimal !== undefined && ctx.growthOptimal !== null && ctx.growthOptimal > 0 && ctx.applied > ctx.growthOptimal * (1 + 1e-9)) {
    const c = ctx.applied / ctx.growthOptimal;
    warnings.push(
      `The applied fraction ${pct(ctx.applied)} is above the growth-optimal fraction ${pct(ctx.growthOptimal)} (${c.toFixed(2)}× it): beyond the growth-optimal fraction more risk buys less growth, and from 2× it the expected log growth is at or below zero.`,
    );
  }
  const sized = ctx.sizedMarginUtilisation;
  const fits = (limit: number) => {
    if (ctx.fit === null) return '';
    const contracts = Math.floor((limit * ctx.fit.capital) / ctx.fit.marginPerContract + 1e-9);
    return ` (${contracts} contract${contracts === 1 ? '' : 's'} would stay within it)`;
  };
  if (sized !== null && ctx.historicalPeakUtilisation !== null && sized > ctx.historicalPeakUtilisation) {
    const peak = ctx.historicalPeakUtilisation;
    warnings.push(`The sizing uses ${pct(sized)} of capital as margin, above the historical peak margin utilisation of ${pct(peak)}${fits(peak)}.`);
  }
  if (sized !== null && ctx.marginCeiling !== null && sized > ctx.marginCeiling) {
    warnings.push(`The sizing uses ${pct(sized)} of capital as margin, above your margin ceiling of ${pct(ctx.marginCeiling)}${fits(ctx.marginCeiling)}.`);
  }
  return warnings;
}
