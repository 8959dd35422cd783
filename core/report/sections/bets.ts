/**
 * Report section: prediction-market bets (issue 12), only when the workspace holds a bet log.
 * The run it prints is the workspace's latest saved bets run (its options and candidates
 * re-run over the stored bets by core/app betsReportRun), else the default options without
 * candidates (budgets only) — the note says which. Tables: per group the budget, drift flag,
 * the window's bets, hit rate, posterior hit rate with its 90% credible interval, Brier, ECE,
 * mean P/L, Sharpe-like and MAE (the page and `sizewise bets` add log loss, the Brier
 * decomposition, the score and its terms — small numbers a 2-decimal cell would print as
 * 0.00 — and a wider table does not fit an A4 page);
 * today's tickets with the forced one marked FORCED. Charts: the cumulative P/L of each group
 * (up to BETS_REPORT_CURVES groups, most bets first). Notes: the run budget, each group's
 * drift in one sentence, why nothing regular passed when a ticket was forced.
 * The two tables are also the Bets page's CSV exports (the data worker builds them here).
 */
import type { BetsAnalysis } from '../../bets';
import { formatDigits } from '../../format/number';
import { decimal, integer, money, percent } from '../cells';
import { defineSection } from '../section';
import type { ReportCell, ReportChart, ReportTable } from '../types';

/** Groups whose P/L curve is drawn at most (the table lists every group). */
export const BETS_REPORT_CURVES = 8;

export const BET_GROUPS_TABLE_ID = 'bets-groups';
export const BET_TICKETS_TABLE_ID = 'bets-tickets';

/** A bets run for the report: the analysis and where its options came from. */
export interface BetsReportRun {
  analysis: BetsAnalysis;
  /** "latest saved run "Monday" (2026-12-07T…)" or "default options, no candidates". */
  source: string;
}

export function betGroupsTable(analysis: BetsAnalysis): ReportTable {
  const { window: span } = analysis;
  return {
    id: BET_GROUPS_TABLE_ID,
    title: `Groups over the last ${analysis.options.window} settled days${span ? ` (${span.from} to ${span.to})` : ''}`,
    columns: [
      { label: 'Group', align: 'left' },
      { label: 'Budget', align: 'right' },
      { label: 'Drift', align: 'left' },
      { label: 'Bets', align: 'right' },
      { label: 'Hit rate', align: 'right' },
      { label: 'Posterior', align: 'right' },
      { label: '90% interval', align: 'right' },
      { label: 'Brier', align: 'right' },
      { label: 'ECE', align: 'right' },
      { label: 'Mean P/L', align: 'right' },
      { label: 'Sharpe-like', align: 'right' },
      { label: 'MAE', align: 'right' },
    ],
    rows: analysis.groups.map((g): ReportCell[] => {
      const m = g.metrics;
      return [
        g.name,
        g.eligible ? money(g.budget) : null,
        m.drift.flag ? 'DRIFT' : m.drift.tests.length ? 'stable' : 'untested',
        integer(m.bets),
        percent(m.hitRate),
        percent(m.weightedPosterior.mean),
        `${formatDigits(m.weightedPosterior.lower, 'percent', 1)}–${formatDigits(m.weightedPosterior.upper, 'percent', 1)}`,
        decimal(m.brier?.brier),
        decimal(m.calibration?.ece),
        money(m.meanPl),
        decimal(m.sharpeLike),
        decimal(m.mae),
      ];
    }),
  };
}

export function betTicketsTable(analysis: BetsAnalysis): ReportTable {
  return {
    id: BET_TICKETS_TABLE_ID,
    title: "Today's tickets",
    columns: [
      { label: 'Group', align: 'left' },
      { label: 'Market', align: 'left' },
      { label: 'Side', align: 'left' },
      { label: 'p model', align: 'right' },
      { label: 'Price', align: 'right' },
      { label: 'Edge after fees', align: 'right' },
      { label: 'Full Kelly', align: 'right' },
      { label: 'Contracts', align: 'right' },
      { label: 'Stake', align: 'right' },
      { label: 'Forced', align: 'left' },
    ],
    rows: analysis.tickets.map((t): ReportCell[] => [
      t.candidate.group,
      t.candidate.market,
      t.candidate.side,
      decimal(t.candidate.pModel),
      money(t.candidate.price),
      decimal(t.edge),
      decimal(t.kelly),
      integer(t.contracts),
      money(t.stake),
      t.forced ? 'FORCED' : '',
    ]),
  };
}

function curves(analysis: BetsAnalysis): { charts: ReportChart[]; left: number } {
  const drawn = [...analysis.groups].filter((g) => g.metrics.curve.length > 0).sort((a, b) => b.metrics.totalBets - a.metrics.totalBets);
  const shown = drawn.slice(0, BETS_REPORT_CURVES);
  return {
    left: drawn.length - shown.length,
    charts: shown.length
      ? [
          {
            id: 'bets-pl-curves',
            title: 'Cumulative realized P/L per group (net of fees), by settlement date',
            xAxis: 'date',
            yFormat: 'money',
            series: shown.map((g) => ({ name: g.name, type: 'line' as const, points: g.metrics.curve.map((p): [string, number] => [p.date, p.cumulative]) })),
          },
        ]
      : [],
  };
}

export const betsSection = defineSection({
  id: 'bets',
  title: 'Prediction-market bets',
  description: 'Bet log: per-group calibration, drift and edge, the budget split and today’s tickets',
  onlyWithData: true,
  isAvailable: (input) => input.bets !== undefined,
  unavailableReason: () => 'no bet log in the workspace: import one (date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error) to add this section',
  build: ({ bets }) => {
    const { analysis, source } = bets!;
    const drawn = curves(analysis);
    const notes = [
      `Run: ${source}; allocation by ${analysis.allocation.method === 'kelly' ? 'group-level Kelly' : 'the SPEC §6 score'}. ${analysis.runBudget.text}`,
      ...analysis.groups.map((g) => g.driftHeadline),
      ...(analysis.tickets.length === 0 ? ['No ticket in this run.'] : []),
      ...analysis.messages.filter((m) => m !== analysis.runBudget.text && !m.startsWith('Drift in ')),
    ];
    if (drawn.left > 0) notes.push(`P/L curves of ${drawn.left} more group${drawn.left === 1 ? '' : 's'} are not drawn (the table lists every group).`);
    return { tables: [betGroupsTable(analysis), betTicketsTable(analysis)], charts: drawn.charts, notes };
  },
  conventions: () => [
    'Bets: hit rate posterior (a + wins)/(a + b + n) on EWMA-weighted counts; Brier mean (p − outcome)²; ECE over 10 probability bins; drift = one-sided Welch tests of the recent window against earlier settled days (Bonferroni); tickets sized by binary-contract Kelly f* = (p − c)/(1 − c) on the fee-adjusted price times the Kelly fraction, whole contracts; a FORCED ticket is the single best candidate by edge at the forced-trade cap when nothing else passed.',
  ],
});
