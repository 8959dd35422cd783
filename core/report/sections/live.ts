/**
 * Report section: live vs backtest (issue 14). Per strategy: the mapping, the counts of each
 * category, fill rate, slippage, P/L per contract live vs backtest, the drift percentile and
 * the suggested size multiplier (core/live compareLive through core/app planLive); the
 * cumulative live vs backtest P/L per contract of each strategy with matched closed pairs (x:
 * the pair's number in live open order).
 * Without a reporting log the section states why.
 */
import type { LiveComparison, StrategyComparison } from '../../live';
import { decimal, integer, money, percent } from '../cells';
import { defineSection } from '../section';
import type { ReportCell, ReportChart } from '../types';

/** Charts printed at most (the strategies with the most matched closed pairs); the table lists all. */
export const LIVE_REPORT_CHARTS = 6;

const NULL_LABELS: Partial<Record<keyof StrategyComparison, string>> = {
  fillRate: 'Fill rate',
  meanSlippagePerContract: 'Mean slippage',
  livePlPerContract: 'Live P/L per contract',
  driftPercentile: 'Drift percentile',
  suggestedMultiplier: 'Suggested multiplier',
};

function verdict(s: StrategyComparison): ReportCell {
  return s.drifting === null ? null : s.drifting ? 'Drifting' : 'Consistent';
}

function nameOf(s: StrategyComparison): string {
  return s.name ?? `${s.liveName} (live only)`;
}

function charts(c: LiveComparison): { charts: ReportChart[]; left: number } {
  const drawn = c.strategies.filter((s) => s.cumulative.length > 0).sort((a, b) => b.cumulative.length - a.cumulative.length);
  return {
    left: Math.max(0, drawn.length - LIVE_REPORT_CHARTS),
    charts: drawn.slice(0, LIVE_REPORT_CHARTS).map((s, k) => ({
      id: `live-cumulative-${k + 1}`,
      title: `${nameOf(s)}: cumulative P/L per contract by matched pair (live open order), live vs backtest`,
      xAxis: 'value' as const,
      yFormat: 'money' as const,
      series: [
        { name: 'Live', type: 'line' as const, points: s.cumulative.map((p, i): [number, number] => [i + 1, p.live]) },
        { name: 'Backtest', type: 'line' as const, points: s.cumulative.map((p, i): [number, number] => [i + 1, p.backtest]) },
      ],
    })),
  };
}

export const liveSection = defineSection({
  id: 'live',
  title: 'Live vs backtest',
  description: 'Live fills against the backtest: matching, slippage, drift percentile, suggested multipliers',
  isAvailable: (input) => input.live !== undefined,
  unavailableReason: () => 'no live record: import an OptionOmega reporting log to compare live fills with the backtest',
  build: ({ live }) => {
    const c = live!;
    const { window: span } = c;
    const drawn = charts(c);
    const rows: ReportCell[][] = c.strategies.map((s) => [
      nameOf(s),
      integer(s.matched),
      integer(s.liveOnly),
      integer(s.backtestOnly),
      percent(s.fillRate),
      money(s.meanSlippagePerContract),
      money(s.livePlPerContract),
      money(s.backtestPlPerContract),
      percent(s.driftPercentile),
      verdict(s),
      decimal(s.suggestedMultiplier),
    ]);
    const nullLines = c.strategies.flatMap((s) =>
      Object.entries(NULL_LABELS)
        .filter(([key]) => s.nullReasons[key] !== undefined)
        .map(([key, label]) => `${nameOf(s)} — ${label}: ${s.nullReasons[key]}.`),
    );
    return {
      tables: [
        {
          id: 'live-vs-backtest',
          title: `Live vs backtest, ${span.from ?? '—'} to ${span.to ?? '—'}`,
          columns: [
            { label: 'Strategy', align: 'left' },
            { label: 'Matched', align: 'right' },
            { label: 'Live only', align: 'right' },
            { label: 'Backtest only', align: 'right' },
            { label: 'Fill rate', align: 'right' },
            { label: 'Slippage / ct', align: 'right' },
            { label: 'Live P/L / ct', align: 'right' },
            { label: 'Backtest P/L / ct', align: 'right' },
            { label: 'Drift percentile', align: 'right' },
            { label: 'Verdict', align: 'left' },
            { label: 'Multiplier', align: 'right' },
          ],
          rows,
        },
      ],
      charts: drawn.charts,
      notes: [
        ...(span.from === null ? [`No comparison window: ${span.nullReasons.from}.`] : []),
        ...c.strategies.filter((s) => s.liveNames.length > 0 && s.name !== null).map((s) => `Mapping: ${s.liveNames.join(' + ')} → ${s.name} (${s.mappingSource}).`),
        ...c.strategies.filter((s) => s.outsideWindow > 0).map((s) => `${nameOf(s)}: ${s.outsideWindowBacktest} backtest and ${s.outsideWindowLive} live trade${s.outsideWindowLive === 1 ? '' : 's'} outside the window (counted apart, not as misses).`),
        'Multiplier: the suggested per-strategy size multiplier (rule in the conventions); "Apply suggested multipliers to Sizing" on the Live vs backtest page writes it into the Sizing page.',
        ...nullLines,
        ...(drawn.left > 0 ? [`Cumulative charts of ${drawn.left} more strateg${drawn.left === 1 ? 'y are' : 'ies are'} on the app's Live vs backtest page.`] : []),
        ...c.warnings,
      ],
    };
  },
  conventions: ({ live }) => live?.conventions ?? [],
});
