/**
 * The fitted allocation of the Allocate page: summary figures of the weighted portfolio (with
 * their conventions), then one row per input — weight (with a bar), the dollars it means at the
 * capital, contracts (kelly-margin: continuous and whole), its share of the portfolio variance,
 * its marginal risk, and the portfolio's Sharpe, max drawdown and CAGR with and without it.
 * Long names ellipsize with the full name as tooltip; the table scrolls sideways when narrow.
 */
import type { AllocationReport } from '../../../core/allocate';
import { ALLOCATION_METHOD_LABELS } from '../../../core/allocate/types';
import { formatDate, formatDigits } from '../../../core/format/number';
import { InfoTip } from '../components/InfoTip';
import { Value } from '../components/Value';

function Figure({ label, tip, children, testId }: { label: string; tip: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="allocate-figure" data-testid={testId}>
      <span className="allocate-figure-label">
        {label} <InfoTip label={label} text={tip} />
      </span>
      <span className="allocate-figure-value">{children}</span>
    </div>
  );
}

export function WeightsTable({ report, capital }: { report: AllocationReport; capital: number }) {
  const r = report.result;
  const km = r.kellyMargin;
  const maxWeight = Math.max(1e-12, ...r.assets.map((a) => Math.abs(a.weight)));
  const periodWord = report.window.period === 'daily' ? 'day' : report.window.period === 'weekly' ? 'week' : 'month';
  return (
    <section className="panel panel-spaced" aria-label="Weights" data-testid="allocate-weights">
      <div className="allocate-section-head">
        <h2 className="panel-title">{ALLOCATION_METHOD_LABELS[r.method]}</h2>
        <span className="muted" data-testid="allocate-window">
          {formatDate(report.window.from)} – {formatDate(report.window.to)}: {report.window.days} business days, {report.window.periods} {report.window.period} periods; capital <Value value={capital} kind="money" />
        </span>
      </div>
      <div className="allocate-figures">
        <Figure label="Expected return" tip={`Annualized mean return of the weighted portfolio over the shared calendar (mean per ${periodWord} × periods per year).`}>
          <Value value={r.expectedReturn} kind="percent" />
        </Figure>
        <Figure label="Volatility" tip={`Annualized standard deviation of the weighted portfolio's ${periodWord}ly returns.`}>
          <Value value={r.volatility} kind="percent" />
        </Figure>
        <Figure label="Log growth" tip={`Mean of ln(1 + portfolio return) per ${periodWord} over the calendar with the fitted weights; — when a period loses everything.`}>
          {formatDigits(r.expectedLogGrowth, 'ratio', 6)} / {periodWord}
        </Figure>
        <Figure label="Max drawdown" tip="Historical max drawdown of the weighted portfolio compounded over the calendar, from its running peak.">
          <Value value={r.maxDrawdown} kind="percent" />
        </Figure>
        <Figure label="Sharpe" tip="Annualized Sharpe of the weighted portfolio's period returns (risk-free 0).">
          <Value value={r.sharpe} kind="ratio" nullReason="The portfolio's volatility is 0." />
        </Figure>
        <Figure label="CAGR" tip="Compound annual growth of the weighted portfolio over the calendar.">
          <Value value={r.cagr} kind="percent" nullReason="Not defined: the portfolio loses everything or the calendar is too short." />
        </Figure>
        {km && (
          <>
            <Figure label="Peak margin" tip="Largest margin in use ÷ capital at any historical opening moment with the fitted contracts (continuous, then whole)." testId="allocate-peak-margin">
              <Value value={km.peakMarginUtilisation} kind="percent" /> · whole <Value value={km.wholePeakMarginUtilisation} kind="percent" />
            </Figure>
            <Figure label="Rounding cost" tip={`Log growth per ${periodWord} lost by flooring to whole contracts.`}>
              {formatDigits(km.roundingCost, 'ratio', 6)} / {periodWord}
            </Figure>
          </>
        )}
      </div>
      <div className="table-scroll allocate-weights-scroll">
        <table className="data-table allocate-weights-table">
          <thead>
            <tr>
              <th className="allocate-name-col">Input</th>
              <th className="numeric allocate-bar-col" title="Share of the capital (kelly-margin: contracts × the strategy's largest margin per contract ÷ capital)">Weight</th>
              <th className="numeric" title="Weight × capital">Dollars</th>
              {km && <th className="numeric" title="Contracts per trade after the Kelly fraction, continuous">Contracts</th>}
              {km && <th className="numeric" title="Contracts floored to whole numbers">Whole</th>}
              <th className="numeric" title="Share of the portfolio variance: wᵢ(Σw)ᵢ / wᵀΣw (sums to 100%)">Risk share</th>
              <th className="numeric" title="∂σ/∂wᵢ = (Σw)ᵢ / σ per period">Marginal risk</th>
              <th className="numeric" title="Portfolio Sharpe with this input, and with its weight set to 0">Sharpe with / without</th>
              <th className="numeric" title="Portfolio max drawdown with this input, and with its weight set to 0">Max DD with / without</th>
              <th className="numeric" title="Portfolio CAGR with this input, and with its weight set to 0">CAGR with / without</th>
            </tr>
          </thead>
          <tbody>
            {r.assets.map((a) => (
              <tr key={a.name}>
                <td className="allocate-name-col" title={`${a.name} (${a.file})`}>
                  <span className="allocate-ellipsis">{a.name}</span>
                </td>
                <td className="numeric allocate-bar-col">
                  <span className="allocate-bar" aria-hidden="true">
                    <span className={a.weight < 0 ? 'allocate-bar-fill is-negative' : 'allocate-bar-fill'} style={{ width: `${(Math.abs(a.weight) / maxWeight) * 100}%` }} />
                  </span>
                  <Value value={a.weight} kind="percent" />
                </td>
                <td className="numeric">
                  <Value value={a.dollars} kind="money" />
                </td>
                {km && <td className="numeric">{formatDigits(a.contracts, 'amount', 2)}</td>}
                {km && (
                  <td className="numeric">
                    <Value value={a.wholeContracts} kind="count" />
                  </td>
                )}
                <td className="numeric">
                  <Value value={a.riskContribution} kind="percent" nullReason="The portfolio's variance is 0." />
                </td>
                <td className="numeric">{formatDigits(a.marginalRisk, 'ratio', 4)}</td>
                <td className="numeric">
                  <Value value={a.marginal.sharpeWith} kind="ratio" /> / <Value value={a.marginal.sharpeWithout} kind="ratio" />
                </td>
                <td className="numeric">
                  <Value value={a.marginal.maxDrawdownWith} kind="percent" /> / <Value value={a.marginal.maxDrawdownWithout} kind="percent" />
                </td>
                <td className="numeric">
                  <Value value={a.marginal.cagrWith} kind="percent" /> / <Value value={a.marginal.cagrWithout} kind="percent" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {km && km.binding.length > 0 && (
        <p className="muted" data-testid="allocate-binding">
          Margin at the ceiling ({km.binding.length} moment{km.binding.length === 1 ? '' : 's'}, {km.level === 'time' ? 'by open and close time' : km.level === 'day' ? 'by day: this log has no times' : 'by time where the log has times'}):{' '}
          {km.binding
            .slice(0, 8)
            .map((b) => `${formatDate(b.date)}${b.time ? ` ${b.time.slice(0, 5)}` : ''} (${formatDigits(b.utilisation, 'percent', 1)})`)
            .join(', ')}
          {km.binding.length > 8 ? ` and ${km.binding.length - 8} more` : ''}.
        </p>
      )}
    </section>
  );
}
