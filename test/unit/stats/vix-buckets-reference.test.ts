// Edge by opening-VIX bucket on the real pickle-ric log (552 trades, Opening VIX 12.21..31.27),
// against test/reference/vix_buckets.py (numpy, reads the CSV itself), run 2026-12-07:
//   python3 test/reference/vix_buckets.py test/fixtures/optionomega/single-strategy/pickle-ric.csv 4
//   python3 test/reference/vix_buckets.py test/fixtures/optionomega/single-strategy/pickle-ric.csv 15,20,30
import { describe, expect, it } from 'vitest';
import { vixBuckets, type VixBuckets } from '../../../core/stats/vix-buckets';
import { fixtureTrades } from '../support/fixtures';

type Expected = [from: number | null, to: number | null, trades: number, winRate: number, plPerContract: number, kelly: number][];

function check(result: VixBuckets, expected: Expected) {
  expect(result.buckets).toHaveLength(expected.length);
  result.buckets.forEach((b, i) => {
    const [from, to, trades, winRate, plPerContract, kelly] = expected[i];
    if (from === null) expect(b.from).toBeNull();
    else expect(b.from).toBeCloseTo(from, 9);
    if (to === null) expect(b.to).toBeNull();
    else expect(b.to).toBeCloseTo(to, 9);
    expect(b.trades).toBe(trades);
    expect(b.winRate).toBeCloseTo(winRate, 12);
    expect(b.plPerContract).toBeCloseTo(plPerContract, 9);
    expect(b.kelly.value).toBeCloseTo(kelly, 12);
  });
}

describe('VIX buckets on pickle-ric (numpy reference)', () => {
  it('quartiles', async () => {
    const result = vixBuckets(await fixtureTrades('single-strategy/pickle-ric.csv'));
    expect(result).toMatchObject({ withVix: 552, withoutVix: 0, open: 0 });
    check(result, [
      [null, 14.75, 138, 0.35507246376811596, 177.99043478260876, 0.10243536434921308],
      [14.75, 16.63, 136, 0.375, 324.32823529411775, 0.1451964084193999],
      [16.63, 20.01, 140, 0.38571428571428573, 314.6600000000001, 0.14609537396118086],
      [20.01, null, 138, 0.36231884057971014, 258.0060869565217, 0.11545900897181335],
    ]);
  });

  it('edges 15, 20, 30', async () => {
    const result = vixBuckets(await fixtureTrades('single-strategy/pickle-ric.csv'), { kind: 'edges', edges: [15, 20, 30] });
    check(result, [
      [null, 15, 164, 0.3597560975609756, 242.69804878048782, 0.1279997618465409],
      [15, 20, 250, 0.38, 291.68496, 0.13616887137475275],
      [20, 30, 132, 0.36363636363636365, 229.0833333333334, 0.10685658555698557],
      [30, null, 6, 0.3333333333333333, 894.3066666666665, 0.20264542111925843],
    ]);
  });
});
