/**
 * The per-strategy table of the Overview, on the shared DataTable: one row per strategy,
 * the metrics of metrics.ts as sortable, resizable columns with their conventions on the
 * headers.
 */
import type { ColumnDef } from '@tanstack/react-table';
import type { StrategyStats } from '../../../core/stats/types';
import { conventions } from '../../../core/format/conventions';
import { strategyColumns, strategyNullReason } from '../metrics';
import { DataTable, headerWidth, nameColumn, numberColumn } from './DataTable';

const MONEY_COLUMN_WIDTH = 122;
import { Value } from './Value';

const columns: ColumnDef<StrategyStats>[] = [
  nameColumn<StrategyStats>(220, 'Strategy name as in the trade log; blank names become "Unknown".'),
  ...strategyColumns.map((column) =>
    numberColumn<StrategyStats>({
      id: column.id,
      header: column.header,
      tooltip: conventions[column.convention].text,
      value: column.value,
      minSize: 70,
      // Money up to "-$999,999.99" (a million and up is compact, "$15.5M") fits without being cut.
      ...(column.kind === 'money' ? { size: Math.max(headerWidth(column.header), MONEY_COLUMN_WIDTH) } : {}),
      cell: (row) => <Value value={column.value(row)} kind={column.kind} nullReason={strategyNullReason(column, row)} />,
    }),
  ),
];

export function StrategyTable({ strategies }: { strategies: StrategyStats[] }) {
  return <DataTable rows={strategies} columns={columns} testId="strategy-table" />;
}
