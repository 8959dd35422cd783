/**
 * Report section: allocation (issue 19). The workspace's most recently saved Allocate-page run
 * (allocator_runs): its method, window, capital and basis; per input the weight, dollars,
 * (kelly-margin) contracts and whole contracts, and its share of the portfolio variance; the
 * portfolio's expected return, volatility, log growth and max drawdown; and, when the run
 * walked forward, each method's out-of-sample CAGR, max drawdown and Calmar with the robustness
 * summary against equal weight, and the out-of-sample growth chart.
 * Without a saved run the section states why.
 */
import type { SavedAllocationRun } from '../../allocate/saved-run';
import { ALLOCATION_METHOD_LABELS } from '../../allocate/types';
import { formatText } from '../../format/number';
import { decimal, integer, money, percent } from '../cells';
import { defineSection } from '../section';
import type { ReportCell, ReportChart, ReportTable } from '../types';

export const NO_SAVED_ALLOCATION = 'no saved allocation: run an allocation on the Allocate page and save it in the workspace';

function weightsTable(run: SavedAllocationRun): ReportTable {
  const r = run.report.result;
  const margin = r.kellyMargin !== null;
  return {
    id: 'allocation-weights',
    title: `${ALLOCATION_METHOD_LABELS[r.method]}: weights at ${formatText(run.capital, 'money')} capital`,
    columns: [
      { label: 'Input', align: 'left' },
      { label: 'Weight', align: 'right' },
      { label: 'Dollars', align: 'right' },
      ...(margin ? [{ label: 'Contracts', align: 'right' as const }, { label: 'Whole contracts', align: 'right' as const }] : []),
      { label: 'Risk share', align: 'right' },
      { label: 'Max DD without it', align: 'right' },
    ],
    rows: r.assets.map((a): ReportCell[] => [
      a.name,
      percent(a.weight),
      money(a.dollars),
      ...(margin ? [decimal(a.contracts), integer(a.wholeContracts)] : []),
      percent(a.riskContribution),
      percent(a.marginal.maxDrawdownWithout),
    ]),
  };
}

function summaryTable(run: SavedAllocationRun): ReportTable {
  const r = run.report.result;
  const km = r.kellyMargin;
  return {
    id: 'allocation-summary',
    title: 'The weighted portfolio over the calendar',
    columns: [
      { label: 'Figure', align: 'left' },
      { label: 'Value', align: 'right' },
    ],
    rows: [
      ['Expected return / yr', percent(r.expectedReturn)],
      ['Volatility / yr', percent(r.volatility)],
      [`Mean log growth per ${run.report['window'].period} period`, percent(r.expectedLogGrowth)],
      ['Max drawdown', percent(r.maxDrawdown)],
      ['Sharpe (risk-free 0)', decimal(r.sharpe)],
      ['CAGR', percent(r.cagr)],
      ...(km ? [['Peak margin ÷ capital (whole contracts)', percent(km.wholePeakMarginUtilisation)] as ReportCell[], ['Log growth lost to whole contracts', decimal(km.roundingCost)] as ReportCell[]] : []),
    ],
  };
}

function walkForwardTable(run: SavedAllocationRun): ReportTable | null {
  const wf = run.report.walkForward;
  if (!wf) return null;
  const rows = [...wf.methods, ...(wf.methods.some((m) => m.method === 'equal') ? [] : [wf.baseline])];
  return {
    id: 'allocation-walk-forward',
    title: `Walk-forward out of sample: ${wf.methods[0]?.folds.length ?? 0} folds`,
    columns: [
      { label: 'Method', align: 'left' },
      { label: 'OOS CAGR', align: 'right' },
      { label: 'OOS max DD', align: 'right' },
      { label: 'OOS Calmar', align: 'right' },
      { label: 'Median fold Calmar', align: 'right' },
      { label: '25th pct fold Calmar', align: 'right' },
      { label: 'Losing folds', align: 'right' },
    ],
    rows: rows.map((m): ReportCell[] => [
      m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method],
      percent(m.oos.cagr),
      percent(m.oos.maxDrawdown),
      decimal(m.oos.calmar),
      decimal(m.robustness.medianCalmar),
      decimal(m.robustness.p25Calmar),
      percent(m.robustness.negativeShare),
    ]),
  };
}

function walkForwardChart(run: SavedAllocationRun): ReportChart | null {
  const wf = run.report.walkForward;
  if (!wf || wf.baseline.curve.length === 0) return null;
  const lines = [...wf.methods.filter((m) => m.method !== 'equal'), wf.baseline];
  return {
    id: 'allocation-oos-growth',
    title: 'Out-of-sample growth of 1 per method, against equal weight',
    xAxis: 'date',
    yFormat: 'decimal',
    series: lines.map((m) => ({
      name: m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method],
      type: 'line' as const,
      points: m.curve.map((p): [string, number] => [p.date, p.equity]),
    })),
  };
}

export const allocationSection = defineSection({
  id: 'allocation',
  title: 'Allocation',
  description: 'The last saved Allocate-page run: weights, dollars and contracts, risk shares, walk-forward summary',
  isAvailable: (input) => input.allocation !== undefined,
  unavailableReason: () => NO_SAVED_ALLOCATION,
  build: ({ allocation, allocationTrials }) => {
    const { run, created } = allocation!;
    const { report } = run;
    const { from, to, days, periods, period } = report['window'];
    const wf = walkForwardTable(run);
    const chart = walkForwardChart(run);
    const o = report.walkForward?.options;
    return {
      tables: [summaryTable(run), weightsTable(run), ...(wf ? [wf] : [])],
      charts: chart ? [chart] : [],
      notes: [
        `Saved run “${run.name}” (${created.slice(0, 10)}): ${report.names.length} inputs on the shared calendar ${from} to ${to} (${days} business days, ${periods} ${period} periods).`,
        ...(o ? [`Walk-forward: ${o.mode} windows of ${o.inSample} in-sample, ${o.purge} purge, ${o.outOfSample} out-of-sample periods, step ${o.step}, embargo ${o.embargo}, turnover cost ${o.costBps} bps; weights re-fitted on each in-sample window only.`] : []),
        ...(report.walkForward?.message ? [report.walkForward.message] : []),
        ...(allocationTrials ? [`The Deflated Sharpe's trials include the ${allocationTrials} allocation configuration${allocationTrials === 1 ? '' : 's'} tried in walk-forwards in this workspace.`] : []),
        ...[...new Set([...report.result.messages, ...report.messages])],
      ],
    };
  },
  conventions: ({ allocation }) => (allocation ? [allocation.run.report.basis, allocation.run.report.covariance.convention] : []),
});
