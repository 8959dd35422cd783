// Edge by opening-VIX bucket (issue 18 §6) on nine hand-made trades, every figure worked by hand:
// per contract 100, −100 | 100, 50, −100 | 100, −300 | 0, 200 at VIX 12, 14 | 16, 18, 19 | 20, 25 | 31, 35.
import { describe, expect, it } from 'vitest';
import { vixBucketIndex, vixBuckets, vixEdgesProblem } from '../../../core/stats/vix-buckets';
import { makeTrade } from '../support/make-trade';

const ROWS: [vix: number | null, pl: number, contracts: number][] = [
  [12, 200, 2],
  [14, -100, 1],
  [16, 300, 3],
  [18, 50, 1],
  [19, -200, 2],
  [20, 100, 1],
  [25, -300, 1],
  [31, 0, 1],
  [35, 400, 2],
  [null, 999, 1],
];
const trades = [
  ...ROWS.map(([openingVix, pl, contracts], i) => makeTrade({ openingVix, pl, contracts, dateOpened: `2025-01-${String(i + 2).padStart(2, '0')}` })),
  makeTrade({ openingVix: 22, pl: 5000, dateClosed: null }),
];

describe('VIX buckets by hand', () => {
  it('user edges 15, 20, 30: four half-open buckets', () => {
    const result = vixBuckets(trades, { kind: 'edges', edges: [15, 20, 30] });
    expect(result).toMatchObject({ withVix: 9, withoutVix: 1, open: 1, note: null, edges: [15, 20, 30] });
    const [b0, b1, b2, b3] = result.buckets;
    // < 15: p = 1/2, b = 100/100 → f = 1/2 − 1/2 = 0.
    expect(b0).toMatchObject({ from: null, to: 15, trades: 2, winRate: 0.5, plPerContract: 0, minVix: 12, maxVix: 14 });
    expect(b0.kelly.value).toBeCloseTo(0, 12);
    // [15, 20): p = 2/3, avg win 75, avg loss 100 → b = 3/4, f = 2/3 − (1/3)/(3/4) = 2/9.
    expect(b1).toMatchObject({ from: 15, to: 20, trades: 3 });
    expect(b1.winRate).toBeCloseTo(2 / 3, 12);
    expect(b1.plPerContract).toBeCloseTo(50 / 3, 12);
    expect(b1.kelly.value).toBeCloseTo(2 / 9, 12);
    // [20, 30): the trade at exactly 20 is here; b = 1/3, f = 1/2 − 1/2 · 3 = −1.
    expect(b2).toMatchObject({ from: 20, to: 30, trades: 2, winRate: 0.5, plPerContract: -100, minVix: 20 });
    expect(b2.kelly.value).toBeCloseTo(-1, 12);
    // ≥ 30: the scratch is not a win (win rate 1/2) and there is no loss: Kelly undefined.
    expect(b3).toMatchObject({ from: 30, to: null, trades: 2, winRate: 0.5, plPerContract: 100 });
    expect(b3.kelly.value).toBeNull();
    expect(b3.kelly.reason).toMatch(/no losing trades/);
  });

  it('quartiles (default): numpy linear percentiles of the nine levels are 16, 19 and 25', () => {
    const result = vixBuckets(trades);
    expect(result.edges).toEqual([16, 19, 25]);
    expect(result.buckets.map((b) => b.trades)).toEqual([2, 2, 2, 3]);
    // Per contract: {100, −100} → 0; {100, 50} → 75; {−100, 100} → 0; {−300, 0, 200} → −100/3.
    const means = result.buckets.map((b) => b.plPerContract as number);
    [0, 75, 0, -100 / 3].forEach((mean, i) => expect(means[i]).toBeCloseTo(mean, 12));
  });

  it('repeated levels merge quantile edges, and the note says so', () => {
    const flat = [15, 15, 15, 15, 20].map((openingVix) => makeTrade({ openingVix, pl: 10 }));
    const result = vixBuckets(flat, { kind: 'quantiles', count: 4 });
    expect(result.buckets).toHaveLength(1);
    expect(result.note).toBe('4 quantile buckets were asked for; repeated opening-VIX levels merged some edges, leaving 1.');
  });

  it('an empty bucket has no figures and says why', () => {
    const result = vixBuckets(trades, { kind: 'edges', edges: [40] });
    expect(result.buckets[1]).toMatchObject({ from: 40, to: null, trades: 0, winRate: null, plPerContract: null, kelly: { value: null, reason: 'no trades in this bucket' } });
  });

  it('edges must be ascending, distinct, finite and ≥ 0; a level at an edge goes up', () => {
    expect(vixEdgesProblem([15, 20, 30])).toBeNull();
    expect(vixEdgesProblem([20, 15])).toBe('edges must be strictly ascending (20 then 15)');
    expect(vixEdgesProblem([15, 15])).toBe('edges must be strictly ascending (15 then 15)');
    expect(vixEdgesProblem([-1])).toBe('edge -1 is not a VIX level ≥ 0');
    expect(vixEdgesProblem([])).toBe('at least one edge is needed');
    expect(vixBucketIndex(20, [15, 20, 30])).toBe(2);
    expect(vixBucketIndex(14.99, [15, 20, 30])).toBe(0);
  });
});

it('a million trades: no stack overflow, every trade in a bucket', () => {
  const many = Array.from({ length: 1_000_000 }, (_, i) => makeTrade({ openingVix: 10 + (i % 300) / 10, pl: (i % 7) - 3 }));
  const result = vixBuckets(many);
  expect(result.buckets.reduce((sum, b) => sum + b.trades, 0)).toBe(1_000_000);
  expect(result.buckets[0].minVix).toBe(10);
  expect(result.buckets.at(-1)?.maxVix).toBe(39.9);
});
