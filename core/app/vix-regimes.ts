/**
 * Use case "volatility regimes" (issue 18 §6): the edge of a trade log (or one strategy of it)
 * by opening-VIX bucket, for the CLI (`sizewise vix`) and the Sizing page's panel (data
 * worker). The calculation is core/stats/vix-buckets; this module parses the bucket text (one
 * parser for the CLI and the panel), picks the trades and says in words when the log has no
 * Opening VIX. The request's shape is checked with zod at the worker boundary.
 */
import { z } from 'zod';
import type { Trade } from '../model';
import { parseStrictNumber } from '../format/typed-number';
import { DEFAULT_VIX_QUANTILES, MAX_VIX_BUCKETS, vixBuckets, vixEdgesProblem, type VixBucketing, type VixBuckets } from '../stats/vix-buckets';

/** The sentence shown when no trade carries an opening VIX. */
export const NO_OPENING_VIX = 'This trade log has no Opening VIX column (newer OptionOmega exports have one), so there are no volatility regimes to show.';

/** The text form of a bucketing, for --help and the panel. */
export const VIX_BUCKETS_HELP = `a whole number of quantile buckets 2–${MAX_VIX_BUCKETS} (e.g. 4), or ascending VIX edges separated by commas (e.g. 15,20,30 → below 15, 15–20, 20–30, 30 and above; no thousands separators)`;

/** "4" → 4 quantile buckets; "15,20,30" → those edges (strict decimals, see VIX_BUCKETS_HELP). */
export function parseVixBucketing(text: string): { ok: true; value: VixBucketing } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!trimmed.includes(',')) {
    const count = parseStrictNumber(trimmed);
    if (count === null || !Number.isInteger(count) || count < 2 || count > MAX_VIX_BUCKETS) return { ok: false, message: `"${text}" is not ${VIX_BUCKETS_HELP}` };
    return { ok: true, value: { kind: 'quantiles', count } };
  }
  const edges: number[] = [];
  for (const part of trimmed.split(',')) {
    const edge = parseStrictNumber(part.trim());
    if (edge === null) return { ok: false, message: `"${part.trim()}" in "${text}" is not a number (${VIX_BUCKETS_HELP})` };
    edges.push(edge);
  }
  const problem = vixEdgesProblem(edges);
  return problem === null ? { ok: true, value: { kind: 'edges', edges } } : { ok: false, message: `"${text}": ${problem}` };
}

export const vixRegimesRequestSchema = z
  .object({
    /** "4" (quantile buckets) or "15,20,30" (edges): parseVixBucketing above. */
    buckets: z.string().max(500),
    /** null: every trade given (the portfolio). */
    strategy: z.string().nullable(),
  })
  .strict();
export type VixRegimesRequest = z.infer<typeof vixRegimesRequestSchema>;

export const DEFAULT_VIX_BUCKETS = String(DEFAULT_VIX_QUANTILES);

export type VixRegimesOutcome =
  | { ok: true; strategy: string | null; strategies: string[]; bucketing: VixBucketing; regimes: VixBuckets }
  | { ok: false; field: 'buckets' | 'strategy' | 'trades'; reason: string };

/** The buckets of the chosen trades, or the reason there are none (no Opening VIX, unknown strategy). */
export function workspaceVixRegimes(trades: readonly Trade[], request: VixRegimesRequest): VixRegimesOutcome {
  const bucketing = parseVixBucketing(request.buckets);
  if (!bucketing.ok) return { ok: false, field: 'buckets', reason: bucketing.message };
  const strategies = [...new Set(trades.map((t) => t.strategy))].sort();
  if (!trades.some((t) => t.openingVix !== null && t.openingVix !== undefined)) return { ok: false, field: 'trades', reason: NO_OPENING_VIX };
  if (request.strategy !== null && !strategies.includes(request.strategy)) return { ok: false, field: 'strategy', reason: `no strategy named "${request.strategy}" (strategies: ${strategies.join(', ')})` };
  const chosen = request.strategy === null ? trades : trades.filter((t) => t.strategy === request.strategy);
  return { ok: true, strategy: request.strategy, strategies, bucketing: bucketing.value, regimes: vixBuckets(chosen, bucketing.value) };
}
