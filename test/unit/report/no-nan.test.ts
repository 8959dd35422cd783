// No NaN or Infinity reaches any report cell or chart, whatever the statistics hold.
import { describe, expect, it } from 'vitest';
import { buildReportModel, compareReportScenarios, runReportMonteCarlo, type ReportModel } from '../../../core/report';
import { computeStats } from '../../../core/stats';
import { fixtureTrades } from '../support/fixtures';
import { baseInput, emptyFixture, portfolioFixture } from './stats-fixture';

function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

describe('report model numbers', () => {
  it('is finite for a normal and an empty portfolio', () => {
    expect(nonFiniteNumbers(buildReportModel({ ...baseInput, stats: portfolioFixture() }))).toEqual([]);
    expect(nonFiniteNumbers(buildReportModel({ ...baseInput, stats: emptyFixture() }))).toEqual([]);
  });

  it('turns a non-finite metric into an empty (null) cell instead of printing NaN', () => {
    const stats = portfolioFixture({ sharpe: Number.NaN, profitFactor: Number.POSITIVE_INFINITY });
    const model: ReportModel = buildReportModel({ ...baseInput, stats });
    expect(nonFiniteNumbers(model)).toEqual([]);
    const rows = model.sections[0].tables[0].rows;
    expect(rows.find((row) => row[0] === 'Sharpe')![1]).toBeNull();
    expect(rows.find((row) => row[0] === 'Profit factor')![1]).toBeNull();
  });

  it('is finite with the replay comparison (a scenario losing most of its capital) and Monte Carlo of the EMA sample', async () => {
    const trades = await fixtureTrades('ema-tradelog.csv');
    const simulated = runReportMonteCarlo(trades, 100_000, { paths: 2_000 });
    if (!simulated.ok) throw new Error(simulated.message);
    const compared = compareReportScenarios(trades, 100_000, { rules: ['log', 'kelly:2', 'optimal-f', 'vol-target:0.5'] });
    if (!compared.ok) throw new Error(compared.message);
    const replay = compared.value;
    const model = buildReportModel({ ...baseInput, stats: computeStats(trades), replay, montecarlo: simulated.value });
    expect(model.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['replay', 'montecarlo']));
    expect(nonFiniteNumbers(model)).toEqual([]);
  });
});
