// Which sections the report model includes, given the data and the user's selection.
import { describe, expect, it } from 'vitest';
import { availableSections, buildReportModel, SECTION_IDS } from '../../../core/report';
import { baseInput, emptyFixture, portfolioFixture } from './stats-fixture';

describe('report sections by data', () => {
  it('includes every section with data, in registry order', () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture() });
    expect(model.sections.map((s) => s.id)).toEqual(['portfolio', 'charts', 'strategies', 'warnings']);
    expect(SECTION_IDS).toEqual(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'realism', 'replay', 'montecarlo', 'warnings']);
  });

  it('leaves out every data section for an empty portfolio but keeps the cover and conventions', () => {
    const model = buildReportModel({ ...baseInput, stats: emptyFixture() });
    expect(model.sections).toEqual([]);
    expect(model.cover).toEqual({
      title: 'Sizing report',
      portfolioName: 'Fixture portfolio',
      firstDate: null,
      lastDate: null,
      capital: 50_000,
      fraction: 0.5,
      trades: 0,
      strategies: [],
      generatedAt: '2025-10-09T12:00:00.000Z',
    });
    expect(model.conventions[1]).toBe('Starting capital 100,000.00 (default (no capital in the data)).');
  });

  it('drops the warnings section when there is no warning', () => {
    const stats = { ...portfolioFixture(), warnings: [] };
    expect(availableSections({ ...baseInput, stats }).map((s) => s.id)).toEqual(['portfolio', 'charts', 'strategies']);
  });

  it('drops the charts with a single-day curve', () => {
    const stats = portfolioFixture({ curve: [{ date: '2025-01-02', equity: 100_000, drawdown: 0 }] });
    expect(buildReportModel({ ...baseInput, stats }).sections.map((s) => s.id)).not.toContain('charts');
  });

  it('includes only the selected sections, in print order whatever the selection order', () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture(), sections: ['warnings', 'portfolio'] });
    expect(model.sections.map((s) => s.id)).toEqual(['portfolio', 'warnings']);
  });

  it('skips a selected section that has no data', () => {
    const model = buildReportModel({ ...baseInput, stats: { ...portfolioFixture(), warnings: [] }, sections: ['warnings', 'strategies'] });
    expect(model.sections.map((s) => s.id)).toEqual(['strategies']);
  });

  it('rejects an unknown section id, naming the valid ones', () => {
    expect(() => buildReportModel({ ...baseInput, stats: portfolioFixture(), sections: ['kely'] })).toThrow(
      'unknown report section "kely" (sections: portfolio, charts, strategies, kelly, margin, realism, replay, montecarlo, warnings)',
    );
  });

  it('rejects a capital or fraction that is not a usable number', () => {
    expect(() => buildReportModel({ ...baseInput, capital: Number.NaN, stats: portfolioFixture() })).toThrow('capital must be a positive number, got NaN');
    expect(() => buildReportModel({ ...baseInput, fraction: -0.5, stats: portfolioFixture() })).toThrow('Kelly fraction must be a number ≥ 0, got -0.5');
  });
});
