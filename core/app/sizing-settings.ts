/**
 * The Sizing page's settings as the user edits them (fraction preset or custom fraction,
 * cap, capital, margin ceiling, bases, per-strategy multipliers, variants tried), their
 * defaults, the request sent to the data worker, and the check applied to a record read
 * back from the workspace (anything malformed falls back to the default, field by field).
 * Lives in core/app because the report (app and `sizewise report`) reads the same record.
 * Fractions are decimals: fraction 0.5 = half Kelly, cap 0.25 = 25% of capital.
 * The placeable caps (issue 18) default on: margin ceiling 100% of capital (× the broker
 * margin multiplier), worst loss ≤ 20% of capital, applied fractions ≤ 100% in total; each is
 * lifted only by the explicit choice 'none'. A record saved before they existed (margin
 * ceiling null, meaning "no warning") reads as the default ceiling.
 */
import { z } from 'zod';
import type { KellyBasis, KellyOf, RiskBasis } from '../sizing';
import { DEFAULT_LOSS_SHARE, DEFAULT_MARGIN_CEILING, DEFAULT_TOTAL_FRACTION } from '../sizing/placeable';
import type { SizingRequest } from '../sizing/filtered-sizing';

export type FractionPreset = 'full' | 'half' | 'quarter' | 'custom';

export const FRACTION_PRESETS: { id: Exclude<FractionPreset, 'custom'>; label: string; fraction: number }[] = [
  { id: 'full', label: 'Full', fraction: 1 },
  { id: 'half', label: 'Half', fraction: 0.5 },
  { id: 'quarter', label: 'Quarter', fraction: 0.25 },
];

/** The Kelly fraction slider and the per-strategy multipliers run 0–200%. */
export const MAX_FRACTION = 2;

export interface SizingSettings {
  preset: FractionPreset;
  /** The fraction used when preset is 'custom'. */
  customFraction: number;
  cap: number;
  /** null = the detected starting capital. */
  capital: number | null;
  /** Margin need at the busiest moment ÷ capital; 'none' lifts it. */
  marginCeiling: number | 'none';
  /** Broker margin multiplier on the recorded margin. */
  marginMultiplier: number;
  /** Share of capital one repeat of the worst loss per contract may cost; 'none' lifts it. */
  lossShare: number | 'none';
  /** Largest sum of the strategies' applied fractions; 'none' lifts it. */
  totalFraction: number | 'none';
  /** What the Kelly fraction multiplies. */
  kellyOf: KellyOf;
  /** null = automatic per strategy (per contract when contract counts vary > 2×). */
  basis: KellyBasis | null;
  riskBasis: RiskBasis | null;
  multipliers: Record<string, number>;
  /** Strategy variants tried, for the Deflated Sharpe. */
  trials: number;
}

export const DEFAULT_SIZING_SETTINGS: SizingSettings = {
  preset: 'half',
  customFraction: 0.5,
  cap: 0.25,
  capital: null,
  marginCeiling: DEFAULT_MARGIN_CEILING,
  marginMultiplier: 1,
  lossShare: DEFAULT_LOSS_SHARE,
  totalFraction: DEFAULT_TOTAL_FRACTION,
  kellyOf: 'growth-optimal',
  basis: null,
  riskBasis: null,
  multipliers: {},
  trials: 1,
};

/** Key of the record in the workspace settings (per portfolio fingerprint). */
export const SIZING_SETTINGS_KEY = 'sizing-page';

const BASES: KellyBasis[] = ['pl', 'contract', 'margin'];
const RISK_BASES: RiskBasis[] = ['avg-loss', 'max-loss', 'margin'];

export function fractionOf(settings: SizingSettings): number {
  return FRACTION_PRESETS.find((preset) => preset.id === settings.preset)?.fraction ?? settings.customFraction;
}

export function sizingRequest(settings: SizingSettings): SizingRequest {
  return {
    capital: settings.capital,
    fraction: fractionOf(settings),
    cap: settings.cap,
    multipliers: settings.multipliers,
    basis: settings.basis,
    riskBasis: settings.riskBasis,
    marginCeiling: settings.marginCeiling === 'none' ? null : settings.marginCeiling,
    marginMultiplier: settings.marginMultiplier,
    lossShare: settings.lossShare === 'none' ? null : settings.lossShare,
    totalFraction: settings.totalFraction === 'none' ? null : settings.totalFraction,
    kellyOf: settings.kellyOf,
  };
}

const finite = z.number().refine(Number.isFinite);

/** The stored record's schema (zod): each field falls back to its default when malformed. */
const storedSizingSettings = z.object({
  preset: z.enum(['full', 'half', 'quarter', 'custom']).catch(DEFAULT_SIZING_SETTINGS.preset),
  customFraction: finite.catch(DEFAULT_SIZING_SETTINGS.customFraction),
  cap: finite.catch(DEFAULT_SIZING_SETTINGS.cap),
  capital: finite.nullable().catch(null),
  marginCeiling: z.union([finite, z.literal('none')]).catch(DEFAULT_SIZING_SETTINGS.marginCeiling),
  marginMultiplier: finite.catch(DEFAULT_SIZING_SETTINGS.marginMultiplier),
  lossShare: z.union([finite, z.literal('none')]).catch(DEFAULT_SIZING_SETTINGS.lossShare),
  totalFraction: z.union([finite, z.literal('none')]).catch(DEFAULT_SIZING_SETTINGS.totalFraction),
  kellyOf: z.enum(['growth-optimal', 'classic']).catch(DEFAULT_SIZING_SETTINGS.kellyOf),
  basis: z.enum(BASES).nullable().catch(null),
  riskBasis: z.enum(RISK_BASES).nullable().catch(null),
  multipliers: z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((record) => Object.fromEntries(Object.entries(record).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && Number.isFinite(entry[1])))),
  trials: finite.catch(DEFAULT_SIZING_SETTINGS.trials),
});

/** A settings record read from the workspace, every field checked against its type (zod). */
export function restoreSizingSettings(stored: unknown): SizingSettings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SIZING_SETTINGS;
  return storedSizingSettings.parse(stored);
}
