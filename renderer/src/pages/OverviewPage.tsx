/**
 * Overview: portfolio statistic cards, equity and drawdown charts and the per-strategy
 * table, for the current strategy/date filter. Everything is computed by `stats(filter)`
 * in the data worker. The risk-free choice is a workspace setting (core/app/risk-free-setting),
 * the same one the report uses.
 */
import { drawdownStatement, riskFreeStatement } from '../../../core/format/conventions';
import { useMemo } from 'react';
import { restoreRiskFreeSetting, RISK_FREE_SETTING_KEY } from '../../../core/app/risk-free-setting';
import { Chart } from '../components/Chart';
import { drawdownChartOption, equityChartOption, sharedTimeAxis } from '../components/chart-options';
import { EmptyState } from '../components/EmptyState';
import { DailyOnlyOverview } from './DailyOnlyOverview';
import { GroupedNotices } from '../components/GroupedNotices';
import { groupNotices, noticeFromText } from '../../../core/format/notice-groups';
import { FilterBar } from '../components/FilterBar';
import { StatCard } from '../components/StatCard';
import { StrategyTable } from '../components/StrategyTable';
import { formatDate, formatDateRange, formatText } from '../../../core/format/number';
import { StrategyCsvButton } from '../report-export/StrategyCsvButton';
import { portfolioCards } from '../metrics';
import { useStatsReport } from '../workspace/use-stats-report';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';

/** First letter upper-cased (the statement is written to follow other text). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function OverviewPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, filter, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  const nothingSelected = filter.strategies?.length === 0;
  const riskFree = useWorkspaceSetting(data, workspace, RISK_FREE_SETTING_KEY, restoreRiskFreeSetting);
  const historicalRiskFree = riskFree.value.source === 'historical';
  const { report, loading, error } = useStatsReport(data, filter, revision, hasTrades && !nothingSelected && riskFree.loaded, historicalRiskFree);

  const portfolio = report?.portfolio;
  const noticeGroups = useMemo(() => (report ? groupNotices(report.warnings.map(noticeFromText), report.strategies.length) : []), [report]);
  const cards = useMemo(() => (portfolio ? portfolioCards(portfolio) : []), [portfolio]);
  // One time axis for both charts: a date sits at the same x in the equity and the drawdown chart.
  const timeAxis = useMemo(() => (portfolio ? sharedTimeAxis(portfolio.curve, portfolio.drawdownCurve) : []), [portfolio]);
  const equityOption = useMemo(() => (portfolio ? equityChartOption(portfolio.curve, portfolio.startingCapital, portfolio.ruin, timeAxis) : null), [portfolio, timeAxis]);
  const drawdownOption = useMemo(() => (portfolio ? drawdownChartOption(portfolio.drawdownCurve, portfolio.ruin, timeAxis) : null), [portfolio, timeAxis]);

  if (summary && !hasTrades && summary.dailyRows > 0) return <DailyOnlyOverview dailyRows={summary.dailyRows} />;
  if (!summary || !hasTrades) return <EmptyState onImport={requestImport} />;

  return (
    <div className={loading ? 'overview is-refreshing' : 'overview'} aria-busy={loading} data-testid="overview">
      <FilterBar strategies={summary.strategies} firstDate={summary.firstDate} lastDate={summary.lastDate} filter={filter} onChange={workspace.setFilter} />
      {error && (
        <div className="callout callout-danger" role="alert">
          The statistics could not be computed: {error}
        </div>
      )}
      {nothingSelected ? (
        <div className="callout callout-warning">Select at least one strategy to see statistics.</div>
      ) : !report ? (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Computing statistics…
        </div>
      ) : (
        <>
          {report.portfolio.ruin && (
            <div className="callout callout-danger" role="alert" data-testid="ruin-banner">
              <strong>Ruined on {formatDate(report.portfolio.ruin.date)}:</strong> equity reached {formatText(report.portfolio.ruin.equity, 'money')}. The curve stops there, max
              drawdown is 100%, and CAGR, Sharpe, Sortino and Calmar are undefined.
            </div>
          )}
          <GroupedNotices groups={noticeGroups} testId="stats-warnings" />
          <p className="period muted" data-testid="period">
            {formatDateRange(report.portfolio.firstDate, report.portfolio.lastDate)}
            {loading && <span className="refreshing-note"> · updating…</span>}
          </p>
          <p className="drawdown-statement" data-testid="drawdown-statement">
            {sentenceCase(drawdownStatement(report.portfolio))}
            {report.portfolio.drawdownSource === 'trades' && (filter.strategies?.length ?? 0) > 0 ? ' (strategy filter: the curve is built from the selected strategies\' own trades; a daily log is portfolio-wide)' : ''}.
          </p>
          <label className="field risk-free-field">
            <span className="field-label">Risk-free rate (Sharpe, Sortino)</span>
            <select aria-label="Risk-free rate" data-testid="risk-free" value={historicalRiskFree ? 'historical' : 'fixed'} onChange={(event) => riskFree.update(() => ({ source: event.target.value === 'historical' ? 'historical' : 'fixed' }))}>
              <option value="fixed">0% a year (fixed)</option>
              <option value="historical">Each day's 3-month T-bill rate (DTB3)</option>
            </select>
          </label>
          <p className="muted" data-testid="risk-free-statement">{riskFreeStatement(report.portfolio.riskFree)}.</p>
          <div className="cards" data-testid="stat-cards">
            {cards.map((card) => (
              <StatCard key={card.id} card={card} />
            ))}
          </div>
          <div className="charts">
            <section className="panel" aria-label="Equity curve">
              <h2 className="panel-title">Equity</h2>
              {equityOption && <Chart option={equityOption} label="Equity curve" />}
            </section>
            <section className="panel" aria-label="Drawdown">
              <h2 className="panel-title">Drawdown</h2>
              {drawdownOption && <Chart option={drawdownOption} label="Drawdown chart" height={200} />}
            </section>
          </div>
          <section className="panel" aria-label="Strategies">
            <div className="panel-head">
              <h2 className="panel-title">Strategies</h2>
              <StrategyCsvButton strategies={report.strategies} />
            </div>
            <StrategyTable strategies={report.strategies} />
          </section>
        </>
      )}
    </div>
  );
}
