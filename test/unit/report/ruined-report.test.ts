// The report of a ruined account (start 1,000; P/L +200, −700, −600, +300, +900 on Mon–Fri
// 2025-01-06..10, equity −100 on Wed 2025-01-08): the ruin is on the page with its date, the "—"
// cells say why, the charts mark it, and the realism section says why it has no content.
import { describe, expect, it } from 'vitest';
import { buildReportModel, formatCell, reportAnalyses } from '../../../core/report';
import { computeStats } from '../../../core/stats';
import { dailyTrades } from '../support/make-trade';

const trades = dailyTrades([200, -700, -600, 300, 900], { marginReq: 100 });
const stats = computeStats(trades, { startingCapital: 1000 });
const analyses = reportAnalyses(trades, stats, 1000, { paths: 50 });
const model = buildReportModel({ portfolioName: 'Ruined', stats, capital: 1000, fraction: 0.5, generatedAt: '2025-10-09T12:00:00.000Z', ...analyses });
const section = (id: string) => model.sections.find((s) => s.id === id)!;
const RUINED = 'ruined on 2025-01-08: equity fell to -100.00';

describe('the report of an account ruined on 2025-01-08', () => {
  it('portfolio statistics: a "Ruined on" row, 100% drawdown, and why CAGR, Sharpe, Sortino and Calmar are "—"', () => {
    const rows = section('portfolio').tables[0].rows.map(([label, value]) => [label, formatCell(value)]);
    expect(rows).toContainEqual(['Ruined on', '2025-01-08 (equity -100.00)']);
    expect(rows).toContainEqual(['Max drawdown', '100.00%']);
    expect(rows.filter(([label]) => ['CAGR', 'Sharpe', 'Sortino', 'Calmar'].includes(label as string)).map(([, v]) => v)).toEqual(['—', '—', '—', '—']);
    expect(section('portfolio').notes).toContain(`— CAGR, Sharpe, Sortino, Calmar: ${RUINED}.`);
  });

  it('the equity chart stops on the ruin date and marks it', () => {
    const [equity] = section('charts').charts;
    const [line] = equity.series;
    expect(line.type === 'band' ? null : [line.points.at(-1), line.marks]).toEqual([['2025-01-08', -100], [{ x: '2025-01-08', label: 'Ruined 2025-01-08' }]]);
  });

  it('edge realism says why it has no content', () => {
    expect(section('realism').omitted).toBe('the account was ruined on 2025-01-08: equity fell to -100.00; daily returns end there, so the Sharpe statistics are undefined');
  });

  it('the replay of the log marks the same ruin', () => {
    const replay = section('replay');
    expect(replay.notes).toContain('As logged: ruined on 2025-01-08 (equity -100.00); no trade opened afterwards, trades already open still closed; max drawdown 100%.');
    expect(replay.notes).toContain(`As logged: — CAGR, MAR, Sharpe: ${RUINED}.`);
  });
});
