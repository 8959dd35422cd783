/**
 * The per-strategy table of the Live vs backtest page: counts of each category, fill rate,
 * slippage, exit agreement, P/L per contract live vs backtest, the live totals, the drift
 * percentile and the suggested multiplier. Nulls show "—" with their reason.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { StrategyComparison } from '../../../core/live';
import { DataTable, nameColumn, numberColumn } from '../components/DataTable';
import { Value } from '../components/Value';
import type { ValueKind } from '../../../core/format/number';

export interface StrategyRow extends StrategyComparison {
  /** The table's row name: the backtest strategy, else the live name. */
  name: string;
  backtestName: string | null;
}

export function strategyRows(strategies: StrategyComparison[]): StrategyRow[] {
  return strategies.map((s) => ({ ...s, backtestName: s.name, name: s.name ?? `${s.liveName} (live only)` }));
}

type NumberKey = 'matched' | 'liveOnly' | 'backtestOnly' | 'outsideWindow' | 'fillRate' | 'meanSlippagePerContract' | 'medianSlippagePerContract' | 'exitReasonAgreement' | 'livePlPerContract' | 'backtestPlPerContract' | 'liveTotalPl' | 'backtestTotalPlAtLiveContracts' | 'driftPercentile' | 'suggestedMultiplier';

const COLUMNS: { key: NumberKey; header: string; kind: ValueKind; tooltip: string }[] = [
  { key: 'matched', header: 'Matched', kind: 'count', tooltip: 'Live trades paired with a backtest trade of the same strategy, same day, within the tolerance.' },
  { key: 'liveOnly', header: 'Live only', kind: 'count', tooltip: 'Traded live, no backtest twin inside the window.' },
  { key: 'backtestOnly', header: 'Backtest only', kind: 'count', tooltip: 'The backtest traded, live did not (skipped or missed), inside the window.' },
  { key: 'outsideWindow', header: 'Outside window', kind: 'count', tooltip: 'Trades of either log opened outside the overlap of the two logs’ dates: counted apart, not as misses.' },
  { key: 'fillRate', header: 'Fill rate', kind: 'percent', tooltip: 'Matched ÷ (matched + backtest only).' },
  { key: 'meanSlippagePerContract', header: 'Mean slippage / ct', kind: 'money', tooltip: 'Live − backtest premium per contract, mean over matched pairs; positive = better live fill.' },
  { key: 'medianSlippagePerContract', header: 'Median slippage / ct', kind: 'money', tooltip: 'Live − backtest premium per contract, median over matched pairs.' },
  { key: 'exitReasonAgreement', header: 'Exit agreement', kind: 'percent', tooltip: 'Share of matched pairs whose exit reasons agree.' },
  { key: 'livePlPerContract', header: 'Live P/L / ct', kind: 'money', tooltip: 'Σ live P/L ÷ contracts over matched pairs with both trades closed.' },
  { key: 'backtestPlPerContract', header: 'Backtest P/L / ct', kind: 'money', tooltip: 'Σ backtest P/L ÷ contracts over the same pairs.' },
  { key: 'liveTotalPl', header: 'Live P/L', kind: 'money', tooltip: 'Σ live P/L over the closed matched pairs, dollars.' },
  { key: 'backtestTotalPlAtLiveContracts', header: 'Backtest P/L at live size', kind: 'money', tooltip: 'Σ backtest P/L per contract × the pair’s live contracts.' },
  { key: 'driftPercentile', header: 'Drift percentile', kind: 'percent', tooltip: 'Share of block-bootstrap sums of n backtest trades below the live sum (n = matched closed pairs).' },
  { key: 'suggestedMultiplier', header: 'Suggested multiplier', kind: 'ratio', tooltip: '1 when consistent; 0.5 when drifting; 0 below the cut percentile. Never raises a size.' },
];

export function LiveStrategyTable({ strategies }: { strategies: StrategyComparison[] }) {
  const rows = useMemo(() => strategyRows(strategies), [strategies]);
  const columns = useMemo<ColumnDef<StrategyRow>[]>(
    () => [
      nameColumn<StrategyRow>(200, 'Backtest strategy (the live name when it has no backtest twin).'),
      {
        id: 'liveName',
        header: 'Live name',
        accessorFn: (row) => row.liveName ?? '',
        size: 180,
        minSize: 100,
        cell: (info) => <span className="strategy-name">{info.row.original.liveName ?? '—'}</span>,
        meta: { tooltip: 'The live strategy name(s) mapped to it.' },
      },
      ...COLUMNS.map((c) =>
        numberColumn<StrategyRow>({
          id: c.key,
          header: c.header,
          tooltip: c.tooltip,
          minSize: 70,
          value: (row) => row[c.key],
          cell: (row) => <Value value={row[c.key]} kind={c.kind} nullReason={row.nullReasons[c.key]} />,
        }),
      ),
    ],
    [],
  );
  return <DataTable rows={rows} columns={columns} testId="live-strategies" scrollClassName="live-table-full" rowClassName={(row) => (row.drifting ? 'live-drifting' : undefined)} />;
}
