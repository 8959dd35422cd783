/**
 * The per-strategy table of the Overview, on the shared DataTable: one row per strategy,
 * the metrics of metrics.ts as sortable, resizable columns with their conventions on the
 * headers.
 */
import type { ColumnDef } from '@tanstack/react-table';
import type { StrategyStats } from '../../../core/stats/types';
import { conventions, STRATEGY_CURVE_TEXT } from '../../../core/format/conventions';
import type { StrategyCurveBasis } from '../../../core/stats/types';
import { strategyColumns, strategyNullReason } from '../metrics';
import { DataTable, headerWidth, nameColumn, numberColumn } from './DataTable';

const MONEY_COLUMN_WIDTH = 122;
import { Value } from './Value';

/** The columns measured on each strategy's own curve: their tooltips say what that curve is built from. */
const CURVE_COLUMNS = new Set(['startingCapital', 'cagr', 'maxDrawdown', 'sharpe', 'sortino', 'calmar', 'timeInDrawdown']);

const columnsFor = (basis: StrategyCurveBasis): ColumnDef<StrategyStats>[] => [
  nameColumn<StrategyStats>(220, 'Strategy name as in the trade log; blank names become "Unknown".'),
  ...strategyColumns.map((column) =>
    numberColumn<StrategyStats>({
      id: column.id,
      header: column.header,
      tooltip: CURVE_COLUMNS.has(column.id) ? `${conventions[column.convention].text} ${STRATEGY_CURVE_TEXT[basis]}` : conventions[column.convention].text,
      value: column.value,
      minSize: 70,
      // Money up to "-$999,999.99" (a million and up is compact, "$15.5M") fits without being cut.
      ...(column.kind === 'money' ? { size: Math.max(headerWidth(column.header), MONEY_COLUMN_WIDTH) } : {}),
      cell: (row) => <Value value={column.value(row)} kind={column.kind} nullReason={strategyNullReason(column, row)} />,
    }),
  ),
];

const columnsByBasis: Record<StrategyCurveBasis, ColumnDef<StrategyStats>[]> = { pl: columnsFor('pl'), 'account-returns': columnsFor('account-returns') };

export function StrategyTable({ strategies }: { strategies: StrategyStats[] }) {
  const basis: StrategyCurveBasis = strategies.some((s) => s.curveBasis === 'account-returns') ? 'account-returns' : 'pl';
  return (
    <>
      {basis === 'account-returns' && (
        <p className="muted table-note" data-testid="strategy-curve-note">
          {STRATEGY_CURVE_TEXT[basis]}
        </p>
      )}
      <DataTable rows={strategies} columns={columnsByBasis[basis]} testId="strategy-table" />
    </>
  );
}
