// The sizing-driven sections (Kelly, margin, realism, merged warnings) built from the real
// core/sizing and core/realism results of a small synthetic trade list.
import { describe, expect, it } from 'vitest';
import type { Trade } from '../../../core/model';
import { assessRealism } from '../../../core/realism';
import { buildReportModel, formatCell, portfolioDailyReturns, type ReportModel } from '../../../core/report';
import { analyzeSizing } from '../../../core/sizing';
import { computeStats } from '../../../core/stats';

function trade(strategy: string, day: number, pl: number, marginReq: number | null): Trade {
  const date = `2025-03-${String(day).padStart(2, '0')}`;
  return {
    strategy, symbol: 'SPX', dateOpened: date, timeOpened: '10:00:00', dateClosed: date, timeClosed: '15:00:00',
    contracts: 1, pl, fees: 0, premium: null, marginReq, fundsAtClose: null, maxLossPct: null, maxProfitPct: null,
    openingPrice: null, closingPrice: null, openingVix: null, legs: '', reasonForClose: '',
  };
}

// Weekdays of March 2025 from the 3rd; wins of 300 and losses of 200 alternate in a 3:2 pattern.
const days = [3, 4, 5, 6, 7, 10, 11, 12, 13, 14];
const pls = [300, -200, 300, 300, -200, 300, -200, 300, 300, -200];
const trades = days.map((d, i) => trade('Alpha', d, pls[i], 1000));
const input = (extra: Partial<Parameters<typeof buildReportModel>[0]> = {}): ReportModel => {
  const stats = computeStats(trades, { startingCapital: 10_000 });
  return buildReportModel({ portfolioName: 'Alpha', stats, capital: 10_000, fraction: 0.5, generatedAt: '2025-03-15T00:00:00Z', ...extra });
};

describe('sizing sections', () => {
  const sizing = analyzeSizing(trades, { capital: 10_000, fraction: 0.5 });
  const model = input({ sizing });
  const kelly = model.sections.find((s) => s.id === 'kelly')!;

  it('say why without sizing results', () => {
    expect(input().sections.filter((s) => s.omitted === undefined).map((s) => s.id)).toEqual(['portfolio', 'charts', 'strategies']);
    expect(input().sections.find((s) => s.id === 'kelly')!.omitted).toBe('the sizing was not computed for this report');
  });

  it('Kelly table: one row per strategy plus the portfolio, numbers from core/sizing', () => {
    const rows = kelly.tables[0].rows;
    expect(rows.map((r) => r[0])).toEqual(['Alpha', 'Portfolio']);
    const alpha = sizing.strategies[0];
    // p = 0.6, b = 1.5 → f* = 0.6 − 0.4 / 1.5 = 0.333…; two outcomes (r = +1.5, −1 in units of D = 200),
    // so the growth-optimal fraction is the same: 0.6·1.5/(1 + 1.5f) = 0.4/(1 − f) → f = 1/3.
    // Half of it 16.67% (Thorp's c 0.5), D = avg loss 200 → floor(1666.67 / 200) = 8 contracts;
    // no cap binds: worst loss 8 × 200 = 1,600 ≤ 20% of 10,000; margin 8 × 1,000 = 8,000 ≤ 10,000.
    expect(alpha.chosenKelly).toBeCloseTo(1 / 3, 12);
    expect(alpha.growthOptimal).toBeCloseTo(1 / 3, 12);
    expect(rows[0].map(formatCell)).toEqual([
      'Alpha', '10', '33.33%', '33.33%', formatCell({ value: alpha.optimalF!.f, format: 'percent' }),
      '16.67%', '0.50', '200.00', '8', '8', '1,600.00', '8,000.00',
    ]);
    expect(kelly.notes[0]).toBe('Sized for capital 10,000.00 at 50.00% of the growth-optimal fraction f*, capped at 25.00% of capital per strategy.');
    expect(model.conventions.some((c) => c.startsWith('Kelly says = floor(applied · capital / D)'))).toBe(true);
  });

  it('margin section: history and sized margin, with a chart of the daily utilisation', () => {
    const margin = model.sections.find((s) => s.id === 'margin')!;
    expect(margin.tables[0].rows[0].map(formatCell).slice(3)).toEqual(['8,000.00', '80.00%']);
    expect(margin.charts[0].series[0].points.length).toBe(sizing.portfolio.historicalMargin!.series.filter((d) => d.utilisation !== null).length);
  });

  it('margin section says why when the trades carry no margin', () => {
    const noMargin = days.map((d, i) => trade('Alpha', d, pls[i], null));
    const s = analyzeSizing(noMargin, { capital: 10_000, fraction: 0.5 });
    const m = buildReportModel({ portfolioName: 'x', stats: computeStats(noMargin, { startingCapital: 10_000 }), sizing: s, capital: 10_000, fraction: 0.5, generatedAt: '2025-03-15T00:00:00Z' });
    expect(m.sections.find((x) => x.id === 'margin')!.omitted).toBe('the trades have no margin (Margin Req.) to measure utilisation by');
  });

  it('warnings merge statistics, sizing (grouped across strategies, a lone one named) and realism warnings', () => {
    const realism = assessRealism([0.5, -0.1, 0.6, 0.4, 0.3, 0.2, 0.5, 0.4, 0.1, 0.7]);
    const m = input({ sizing, realism });
    const notes = m.sections.find((s) => s.id === 'warnings')!.notes;
    expect(notes).toContain('"Alpha": Only 10 trades (fewer than 30): Kelly from so small a sample is unreliable.');
    for (const w of realism.warnings) expect(notes).toContain(w);
    const section = m.sections.find((s) => s.id === 'realism')!;
    expect(section.notes).toEqual([realism.verdict, "Sharpe, PSR, DSR and MinTRL of the excess returns r − rf (the statistics' Sharpe): rf = 0.00% a year / 252 (a fixed rate)."]);
    expect(section.tables[0].rows[0].map(formatCell)).toEqual(['Daily returns', '10']);
  });
});

describe('portfolioDailyReturns', () => {
  it('measures each day against the previous equity, the first against the starting capital', () => {
    const curve = [
      { date: '2025-03-03', equity: 10_300, drawdown: 0 },
      { date: '2025-03-04', equity: 10_094, drawdown: 0.02 },
    ];
    const returns = portfolioDailyReturns({ drawdownCurve: curve, startingCapital: 10_000 });
    expect(returns[0]).toBeCloseTo(0.03, 15);
    expect(returns[1]).toBeCloseTo(-0.02, 15);
  });
});
