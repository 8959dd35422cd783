/**
 * Round trip through a workspace file: import the EMA trade and daily logs into a
 * DataService, export the bytes, open them in a NEW service: identical trades, daily rows,
 * summary and statistics (SPEC-metrics reference values for the EMA sample).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DataService } from '../../../workers/data-service';
import { loadSqlJs } from '../db/sample';
import { importSample } from '../support/data-service';
import { EMA_WORKSPACE_CONTENTS } from '../support/fixtures';

const NOW = '2025-10-10T08:00:00.000Z';

let original: DataService;
let reopened: DataService;

beforeAll(async () => {
  const SQL = await loadSqlJs();
  original = new DataService(SQL, { now: () => NOW });
  await importSample(original, 'ema-tradelog.csv');
  await importSample(original, 'ema-dailylog.csv');
  reopened = new DataService(SQL);
  const opened = await reopened.openWorkspace(await original.exportWorkspace());
  if (!opened.ok) throw new Error(opened.message);
});

describe('workspace round trip (EMA trade + daily log)', () => {
  it('keeps the summary, with provenance', async () => {
    const summary = await reopened.summary();
    expect(summary).toEqual(await original.summary());
    expect(summary).toMatchObject(EMA_WORKSPACE_CONTENTS);
    expect(summary.imports.map(({ id, fileName, format, importedAt, accepted, rejected }) => ({ id, fileName, format, importedAt, accepted, rejected }))).toEqual([
      { id: 1, fileName: 'ema-tradelog.csv', format: 'optionomega-trades', importedAt: NOW, accepted: 384, rejected: 0 },
      { id: 2, fileName: 'ema-dailylog.csv', format: 'optionomega-daily', importedAt: NOW, accepted: 192, rejected: 0 },
    ]);
    expect(summary.imports[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(summary.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps every trade and daily row', async () => {
    expect(await reopened.trades()).toEqual(await original.trades());
    expect(await reopened.daily()).toEqual(await original.daily());
    expect(await reopened.trades({ strategies: ['0DTE CCS - EMA Entry'] })).toEqual(await original.trades({ strategies: ['0DTE CCS - EMA Entry'] }));
  });

  it('gives identical statistics, using the consistent daily log', async () => {
    const stats = await reopened.stats();
    expect(stats).toEqual(await original.stats());
    expect(stats.portfolio).toMatchObject({ trades: 384, wins: 186, losses: 197, scratches: 1, startingCapital: 100000, startingCapitalSource: 'daily-log', drawdownSource: 'daily-log' });
    expect(stats.portfolio.totalPl).toBeCloseTo(19735, 6);
    const filter = { strategies: ['0DTE PCS - EMA Entry'], from: '2025-03-01' };
    expect(await reopened.stats(filter, { riskFreeRate: 0.04 })).toEqual(await original.stats(filter, { riskFreeRate: 0.04 }));
  });
});

describe('statistics of the trade log alone (SPEC-metrics §2 reference)', () => {
  it('match the EMA reference numbers', async () => {
    const service = new DataService(await loadSqlJs());
    await importSample(service, 'ema-tradelog.csv');
    const { portfolio, strategies } = await service.stats();
    expect(portfolio.startingCapital).toBe(100000);
    expect(portfolio.winRate).toBe(0.484375);
    expect(portfolio.avgWin).toBeCloseTo(986.98925, 5);
    expect(portfolio.avgLoss).toBeCloseTo(831.70051, 5);
    expect(portfolio.profitFactor).toBeCloseTo(1.12045, 5);
    expect(portfolio.cagr).toBeCloseTo(0.265909, 6);
    expect(portfolio.maxDrawdown).toBeCloseTo(0.128921, 6);
    expect(portfolio.sharpe).toBeCloseTo(1.22224, 5);
    expect(portfolio.sortino).toBeCloseTo(1.58696, 5);
    expect(portfolio.calmar).toBeCloseTo(2.06257, 5);
    expect(portfolio.kelly).toBeCloseTo(0.0522067, 7);
    expect(strategies.map((s) => [s.name, Number(s.kelly?.toPrecision(6))])).toEqual([
      ['0DTE CCS - EMA Entry', 0.0996278],
      ['0DTE PCS - EMA Entry', 0.0194697],
    ]);
  });
});
