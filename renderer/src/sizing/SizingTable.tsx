/**
 * The Sizing tables (the shared DataTable, like the Overview's), one row per strategy and one for
 * the portfolio, in two views: 'edge' — Kelly on three bases, the growth-optimal fraction,
 * Vince's optimal f (f*, TWR, G, f$); 'sizing' — the basis used (with the reason), a
 * multiplier input per strategy, the applied fraction (and the cap when it bit), contracts
 * ("Kelly says 25, placeable 5" when a placeable cap bound, and which one), dollars at risk,
 * margin at the busiest moment, sized and historical margin utilisation. Sortable and resizable;
 * conventions on the headers.
 */
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { BASIS_LABEL, type SizingEntry } from '../../../core/sizing';
import { DataTable, nameColumn, numberColumn, type ColumnMeta } from '../components/DataTable';
import { Value } from '../components/Value';
import { formatText, type ValueKind } from '../../../core/format/number';
import { KELLY_HEADERS } from '../metrics';
import { FixedValue } from './FixedValue';
import { NumberField } from '../components/NumberField';
import { sizingConventions, type SizingMetricId } from './sizing-conventions';

interface SizingTableProps {
  /** 'edge': the Kelly family and optimal f; 'sizing': basis, multiplier, applied fraction, contracts, margin. */
  view: 'edge' | 'sizing';
  portfolio: SizingEntry;
  strategies: SizingEntry[];
  /** Strategies whose basis was chosen automatically (no basis set by the user). */
  automaticBasis: boolean;
  multipliers: Record<string, number>;
  errors: Record<string, string>;
  onMultiplier(name: string, value: number | null): void;
}

/** A table row: a strategy's entry, or the portfolio's. */
type SizingRow = SizingEntry & { portfolioRow: boolean };

interface NumberColumn {
  id: string;
  header: string;
  metric: SizingMetricId;
  kind: ValueKind;
  value(entry: SizingEntry): number | null;
  size?: number;
  /** Fixed decimals instead of the kind's format. */
  digits?: number;
}

const numberColumns: NumberColumn[] = [
  { id: 'kelly', header: KELLY_HEADERS.pl, metric: 'kelly', kind: 'percent', value: (e) => e.kelly, size: 100 },
  { id: 'kellyPerContract', header: KELLY_HEADERS.contract, metric: 'kellyPerContract', kind: 'percent', value: (e) => e.kellyPerContract, size: 124 },
  { id: 'kellyMargin', header: KELLY_HEADERS.margin, metric: 'kellyMargin', kind: 'percent', value: (e) => e.kellyMargin, size: 116 },
  { id: 'growthOptimal', header: 'Growth-optimal', metric: 'growthOptimal', kind: 'percent', value: (e) => e.growthOptimal, size: 124 },
  { id: 'optimalF', header: 'Optimal f', metric: 'optimalF', kind: 'ratio', value: (e) => e.optimalF?.f ?? null, size: 92, digits: 4 },
  { id: 'twr', header: 'TWR', metric: 'twr', kind: 'ratio', value: (e) => e.optimalF?.twr ?? null, size: 90, digits: 3 },
  { id: 'geometricMean', header: 'G', metric: 'geometricMean', kind: 'ratio', value: (e) => e.optimalF?.geometricMean ?? null, size: 90, digits: 5 },
  { id: 'fDollar', header: 'f$', metric: 'fDollar', kind: 'money', value: (e) => e.optimalF?.fDollar ?? null, size: 100 },
];

/** The caps of placeable.ts in a word or two, for the table cell (the full sentence is its tooltip). */
const CONSTRAINT_SHORT: Record<SizingEntry['binding'][number], string> = {
  'margin-ceiling': 'margin ceiling',
  'worst-loss': 'worst loss',
  'total-fraction': 'total fraction',
};

const sizedColumns: NumberColumn[] = [
  { id: 'dollarsAtRisk', header: '$ at risk', metric: 'dollarsAtRisk', kind: 'money', value: (e) => e.dollarsAtRisk, size: 100 },
  { id: 'margin', header: 'Margin (peak)', metric: 'margin', kind: 'money', value: (e) => e.peakMarginNeed, size: 116 },
  { id: 'sizedMargin', header: 'Margin %', metric: 'sizedMargin', kind: 'percent', value: (e) => e.sizedMarginUtilisation, size: 106 },
  { id: 'historicalPeak', header: 'Hist. peak', metric: 'historicalMargin', kind: 'percent', value: (e) => e.historicalMargin?.max ?? null, size: 90 },
  { id: 'historicalAverage', header: 'Hist. avg', metric: 'historicalMargin', kind: 'percent', value: (e) => e.historicalMargin?.average ?? null, size: 86 },
];

/** Core's reason for a "—" in this row, where it gives one (Kelly bases, payoff, win rates), else the metric's general reason. */
function nullReasonOf(column: NumberColumn, row: SizingRow, fallback: string | undefined): string | undefined {
  const reason = (row.nullReasons as Partial<Record<string, string>>)[column.id];
  return reason ? `Undefined: ${reason}.` : fallback;
}

function metricColumn(column: NumberColumn): ColumnDef<SizingRow> {
  const convention = sizingConventions[column.metric];
  return numberColumn<SizingRow>({
    id: column.id,
    header: column.header,
    tooltip: convention.text,
    value: column.value,
    size: column.size,
    minSize: 60,
    cell: (row) =>
      column.digits === undefined ? (
        <Value value={column.value(row)} kind={column.kind} nullReason={nullReasonOf(column, row, convention.nullReason)} />
      ) : (
        <FixedValue value={column.value(row)} digits={column.digits} nullReason={nullReasonOf(column, row, convention.nullReason)} />
      ),
  });
}

