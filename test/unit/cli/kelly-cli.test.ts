// `sizewise kelly` end to end: spawns the real CLI on the EMA fixture.
import { describe, expect, it } from 'vitest';
import { runCliSync } from './run-cli';

const ema = 'test/fixtures/optionomega/ema-tradelog.csv';

describe('sizewise kelly', () => {
  it('--json gives the portfolio and per-strategy sizing with the SPEC Kelly values', () => {
    const run = runCliSync('kelly', ema, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.capital).toBe(100_000);
    expect(json.fraction).toBe(0.5);
    expect(json.cap).toBe(0.25);
    expect(json.portfolio.kelly).toBeCloseTo(0.0522067, 7);
    const byName = Object.fromEntries(json.strategies.map((s: { name: string }) => [s.name, s]));
    expect(byName['0DTE CCS - EMA Entry'].kelly).toBeCloseTo(0.0996278, 7);
    expect(byName['0DTE PCS - EMA Entry'].kelly).toBeCloseTo(0.0194697, 7);
    for (const entry of [json.portfolio, ...json.strategies]) {
      for (const key of ['name', 'trades', 'winRate', 'payoff', 'kelly', 'kellyPerContract', 'kellyMargin', 'growthOptimal', 'optimalF', 'optimalFTwr', 'fraction', 'recommendedContracts', 'marginUsed', 'warnings']) {
        expect(entry).toHaveProperty(key);
      }
      expect(Array.isArray(entry.warnings)).toBe(true);
    }
    expect(json.portfolio.totalMargin).toBeGreaterThan(0);
  });

  it('honours --fraction, --cap, --capital and --basis', () => {
    const json = JSON.parse(runCliSync('kelly', ema, '--fraction', '1', '--cap', '0.05', '--capital', '50000', '--basis', 'margin', '--json').stdout);
    expect(json.capital).toBe(50_000);
    const ccs = json.strategies.find((s: { name: string }) => s.name === '0DTE CCS - EMA Entry');
    expect(ccs.basis).toBe('margin');
    expect(ccs.riskBasis).toBe('margin');
    expect(ccs.fraction).toBe(0.05);
    expect(ccs.cappedBy).toBe('cap');
    expect(ccs.recommendedContracts).toBe(Math.floor((0.05 * 50_000) / ccs.marginPerContract));
  });

  it('prints a table without --json', () => {
    const run = runCliSync('kelly', ema);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('0DTE CCS - EMA Entry');
    expect(run.stdout).toMatch(/Strategy\s+Trades\s+Win rate/);
  });

  it('bad input is a one-line error with exit code 2', () => {
    const basis = runCliSync('kelly', ema, '--basis', 'gross');
    expect(basis.code).toBe(2);
    expect(basis.stderr).toBe('sizewise: --basis: "gross" is not one of pl, contract, margin\n');
    const fraction = runCliSync('kelly', ema, '--fraction', '5');
    expect(fraction.code).toBe(2);
    expect(fraction.stderr).toBe('sizewise: --fraction: "5" is not a number ≥ 0 and ≤ 2\n');
    expect(runCliSync('kelly', 'missing.csv').stderr).toBe('sizewise: file not found: missing.csv\n');
  });
});
