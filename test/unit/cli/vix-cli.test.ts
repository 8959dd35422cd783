// `sizewise vix` end to end on the real pickle-ric log: the JSON of --buckets 15,20,30 against
// test/reference/vix_buckets.py (numpy, reads the CSV itself); bounded flags; a log without the column.
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const LOG = 'test/fixtures/optionomega/single-strategy/pickle-ric.csv';

describe('sizewise vix', () => {
  it('--buckets 15,20,30 --json: the numpy reference per bucket', () => {
    const run = runCliSync('vix', LOG, '--buckets', '15,20,30', '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ edges: [15, 20, 30], withVix: 552, withoutVix: 0, open: 0, strategy: null, note: null });
    const expected = [
      [null, 15, 164, 0.3597560975609756, 242.69804878048782, 0.1279997618465409],
      [15, 20, 250, 0.38, 291.68496, 0.13616887137475275],
      [20, 30, 132, 0.36363636363636365, 229.0833333333334, 0.10685658555698557],
      [30, null, 6, 0.3333333333333333, 894.3066666666665, 0.20264542111925843],
    ] as const;
    expect(json.buckets).toHaveLength(4);
    json.buckets.forEach((b: Record<string, number | null>, i: number) => {
      const [from, to, trades, winRate, plPerContract, kelly] = expected[i];
      expect([b.from, b.to, b.trades]).toEqual([from, to, trades]);
      expect(b.winRate).toBeCloseTo(winRate, 12);
      expect(b.plPerContract).toBeCloseTo(plPerContract, 9);
      expect(b.kelly).toBeCloseTo(kelly, 12);
    });
  });

  it('default: 4 quantile buckets, text table with the ranges', () => {
    const run = runCliSync('vix', LOG);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 quantile buckets of the opening VIX');
    expect(run.stdout).toMatch(/< 14\.75 +138/);
    expect(run.stdout).toMatch(/≥ 20\.01 +138/);
  });

  it.each([
    ['20,15', '--buckets: "20,15": edges must be strictly ascending (20 then 15)'],
    ['1', '--buckets: "1" is not a whole number of quantile buckets 2–20'],
    ['21', '--buckets: "21" is not a whole number of quantile buckets 2–20'],
    ['15,1e3', '--buckets: "1e3" in "15,1e3" is not a number'],
    ['15,-2', '--buckets: "15,-2": edge -2 is not a VIX level ≥ 0'],
  ])('--buckets %s is refused', (spec, message) => {
    const run = runCliSync('vix', LOG, `--buckets=${spec}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`sizewise: ${message}`);
  });

  it('a log without Opening VIX says so, exit 2; --help lists the flags', () => {
    const run = runCliSync('vix', 'test/fixtures/optionomega/ema-tradelog.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no Opening VIX column');
    const help = runCliSync('vix', '--help');
    expect(help.stdout).toContain('--buckets K|E1,E2');
    expect(help.stdout).toContain('--strategy NAME');
  });
});
