/**
 * The Overview of a workspace that holds a daily log and no trade log (issue 17): what the
 * daily log's marked-to-market curve gives — starting capital, final Net Liquidity, CAGR, max
 * drawdown, Sharpe, Sortino, Calmar (core/app workspaceDailyOnly in the data worker), the
 * equity and drawdown charts — and, stated plainly, what needs the trade log.
 */
import { useEffect, useMemo, useState } from 'react';
import { restoreRiskFreeSetting, RISK_FREE_SETTING_KEY } from '../../../core/app/risk-free-setting';
import { riskFreeStatement } from '../../../core/format/conventions';
import { formatDate, formatDateRange, formatText } from '../../../core/format/number';
import type { DailyOnlyStats } from '../../../core/stats/daily-only';
import { Chart } from '../components/Chart';
import { drawdownChartOption, equityChartOption } from '../components/chart-options';
import { StatCard } from '../components/StatCard';
import { dailyOnlyCards } from '../metrics';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';

type State = { stats: DailyOnlyStats | null; error: string | null; loading: boolean };

export function DailyOnlyOverview({ dailyRows }: { dailyRows: number }) {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { revision } = workspace.state;
  const riskFree = useWorkspaceSetting(data, workspace, RISK_FREE_SETTING_KEY, restoreRiskFreeSetting);
  const historical = riskFree.value.source === 'historical';
  const [state, setState] = useState<State>({ stats: null, error: null, loading: true });

  useEffect(() => {
    if (!riskFree.loaded) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    data.dailyOnlyStats({ historicalRiskFree: historical }).then(
      (out) => {
        if (!current) return;
        setState(out.ok ? { stats: out.stats, error: null, loading: false } : { stats: null, error: out.message, loading: false });
      },
      (error: unknown) => current && setState({ stats: null, error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [data, revision, historical, riskFree.loaded]);

  const stats = state.stats;
  const cards = useMemo(() => (stats ? dailyOnlyCards(stats) : []), [stats]);
  const equityOption = useMemo(() => (stats ? equityChartOption(stats.curve, stats.startingCapital, stats.ruin) : null), [stats]);
  const drawdownOption = useMemo(() => (stats ? drawdownChartOption(stats.curve, stats.ruin) : null), [stats]);

  return (
    <div className={state.loading ? 'overview is-refreshing' : 'overview'} aria-busy={state.loading} data-testid="overview-daily-only">
      <div className="callout callout-warning" role="status" data-testid="daily-only-missing">
        <strong>Daily log only ({formatText(dailyRows, 'count')} days).</strong> {stats?.missing ?? 'No trade log: the curve is the daily log\'s Net Liquidity.'}{' '}
        <button type="button" className="button" onClick={requestImport}>
          Import the trade log…
        </button>
      </div>
      {state.error && (
        <div className="callout callout-danger" role="alert">
          The daily log cannot be used: {state.error}
        </div>
      )}
      {!stats ? (
        !state.error && (
          <div className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> Computing the curve…
          </div>
        )
      ) : (
        <>
          {stats.ruin && (
            <div className="callout callout-danger" role="alert" data-testid="ruin-banner">
              <strong>Ruined on {formatDate(stats.ruin.date)}:</strong> Net Liquidity reached {formatText(stats.ruin.equity, 'money')}. The curve stops there, max drawdown is 100%, and CAGR, Sharpe, Sortino and Calmar are undefined.
            </div>
          )}
          <p className="period muted" data-testid="period">
            {formatDateRange(stats.firstDate, stats.lastDate)}
          </p>
          <p className="drawdown-statement" data-testid="drawdown-statement">
            Max drawdown {formatText(stats.maxDrawdown, 'percent')} marked-to-market (daily log); no trade log, so no closed-trade figure beside it.
          </p>
          <label className="field risk-free-field">
            <span className="field-label">Risk-free rate (Sharpe, Sortino)</span>
            <select aria-label="Risk-free rate" data-testid="risk-free" value={historical ? 'historical' : 'fixed'} onChange={(event) => riskFree.update(() => ({ source: event.target.value === 'historical' ? 'historical' : 'fixed' }))}>
              <option value="fixed">0% a year (fixed)</option>
              <option value="historical">Each day's 3-month T-bill rate (DTB3)</option>
            </select>
          </label>
          <p className="muted" data-testid="risk-free-statement">{riskFreeStatement(stats.riskFree)}.</p>
          <div className="cards" data-testid="stat-cards">
            {cards.map((card) => (
              <StatCard key={card.id} card={card} />
            ))}
          </div>
          <div className="charts">
            <section className="panel" aria-label="Equity curve">
              <h2 className="panel-title">Net Liquidity (marked to market)</h2>
              {equityOption && <Chart option={equityOption} label="Equity curve" />}
            </section>
            <section className="panel" aria-label="Drawdown">
              <h2 className="panel-title">Drawdown</h2>
              {drawdownOption && <Chart option={drawdownOption} label="Drawdown chart" height={200} />}
            </section>
          </div>
        </>
      )}
    </div>
  );
}
