/**
 * The Sizing page's settings as the user edits them (fraction preset or custom fraction,
 * cap, capital, margin ceiling, bases, per-strategy multipliers, variants tried), their
 * defaults, the request sent to the data worker, and the check applied to a record read
 * back from the workspace (anything malformed falls back to the default, field by field).
 * Lives in core/app because the report (app and `sizewise report`) reads the same record.
 * Fractions are decimals: fraction 0.5 = half Kelly, cap 0.25 = 25% of capital.
 */
import { z } from 'zod';
import type { KellyBasis, RiskBasis } from '../sizing';
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
  marginCeiling: number | null;
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
  marginCeiling: null,
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
    marginCeiling: settings.marginCeiling,
  };
}

const finite = z.number().refine(Number.isFinite);

/** The stored record's schema (zod): each field falls back to its default when malformed. */
const storedSizingSettings = z.object({
  preset: z.enum(['full', 'half', 'quarter', 'custom']).catch(DEFAULT_SIZING_SETTINGS.preset),
  customFraction: finite.catch(DEFAULT_SIZING_SETTINGS.customFraction),
  cap: finite.catch(DEFAULT_SIZING_SETTINGS.cap),
  capital: finite.nullable().catch(null),
  marginCeiling: finite.nullable().catch(null),
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
