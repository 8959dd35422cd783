// `sizewise stats` options: strategy filter, daily log, capital and risk-free rate; the text table.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EMA = 'test/fixtures/optionomega/ema-tradelog.csv';
const EMA_DAILY = 'test/fixtures/optionomega/ema-dailylog.csv';

describe('sizewise stats options', () => {
  it('--strategy narrows the portfolio to that strategy', async () => {
    const result = await runCli(['stats', EMA, '--strategy', '0DTE CCS - EMA Entry', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.portfolio.trades).toBe(205);
    expect(out.portfolio.startingCapital).toBe(100000);
    expect(Math.abs(out.portfolio.kelly - 0.0996278)).toBeLessThan(5e-8);
    expect(Math.abs(out.portfolio.maxDrawdown - 0.0831331)).toBeLessThan(5e-8);
    expect(out.strategies.map((s: { name: string }) => s.name)).toEqual(['0DTE CCS - EMA Entry']);
  });

  it('--daily takes capital and drawdown from the daily log; --capital and --risk-free are honoured', async () => {
    const daily = JSON.parse((await runCli(['stats', EMA, '--daily', EMA_DAILY, '--json'])).stdout);
    expect(daily.conventions).toMatchObject({ riskFreeRate: 0, startingCapitalSource: 'daily-log', drawdownSource: 'daily-log' });
    expect(Math.abs(daily.portfolio.maxDrawdown - 0.128921)).toBeLessThan(5e-7);
    const custom = JSON.parse((await runCli(['stats', EMA, '--capital', '200000', '--risk-free', '4%', '--json'])).stdout);
    expect(custom.conventions).toMatchObject({ riskFreeRate: 0.04, riskFree: { kind: 'fixed', annualRate: 0.04 }, startingCapitalSource: 'user', drawdownSource: 'trades' });
    expect(custom.portfolio.finalEquity).toBe(219735);
  });

  it('--from/--to filter on the date opened', async () => {
    const out = JSON.parse((await runCli(['stats', EMA, '--from', '2025-10-01', '--to', '2025-10-08', '--json'])).stdout);
    expect(out.portfolio.firstDate >= '2025-10-01').toBe(true);
    expect(out.portfolio.lastDate).toBe('2025-10-08');
    expect(out.portfolio.trades).toBeGreaterThan(0);
    expect(out.portfolio.trades).toBeLessThan(384);
  });

  it('prints aligned tables without --json', async () => {
    const result = await runCli(['stats', EMA]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Win rate\s+48\.44%/);
    expect(result.stdout).toMatch(/Max drawdown\s+max drawdown 12\.9% on closed trades/);
    expect(result.stdout).toContain('0DTE PCS - EMA Entry');
  });

  it('reports a daily log that does not belong to the trade log and ignores it', async () => {
    const out = JSON.parse((await runCli(['stats', 'test/fixtures/optionomega/meic-tradelog.csv', '--daily', 'test/fixtures/optionomega/meic-dailylog.csv', '--json'])).stdout);
    expect(out.conventions.startingCapitalSource).toBe('funds-at-close');
    expect(out.import.warnings.some((w: string) => /meic-dailylog\.csv does not match the trade log/.test(w))).toBe(true);
  });
});
