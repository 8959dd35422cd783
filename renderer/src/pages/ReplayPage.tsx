/**
 * Replay: re-run the log's trades under up to 8 sizing scenarios (quick presets or custom
 * rules with constraints) and compare them — overlaid equity (linear/log) and drawdown
 * curves, a metrics table and ending-balance bars. The replay runs in a warm compute
 * worker; every edit replays at once.
 */
import { useCallback, useMemo, useState } from 'react';
import { Chart } from '../components/Chart';
import { EmptyState } from '../components/EmptyState';
import { FilterBar } from '../components/FilterBar';
import { InfoTip } from '../components/InfoTip';
import '../replay/echarts-extra';
import { drawdownOverlayOption, endingBalanceOption, equityOverlayOption, type CurveSeries } from '../replay/replay-charts';
import { replayConventions } from '../replay/replay-conventions';
import { ScenarioEditor } from '../replay/ScenarioEditor';
import { ScenarioMetricsTable } from '../replay/ScenarioMetricsTable';
import { MAX_SCENARIOS, newScenarioId, PRESETS, presetScenario, SCENARIO_COLORS, scenarioFromSpec, uniqueName, type ScenarioDraft } from '../replay/scenario-model';
import { useReplay } from '../replay/use-replay';
import { useSavedScenarios } from '../replay/use-saved-scenarios';
import { addScenario, removeScenario, selectScenario, updateScenario, useWorkingSet } from '../replay/working-set';
import { useWorkspaceContext } from '../workspace/workspace-context';

