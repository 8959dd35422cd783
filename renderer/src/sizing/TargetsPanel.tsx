/**
 * Sizing page, "Size for a drawdown target" and "How sure is Kelly?" (issue 18 §2–§4): the
 * drawdown target, confidence and horizon as sliders, and per strategy and for the portfolio
 * the largest fraction with P(drawdown ≥ X within H) ≤ 1 − confidence (fraction, contracts at
 * the capital, the probability reached, × Kelly), the bootstrap band of the growth-optimal
 * fraction with the contracts at a chosen percentile, the trades that would halve the band,
 * and tail-aware Kelly. Everything is computed by the data worker (core/app sizingTargets;
 * the Monte Carlo on the compute pool); this panel sends the inputs and draws the answer.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { conventions } from '../../../core/format/conventions';
import { formatText } from '../../../core/format/number';
import type { TradeFilter } from '../../../core/stats/types';
import type { DataApi, SizingRequest, SizingTargetsEntry, SizingTargetsOutcome } from '../../../workers/data-api';
import { DataTable, nameColumn, numberColumn } from '../components/DataTable';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';
import type { KellyBandShading } from './sizing-charts';
import { queryKey, useDebouncedQuery } from './use-debounced-query';

/** Paths per drawdown search on the page (the CLI defaults to 20,000; --sims). */
export const PAGE_PATHS = 10000;
const DELAY_MS = 200;

interface TargetsPanelProps {
  data: Pick<DataApi, 'sizingTargets'>;
  filter: TradeFilter;
  request: SizingRequest;
  revision: number;
  enabled: boolean;
  /** Receives each entry's Kelly band (by name) for the growth chart. */
  onBands?(bands: Record<string, KellyBandShading>): void;
}

type Row = SizingTargetsEntry & { portfolioRow: boolean };

function Slider(props: { id: string; label: string; min: number; max: number; step: number; value: number; shown: string; onChange(value: number): void }) {
  return (
    <div className="control targets-slider">
      <label htmlFor={props.id} className="control-label">
        {props.label}: <strong>{props.shown}</strong>
      </label>
      <input id={props.id} type="range" min={props.min} max={props.max} step={props.step} value={props.value} onChange={(event) => props.onChange(Number(event.target.value))} />
    </div>
  );
}

const pct = (value: number | null | undefined) => <Value value={value ?? null} kind="percent" />;
const count = (value: number | null | undefined, reason?: string) => <Value value={value ?? null} kind="count" nullReason={reason} />;

function columns(percentile: number): ColumnDef<Row>[] {
  const dd = conventions.drawdownTarget.text;
  const band = conventions.kellyBand.text;
  const tail = conventions.tailAwareKelly.text;
  const col = (id: string, header: string, tooltip: string, value: (row: Row) => number | null, cell: (row: Row) => React.ReactNode) => numberColumn<Row>({ id, header, tooltip, value, cell, minSize: 80 });
  return [
    nameColumn<Row>(200, 'Each strategy sized on its own; the portfolio as one stream of trades.'),
    col('kelly', 'Kelly (growth-opt.)', 'The growth-optimal fraction in risk units (the growth chart\u2019s peak).', (r) => r.growthOptimal, (r) => pct(r.growthOptimal)),
    col('ddFraction', 'Target fraction', dd, (r) => r.drawdownTarget?.fraction ?? null, (r) =>
      r.drawdownTarget ? (
        <span title={r.drawdownTarget.notBinding ? 'The target does not bind: even the largest fraction the worst trade allows keeps the probability within it.' : undefined}>{pct(r.drawdownTarget.fraction)}{r.drawdownTarget.notBinding ? ' (not binding)' : ''}</span>
      ) : (
        <span className="muted" title={r.drawdownTargetReason ?? undefined}>—</span>
      ),
    ),
    col('ofKelly', '× Kelly', 'The target fraction ÷ the growth-optimal fraction.', (r) => r.drawdownTarget?.ofKelly ?? null, (r) => (r.drawdownTarget?.ofKelly == null ? <span className="muted">—</span> : <span>{formatText(r.drawdownTarget.ofKelly, 'ratio')}×</span>)),
    col('ddContracts', 'Contracts', 'floor(target fraction × capital ÷ risk per contract).', (r) => r.drawdownTarget?.contracts ?? null, (r) => count(r.drawdownTarget?.contracts, r.drawdownTargetReason ?? undefined)),
    col('ddProbability', 'P(drawdown ≥ target)', 'The simulated probability at the target fraction (same paths for every fraction).', (r) => r.drawdownTarget?.probability ?? null, (r) => pct(r.drawdownTarget?.probability)),
    col('p5', 'Kelly P5', band, (r) => r.kellyBand?.p5 ?? null, (r) => pct(r.kellyBand?.p5)),
    col('p25', 'P25', band, (r) => r.kellyBand?.p25 ?? null, (r) => pct(r.kellyBand?.p25)),
    col('p50', 'P50', band, (r) => r.kellyBand?.p50 ?? null, (r) => pct(r.kellyBand?.p50)),
    col('p75', 'P75', band, (r) => r.kellyBand?.p75 ?? null, (r) => pct(r.kellyBand?.p75)),
    col('p95', 'P95', band, (r) => r.kellyBand?.p95 ?? null, (r) => pct(r.kellyBand?.p95)),
    col('atPercentile', `Contracts at P${percentile}`, band, (r) => r.kellyBand?.percentileContracts ?? null, (r) => count(r.kellyBand?.percentileContracts, r.kellyBandReason ?? undefined)),
    col('halve', 'More trades to halve band', band, (r) => r.kellyBand?.tradesToHalve ?? null, (r) => count(r.kellyBand?.tradesToHalve, r.kellyBandReason ?? undefined)),
    col('tail', 'Tail-aware Kelly', tail, (r) => r.tailAware?.growthOptimal ?? null, (r) => (r.tailAware ? pct(r.tailAware.growthOptimal) : <span className="muted" title={conventions.tailAwareKelly.nullReason}>—</span>)),
    col('maxLoss', 'Max loss / contract', tail, (r) => r.tailAware?.maxLossPerContract ?? null, (r) => <Value value={r.tailAware?.maxLossPerContract ?? null} kind="money" nullReason={conventions.tailAwareKelly.nullReason} />),
  ];
}

