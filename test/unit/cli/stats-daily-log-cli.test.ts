// `sizewise stats --daily … --json` (issue 17): the EMA daily log belongs (drawdownSource
// "daily-log"), the MEIC daily log does not (first difference 2025-01-02: 100,000 vs 125,000,
// SPEC §2); `--risk-free historical` reports the DTB3 series and gives Sharpe 1.016510 on EMA.
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const D = 'test/fixtures/optionomega';

describe('sizewise stats --daily / --risk-free historical', () => {
  it('EMA: accepted, marked to market, historical rate', async () => {
    const result = await runCli(['stats', `${D}/ema-tradelog.csv`, '--daily', `${D}/ema-dailylog.csv`, '--risk-free', 'historical', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.conventions.drawdownSource).toBe('daily-log');
    expect(out.conventions.dailyLog).toEqual({ accepted: true, reason: null, firstDifference: null });
    expect(out.conventions.riskFree).toEqual({ kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: null });
    expect(out.portfolio.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(out.portfolio.maxDrawdownClosedTrades).toBeCloseTo(0.128921, 6);
    expect(out.portfolio.sharpe).toBeCloseTo(1.01651, 5);
  });
  it('MEIC: refused, first difference named', async () => {
    const result = await runCli(['stats', `${D}/meic-tradelog.csv`, '--daily', `${D}/meic-dailylog.csv`, '--json']);
    const out = JSON.parse(result.stdout);
    expect(out.conventions.drawdownSource).toBe('trades');
    expect(out.conventions.dailyLog.accepted).toBe(false);
    expect(out.conventions.dailyLog.firstDifference).toEqual({ date: '2025-01-02', dailyLog: 100000, trades: 125000 });
    expect(out.conventions.dailyLog.reason).toContain('first on 2025-01-02');
    expect(out.conventions.riskFree).toEqual({ kind: 'fixed', annualRate: 0 });
  });
});
