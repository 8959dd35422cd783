// SPEC §2 vector: the EMA trade log with the historical DTB3 rate → Sharpe 1.016510 (with 0:
// 1.222243), computed independently by test/fixtures/generators/historical_sharpe.py. The
// series (resources/dtb3.csv) runs through 2026-07-20, so the EMA period (2025) is not stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeStats, historicalDailyRates, parseDtb3 } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';
import { expectSignificant } from './precision';

const series = parseDtb3(readFileSync(new URL('../../../resources/dtb3.csv', import.meta.url), 'utf8'));

describe('historical risk-free rate', () => {
  it('EMA → Sharpe 1.016510', async () => {
    const p = computeStats(await fixtureTrades('ema-tradelog.csv'), { riskFreeSeries: series }).portfolio;
    expectSignificant(p.sharpe, 1.01651);
    expect(p.riskFree).toEqual({ kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: null });
  });
  it('a fixed 0 rate keeps Sharpe 1.222243', async () => {
    const p = computeStats(await fixtureTrades('ema-tradelog.csv')).portfolio;
    expectSignificant(p.sharpe, 1.222243);
    expect(p.riskFree).toEqual({ kind: 'fixed', annualRate: 0 });
  });
  it('before the series: its first quote; a gap: the last earlier quote; after it: the last, stale from that date', () => {
    const { daily, used } = historicalDailyRates(series, ['2012-12-31', '2026-07-20', '2026-07-21', '2026-07-22']);
    expect(daily).toEqual([0.08 / 100 / 252, 3.73 / 100 / 252, 3.73 / 100 / 252, 3.73 / 100 / 252]);
    expect(used).toEqual({ kind: 'historical', series: 'DTB3', through: '2026-07-20', staleFrom: '2026-07-21' });
  });
});
