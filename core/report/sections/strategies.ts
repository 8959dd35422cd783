/**
 * Report section: one row per strategy — performance, then edge and Kelly on the three bases
 * (raw P/L, per contract, return on margin; SPEC-metrics §1, §3), full Kelly before any fraction.
 */
import { decimal, integer, money, percent } from '../cells';
import { formatNumber } from '../format';
import { nullNotes, STATS_METRIC_LABELS } from '../null-notes';
import { defineSection } from '../section';
import { STRATEGY_CURVE_TEXT } from '../../format/conventions';

export const strategiesSection = defineSection({
  id: 'strategies',
  title: 'Per-strategy statistics',
  description: 'Performance, edge and full Kelly on each basis, per strategy',
  isAvailable: (input) => input.stats.strategies.length > 0,
  unavailableReason: () => 'no closed trades in the selection',
  build: ({ stats }) => ({
    tables: [
      {
        id: 'strategy-performance',
        title: 'Performance by strategy',
        columns: [
          { label: 'Strategy', align: 'left' },
          { label: 'Trades', align: 'right' },
          { label: 'Win rate', align: 'right' },
          { label: 'Total P/L', align: 'right' },
          { label: 'Avg win', align: 'right' },
          { label: 'Avg loss', align: 'right' },
          { label: 'Profit factor', align: 'right' },
          { label: 'CAGR', align: 'right' },
          { label: 'Max DD', align: 'right' },
          { label: 'Sharpe', align: 'right' },
        ],
        rows: stats.strategies.map((s) => [
          s.name,
          integer(s.trades),
          percent(s.winRate),
          money(s.totalPl),
          money(s.avgWin),
          money(s.avgLoss),
          decimal(s.profitFactor),
          percent(s.cagr),
          percent(s.maxDrawdown),
          decimal(s.sharpe),
        ]),
      },
      {
        id: 'strategy-edge',
        title: 'Edge and full Kelly by basis',
        columns: [
          { label: 'Strategy', align: 'left' },
          { label: 'Decided win rate', align: 'right' },
          { label: 'Payoff', align: 'right' },
          { label: 'Expectancy', align: 'right' },
          { label: 'Kelly (P/L)', align: 'right' },
          { label: 'Kelly per contract', align: 'right' },
          { label: 'Kelly on margin', align: 'right' },
          { label: 'Contracts vary > 2×', align: 'left' },
        ],
        rows: stats.strategies.map((s) => [
          s.name,
          percent(s.decidedWinRate),
          decimal(s.payoff),
          money(s.expectancy),
          percent(s.kelly),
          percent(s.kellyPerContract),
          percent(s.kellyMargin),
          s.contractsVary ? 'yes' : 'no',
        ]),
      },
    ],
    charts: [],
    notes: [
      // CAGR, Max DD and Sharpe are on each strategy's own curve: say what it is built from.
      STRATEGY_CURVE_TEXT[stats.strategies.some((s) => s.curveBasis === 'account-returns') ? 'account-returns' : 'pl'],
      ...stats.strategies.flatMap((s) => {
      const { winRate, avgWin, avgLoss, profitFactor, cagr, sharpe, decidedWinRate, payoff, expectancy, kelly, kellyPerContract, kellyMargin } = STATS_METRIC_LABELS;
      const shown = { winRate, avgWin, avgLoss, profitFactor, cagr, sharpe, decidedWinRate, payoff, expectancy, kelly, kellyPerContract, kellyMargin };
      return [...(s.ruin ? [`${s.name}: ruined on ${s.ruin.date} (equity ${formatNumber(s.ruin.equity, 'money')}) on its own curve; max drawdown 100%.`] : []), ...nullNotes(s.nullReasons, shown, s.name)];
      }),
    ],
  }),
});
