// `sizewise learn-allocator` end to end on SPY and QQQ (resources/market, real daily prices) with a
// small grid and few folds (issue 13 "Tests"). The out-of-sample curve is recomputed here from the
// JSON's daily weights, the price files' Adj Close and the stated 2 bps cost — arithmetic written
// independently of core/learn — and must give the JSON's CAGR, max drawdown and average monthly
// P/L (a business day missing from a file is a 0 return, the calendar's stated rule); QQQ's baseline is recomputed as buy-and-hold over the same days. Gates agree with their
// values and thresholds; the weights obey the 0.10 daily cap. Bad command lines fail in one line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCliSync } from '../cli/run-cli';

const files = ['resources/market/SPY.csv', 'resources/market/QQQ.csv'];

function closes(path: string): Map<string, number> {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => [l.split(',')[0], Number(l.split(',')[1])]));
}

function figures(daily: number[], from: string, to: string) {
  let e = 1;
  let peak = 1;
  let dd = 0;
  for (const r of daily) {
    e *= 1 + r;
    peak = Math.max(peak, e);
    dd = Math.max(dd, (peak - e) / peak);
  }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return { cagr: e ** (365.25 / days) - 1, maxDrawdown: dd, avgMonthlyPl: (e - 1) / ((days * 12) / 365.25) };
}

describe('sizewise learn-allocator on SPY / QQQ', () => {
  it('prints the issue JSON; the out-of-sample curve recomputes from the weights', () => {
    const run = runCliSync('learn-allocator', ...files, '--grid', '0.25', '--folds', '2', '--inner-folds', '2', '--horizon', '5', '--seed', '3', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['verdict', 'reasons', 'oos', 'baselines', 'gates', 'folds', 'weights']);
    expect(['accepted', 'rejected']).toContain(json.verdict);
    expect(Object.keys(json.oos).sort()).toEqual(['avgMonthlyPl', 'cagr', 'calmar', 'maxDrawdown', 'turnover']);
    expect(Object.keys(json.baselines)).toEqual(['SPY', 'QQQ', '50/50', 'best static (in-sample)']);
    for (const b of Object.values(json.baselines)) expect(Object.keys(b as object).sort()).toEqual(['avgMonthlyPl', 'cagr', 'calmar', 'maxDrawdown']);
    expect(json.folds).toHaveLength(2);
    for (const f of json.folds) expect(Object.keys(f).sort()).toEqual(['calmar', 'from', 'maxDrawdown', 'return', 'to', 'turnover']);
    const failed = json.gates.filter((g: { passed: boolean }) => !g.passed).length;
    expect(json.verdict === 'accepted' ? failed === 0 : json.reasons.length === failed).toBe(true);
    for (const g of json.gates) if (g.name.startsWith('Calmar above') || g.name.startsWith('Average monthly')) expect(g.passed).toBe(g.value > g.threshold);

    // Recompute from the weights and the prices.
    const spy = closes(files[0]);
    const qqq = closes(files[1]);
    // A business day missing from a price file (a holiday) is a 0 return for that leg (the shared calendar's rule).
    const previous = (m: Map<string, number>) => {
      const ds = [...m.keys()];
      return new Map(ds.slice(1).map((d, i) => [d, ds[i]]));
    };
    const prevOf = new Map([[spy, previous(spy)], [qqq, previous(qqq)]]);
    const ret = (m: Map<string, number>, d: string) => (m.has(d) ? m.get(d)! / m.get(prevOf.get(m)!.get(d)!)! - 1 : 0);
    let w0 = { SPY: 0.5, QQQ: 0.5 };
    const model: number[] = [];
    const buyHold: number[] = [];
    for (const { date, weights } of json.weights as { date: string; weights: { SPY: number; QQQ: number } }[]) {
      expect(weights.SPY + weights.QQQ).toBeCloseTo(1, 12);
      expect(Math.abs(weights.QQQ - w0.QQQ)).toBeLessThanOrEqual(0.1 + 1e-12);
      const turnover = Math.abs(weights.SPY - w0.SPY) + Math.abs(weights.QQQ - w0.QQQ);
      model.push(weights.SPY * ret(spy, date) + weights.QQQ * ret(qqq, date) - (2 / 10_000) * turnover);
      buyHold.push(ret(qqq, date));
      w0 = weights;
    }
    const first = json.weights[0].date;
    const last = json.weights[json.weights.length - 1].date;
    expect(first).toBe(json.folds[0].from);
    expect(last).toBe(json.folds[1].to);
    const m = figures(model, first, last);
    expect(json.oos.cagr).toBeCloseTo(m.cagr, 9);
    expect(json.oos.maxDrawdown).toBeCloseTo(m.maxDrawdown, 9);
    expect(json.oos.avgMonthlyPl).toBeCloseTo(m.avgMonthlyPl, 9);
    const q = figures(buyHold, first, last);
    expect(json.baselines.QQQ.cagr).toBeCloseTo(q.cagr, 9);
    expect(json.baselines.QQQ.maxDrawdown).toBeCloseTo(q.maxDrawdown, 9);
  }, 120_000);

  it('refuses one leg and a grid that does not divide 1, in one line', () => {
    const one = runCliSync('learn-allocator', files[0], '--json');
    expect(one.code).toBe(2);
    expect(one.stderr.trim().split('\n')).toHaveLength(1);
    expect(one.stderr).toMatch(/at least two leg files/);
    const grid = runCliSync('learn-allocator', ...files, '--grid', '0.3');
    expect(grid.code).toBe(2);
    expect(grid.stderr).toMatch(/--grid: 0.3 does not divide 1/);
    const horizon = runCliSync('learn-allocator', ...files, '--horizon', '30');
    expect(horizon.stderr).toMatch(/--horizon: "30" is not a whole number ≥ 5 and ≤ 20/);
  });
});
