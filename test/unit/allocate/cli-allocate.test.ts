// `sizewise allocate` and `sizewise correlation` end to end on the six single-strategy logs
// (blank strategy column → file names) and on market prices: complete JSON, no NaN, the
// documented fields, and refusal messages on one line.
import { describe, expect, it } from 'vitest';
import { runCliSync } from '../cli/run-cli';

const dir = 'test/fixtures/optionomega/single-strategy';
const six = ['0dte-put-hedge', '21-28-30-delta', 'dc-2-7-mon-wed', 'gld-dc', 'pickle-ric', 'vol-crush-special'].map((n) => `${dir}/${n}.csv`);
const prices = ['SPY', 'TLT', 'GLD'].map((n) => `test/fixtures/market/${n}.csv`);

describe('sizewise allocate / correlation', () => {
  it('kelly-margin on the six single-strategy logs', () => {
    const run = runCliSync('allocate', ...six, '--method', 'kelly-margin', '--capital', '100000', '--fraction', '0.5', '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.method).toBe('kelly-margin');
    expect(json.assets.map((a: { name: string }) => a.name)).toEqual(['0dte-put-hedge', '21-28-30-delta', 'dc-2-7-mon-wed', 'gld-dc', 'pickle-ric', 'vol-crush-special']);
    for (const a of json.assets) {
      expect(Number.isInteger(a.wholeContracts)).toBe(true);
      expect(a.wholeContracts).toBeLessThanOrEqual(a.contracts);
    }
    expect(json.peakMarginUtilisation).toBeLessThanOrEqual(0.5 + 1e-9);
    expect(json.window.days).toBeGreaterThan(0);
    for (const key of ['expectedReturn', 'volatility', 'expectedLogGrowth', 'maxDrawdown', 'walkForward']) expect(json).toHaveProperty(key);
  });
  it('risk parity with a walk-forward on market prices', () => {
    const run = runCliSync('allocate', ...prices, '--method', 'risk-parity', '--walk-forward', '250:60:60', '--purge', '2', '--cost-bps', '5', '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.assets.map((a: { name: string }) => a.name)).toEqual(['SPY', 'TLT', 'GLD']);
    expect(json.assets.reduce((s: number, a: { weight: number }) => s + a.weight, 0)).toBeCloseTo(1, 9);
    const rc = json.assets.map((a: { riskContribution: number }) => a.riskContribution);
    for (const r of rc) expect(r).toBeGreaterThan(0.2);
    expect(json.walkForward.folds.length).toBeGreaterThan(10);
    expect(json.walkForward.oos).toHaveProperty('calmar');
  });
  it('correlation on P/L of the six logs', () => {
    const run = runCliSync('correlation', ...six, '--json');
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.names.length).toBe(6);
    expect(json.matrix[0][0]).toBe(1);
    expect(json.sharedDays[1][2]).toBe(json.sharedDays[2][1]);
  });
  it('kelly-margin on prices is refused in one line', () => {
    const run = runCliSync('allocate', prices[0], '--method', 'kelly-margin', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sizewise: allocate: kelly-margin sizes contracts from trade logs/);
  });
});
