/**
 * Use case "volatility regimes" (issue 18 §6): the edge of a trade log (or one strategy of it)
 * by opening-VIX bucket, for the CLI (`sizewise vix`) and the Sizing page's panel (data
 * worker). The calculation is core/stats/vix-buckets; this module picks the trades, validates
 * the request with zod and says in words when the log has no Opening VIX.
 */
import { z } from 'zod';
import type { Trade } from '../model';
import { DEFAULT_VIX_QUANTILES, MAX_VIX_BUCKETS, vixBuckets, vixEdgesProblem, type VixBucketing, type VixBuckets } from '../stats/vix-buckets';

/** The sentence shown when no trade carries an opening VIX. */
export const NO_OPENING_VIX = 'This trade log has no Opening VIX column (newer OptionOmega exports have one), so there are no volatility regimes to show.';

export const vixBucketingSchema = z.union([
  z.object({ kind: z.literal('quantiles'), count: z.number().int().min(2).max(MAX_VIX_BUCKETS) }).strict(),
  z
    .object({ kind: z.literal('edges'), edges: z.array(z.number().finite()) })
    .strict()
    .superRefine((value, ctx) => {
      const problem = vixEdgesProblem(value.edges);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, path: ['edges'] });
    }),
]);

export const vixRegimesRequestSchema = z
  .object({
    bucketing: vixBucketingSchema,
    /** null: every trade (the portfolio). */
    strategy: z.string().nullable(),
  })
  .strict();
export type VixRegimesRequest = z.infer<typeof vixRegimesRequestSchema>;

export const DEFAULT_VIX_BUCKETING: VixBucketing = { kind: 'quantiles', count: DEFAULT_VIX_QUANTILES };

export type VixRegimesOutcome =
  | { ok: true; strategy: string | null; strategies: string[]; regimes: VixBuckets }
  | { ok: false; reason: string };

/** The buckets of the chosen trades, or the reason there are none (no Opening VIX, unknown strategy). */
export function workspaceVixRegimes(trades: readonly Trade[], request: VixRegimesRequest): VixRegimesOutcome {
  const strategies = [...new Set(trades.map((t) => t.strategy))].sort();
  if (!trades.some((t) => t.openingVix !== null && t.openingVix !== undefined)) return { ok: false, reason: NO_OPENING_VIX };
  if (request.strategy !== null && !strategies.includes(request.strategy)) return { ok: false, reason: `no strategy named "${request.strategy}" (strategies: ${strategies.join(', ')})` };
  const chosen = request.strategy === null ? trades : trades.filter((t) => t.strategy === request.strategy);
  return { ok: true, strategy: request.strategy, strategies, regimes: vixBuckets(chosen, request.bucketing) };
}
