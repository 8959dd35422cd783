/**
 * The walk-forward of the Allocate page: the concatenated out-of-sample growth of every
 * evaluated method against equal weight (chart), a robustness summary per method (out-of-sample
 * CAGR, max drawdown and Calmar; median and 25th-percentile fold Calmar; share of losing folds),
 * and the fold table of one chosen method (windows, return, max drawdown, Calmar, turnover and
 * the cost charged). Fold windows and costs are as the settings state.
 */
import { useMemo, useState } from 'react';
import type { AllocationMethod, AllocationReport } from '../../../core/allocate';
import { ALLOCATION_METHOD_LABELS } from '../../../core/allocate/types';
import { formatDate } from '../../../core/format/number';
import { Chart } from '../components/Chart';
import { Value } from '../components/Value';
import { walkForwardChartOption } from './allocate-charts';

const NO_CALMAR = 'No Calmar: the fold has no drawdown or no defined CAGR.';

export function WalkForwardResults({ report }: { report: AllocationReport }) {
  const wf = report.walkForward;
  const option = useMemo(() => walkForwardChartOption(report), [report]);
  const [chosen, setChosen] = useState<AllocationMethod | null>(null);
  if (!wf) return null;
  const rows = [...wf.methods, ...(wf.methods.some((m) => m.method === 'equal') ? [] : [wf.baseline])];
  const foldMethod = rows.find((m) => m.method === chosen) ?? rows[0];
  const o = wf.options;
  return (
    <section className="panel panel-spaced" aria-label="Walk-forward results" data-testid="allocate-walk-forward">
      <div className="allocate-section-head">
        <h2 className="panel-title">Walk-forward, out of sample</h2>
        <span className="muted">
          {o.mode === 'anchored' ? 'Anchored' : 'Rolling'} windows: {o.inSample} in-sample, {o.purge} purge, {o.outOfSample} out-of-sample {report.window.period} periods, step {o.step}, embargo {o.embargo}; turnover cost {o.costBps} bps charged on each fold's first period; weights re-fitted on each in-sample window only.
        </span>
      </div>
      {wf.message && (
        <div className="callout callout-warning" role="status">
          {wf.message}
        </div>
      )}
      {option && <Chart option={option} label="Out-of-sample growth of 1 per method against equal weight" height={300} />}
      <div className="table-scroll">
        <table className="data-table allocate-robustness-table" data-testid="allocate-robustness">
          <thead>
            <tr>
              <th>Method</th>
              <th className="numeric" title="Compound annual growth of the concatenated out-of-sample returns">OOS CAGR</th>
              <th className="numeric" title="Max drawdown of the concatenated out-of-sample equity">OOS max DD</th>
              <th className="numeric" title="OOS CAGR ÷ OOS max drawdown">OOS Calmar</th>
              <th className="numeric" title="Median of the folds' Calmar ratios">Median fold Calmar</th>
              <th className="numeric" title="25th percentile of the folds' Calmar ratios (linear interpolation)">25th pct fold Calmar</th>
              <th className="numeric" title="Share of folds with a negative out-of-sample return">Losing folds</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.method} className={m === wf.baseline ? 'allocate-baseline-row' : undefined}>
                <td>{m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method]}</td>
                <td className="numeric">
                  <Value value={m.oos.cagr} kind="percent" nullReason="Not defined: the out-of-sample equity reaches 0 or spans no time." />
                </td>
                <td className="numeric">
                  <Value value={m.oos.maxDrawdown} kind="percent" />
                </td>
                <td className="numeric">
                  <Value value={m.oos.calmar} kind="ratio" nullReason={NO_CALMAR} />
                </td>
                <td className="numeric">
                  <Value value={m.robustness.medianCalmar} kind="ratio" nullReason="No fold has a Calmar ratio." />
                </td>
                <td className="numeric">
                  <Value value={m.robustness.p25Calmar} kind="ratio" nullReason="No fold has a Calmar ratio." />
                </td>
                <td className="numeric">
                  <Value value={m.robustness.negativeShare} kind="percent" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {foldMethod && foldMethod.folds.length > 0 && (
        <>
          <div className="allocate-section-head">
            <h3 className="allocate-subtitle">Folds</h3>
            <select aria-label="Fold table method" value={foldMethod.method} onChange={(event) => setChosen(event.target.value as AllocationMethod)}>
              {rows.map((m) => (
                <option key={m.method} value={m.method}>
                  {m === wf.baseline ? 'Equal weight (baseline)' : ALLOCATION_METHOD_LABELS[m.method]}
                </option>
              ))}
            </select>
            {foldMethod.messages.length > 0 && <span className="muted">{foldMethod.messages.join(' ')}</span>}
          </div>
          <div className="table-scroll allocate-folds-scroll">
            <table className="data-table allocate-folds-table" data-testid="allocate-folds">
              <thead>
                <tr>
                  <th className="numeric">Fold</th>
                  <th>In sample</th>
                  <th>Out of sample</th>
                  <th className="numeric" title="Compounded out-of-sample return of the fold, after the cost">Return</th>
                  <th className="numeric">Max DD</th>
                  <th className="numeric" title="The fold's annualized return ÷ its max drawdown">Calmar</th>
                  <th className="numeric" title="Σ|w − previous w| (the first fold from cash)">Turnover</th>
                  <th className="numeric" title="Turnover × cost bps, charged on the fold's first period">Cost</th>
                </tr>
              </thead>
              <tbody>
                {foldMethod.folds.map((f) => (
                  <tr key={f.index}>
                    <td className="numeric">{f.index}</td>
                    <td>
                      {formatDate(f.inSampleFrom)} – {formatDate(f.inSampleTo)}
                    </td>
                    <td>
                      {formatDate(f.outOfSampleFrom)} – {formatDate(f.outOfSampleTo)}
                    </td>
                    <td className="numeric">
                      <Value value={f.return} kind="percent" />
                    </td>
                    <td className="numeric">
                      <Value value={f.maxDrawdown} kind="percent" />
                    </td>
                    <td className="numeric">
                      <Value value={f.calmar} kind="ratio" nullReason={NO_CALMAR} />
                    </td>
                    <td className="numeric">
                      <Value value={f.turnover} kind="percent" />
                    </td>
                    <td className="numeric">
                      <Value value={f.cost} kind="percent" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
