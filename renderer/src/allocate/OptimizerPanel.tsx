/**
 * The Allocate page's optimizer panel (issue 19): settings, a run on the compute workers with
 * progress and cancel, then the results — weights and contributions, the efficient frontier
 * with each method's point, the correlation heat map, the walk-forward — and the saved runs.
 * Every number comes from the data worker (core/app planAllocation → core/allocate).
 */
import { useMemo, useState } from 'react';
import { ALLOCATION_SETTINGS_KEY, DEFAULT_ALLOCATION_SETTINGS, restoreAllocationSettings, type SeriesFile } from '../../../core/allocate/saved-run';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { frontierChartOption } from './allocate-charts';
import { AllocationSettingsForm } from './AllocationSettingsForm';
import { CorrelationHeatmap } from './CorrelationHeatmap';
import { SavedRuns } from './SavedRuns';
import { useAllocation } from './use-allocation';
import { WalkForwardResults } from './WalkForwardResults';
import { WeightsTable } from './WeightsTable';

const restore = (stored: unknown) => restoreAllocationSettings(stored ?? DEFAULT_ALLOCATION_SETTINGS);

export function OptimizerPanel() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, revision } = workspace.state;
  const setting = useWorkspaceSetting(data, workspace, ALLOCATION_SETTINGS_KEY, restore);
  const settings = setting.value;
  const [series, setSeries] = useState<SeriesFile[]>([]);
  const { status, shown, run, cancel, reopen } = useAllocation(data);
  const strategies = useMemo(() => summary?.strategies ?? [], [summary]);
  const frontier = useMemo(() => (shown ? frontierChartOption(shown.report) : null), [shown]);
  const [reopenedFiles, setReopenedFiles] = useState<string[]>([]);
  const missingSeries = reopenedFiles.filter((f) => !series.some((s) => s.file === f));

  if (!summary || (summary.trades === 0 && series.length === 0)) return <EmptyState onImport={requestImport} />;
  const running = status.phase === 'running';
  const chosenCount = (settings.strategies ?? strategies).length + series.length;
  const percent = status.phase === 'running' && status.total > 0 ? Math.round((status.done / status.total) * 100) : null;
  return (
    <div className={running ? 'allocate-panel is-refreshing' : 'allocate-panel'} data-phase={status.phase}>
      <AllocationSettingsForm settings={settings} strategies={strategies} series={series} update={setting.update} onSeries={setSeries} missingSeries={missingSeries} />
      <div className="allocate-run-bar">
        <button type="button" className="button button-primary" disabled={running || chosenCount === 0} onClick={() => void run({ settings, series })} data-testid="allocate-run">
          Allocate
        </button>
        {chosenCount === 0 && <span className="muted">Choose at least one strategy or add a price file.</span>}
        {running && (
          <span className="run-progress" role="status" data-testid="allocate-progress">
            <span className="spinner" aria-hidden="true" /> {settings.walkForward ? `Walk-forward ${percent === null ? '' : `${percent}%`}` : 'Allocating'} on the compute workers…
            {percent !== null && <progress max={100} value={percent} aria-label="Walk-forward progress" />}
            <button type="button" className="button" onClick={cancel} data-testid="allocate-cancel">
              Cancel
            </button>
          </span>
        )}
        {status.phase === 'cancelled' && (
          <span className="run-note" data-testid="allocate-cancelled">
            Cancelled{shown ? ' — the previous allocation is shown.' : '.'}
          </span>
        )}
        {status.phase === 'done' && (
          <span className="muted" data-testid="allocate-done">
            Allocated in {(status.elapsedMs / 1000).toFixed(2)} s on the compute workers.
            {status.trialsAdded > 0 && ` This walk-forward added ${status.trialsAdded} configuration${status.trialsAdded === 1 ? '' : 's'} tried (${status.trialsTotal} in this workspace); the Deflated Sharpe counts them as trials.`}
          </span>
        )}
      </div>
      {status.phase === 'failed' && (
        <div className="callout callout-danger" role="alert" data-testid="allocate-error">
          The allocation could not run: {status.message}
        </div>
      )}
      {shown && (
        <div className="allocate-results" data-testid="allocate-results">
          {shown.savedId !== null && (
            <div className="callout" role="status">
              Showing the saved run “{shown.run.name}”.
            </div>
          )}
          {shown.report.messages.length + shown.report.result.messages.length > 0 && (
            <div className="callout callout-warning" role="status" data-testid="allocate-messages">
              <ul>
                {[...new Set([...shown.report.result.messages, ...shown.report.messages])].map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
          <WeightsTable report={shown.report} capital={shown.capital} />
          <section className="panel panel-spaced" aria-label="Efficient frontier" data-testid="allocate-frontier">
            <div className="allocate-section-head">
              <h2 className="panel-title">Efficient frontier</h2>
              <span className="muted">Annualized, from the {shown.report.covariance.kind === 'sample' ? 'sample' : 'Ledoit–Wolf'} covariance and mean returns, within the weight bounds and the ceiling; each method's point from its own weights.</span>
            </div>
            {frontier && shown.report.frontier.length > 0 ? <Chart option={frontier} label="Efficient frontier with each method's point" height={320} /> : <p className="muted">No frontier: fewer than two inputs or no feasible weights.</p>}
          </section>
          <CorrelationHeatmap correlation={shown.report.correlation} periodLabel={`${shown.report.window.period} periods`} />
          <WalkForwardResults report={shown.report} />
          <details className="panel panel-spaced">
            <summary>How these numbers are computed</summary>
            <ul data-testid="allocate-conventions">
              <li>{shown.report.basis}</li>
              <li>{shown.report.covariance.convention}</li>
              <li>
                Inputs on the calendar:{' '}
                {shown.report.spans.map((s) => `${s.name} ${s.first} – ${s.last}, active on ${s.activeDays} ${shown.report.window.period} periods`).join('; ')}.
              </li>
            </ul>
          </details>
        </div>
      )}
      <SavedRuns
        data={data}
        revision={revision}
        shown={shown}
        report={workspace.report}
        onReopen={(id, saved) => {
          reopen(id, saved);
          setting.update(() => saved.settings);
          setReopenedFiles(saved.seriesFiles);
        }}
      />
    </div>
  );
}
