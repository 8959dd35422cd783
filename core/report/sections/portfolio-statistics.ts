/** Report section: the portfolio's statistics (SPEC-metrics §1–2) as a metric/value table. */
import { decimal, integer, money, percent } from '../cells';
import { formatNumber } from '../format';
import { nullNotes, STATS_METRIC_LABELS } from '../null-notes';
import { defineSection } from '../section';
import type { ReportCell } from '../types';
import type { DailyOnlyStats } from '../../stats/daily-only';

export const portfolioStatisticsSection = defineSection({
  id: 'portfolio',
  title: 'Portfolio statistics',
  description: 'Trades, P/L, win rate, CAGR, drawdown, Sharpe, Sortino, Calmar, Kelly',
  isAvailable: (input) => input.stats.portfolio.trades > 0 || input.dailyOnly !== undefined,
  unavailableReason: () => 'no closed trades in the selection',
  build: ({ stats: { portfolio: p }, dailyOnly }) => {
    if (dailyOnly) return dailyOnlyContent(dailyOnly);
    const rows: [string, ReportCell][] = [
      ['Trades', integer(p.trades)],
      ['Wins / losses / scratches', `${p.wins} / ${p.losses} / ${p.scratches}`],
      ['Total P/L', money(p.totalPl)],
      ['Win rate', percent(p.winRate)],
      ['Decided win rate', percent(p.decidedWinRate)],
      ['Average win', money(p.avgWin)],
      ['Average loss', money(p.avgLoss)],
      ['Payoff (avg win / avg loss)', decimal(p.payoff)],
      ['Profit factor', decimal(p.profitFactor)],
      ['Expectancy per trade', money(p.expectancy)],
      ['Starting capital', money(p.startingCapital)],
      ['Final equity', money(p.finalEquity)],
      ...(p.ruin ? ([['Ruined on', `${p.ruin.date} (equity ${formatNumber(p.ruin.equity, 'money')})`]] as [string, ReportCell][]) : []),
      ['CAGR', percent(p.cagr)],
      ['Max drawdown', percent(p.maxDrawdown)],
      ['Sharpe', decimal(p.sharpe)],
      ['Sortino', decimal(p.sortino)],
      ['Calmar', decimal(p.calmar)],
      ['Time in drawdown', percent(p.timeInDrawdown)],
      ['Longest drawdown (business days)', integer(p.longestDrawdownDays)],
      ['Longest win / loss streak', `${p.maxWinStreak} / ${p.maxLossStreak}`],
      ['Kelly on P/L (full)', percent(p.kelly)],
    ];
    return {
      tables: [
        {
          id: 'portfolio-statistics',
          title: 'Portfolio statistics',
          columns: [
            { label: 'Metric', align: 'left' },
            { label: 'Value', align: 'right' },
          ],
          rows,
        },
      ],
      charts: [],
      notes: [
        ...(p.ruin
          ? [`The account was ruined on ${p.ruin.date}: equity reached ${formatNumber(p.ruin.equity, 'money')}. The curve stops there and max drawdown is 100%; final equity is the log's own sum of every trade, which the account could not have traded to.`]
          : []),
        ...nullNotes(p.nullReasons, STATS_METRIC_LABELS),
      ],
    };
  },
});

/** The daily log's own curve when the workspace has no trade log: the figures it gives, and what needs the trades. */
function dailyOnlyContent(d: DailyOnlyStats) {
  const rows: [string, ReportCell][] = [
    ['Daily-log days', `${d.firstDate} – ${d.lastDate}`],
    ['Starting capital (first Net Liquidity − first P/L)', money(d.startingCapital)],
    ['Final Net Liquidity', money(d.finalNetLiquidity)],
    ...(d.ruin ? ([['Ruined on', `${d.ruin.date} (Net Liquidity ${formatNumber(d.ruin.equity, 'money')})`]] as [string, ReportCell][]) : []),
    ['CAGR', percent(d.cagr)],
    ['Max drawdown (marked to market)', percent(d.maxDrawdown)],
    ['Sharpe', decimal(d.sharpe)],
    ['Sortino', decimal(d.sortino)],
    ['Calmar', decimal(d.calmar)],
  ];
  return {
    tables: [{ id: 'portfolio-statistics', title: 'Portfolio curve (daily log only)', columns: [{ label: 'Metric', align: 'left' as const }, { label: 'Value', align: 'right' as const }], rows }],
    charts: [],
    notes: [d.missing, ...nullNotes(d.nullReasons, STATS_METRIC_LABELS)],
  };
}
