// The report of a date-only log (no time columns): the replay and Monte Carlo sections have
// content — they were silently dropped while an empty time parsed as NaN. With a single trade the
// simulation cannot run, and its section says why instead of disappearing.
import { describe, expect, it } from 'vitest';
import { buildReportModel, reportAnalyses } from '../../../core/report';
import { computeStats } from '../../../core/stats';
import { dailyTrades } from '../support/make-trade';

const base = { portfolioName: 'Date only', capital: 10_000, fraction: 0.5, generatedAt: '2025-10-09T12:00:00.000Z' };

describe('a date-only log in the report', () => {
  it('replays the default scenarios and simulates', () => {
    const trades = dailyTrades([100, -50, 200, -80, 150], { timeOpened: '', timeClosed: '' });
    const stats = computeStats(trades, { startingCapital: 10_000 });
    const model = buildReportModel({ ...base, stats, ...reportAnalyses(trades, stats, 10_000, { paths: 50 }) });
    const replay = model.sections.find((s) => s.id === 'replay')!;
    expect(replay.omitted).toBeUndefined();
    expect(replay.tables[0].rows.map((row) => row[0])).toEqual(['As logged', '1 contract', 'Half Kelly', 'Quarter Kelly']);
    expect(model.sections.find((s) => s.id === 'montecarlo')!.omitted).toBeUndefined();
  });

  it('with one trade, the Monte Carlo section says why it is empty', () => {
    const trades = dailyTrades([100], { timeOpened: '', timeClosed: '' });
    const stats = computeStats(trades, { startingCapital: 10_000 });
    const model = buildReportModel({ ...base, stats, ...reportAnalyses(trades, stats, 10_000, { paths: 50 }) });
    expect(model.sections.find((s) => s.id === 'montecarlo')).toEqual({
      id: 'montecarlo',
      title: 'Monte Carlo',
      omitted: 'the simulation cannot run: Monte Carlo needs at least 2 closed trades, got 1',
      tables: [],
      charts: [],
      notes: [],
    });
  });
});
