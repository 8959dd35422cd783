// No NaN or Infinity reaches any report cell or chart, whatever the statistics hold.
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../../../core/report';
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
});
