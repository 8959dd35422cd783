// Which sections the report model includes, given the data and the user's selection.
import { describe, expect, it } from 'vitest';
import { buildReportModel, SECTION_IDS, sectionChoices } from '../../../core/report';
import { baseInput, emptyFixture, portfolioFixture } from './stats-fixture';

describe('report sections by data', () => {
  const omitted = (reason: string) => ({ tables: [], charts: [], notes: [], omitted: reason });

  it('builds every section with data and says why for the others, in registry order', () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture() });
    expect(model.sections.map((s) => [s.id, s.omitted])).toEqual([
      ['portfolio', undefined],
      ['charts', undefined],
      ['strategies', undefined],
      ['kelly', 'the sizing was not computed for this report'],
      ['margin', 'the sizing was not computed for this report'],
      ['targets', 'the drawdown target and Kelly band were not computed for this report'],
      ['realism', 'edge realism was not computed for this report'],
      ['replay', 'the replay was not computed for this report'],
      ['montecarlo', 'the Monte Carlo simulation was not run for this report'],
      ['live', 'no live record: import an OptionOmega reporting log to compare live fills with the backtest'],
      ['allocation', 'no saved allocation: run an allocation on the Allocate page and save it in the workspace'],
      ['warnings', undefined],
    ]);
    // bets (issue 12) is in the registry but left out of a report without a bet log (onlyWithData).
    expect(SECTION_IDS).toEqual(['portfolio', 'charts', 'strategies', 'kelly', 'margin', 'targets', 'realism', 'replay', 'montecarlo', 'live', 'bets', 'allocation', 'warnings']);
  });

  it("a caller's reason replaces the section's own", () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture(), unavailable: { replay: 'no closed trade can be replayed' } });
    expect(model.sections.find((s) => s.id === 'replay')).toEqual({ id: 'replay', title: 'Replay comparison', ...omitted('no closed trade can be replayed') });
  });

  it('an empty portfolio keeps the cover and conventions, and every section says why it is empty', () => {
    const model = buildReportModel({ ...baseInput, stats: emptyFixture() });
    expect(model.sections.filter((s) => s.omitted === undefined)).toEqual([]);
    expect(model.sections.find((s) => s.id === 'portfolio')!.omitted).toBe('no closed trades in the selection');
    expect(model.sections.find((s) => s.id === 'charts')!.omitted).toBe('the equity curve has 0 business days; a chart needs two');
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
    expect(model.conventions[1]).toBe('Starting capital 100,000.00. No source in the data: the default starting capital is used.');
  });

  it('offers every section, with the reason where there is no data', () => {
    const stats = { ...portfolioFixture(), warnings: [] };
    const choices = sectionChoices({ ...baseInput, stats });
    expect(choices.filter((s) => s.unavailable === undefined).map((s) => s.id)).toEqual(['portfolio', 'charts', 'strategies']);
    expect(choices.find((s) => s.id === 'warnings')!.unavailable).toBe('nothing to warn about: the statistics, the sizing and the realism check flagged nothing');
  });

  it('says why the charts are empty with a single-day curve', () => {
    const stats = portfolioFixture({ curve: [{ date: '2025-01-02', equity: 100_000, drawdown: 0 }] });
    expect(buildReportModel({ ...baseInput, stats }).sections.find((s) => s.id === 'charts')!.omitted).toBe('the equity curve has 1 business day; a chart needs two');
  });

  it('includes only the selected sections, in print order whatever the selection order', () => {
    const model = buildReportModel({ ...baseInput, stats: portfolioFixture(), sections: ['warnings', 'portfolio'] });
    expect(model.sections.map((s) => s.id)).toEqual(['portfolio', 'warnings']);
  });

  it('a selected section without data says why', () => {
    const model = buildReportModel({ ...baseInput, stats: { ...portfolioFixture(), warnings: [] }, sections: ['warnings', 'strategies'] });
    expect(model.sections.map((s) => [s.id, s.omitted])).toEqual([
      ['strategies', undefined],
      ['warnings', 'nothing to warn about: the statistics, the sizing and the realism check flagged nothing'],
    ]);
  });

  it('rejects an unknown section id, naming the valid ones', () => {
    expect(() => buildReportModel({ ...baseInput, stats: portfolioFixture(), sections: ['kely'] })).toThrow(
      'unknown report section "kely" (sections: portfolio, charts, strategies, kelly, margin, targets, realism, replay, montecarlo, live, bets, allocation, warnings)',
    );
  });

  it('rejects a capital or fraction that is not a usable number', () => {
    expect(() => buildReportModel({ ...baseInput, capital: Number.NaN, stats: portfolioFixture() })).toThrow('capital must be a positive number, got NaN');
    expect(() => buildReportModel({ ...baseInput, fraction: -0.5, stats: portfolioFixture() })).toThrow('Kelly fraction must be a number ≥ 0, got -0.5');
  });
});
