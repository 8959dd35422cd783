// `sizewise stats --json` on the EMA trade log: the documented schema and the SPEC numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';

function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 5e-6);
}

describe('sizewise stats --json', () => {
  let out: any;
  beforeAll(async () => {
    const result = await runCli(['stats', EMA, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    out = JSON.parse(result.stdout);
  });

  it('has exactly the documented keys', () => {
    expect(Object.keys(out)).toEqual(['portfolio', 'strategies', 'conventions', 'import']);
    expect(Object.keys(out.portfolio)).toEqual([
      'trades', 'wins', 'losses', 'scratches', 'totalPl', 'winRate', 'avgWin', 'avgLoss', 'profitFactor', 'startingCapital',
      'finalEquity', 'cagr', 'maxDrawdown', 'maxDrawdownClosedTrades', 'sharpe', 'sortino', 'calmar', 'kelly', 'firstDate', 'lastDate', 'ruin', 'nullReasons',
    ]);
    for (const s of out.strategies) {
      expect(Object.keys(s)).toEqual(['name', 'trades', 'totalPl', 'winRate', 'avgWin', 'avgLoss', 'profitFactor', 'kelly', 'kellyPerContract', 'kellyMargin', 'maxDrawdown', 'cagr', 'sharpe', 'curveBasis', 'ruin', 'nullReasons']);
    }
    expect(Object.keys(out.conventions)).toEqual(['riskFreeRate', 'riskFree', 'startingCapitalSource', 'drawdownSource', 'drawdown', 'dailyLog']);
    expect(Object.keys(out.import)).toEqual(['format', 'accepted', 'rejected', 'errors', 'warnings']);
  });

  it('reports the SPEC reference numbers', () => {
    const p = out.portfolio;
    expect([p.trades, p.wins, p.losses, p.scratches, p.totalPl, p.startingCapital]).toEqual([384, 186, 197, 1, 19735, 100000]);
    expect([p.firstDate, p.lastDate, p.winRate]).toEqual(['2025-01-02', '2025-10-08', 0.484375]);
    close(p.avgWin, 986.98925);
    close(p.avgLoss, 831.70051);
    close(p.profitFactor, 1.12045);
    close(p.cagr, 0.265909);
    close(p.maxDrawdown, 0.128921);
    close(p.sharpe, 1.22224);
    close(p.sortino, 1.58696);
    close(p.calmar, 2.06257);
    close(p.kelly, 0.0522067);
    expect(out.strategies.map((s: any) => s.name)).toEqual(['0DTE CCS - EMA Entry', '0DTE PCS - EMA Entry']);
    close(out.strategies[0].kelly, 0.0996278);
    close(out.strategies[1].kelly, 0.0194697);
  });

  it('states conventions and the import summary', () => {
    expect(out.conventions).toEqual({ riskFreeRate: 0, riskFree: { kind: 'fixed', annualRate: 0 }, startingCapitalSource: 'funds-at-close', drawdownSource: 'trades', drawdown: 'max drawdown 12.9% on closed trades', dailyLog: null });
    expect(out.import).toEqual({ format: 'optionomega-trades', accepted: 384, rejected: 0, errors: [], warnings: [] });
  });
});
