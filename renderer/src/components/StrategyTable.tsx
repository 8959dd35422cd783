/**
 * The per-strategy table of the Overview (TanStack Table): sortable columns (click or
 * Enter on a header), resizable columns, a sticky header, convention tooltips on headers.
 */
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { StrategyStats } from '../../../core/stats/types';
import { conventions } from '../conventions';
import { strategyColumns } from '../metrics';
import { Value } from './Value';

function buildColumns(): ColumnDef<StrategyStats>[] {
  return [
    {
      id: 'name',
      header: 'Strategy',
      accessorFn: (row) => row.name,
      size: 220,
      minSize: 120,
      cell: (info) => <span className="strategy-name">{info.getValue<string>()}</span>,
      meta: { tooltip: 'Strategy name as in the trade log; blank names become "Unknown".' },
    },
    ...strategyColumns.map<ColumnDef<StrategyStats>>((column) => ({
      id: column.id,
      header: column.header,
      // TanStack sorts undefined separately (sortUndefined: 'last'); null metrics map to it.
      accessorFn: (row) => column.value(row) ?? undefined,
      sortUndefined: 'last',
      size: Math.max(96, Math.round(column.header.length * 7.5 + 36)),
      minSize: 70,
      cell: (info) => <Value value={column.value(info.row.original)} kind={column.kind} nullReason={conventions[column.convention].nullReason} />,
      meta: { tooltip: conventions[column.convention].text, numeric: true },
    })),
  ];
}

interface ColumnMeta {
  tooltip: string;
  numeric?: boolean;
}

export function StrategyTable({ strategies }: { strategies: StrategyStats[] }) {
  const columns = useMemo(buildColumns, []);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: strategies,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    columnResizeMode: 'onChange',
    enableColumnResizing: true,
  });

  return (
    <div className="table-scroll" data-testid="strategy-table">
      <table className="data-table" style={{ width: table.getTotalSize() }}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta as ColumnMeta | undefined;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    style={{ width: header.getSize() }}
                    className={meta?.numeric ? 'numeric' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button type="button" className="th-sort" title={meta?.tooltip} onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                    <span
                      role="separator"
                      aria-orientation="vertical"
                      aria-label={`Resize ${String(header.column.columnDef.header)}`}
                      className={header.column.getIsResizing() ? 'resizer resizing' : 'resizer'}
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onDoubleClick={() => header.column.resetSize()}
                    />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-strategy={row.original.name}>
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
                return (
                  <td key={cell.id} style={{ width: cell.column.getSize() }} className={meta?.numeric ? 'numeric' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
