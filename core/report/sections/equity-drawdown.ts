/**
 * Report section: the portfolio equity curve (realized P/L, business days) and the drawdown
 * the max-drawdown figure was measured on (drawn negative, as a fraction).
 */
import { drawdownStatement } from '../conventions';
import { defineSection } from '../section';
import { formatNumber } from '../format';
import type { DailyOnlyStats } from '../../stats/daily-only';

export const equityDrawdownSection = defineSection({
  id: 'charts',
  title: 'Equity and drawdown',
  description: 'End-of-day equity curve and drawdown from the running peak',
  isAvailable: (input) => (input.dailyOnly?.curve.length ?? input.stats.portfolio.curve.length) >= 2,
  unavailableReason: (input) => `the equity curve has ${input.stats.portfolio.curve.length} business day${input.stats.portfolio.curve.length === 1 ? '' : 's'}; a chart needs two`,
  build: ({ stats: { portfolio }, dailyOnly }) => (dailyOnly ? dailyOnlyCharts(dailyOnly) : {
    tables: [],
    charts: [
      {
        id: 'equity',
        title: 'Equity (end of day)',
        xAxis: 'date',
        yFormat: 'money',
        series: [
          {
            name: 'Equity',
            type: 'line',
            points: portfolio.curve.map((point) => [point.date, point.equity]),
            ...(portfolio.ruin ? { marks: [{ x: portfolio.ruin.date, label: `Ruined ${portfolio.ruin.date}` }] } : {}),
          },
          ...(portfolio.drawdownSource === 'daily-log'
            ? [{ name: 'Net Liquidity (marked to market, daily log)', type: 'line' as const, points: portfolio.drawdownCurve.map((point): [string, number] => [point.date, point.equity]) }]
            : []),
        ],
      },
      {
        id: 'drawdown',
        title: 'Drawdown from the running peak',
        xAxis: 'date',
        yFormat: 'percent',
        series: [{ name: 'Drawdown', type: 'area', tone: 'adverse', points: portfolio.drawdownCurve.map((point) => [point.date, -point.drawdown]) }],
      },
    ],
    notes: [
      `The drawdown chart is on the curve in use: ${drawdownStatement(portfolio)}.`,
      ...(portfolio.ruin ? [`The curves stop on ${portfolio.ruin.date}, when the account was ruined (equity ≤ 0).`] : []),
    ],
  }),
});

/** The daily log's Net Liquidity (no trade log) and its drawdown. */
function dailyOnlyCharts(d: DailyOnlyStats) {
  return {
    tables: [],
    charts: [
      {
        id: 'equity',
        title: 'Net Liquidity (marked to market, daily log)',
        xAxis: 'date' as const,
        yFormat: 'money' as const,
        series: [{ name: 'Net Liquidity', type: 'line' as const, points: d.curve.map((point): [string, number] => [point.date, point.equity]), ...(d.ruin ? { marks: [{ x: d.ruin.date, label: `Ruined ${d.ruin.date}` }] } : {}) }],
      },
      {
        id: 'drawdown',
        title: 'Drawdown from the running peak',
        xAxis: 'date' as const,
        yFormat: 'percent' as const,
        series: [{ name: 'Drawdown', type: 'area' as const, tone: 'adverse' as const, points: d.curve.map((point): [string, number] => [point.date, -point.drawdown]) }],
      },
    ],
    notes: [`Max drawdown ${formatNumber(d.maxDrawdown, 'percent')} marked-to-market (daily log); no trade log, so no closed-trade drawdown beside it.`],
  };
}
