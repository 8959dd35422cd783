/**
 * Defaults and validation of the comparison options (./types `CompareLiveOptions`): a bad
 * value is a message naming the option and the value, never a silent fallback.
 */
import { MAX_PATHS } from '../montecarlo';
import { DEFAULT_MIN_MAPPING_SCORE } from './strategy-mapping';
import type { CompareLiveOptions, ResolvedCompareOptions } from './types';

export const LIVE_DEFAULTS = {
  toleranceMinutes: 30,
  sims: 10_000,
  seed: 1,
  driftPercentile: 0.05,
  cutPercentile: 0.01,
  minDriftTrades: 10,
  minMappingScore: DEFAULT_MIN_MAPPING_SCORE,
} as const;

export type OptionsOutcome = { ok: true; options: ResolvedCompareOptions } | { ok: false; message: string };

export function resolveCompareOptions(options: CompareLiveOptions = {}): OptionsOutcome {
  const fail = (message: string): OptionsOutcome => ({ ok: false, message });
  const o = { ...LIVE_DEFAULTS, meanBlockLength: null as number | null, mapping: {}, ...stripUndefined(options) };
  if (!(Number.isFinite(o.toleranceMinutes) && o.toleranceMinutes >= 0)) return fail(`tolerance must be a number of minutes ≥ 0, got ${o.toleranceMinutes}`);
  if (!(Number.isInteger(o.sims) && o.sims >= 1 && o.sims <= MAX_PATHS)) return fail(`sims must be a whole number from 1 to ${MAX_PATHS}, got ${o.sims}`);
  if (!Number.isInteger(o.seed)) return fail(`seed must be a whole number, got ${o.seed}`);
  if (!(o.driftPercentile > 0 && o.driftPercentile < 1)) return fail(`drift percentile must be a fraction between 0 and 1, got ${o.driftPercentile}`);
  if (!(o.cutPercentile >= 0 && o.cutPercentile <= o.driftPercentile)) return fail(`cut percentile must be between 0 and the drift percentile ${o.driftPercentile}, got ${o.cutPercentile}`);
  if (!(Number.isInteger(o.minDriftTrades) && o.minDriftTrades >= 1)) return fail(`minimum drift trades must be a whole number ≥ 1, got ${o.minDriftTrades}`);
  if (!(o.minMappingScore >= 0 && o.minMappingScore <= 1)) return fail(`minimum mapping score must be between 0 and 1, got ${o.minMappingScore}`);
  if (o.meanBlockLength !== null && !(Number.isFinite(o.meanBlockLength) && o.meanBlockLength >= 1)) return fail(`mean block length must be ≥ 1, got ${o.meanBlockLength}`);
  return { ok: true, options: o };
}

function stripUndefined(options: CompareLiveOptions): CompareLiveOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as CompareLiveOptions;
}
