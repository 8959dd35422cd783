/**
 * Edge by opening-VIX bucket (issue 18 §6, volatility regimes). Conventions:
 * - Only closed trades with a known opening VIX (OptionOmega `Opening VIX`) are bucketed;
 *   the others are counted (withoutVix, open) and left out.
 * - Buckets are half-open [from, to): a trade at exactly an edge belongs to the bucket that
 *   starts there. The first bucket has no lower edge (from = null, "below"), the last no upper
 *   edge (to = null, "and above").
 * - Edges are either the user's (ascending, distinct, e.g. 15, 20, 30 → four buckets) or the
 *   quantiles of the trades' opening VIX: for k buckets the i/k percentiles, i = 1..k−1, with
 *   linear interpolation (numpy's default, PERCENTILE.INC). Repeated quantile edges (many
 *   trades at one level) are merged, so fewer than k buckets can result; `note` says so.
 * - Per bucket: trades; win rate = wins / trades (SPEC §1, a scratch is not a win); mean P/L
 *   per contract = mean of pl / contracts; Kelly = classic p − q / b on P/L per contract
 *   (SPEC §3, decided win rate), null with its reason when undefined (no wins or no losses).
 */
import type { Trade } from '../model';
import { type Explained, safeMean, unknown } from '../numeric/explained';
import { percentilesInPlace } from '../numeric/quantiles';
import { explainedKelly } from './discrete-kelly';

/** Default number of quantile buckets. */
export const DEFAULT_VIX_QUANTILES = 4;
/** Most buckets (quantile count or user edges + 1) a request may ask for. */
export const MAX_VIX_BUCKETS = 20;

/** How buckets are formed: `count` quantile buckets, or explicit ascending edges. */
export type VixBucketing = { kind: 'quantiles'; count: number } | { kind: 'edges'; edges: number[] };

export interface VixBucket {
  /** Lower edge (inclusive), null for the first bucket. */
  from: number | null;
  /** Upper edge (exclusive), null for the last bucket. */
  to: number | null;
  trades: number;
  /** Lowest and highest opening VIX seen in the bucket (null when empty). */
  minVix: number | null;
  maxVix: number | null;
  /** wins / trades; null when the bucket is empty. */
  winRate: number | null;
  /** Mean of pl / contracts; null when the bucket is empty. */
  plPerContract: number | null;
  /** p − q / b on P/L per contract, with the reason when undefined. */
  kelly: Explained;
}

export interface VixBuckets {
  buckets: VixBucket[];
  /** The interior edges used (ascending). */
  edges: number[];
  bucketing: VixBucketing;
  /** Closed trades with a known opening VIX (the ones bucketed). */
  withVix: number;
  /** Closed trades without one (blank cell or no column). */
  withoutVix: number;
  /** Open trades (left out: their P/L is not final). */
  open: number;
  /** Caveat in words (merged quantile edges), or null. */
  note: string | null;
}

/** Ascending, distinct, finite, ≥ 0 edges, at most MAX_VIX_BUCKETS − 1; the problem in words, or null. */
export function vixEdgesProblem(edges: readonly number[]): string | null {
  if (edges.length === 0) return 'at least one edge is needed';
  if (edges.length > MAX_VIX_BUCKETS - 1) return `at most ${MAX_VIX_BUCKETS - 1} edges (${MAX_VIX_BUCKETS} buckets)`;
  for (let i = 0; i < edges.length; i++) {
    if (!Number.isFinite(edges[i]) || edges[i] < 0) return `edge ${edges[i]} is not a VIX level ≥ 0`;
    if (i > 0 && !(edges[i] > edges[i - 1])) return `edges must be strictly ascending (${edges[i - 1]} then ${edges[i]})`;
  }
  return null;
}

/** Index of the bucket of `level` among ascending interior `edges` ([from, to) buckets). */
export function vixBucketIndex(level: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && level >= edges[i]) i++;
  return i;
}

/** Interior quantile edges i/count (numpy linear), merged when repeated. */
function quantileEdges(levels: number[], count: number): number[] {
  if (levels.length === 0 || count < 2) return [];
  const probs = Array.from({ length: count - 1 }, (_, i) => (i + 1) / count);
  const raw = percentilesInPlace(Float64Array.from(levels), probs);
  const edges: number[] = [];
  for (const edge of raw) if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  // An edge at or below the lowest level would leave the first bucket empty.
  let lowest = Infinity;
  for (const level of levels) if (level < lowest) lowest = level;
  return edges.filter((edge) => edge > lowest);
}

/** Edge by opening-VIX bucket (see the module conventions). */
export function vixBuckets(trades: readonly Trade[], bucketing: VixBucketing = { kind: 'quantiles', count: DEFAULT_VIX_QUANTILES }): VixBuckets {
  const levels: number[] = [];
  const perContract: number[] = [];
  const pls: number[] = [];
  let withoutVix = 0;
  let open = 0;
  for (const trade of trades) {
    if (trade.dateClosed === null) open++;
    else if (trade.openingVix === null || trade.openingVix === undefined) withoutVix++;
    else {
      levels.push(trade.openingVix);
      pls.push(trade.pl);
      perContract.push(trade.pl / trade.contracts);
    }
  }
  const edges = bucketing.kind === 'edges' ? [...bucketing.edges] : quantileEdges(levels, bucketing.count);
  const wanted = bucketing.kind === 'edges' ? bucketing.edges.length + 1 : bucketing.count;
  const members: number[][] = Array.from({ length: edges.length + 1 }, () => []);
  levels.forEach((level, i) => members[vixBucketIndex(level, edges)].push(i));
  const buckets = members.map((indices, b): VixBucket => {
    const values = indices.map((i) => perContract[i]);
    // Loops, not Math.min(...): a spread of hundreds of thousands of arguments overflows the stack.
    let minVix = Infinity;
    let maxVix = -Infinity;
    for (const i of indices) {
      if (levels[i] < minVix) minVix = levels[i];
      if (levels[i] > maxVix) maxVix = levels[i];
    }
    const wins = indices.filter((i) => pls[i] > 0).length;
    return {
      from: b === 0 ? null : edges[b - 1],
      to: b === edges.length ? null : edges[b],
      trades: indices.length,
      minVix: indices.length ? minVix : null,
      maxVix: indices.length ? maxVix : null,
      winRate: indices.length ? wins / indices.length : null,
      plPerContract: indices.length ? safeMean(values) : null,
      kelly: indices.length ? explainedKelly(values) : unknown('no trades in this bucket'),
    };
  });
  const merged = bucketing.kind === 'quantiles' && levels.length > 0 && buckets.length < wanted;
  return {
    buckets,
    edges,
    bucketing,
    withVix: levels.length,
    withoutVix,
    open,
    note: merged ? `${wanted} quantile buckets were asked for; repeated opening-VIX levels merged some edges, leaving ${buckets.length}.` : null,
  };
}
