/**
 * P/L bases and risk units for sizing (SPEC-metrics §1, §3).
 * - Kelly basis: 'pl' (raw trade P/L), 'contract' (P/L per contract, "1 lot"), 'margin'
 *   (return on margin). Default: raw P/L while contract counts stay within 2×, per contract
 *   when they vary more (a compounding backtest makes raw-P/L Kelly meaningless).
 * - Risk unit D per contract, what one contract "risks" and what contracts are counted in:
 *   'avg-loss' = mean |P/L per contract| of losing trades (the unit of discrete Kelly),
 *   'max-loss' = |worst P/L per contract| (conservative), 'margin' = mean margin per
 *   contract. Default: 'margin' on the margin basis, else 'avg-loss'.
 */
import type { Trade } from '../model';
import { formatText } from '../format/number';
import { contractRange, CONTRACTS_VARY_FACTOR } from '../stats/trade-stats';

const pctText = (value: number) => formatText(value, 'percent');

export type KellyBasis = 'pl' | 'contract' | 'margin';
export type RiskBasis = 'avg-loss' | 'max-loss' | 'margin';

export const BASIS_LABEL: Record<KellyBasis, string> = { pl: 'raw P/L', contract: 'per-contract P/L', margin: 'return on margin' };
export const RISK_BASIS_LABEL: Record<RiskBasis, string> = { 'avg-loss': 'average loss per contract', 'max-loss': 'largest loss per contract', margin: 'margin per contract' };

export interface BasisChoice {
  basis: KellyBasis;
  reason: string;
}

export { contractRange };

/** Raw-P/L and per-contract Kelly "agree" when they differ by at most this share of the larger. */
export const KELLY_AGREE_TOLERANCE = 0.1;

/**
 * The basis to use: the user's choice, else the default with the reason in words. The reason
 * says raw P/L and per-contract P/L agree only when `kellys` shows they do (within 10%).
 */
export function chooseBasis(trades: Trade[], requested?: KellyBasis, kellys?: { pl: number | null; contract: number | null }): BasisChoice {
  const range = contractRange(trades);
  const vary = range !== null && range.max > CONTRACTS_VARY_FACTOR * range.min;
  const counts = range === null ? 'no trades' : range.min === range.max ? `${range.min} contract${range.min === 1 ? '' : 's'} on every trade` : `contract counts ${range.min}–${range.max}`;
  if (requested) return { basis: requested, reason: `chosen by the user (${counts})` };
  if (vary) return { basis: 'contract', reason: `${counts} vary more than ${CONTRACTS_VARY_FACTOR}× (a compounding backtest): raw-P/L Kelly is not meaningful, so per-contract P/L is used` };
  const pl = kellys?.pl ?? null;
  const contract = kellys?.contract ?? null;
  if (pl === null || contract === null) return { basis: 'pl', reason: `${counts} (within ${CONTRACTS_VARY_FACTOR}×): raw P/L is used` };
  const gap = Math.abs(pl - contract) / Math.max(Math.abs(pl), Math.abs(contract));
  return gap <= KELLY_AGREE_TOLERANCE
    ? { basis: 'pl', reason: `${counts} (within ${CONTRACTS_VARY_FACTOR}×): raw P/L and per-contract P/L agree (Kelly ${pctText(pl)} vs ${pctText(contract)})` }
    : { basis: 'pl', reason: `${counts} (within ${CONTRACTS_VARY_FACTOR}×): raw P/L is used, though per-contract P/L gives a different Kelly (${pctText(pl)} vs ${pctText(contract)}, ${(gap * 100).toFixed(0)}% apart)` };
}

/** Per-trade outcomes on a basis; on 'margin' only trades with a positive margin count. */
export function outcomesOn(trades: Trade[], basis: KellyBasis): number[] {
  if (basis === 'pl') return trades.map((t) => t.pl);
  if (basis === 'contract') return trades.map((t) => t.pl / t.contracts);
  return tradesWithMargin(trades).map((t) => t.pl / (t.marginReq as number));
}

export function tradesWithMargin(trades: Trade[]): Trade[] {
  return trades.filter((t) => t.marginReq !== null && t.marginReq > 0);
}

/** Mean margin per contract over the trades that have one; null without margin data. */
export function marginPerContract(trades: Trade[]): number | null {
  const withMargin = tradesWithMargin(trades);
  if (withMargin.length === 0) return null;
  return withMargin.reduce((s, t) => s + (t.marginReq as number) / t.contracts, 0) / withMargin.length;
}

/** The risk unit D per contract on a risk basis; null when the data cannot give it. */
export function riskPerContract(trades: Trade[], riskBasis: RiskBasis): number | null {
  if (riskBasis === 'margin') return marginPerContract(trades);
  const losses = trades.map((t) => t.pl / t.contracts).filter((v) => v < 0);
  if (losses.length === 0) return null;
  return riskBasis === 'max-loss' ? -losses.reduce((worst, v) => Math.min(worst, v), 0) : -losses.reduce((s, v) => s + v, 0) / losses.length;
}

/**
 * Per-trade returns in risk units, for growth-optimal sizing and ruin: return on margin on
 * the 'margin' risk basis, else P/L per contract ÷ D (empty when D is too small to divide by).
 */
export function returnsInRiskUnits(trades: Trade[], riskBasis: RiskBasis, unit: number | null): number[] {
  if (riskBasis === 'margin') return outcomesOn(trades, 'margin');
  if (unit === null || !(unit > 0)) return [];
  const returns = trades.map((t) => t.pl / t.contracts / unit);
  return returns.every(Number.isFinite) ? returns : [];
}
