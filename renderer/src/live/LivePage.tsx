/**
 * Live vs backtest (issue 14): the workspace's backtest trades against its OptionOmega
 * reporting log (the live fills). 1. the strategy mapping (proposed, confirmed by the user,
 * saved in the workspace); 2. the per-strategy table; 3. drift percentiles with the suggested
 * multipliers and one action that applies them to the Sizing page; 4. the cumulative live vs
 * backtest P/L per contract; 5. the pair list (filterable, CSV). Every number comes from the
 * data worker (core/app planLive; matching and drift on the compute pool).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LIVE_SETTINGS_KEY, MAX_TOLERANCE_MINUTES, NO_LIVE_LOG, restoreLiveSettings, type LiveSettings } from '../../../core/app/live';
import { restoreSizingSettings, SIZING_SETTINGS_KEY } from '../../../core/app/sizing-settings';
import type { StrategyMapping } from '../../../core/live';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { InfoTip } from '../components/InfoTip';
import { formatDate } from '../../../core/format/number';
import { NumberField } from '../components/NumberField';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';
import './live.css';
import { DriftPanel } from './DriftPanel';
import { cumulativeChartOption } from './live-chart';
import { LiveStrategyTable } from './LiveStrategyTable';
import { MappingStep } from './MappingStep';
import { PairList } from './PairList';
import { useLiveComparison } from './use-live-comparison';

const RUN_DELAY_MS = 300;
const restore = (stored: unknown): LiveSettings => restoreLiveSettings(stored).settings;

export function LivePage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  const hasLive = (summary?.reportingRows ?? 0) > 0;
  const setting = useWorkspaceSetting(data, workspace, LIVE_SETTINGS_KEY, restore);
  const settings = setting.value;
  const toleranceOk = Number.isFinite(settings.toleranceMinutes) && settings.toleranceMinutes >= 0 && settings.toleranceMinutes <= MAX_TOLERANCE_MINUTES;
  const { status, result, run, cancel } = useLiveComparison(data);

  useEffect(() => {
    if (!hasTrades || !hasLive || !setting.loaded || !toleranceOk) return;
    const timer = setTimeout(() => void run({ mapping: settings.mapping, toleranceMinutes: settings.toleranceMinutes }), RUN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [hasTrades, hasLive, setting.loaded, toleranceOk, settings, revision, run]);

  const [current, setCurrent] = useState<Record<string, number> | null>(null);
  const [applying, setApplying] = useState(false);
  const [applied, setApplied] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    data.getSettings(SIZING_SETTINGS_KEY).then((stored) => live && setCurrent(restoreSizingSettings(stored).multipliers), workspace.report);
    return () => {
      live = false;
    };
  }, [data, revision, workspace.report]);

  const apply = useCallback(async () => {
    if (!result) return;
    setApplying(true);
    try {
      workspace.pendingWrites.flushKey(SIZING_SETTINGS_KEY);
      await workspace.pendingWrites.flush();
      const { applied: done, multipliers } = await data.applyLiveMultipliers(result.strategies.map(({ name, suggestedMultiplier }) => ({ name, suggestedMultiplier })));
      setCurrent(multipliers);
      setApplied(`Applied to the Sizing page: ${Object.entries(done).map(([name, m]) => `${name} × ${m}`).join(', ')}.`);
    } catch (error) {
      workspace.report(error);
    } finally {
      setApplying(false);
    }
  }, [data, result, workspace]);

  const chartStrategies = useMemo(() => (result ? result.strategies.filter((s) => s.cumulative.length > 0) : []), [result]);
  const [chartName, setChartName] = useState<string | null>(null);
  const chartStrategy = chartStrategies.find((s) => s.name === chartName) ?? chartStrategies.find((s) => s.drifting) ?? chartStrategies[0] ?? null;
  const chartOption = useMemo(() => (chartStrategy ? cumulativeChartOption(chartStrategy.cumulative) : null), [chartStrategy]);
  const pairStrategies = useMemo(() => (result ? result.strategies.map((s) => s.name ?? (s.liveName as string)) : []), [result]);

  if (!summary || !hasTrades) return <EmptyState onImport={requestImport} dailyRows={summary?.dailyRows} page="Live vs backtest" />;
  if (!hasLive)
    return (
      <section className="empty-state" data-testid="live-empty">
        <h2>No live record in this workspace</h2>
        <p>{NO_LIVE_LOG}</p>
        <button type="button" className="button button-primary" onClick={requestImport}>
          Import…
        </button>
      </section>
    );

  const setMapping = (mapping: StrategyMapping) => setting.update((s) => ({ ...s, mapping }));
  const running = status.phase === 'running';
  return (
    <div className={running ? 'live is-refreshing' : 'live'} data-testid="live" data-phase={status.phase}>
      <section className="panel live-settings" aria-label="Comparison settings">
        <label className="field" htmlFor="live-tolerance">
          <span className="field-label">
            Open-time tolerance <InfoTip label="the tolerance" text="A live trade pairs with a backtest trade of its mapped strategy opened the same day at most this many minutes apart." />
          </span>
          <NumberField id="live-tolerance" value={settings.toleranceMinutes} suffix="min" ariaLabel="Tolerance in minutes" error={toleranceOk ? undefined : `0 to ${MAX_TOLERANCE_MINUTES} minutes`} onParsed={(value) => setting.update((s) => ({ ...s, toleranceMinutes: value ?? Number.NaN }))} />
        </label>
        {!toleranceOk && <span className="field-error">The tolerance must be 0 to {MAX_TOLERANCE_MINUTES} minutes.</span>}
        {result && (
          <span className="muted" data-testid="live-window">
            Window: {result.window.from === null ? result.window.nullReasons.from : `${formatDate(result.window.from)} – ${formatDate(result.window.to)}`}
          </span>
        )}
        {running && (
          <span className="run-progress" role="status" data-testid="live-progress">
            <span className="spinner" aria-hidden="true" /> Matching and drift bootstrap…
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </span>
        )}
        {status.phase === 'cancelled' && <span className="run-note">Cancelled{result ? ' — the previous comparison is shown.' : '.'}</span>}
        {status.phase === 'done' && <span className="muted">Compared in {(status.elapsedMs / 1000).toFixed(2)} s on the compute workers</span>}
      </section>
      {status.phase === 'failed' && (
        <div className="callout callout-danger" role="alert">
          The comparison could not run: {status.message}
        </div>
      )}
      {!result ? (
        running && (
          <div className="loading" role="status">
            <span className="spinner" aria-hidden="true" /> Comparing the live record with the backtest…
          </div>
        )
      ) : (
        <>
          {result.warnings.length > 0 && (
            <div className="callout callout-warning" role="status">
              <ul>
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <MappingStep comparison={result} backtestNames={summary.strategies} confirmed={settings.mapping} onChange={setMapping} />
          <section className="panel panel-spaced" aria-label="Per strategy">
            <h2 className="panel-title">2. Per strategy</h2>
            <LiveStrategyTable strategies={result.strategies} />
          </section>
          <DriftPanel strategies={result.strategies} conventions={result.conventions} current={current} onApply={() => void apply()} applying={applying} />
          {applied && (
            <div className="callout" role="status" data-testid="applied">
              {applied}
            </div>
          )}
          <section className="panel panel-spaced" aria-label="Cumulative P/L per contract">
            <h2 className="panel-title">4. Cumulative P/L per contract, live vs backtest</h2>
            {chartStrategy && chartOption ? (
              <>
                <select aria-label="Chart strategy" value={chartStrategy.name ?? ''} onChange={(event) => setChartName(event.target.value)}>
                  {chartStrategies.map((s) => (
                    <option key={s.name ?? s.liveName} value={s.name ?? ''}>
                      {s.name}
                    </option>
                  ))}
                </select>
                <Chart option={chartOption} label={`Cumulative P/L per contract of ${chartStrategy.name}, live vs backtest`} height={300} />
              </>
            ) : (
              <p className="muted">No matched pair with both trades closed yet.</p>
            )}
          </section>
          <PairList pairs={result.pairs} strategies={pairStrategies} />
          <details className="panel panel-spaced">
            <summary>How these numbers are computed</summary>
            <ul>
              {result.conventions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
