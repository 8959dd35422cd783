/**
 * The app's data table (TanStack Table), for the Overview's strategies and the Sizing
 * tables: sortable columns (click or Enter on a header), resizable columns (drag, double
 * click resets), a sticky header, the column's convention as the header tooltip, numeric
 * columns right-aligned. Pages give the columns; helpers here build the common ones.
 */
import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useState, type ReactNode } from 'react';

/** What a column tells the table besides its cells. */
export interface ColumnMeta {
  /** The header's tooltip: the column's convention. */
  tooltip: string;
  /** Right-aligned number column. */
  numeric?: boolean;
}

/** A sensible width for a number column from its header's length. */
export function headerWidth(header: string): number {
  return Math.max(96, Math.round(header.length * 7.5 + 36));
}

/** The strategy-name column every table starts with. */
export function nameColumn<Row extends { name: string }>(size: number, tooltip: string): ColumnDef<Row> {
  return {
    id: 'name',
    header: 'Strategy',
    accessorFn: (row) => row.name,
    size,
    minSize: 120,
    cell: (info) => (
      <span className="strategy-name" title={info.getValue<string>()}>
        {info.getValue<string>()}
      </span>
    ),
    meta: { tooltip } satisfies ColumnMeta,
  };
}

/** A sortable number column; a null value (an undefined metric) sorts last. */
export function numberColumn<Row>(column: { id: string; header: string; tooltip: string; value(row: Row): number | null; size?: number; minSize: number; cell(row: Row): ReactNode }): ColumnDef<Row> {
  return {
    id: column.id,
    header: column.header,
    // TanStack sorts undefined separately (sortUndefined: 'last'); null metrics map to it.
    accessorFn: (row) => column.value(row) ?? undefined,
    sortUndefined: 'last',
    size: column.size ?? headerWidth(column.header),
    minSize: column.minSize,
    cell: (info) => column.cell(info.row.original),
    meta: { tooltip: column.tooltip, numeric: true } satisfies ColumnMeta,
  };
}

interface DataTableProps<Row extends { name: string }> {
  rows: Row[];
  columns: ColumnDef<Row>[];
  testId: string;
  /** Extra class of the scrolling wrapper. */
  scrollClassName?: string;
  getRowId?: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
}

export function DataTable<Row extends { name: string }>({ rows, columns, testId, scrollClassName, getRowId, rowClassName }: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    columnResizeMode: 'onChange',
    enableColumnResizing: true,
    ...(getRowId ? { getRowId } : {}),
  });

  return (
    <div className={scrollClassName ? `table-scroll ${scrollClassName}` : 'table-scroll'} data-testid={testId}>
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
            <tr key={row.id} data-strategy={row.original.name} className={rowClassName?.(row.original)}>
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