function buildColumns(props: Pick<SizingTableProps, 'view' | 'automaticBasis' | 'multipliers' | 'errors' | 'onMultiplier'>): ColumnDef<SizingRow>[] {
  const name = nameColumn<SizingRow>(170, "Each strategy's Kelly on its own trades; the placeable caps act on all strategies together. The Portfolio row's Kelly figures pool all selected trades; its contracts, dollars at risk and margin are the strategies' together.");
  if (props.view === 'edge') {
    return [
      name,
      { id: 'trades', header: 'Trades', accessorFn: (row) => row.trades, size: 76, cell: (info) => <Value value={info.row.original.trades} kind="count" />, meta: { tooltip: 'Closed trades in the filter (only closed trades enter Kelly).', numeric: true } },
      ...numberColumns.map(metricColumn),
    ];
  }
  return [
    name,
    {
      id: 'basis',
      header: 'Basis',
      accessorFn: (row) => row.basis,
      // "per-contract P/L" and its "auto" badge: wide enough not to run into the Kelly column
      size: 172,
      cell: (info) => {
        const entry = info.row.original;
        return (
          <span className="basis-cell" title={entry.basisReason} data-testid="basis">
            {BASIS_LABEL[entry.basis]}
            {props.automaticBasis && entry.basis !== 'pl' && <span className="badge badge-info">auto</span>}
          </span>
        );
      },
      meta: { tooltip: sizingConventions.basis.text } satisfies ColumnMeta,
    },
    metricColumn({ id: 'chosenKelly', header: 'Kelly (basis)', metric: 'chosenKelly', kind: 'percent', value: (e) => e.chosenKelly, size: 104 }),
    {
      id: 'multiplier',
      header: 'Multiplier',
      accessorFn: (row) => row.multiplier,
      size: 96,
      enableSorting: false,
      cell: (info) => {
        const { name, portfolioRow } = info.row.original;
        if (portfolioRow) return <span className="muted" title="The portfolio row is sized at the page fraction.">—</span>;
        const field = `multipliers.${name}`;
        return (
          <NumberField
            id={`multiplier-${info.row.index}`}
            ariaLabel={`Multiplier for ${name} (%)`}
            value={props.multipliers[name] ?? 1}
            scale={100}
            suffix="%"
            width={82}
            error={props.errors[field]}
            onParsed={(value) => props.onMultiplier(name, value)}
          />
        );
      },
      meta: { tooltip: sizingConventions.multiplier.text, numeric: true } satisfies ColumnMeta,
    },
    {
      id: 'applied',
      header: 'Applied',
      accessorFn: (row) => row.applied.value,
      size: 104,
      cell: (info) => {
        const applied = info.row.original.applied;
        return (
          <span className="applied-cell" title={applied.cappedBy ? `Capped: Kelly × fraction × multiplier = ${(applied.uncapped * 100).toFixed(2)}% is above the cap.` : undefined}>
            {applied.cappedBy && <span className="badge badge-warning">cap</span>}
            <Value value={applied.value} kind="percent" />
          </span>
        );
      },
      meta: { tooltip: sizingConventions.applied.text, numeric: true } satisfies ColumnMeta,
    },
    {
      id: 'contracts',
      header: 'Contracts',
      accessorFn: (row) => row.placeableContracts,
      size: 150,
      cell: (info) => {
        const entry = info.row.original;
        const limited = entry.kellyContracts !== null && entry.placeableContracts !== null && entry.placeableContracts < entry.kellyContracts;
        if (!limited) return <Value value={entry.placeableContracts} kind="count" nullReason={sizingConventions.contracts.nullReason} />;
        return (
          <span className="placeable-cell" title={entry.bindingConstraint ?? undefined} data-testid="placeable">
            Kelly says {formatText(entry.kellyContracts, 'count')}, placeable <strong>{formatText(entry.placeableContracts, 'count')}</strong>
          </span>
        );
      },
      meta: { tooltip: sizingConventions.contracts.text, numeric: true } satisfies ColumnMeta,
    },
    {
      id: 'binding',
      header: 'Limited by',
      accessorFn: (row) => row.binding.join(', '),
      size: 130,
      cell: (info) => {
        const entry = info.row.original;
        if (entry.binding.length === 0) return <span className="muted" title="No placeable cap bound: the contracts are Kelly's.">—</span>;
        return (
          <span className="placeable-cell" title={entry.bindingConstraint ?? undefined} data-testid="binding">
            {entry.binding.map((c) => CONSTRAINT_SHORT[c]).join(', ')}
          </span>
        );
      },
      meta: { tooltip: sizingConventions.placeable.text } satisfies ColumnMeta,
    },
    ...sizedColumns.map(metricColumn),
  ];
}

export function SizingTable({ view, portfolio, strategies, automaticBasis, multipliers, errors, onMultiplier }: SizingTableProps) {
  const columns = useMemo(() => buildColumns({ view, automaticBasis, multipliers, errors, onMultiplier }), [view, automaticBasis, multipliers, errors, onMultiplier]);
  const rows = useMemo<SizingRow[]>(() => [...strategies.map((s) => ({ ...s, portfolioRow: false })), { ...portfolio, portfolioRow: true }], [strategies, portfolio]);
  return (
    <DataTable
      rows={rows}
      columns={columns}
      testId={`sizing-table-${view}`}
      scrollClassName="sizing-table-scroll"
      getRowId={(row) => (row.portfolioRow ? '\u0000portfolio' : row.name)}
      rowClassName={(row) => (row.portfolioRow ? 'portfolio-row' : undefined)}
    />
  );
}