export function TargetsPanel({ data, filter, request, revision, enabled, onBands }: TargetsPanelProps) {
  const [drawdown, setDrawdown] = useState(0.2);
  const [confidence, setConfidence] = useState(0.95);
  const [horizon, setHorizon] = useState(252);
  const [unit, setUnit] = useState<'days' | 'trades'>('days');
  const [percentile, setPercentile] = useState(25);
  const targets = { drawdown, confidence, horizon: { value: horizon, unit }, paths: PAGE_PATHS, percentile };
  const query = useDebouncedQuery<SizingTargetsOutcome>(queryKey(filter, request, targets, revision), async () => data.sizingTargets(filter, { ...targets, sizing: request }), enabled, DELAY_MS);
  const result = query.result?.ok ? query.result.value : null;
  const rows = useMemo<Row[]>(() => (result ? [...result.strategies.map((s) => ({ ...s, portfolioRow: false })), { ...result.portfolio, portfolioRow: true }] : []), [result]);
  const tableColumns = useMemo(() => columns(percentile), [percentile]);
  useEffect(() => {
    if (result) onBands?.(Object.fromEntries(rows.flatMap((r) => (r.kellyBand ? [[r.name, r.kellyBand]] : []))));
  }, [result, rows, onBands]);
  const failure = query.result && !query.result.ok ? query.result.errors.map((e) => e.message).join(' ') : query.error;

  return (
    <section className={query.loading ? 'panel panel-spaced is-refreshing' : 'panel panel-spaced'} aria-label="Drawdown target and Kelly band" aria-busy={query.loading} data-testid="targets-panel">
      <header className="panel-header">
        <h2 className="panel-title">Size for a drawdown target · how sure is Kelly?</h2>
        <InfoTip text={`${conventions.drawdownTarget.text} ${conventions.kellyBand.text}`} label="drawdown target and Kelly band" />
      </header>
      <div className="targets-controls">
        <Slider id="target-drawdown" label="Drawdown target" min={0.05} max={0.6} step={0.01} value={drawdown} shown={formatText(drawdown, 'percent')} onChange={setDrawdown} />
        <Slider id="target-confidence" label="Confidence" min={0.8} max={0.99} step={0.01} value={confidence} shown={formatText(confidence, 'percent')} onChange={setConfidence} />
        <Slider id="target-horizon" label="Horizon" min={unit === 'days' ? 21 : 20} max={unit === 'days' ? 756 : 2000} step={unit === 'days' ? 21 : 10} value={horizon} shown={`${formatText(horizon, 'count')} ${unit === 'days' ? 'business days' : 'trades'}`} onChange={setHorizon} />
        <div className="control">
          <label htmlFor="target-horizon-unit" className="control-label">Horizon in</label>
          <select id="target-horizon-unit" value={unit} onChange={(event) => { const next = event.target.value as 'days' | 'trades'; setUnit(next); setHorizon(next === 'days' ? 252 : 250); }}>
            <option value="days">business days</option>
            <option value="trades">trades</option>
          </select>
        </div>
        <Slider id="target-percentile" label="Size at Kelly percentile" min={5} max={95} step={5} value={percentile} shown={`P${percentile}`} onChange={setPercentile} />
      </div>
      {failure && (
        <div className="callout callout-warning" role="alert">
          {failure}
        </div>
      )}
      {result && (
        <>
          <p className="muted targets-summary" data-testid="targets-summary">
            P(drawdown ≥ {formatText(drawdown, 'percent')} within {formatText(horizon, 'count')} {unit === 'days' ? 'business days' : 'trades'}) ≤ {formatText(1 - confidence, 'percent')}: {formatText(PAGE_PATHS, 'count')} simulated paths per
            strategy; Kelly band from {formatText(result.portfolio.kellyBand?.draws ?? null, 'count')} block-bootstrap draws. Contracts at {formatText(result.capital, 'money')}; &ldquo;Contracts at P{percentile}&rdquo; = the P{percentile} Kelly × your Kelly fraction ({formatText(result.fraction, 'percent')}).
          </p>
          <DataTable rows={rows} columns={tableColumns} testId="targets-table" scrollClassName="sizing-table-scroll" getRowId={(row) => (row.portfolioRow ? '\u0000portfolio' : row.name)} rowClassName={(row) => (row.portfolioRow ? 'portfolio-row' : undefined)} />
        </>
      )}
      {!result && !failure && (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Simulating the drawdown target…
        </div>
      )}
    </section>
  );
}
