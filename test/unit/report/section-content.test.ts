// The content of each built-in section: exact rows, chart series, notes and conventions.
import { describe, expect, it } from 'vitest';
import { buildReportModel, formatCell, type ReportSection } from '../../../core/report';
import { baseInput, portfolioFixture } from './stats-fixture';

const model = buildReportModel({ ...baseInput, stats: portfolioFixture() });
const section = (id: string): ReportSection => model.sections.find((s) => s.id === id)!;
const text = (rows: ReportSection['tables'][number]['rows']) => rows.map((row) => row.map(formatCell));

describe('report section content', () => {
  it('portfolio statistics: formatted metric/value rows', () => {
    const rows = text(section('portfolio').tables[0].rows);
    expect(rows).toHaveLength(21);
    expect(rows.slice(0, 4)).toEqual([
      ['Trades', '10'],
      ['Wins / losses / scratches', '6 / 3 / 1'],
      ['Total P/L', '2,000.00'],
      ['Win rate', '60.00%'],
    ]);
    expect(rows).toContainEqual(['Max drawdown', '2.00%']);
    expect(rows).toContainEqual(['CAGR', '310.00%']);
    expect(rows).toContainEqual(['Kelly on P/L (full)', '37.04%']);
  });

  it('equity and drawdown: one point per curve day, drawdown drawn negative', () => {
    const [equity, drawdown] = section('charts').charts;
    expect(equity.series[0].points).toEqual([
      ['2025-01-02', 100_000],
      ['2025-01-03', 101_500],
      ['2025-01-06', 99_470],
      ['2025-01-07', 102_000],
    ]);
    expect(drawdown.series[0].points.map(([, y]) => y)).toEqual([-0, -0, -0.02, -0]);
    expect(drawdown.yFormat).toBe('percent');
  });

  it('per-strategy tables: one row per strategy with its name as written', () => {
    const [performance, edge] = section('strategies').tables;
    expect(text(performance.rows)[0]).toEqual(['Put spread, "EMA" entry', '5', '60.00%', '1,500.00', '600.00', '533.33', '2.25', '40.00%', '1.00%', '2.10']);
    expect(text(edge.rows)[1]).toEqual(['Call spread\nEMA', '66.67%', '1.13', '200.00', '37.04%', '31.00%', '12.00%', 'no']);
  });

  it('warnings: the statistics warnings as notes', () => {
    expect(section('warnings').notes).toEqual(['Put spread: only 5 trades, fewer than 30.']);
  });

  it('conventions: state the starting-capital and drawdown sources and the risk-free rate', () => {
    // The texts are core/format/conventions' (the app's tooltips), with the report's numbers.
    expect(model.conventions).toContain('Starting capital 100,000.00. From the trade log: Funds at Close − P/L of the first trade to close.');
    expect(model.conventions.some((c) => c.startsWith('Max over business days of (peak − equity) / peak') && c.includes('On closed trades only (equity curve of realized P/L)') && c.endsWith('Here: max drawdown 2.0% on closed trades.'))).toBe(true);
    expect(model.conventions.some((c) => c.includes('Risk-free rate here: rf = 0.00% a year / 252 (a fixed rate).'))).toBe(true);
    const daily = buildReportModel({ ...baseInput, stats: portfolioFixture({ drawdownSource: 'daily-log', startingCapitalSource: 'daily-log' }) });
    expect(daily.conventions.some((c) => c.includes("Marked to market: from the daily log's Net Liquidity") && c.endsWith('Here: max drawdown 2.0% marked-to-market (daily log); 2.0% on closed trades.'))).toBe(true);
  });
});
