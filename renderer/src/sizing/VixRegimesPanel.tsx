/**
 * Sizing page, "Volatility regimes" (issue 18 §6): the edge of the filtered trades (or one
 * strategy) by the VIX level when each trade opened — trades, win rate, mean P/L per contract
 * and Kelly p − q/b per bucket. Buckets by quantile (a count) or the trader's edges
 * ("15, 20, 30"), typed as text and parsed by the data worker (core/app vix-regimes, the same
 * parser as `sizewise vix --buckets`). A log without an Opening VIX column gets one line saying so.
 */
import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { conventions } from '../../../core/format/conventions';
import { formatText } from '../../../core/format/number';
import type { TradeFilter } from '../../../core/stats/types';
import type { DataApi, VixRegimesOutcome } from '../../../workers/data-api';
import { type ColumnMeta, DataTable, numberColumn } from '../components/DataTable';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';
import { queryKey, useDebouncedQuery } from './use-debounced-query';

const DELAY_MS = 300;

interface VixRegimesPanelProps {
  data: Pick<DataApi, 'vixRegimes'>;
  filter: TradeFilter;
  revision: number;
  enabled: boolean;
}

type Bucket = Extract<VixRegimesOutcome, { ok: true }>['regimes']['buckets'][number];
type Row = Bucket & { name: string };

/** "< 15.00", "15.00 – 20.00", "≥ 30.00". */
function rangeText(b: Bucket): string {
  if (b.from === null && b.to === null) return 'all levels';
  if (b.from === null) return `< ${formatText(b.to, 'ratio')}`;
  if (b.to === null) return `≥ ${formatText(b.from, 'ratio')}`;
  return `${formatText(b.from, 'ratio')} – ${formatText(b.to, 'ratio')}`;
}

function columns(): ColumnDef<Row>[] {
  const text = conventions.vixRegimes.text;
  return [
    {
      id: 'name',
      header: 'Opening VIX',
      accessorFn: (row) => row.name,
      size: 150,
      minSize: 120,
      enableSorting: false,
      cell: (info) => (
        <span className="strategy-name" title={`${info.row.original.trades} trades opened at VIX ${formatText(info.row.original.minVix, 'ratio')} to ${formatText(info.row.original.maxVix, 'ratio')}`}>
          {info.getValue<string>()}
        </span>
      ),
      meta: { tooltip: 'Half-open bucket [from, to) of the VIX level when the trade opened: a trade at an edge belongs to the bucket that starts there.' } satisfies ColumnMeta,
    },
    numberColumn<Row>({ id: 'trades', header: 'Trades', tooltip: 'Closed trades with an Opening VIX in the bucket.', value: (r) => r.trades, cell: (r) => <Value value={r.trades} kind="count" />, minSize: 80 }),
    numberColumn<Row>({ id: 'winRate', header: 'Win rate', tooltip: 'Wins ÷ trades (a scratch is not a win).', value: (r) => r.winRate, cell: (r) => <Value value={r.winRate} kind="percent" nullReason="no trades in this bucket" />, minSize: 90 }),
    numberColumn<Row>({ id: 'plPerContract', header: 'P/L per contract', tooltip: 'Mean of P/L ÷ contracts.', value: (r) => r.plPerContract, cell: (r) => <Value value={r.plPerContract} kind="money" nullReason="no trades in this bucket" />, minSize: 110 }),
    numberColumn<Row>({ id: 'kelly', header: 'Kelly (p − q/b)', tooltip: text, value: (r) => r.kelly.value, cell: (r) => <Value value={r.kelly.value} kind="percent" nullReason={r.kelly.reason ?? conventions.vixRegimes.nullReason} />, minSize: 110 }),
  ];
}

export function VixRegimesPanel({ data, filter, revision, enabled }: VixRegimesPanelProps) {
  const [buckets, setBuckets] = useState('4');
  const [strategy, setStrategy] = useState<string | null>(null);
  const request = { buckets, strategy };
  const query = useDebouncedQuery<VixRegimesOutcome>(queryKey(filter, request, revision), async () => data.vixRegimes(filter, request), enabled, DELAY_MS);
  const outcome = query.result;
  const result = outcome?.ok ? outcome : null;
  const rows = useMemo<Row[]>(() => (result ? result.regimes.buckets.map((b) => ({ ...b, name: rangeText(b) })) : []), [result]);
  const tableColumns = useMemo(() => columns(), []);
  // Strategies listed from the last answer; a filter that drops the chosen one falls back to all.
  const [strategies, setStrategies] = useState<string[]>([]);
  if (result && result.strategies.join('\u0000') !== strategies.join('\u0000')) setStrategies(result.strategies);
  if (outcome && !outcome.ok && outcome.field === 'strategy' && strategy !== null) setStrategy(null);
  const noVix = outcome && !outcome.ok && outcome.field === 'trades' ? outcome.reason : null;
  const bucketsError = outcome && !outcome.ok && outcome.field === 'buckets' ? outcome.reason : null;

  if (noVix) {
    return (
      <section className="panel panel-spaced" aria-label="Volatility regimes" data-testid="vix-panel">
        <p className="muted" data-testid="vix-none">
          Volatility regimes: {noVix}
        </p>
      </section>
    );
  }
  const r = result?.regimes;
  const left = r ? [r.withoutVix ? `${formatText(r.withoutVix, 'count')} without an Opening VIX` : '', r.open ? `${formatText(r.open, 'count')} still open` : ''].filter(Boolean).join(', ') : '';

  return (
    <section className={query.loading ? 'panel panel-spaced is-refreshing' : 'panel panel-spaced'} aria-label="Volatility regimes" aria-busy={query.loading} data-testid="vix-panel">
      <header className="panel-header">
        <h2 className="panel-title">Volatility regimes · edge by opening VIX</h2>
        <InfoTip text={conventions.vixRegimes.text} label="volatility regimes" />
      </header>
      <div className="targets-controls">
        <div className="control">
          <label htmlFor="vix-buckets" className="control-label">
            Buckets (a count, or edges like 15, 20, 30)
          </label>
          <input id="vix-buckets" type="text" value={buckets} aria-invalid={bucketsError !== null} onChange={(event) => setBuckets(event.target.value)} />
          {bucketsError && (
            <span className="field-error" role="alert">
              {bucketsError}
            </span>
          )}
        </div>
        <div className="control">
          <label htmlFor="vix-strategy" className="control-label">
            Trades of
          </label>
          <select id="vix-strategy" value={strategy ?? ''} onChange={(event) => setStrategy(event.target.value || null)}>
            <option value="">All selected strategies</option>
            {strategies.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.error && (
        <div className="callout callout-warning" role="alert">
          {query.error}
        </div>
      )}
      {result && r && (
        <>
          <p className="muted targets-summary" data-testid="vix-summary">
            {formatText(r.withVix, 'count')} closed trades{left ? ` (left out: ${left})` : ''};{' '}
            {result.bucketing.kind === 'quantiles' ? `${result.bucketing.count} quantile buckets of the opening VIX` : `your edges ${result.bucketing.edges.join(', ')}`}. Kelly here compares the edge across regimes; it is not a recommended size.
            {r.note ? ` ${r.note}` : ''}
          </p>
          <DataTable rows={rows} columns={tableColumns} testId="vix-table" getRowId={(row) => row.name} />
        </>
      )}
    </section>
  );
}
