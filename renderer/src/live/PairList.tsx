/**
 * The pair list of the Live vs backtest page: every matched pair, live-only and backtest-only
 * trade with its dates, premiums, slippage and P/L per contract; filtered by strategy and
 * category; "Export CSV" writes the filtered rows (full precision).
 */
import { useMemo, useState } from 'react';
import type { LivePair } from '../../../core/live';
import { Value } from '../components/Value';
import { useReportExportContext } from '../report-export/report-export-context';
import { CATEGORY_LABEL, pairReportTable } from './pair-csv-table';

/** Rows drawn at once; the CSV always holds every filtered row. */
const SHOWN_ROWS = 500;
const ALL = '';

export function PairList({ pairs, strategies }: { pairs: LivePair[]; strategies: string[] }) {
  const { exportCsv } = useReportExportContext();
  const [strategy, setStrategy] = useState(ALL);
  const [category, setCategory] = useState(ALL);
  const filtered = useMemo(() => pairs.filter((p) => (strategy === ALL || (p.strategy ?? p.liveStrategy) === strategy) && (category === ALL || p.category === category)), [pairs, strategy, category]);
  return (
    <section className="panel panel-spaced live-pairs" aria-label="Pairs" data-testid="live-pairs">
      <h2 className="panel-title">5. Pairs</h2>
      <div className="live-filters">
        <select aria-label="Pair strategy" value={strategy} onChange={(event) => setStrategy(event.target.value)}>
          <option value={ALL}>All strategies</option>
          {strategies.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <select aria-label="Pair category" value={category} onChange={(event) => setCategory(event.target.value)}>
          <option value={ALL}>All categories</option>
          {(Object.keys(CATEGORY_LABEL) as LivePair['category'][]).map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABEL[c]}
            </option>
          ))}
        </select>
        <span className="muted" data-testid="pair-count">
          {filtered.length} of {pairs.length} rows{filtered.length > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} shown; the CSV has all)` : ''}
        </span>
        <button type="button" className="button button-quiet" onClick={() => exportCsv(pairReportTable(filtered))} title="Save the filtered pairs as a CSV file">
          Export CSV
        </button>
      </div>
      <div className="table-scroll live-pairs-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th>Strategy</th>
              <th>Category</th>
              <th>Live opened</th>
              <th>Backtest opened</th>
              <th className="numeric">Δ open (s)</th>
              <th className="numeric">Live premium / ct</th>
              <th className="numeric">Backtest premium / ct</th>
              <th className="numeric">Slippage / ct</th>
              <th className="numeric">Live P/L / ct</th>
              <th className="numeric">Backtest P/L / ct</th>
              <th>Exit live / backtest</th>
            </tr>
          </thead>
          <tbody>
            {filtered.slice(0, SHOWN_ROWS).map((p, i) => (
              <tr key={i} data-category={p.category}>
                <td className="strategy-name">{p.strategy ?? p.liveStrategy}</td>
                <td>{CATEGORY_LABEL[p.category]}</td>
                <td>{p.liveOpened?.replace('T', ' ') ?? '—'}</td>
                <td>{p.backtestOpened?.replace('T', ' ') ?? '—'}</td>
                <td className="numeric">
                  <Value value={p.openTimeDifferenceSeconds} kind="count" nullReason={p.nullReasons.openTimeDifferenceSeconds} />
                </td>
                <td className="numeric">
                  <Value value={p.livePremiumPerContract} kind="money" nullReason={p.nullReasons.livePremiumPerContract} />
                </td>
                <td className="numeric">
                  <Value value={p.backtestPremiumPerContract} kind="money" nullReason={p.nullReasons.backtestPremiumPerContract} />
                </td>
                <td className="numeric">
                  <Value value={p.slippagePerContract} kind="money" nullReason={p.nullReasons.slippagePerContract} />
                </td>
                <td className="numeric">
                  <Value value={p.plPerContractLive} kind="money" nullReason={p.nullReasons.plPerContractLive} />
                </td>
                <td className="numeric">
                  <Value value={p.plPerContractBacktest} kind="money" nullReason={p.nullReasons.plPerContractBacktest} />
                </td>
                <td className={p.exitReasonAgrees === false ? 'value-negative' : undefined}>
                  {p.exitReasonLive ?? '—'} / {p.exitReasonBacktest ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
