/**
 * The types of the drawdown target / Kelly band / tail-aware Kelly results (issue 18 §2–§4):
 * the request and the per-entry results core/app sizingTargets computes, kept in core/sizing
 * so the report section reads them without importing core/app.
 */
import type { FieldError } from '../numeric/field-error';
import type { SizingEntry } from './analyze';
import type { DrawdownTargetResult } from './drawdown-target';
import type { SizingRequest } from './filtered-sizing';
import type { KellyBand } from './kelly-band';
import type { TailAwareKelly } from './tail-aware-kelly';

export type HorizonUnit = 'trades' | 'days';

export interface SizingTargetsRequest {
  /** The Sizing page's settings (the app's request; the CLI passes its own report instead). */
  sizing?: SizingRequest;
  /** The drawdown X, a fraction in (0, 1). */
  drawdown: number;
  /** 1 − α, in (0, 1). */
  confidence: number;
  horizon: { value: number; unit: HorizonUnit };
  paths?: number;
  seed?: number;
  bandDraws?: number;
  bandSeed?: number;
  /** Size at this percentile of the band (0–100); default 25. */
  percentile?: number;
  /** π of tail-aware Kelly, in (0, 1); default 1/(n + 1). */
  tailProbability?: number;
}

export interface DrawdownTargetEntry extends DrawdownTargetResult {
  target: number;
  confidence: number;
  /** Contracts the fraction means at the capital: floor(f · capital ÷ D). */
  contracts: number | null;
  /** f ÷ the growth-optimal fraction ("0.31× Kelly"). */
  ofKelly: number | null;
}

export type KellyBandEntry = Omit<KellyBand, 'sortedDraws'> & {
  percentile: number;
  /** The band's percentile × the page's Kelly fraction. */
  percentileFraction: number | null;
  percentileContracts: number | null;
};

export interface SizingTargetsEntry {
  name: string;
  trades: number;
  riskPerContract: number | null;
  riskBasis: SizingEntry['riskBasis'];
  growthOptimal: number | null;
  drawdownTarget: DrawdownTargetEntry | null;
  drawdownTargetReason: string | null;
  kellyBand: KellyBandEntry | null;
  kellyBandReason: string | null;
  /** Tail-aware Kelly (core/sizing/tail-aware-kelly); null when no trade has a margin. */
  tailAware: TailAwareKelly | null;
}

export interface SizingTargets {
  capital: number;
  fraction: number;
  /** The horizon in trades per entry is in each drawdownTarget; this is the request's. */
  horizon: { value: number; unit: HorizonUnit };
  mode: string;
  portfolio: SizingTargetsEntry;
  strategies: SizingTargetsEntry[];
}

export type SizingTargetsOutcome = { ok: true; value: SizingTargets } | { ok: false; errors: FieldError[] };
