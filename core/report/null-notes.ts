/**
 * Why a "—" is there, in words: the null metrics of a table grouped by reason, one line per
 * reason ("— CAGR, Sharpe, Sortino, Calmar: ruined on 2025-01-08 (equity -100.00)."). The
 * report's sections and the CLI's text output print the same lines.
 */
import type { StatsMetricId } from '../stats/types';

/** The names of the statistics as the report and the CLI label them. */
export const STATS_METRIC_LABELS: Record<StatsMetricId, string> = {
  winRate: 'Win rate',
  decidedWinRate: 'Decided win rate',
  avgWin: 'Average win',
  avgLoss: 'Average loss',
  payoff: 'Payoff',
  profitFactor: 'Profit factor',
  expectancy: 'Expectancy',
  kelly: 'Kelly (P/L)',
  kellyPerContract: 'Kelly per contract',
  kellyMargin: 'Kelly on margin',
  cagr: 'CAGR',
  sharpe: 'Sharpe',
  sortino: 'Sortino',
  calmar: 'Calmar',
};

/**
 * One line per distinct reason among the metrics of `labels` (in the order of `labels`) that
 * have one in `reasons`; `subject` prefixes each line (a strategy or scenario name).
 */
export function nullNotes(reasons: Partial<Record<string, string>>, labels: Partial<Record<string, string>>, subject?: string): string[] {
  const byReason = new Map<string, string[]>();
  for (const [id, label] of Object.entries(labels)) {
    const reason = reasons[id];
    if (reason === undefined || label === undefined) continue;
    byReason.set(reason, [...(byReason.get(reason) ?? []), label]);
  }
  return [...byReason].map(([reason, names]) => `${subject ? `${subject}: ` : ''}— ${names.join(', ')}: ${reason}.`);
}