export function ReplayPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, filter, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  const nothingSelected = filter.strategies?.length === 0;
  const { scenarios, selectedId } = useWorkingSet();
  const replay = useReplay(data, filter, revision, hasTrades && !nothingSelected, scenarios);
  const saved = useSavedScenarios(data, revision, workspace.report);
  const [logScale, setLogScale] = useState(false);
  const [savedChoice, setSavedChoice] = useState('');

  const full = scenarios.length >= MAX_SCENARIOS;
  const selected = scenarios.find((s) => s.id === selectedId) ?? null;
  const colorIndex = useCallback((id: string) => Math.max(0, scenarios.findIndex((s) => s.id === id)), [scenarios]);
  const add = (draft: ScenarioDraft) => addScenario({ ...draft, name: uniqueName(draft.name, scenarios) });

  const series = useMemo<CurveSeries[]>(
    () => replay.entries.map((e) => ({ name: e.draft.name, colorIndex: colorIndex(e.draft.id), values: e.result.equity, ruinDate: e.result.ruin?.date })),
    [replay.entries, colorIndex],
  );
  const drawdownSeries = useMemo<CurveSeries[]>(
    () => replay.entries.map((e) => ({ name: e.draft.name, colorIndex: colorIndex(e.draft.id), values: e.result.drawdown, ruinDate: e.result.ruin?.date })),
    [replay.entries, colorIndex],
  );
  const dates = replay.input?.dates;
  const equityOption = useMemo(() => (dates ? equityOverlayOption(dates, series, logScale) : null), [dates, series, logScale]);
  const drawdownOption = useMemo(() => (dates ? drawdownOverlayOption(dates, drawdownSeries) : null), [dates, drawdownSeries]);
  const barsOption = useMemo(
    () =>
      endingBalanceOption(
        replay.entries.map((e) => ({ name: e.draft.name, colorIndex: colorIndex(e.draft.id), finalEquity: e.result.finalEquity, startingCapital: e.draft.constraints.startingCapital ?? replay.logCapital })),
      ),
    [replay.entries, colorIndex, replay.logCapital],
  );

  if (!summary || !hasTrades) return <EmptyState onImport={requestImport} dailyRows={summary?.dailyRows} page="Replay (sizing rules re-run on the trades)" />;

  return (
    <div className="replay" data-testid="replay" aria-busy={replay.running} data-update-ms={replay.updateMs === null ? undefined : replay.updateMs.toFixed(1)}>
      <FilterBar strategies={summary.strategies} firstDate={summary.firstDate} lastDate={summary.lastDate} filter={filter} onChange={workspace.setFilter} />
      {replay.error && (
        <div className="callout callout-danger" role="alert">
          The replay could not run: {replay.error}
        </div>
      )}
      {nothingSelected && <div className="callout callout-warning">Select at least one strategy to replay.</div>}
      {replay.input && replay.input.warnings.length > 0 && (
        <div className="callout callout-warning" role="status">
          <ul>
            {replay.input.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}

      <section className="panel preset-bar" aria-label="Add a scenario">
        <div className="preset-bar-head">
          <h2 className="panel-title">Add a scenario</h2>
          <span className="muted">
            {scenarios.length} of {MAX_SCENARIOS} compared
          </span>
        </div>
        <div className="preset-buttons">
          {PRESETS.map((preset) => (
            <button key={preset.spec} type="button" className="button preset-button" disabled={full} title={preset.description} onClick={() => add(presetScenario(preset))}>
              + {preset.name}
            </button>
          ))}
          <button type="button" className="button preset-button" disabled={full} onClick={() => add(scenarioFromSpec('Custom', 'fraction:0.05:max-loss'))}>
            + Custom rule
          </button>
          <span className="preset-saved">
            <select aria-label="Saved scenarios" value={savedChoice} onChange={(event) => setSavedChoice(event.target.value)} disabled={saved.saved.length === 0}>
              <option value="">{saved.saved.length === 0 ? 'No saved scenarios' : 'Saved scenarios…'}</option>
              {saved.saved.map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={full || savedChoice === ''}
              onClick={() => {
                const choice = saved.saved.find((s) => String(s.id) === savedChoice);
                if (choice) add({ ...choice.draft, id: newScenarioId() });
              }}
            >
              Add
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={savedChoice === ''}
              onClick={() => {
                saved.remove(Number(savedChoice)).catch(workspace.report);
                setSavedChoice('');
              }}
            >
              Delete
            </button>
          </span>
        </div>
      </section>

      <div className="replay-layout">
        <section className="panel replay-editor-panel" aria-label="Scenarios">
          <ul className="scenario-chips" aria-label="Compared scenarios">
            {scenarios.map((s, index) => (
              <li key={s.id} className={s.id === selectedId ? 'scenario-chip active' : 'scenario-chip'}>
                <button type="button" className="chip-select" aria-pressed={s.id === selectedId} onClick={() => selectScenario(s.id)}>
                  <span className="swatch" style={{ background: SCENARIO_COLORS[index] }} aria-hidden="true" />
                  {s.name || '(unnamed)'}
                  {replay.problems[s.id] && <span className="chip-problem" title={replay.problems[s.id].join('; ')}> ⚠</span>}
                </button>
                <button type="button" className="chip-remove" aria-label={`Remove ${s.name}`} onClick={() => removeScenario(s.id)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          {selected ? (
            <>
              <ScenarioEditor draft={selected} logCapital={replay.logCapital} problems={replay.problems[selected.id]} onChange={(change) => updateScenario(selected.id, change)} />
              <div className="editor-actions">
                <button type="button" className="button" onClick={() => saved.save(selected).catch(workspace.report)}>
                  Save to workspace
                </button>
                <button type="button" className="button" disabled={full} onClick={() => add({ ...selected, id: newScenarioId(), name: `${selected.name} copy` })}>
                  Duplicate
                </button>
              </div>
            </>
          ) : (
            <p className="muted">Add a scenario above to start comparing.</p>
          )}
        </section>

        <div className="replay-charts">
          <section className="panel" aria-label="Equity curves" data-series={series.length}>
            <div className="panel-head">
              <h2 className="panel-title">Equity</h2>
              <span className="segmented" role="group" aria-label="Equity axis">
                <button type="button" aria-pressed={!logScale} className={logScale ? '' : 'active'} onClick={() => setLogScale(false)}>
                  Linear
                </button>
                <button type="button" aria-pressed={logScale} className={logScale ? 'active' : ''} onClick={() => setLogScale(true)}>
                  Log
                </button>
                <InfoTip text={replayConventions.logScale} label="the log axis" />
              </span>
            </div>
            {equityOption && <Chart option={equityOption} label="Equity curves of the scenarios" height={320} />}
          </section>
          <section className="panel" aria-label="Drawdown curves">
            <h2 className="panel-title">Drawdown</h2>
            {drawdownOption && <Chart option={drawdownOption} label="Drawdown curves of the scenarios" height={210} />}
          </section>
        </div>
      </div>

      <section className="panel" aria-label="Scenario metrics">
        <div className="panel-head">
          <h2 className="panel-title">Metrics</h2>
          <span className="muted replay-status" data-testid="replay-status">
            {replay.running ? 'Replaying…' : replay.updateMs !== null ? `Replayed in ${replay.updateMs.toFixed(0)} ms` : ''}
          </span>
        </div>
        <ScenarioMetricsTable entries={replay.entries} colorIndex={colorIndex} selectedId={selectedId} onSelect={selectScenario} />
      </section>

      <section className="panel" aria-label="Ending balances">
        <h2 className="panel-title">Ending balance</h2>
        {replay.entries.length > 0 && <Chart option={barsOption} label="Ending balance of each scenario" height={Math.max(90, 34 * replay.entries.length + 20)} />}
      </section>
    </div>
  );
}
