/**
 * Sizing: Kelly per strategy and for the portfolio of the current filter, the fraction,
 * cap, capital and margin ceiling the user sizes with, recommended contracts and margin,
 * historical margin utilisation, growth vs fraction with the risk of ruin, and the edge
 * realism checks. Every number is computed in the data worker (sizing, realism); the
 * settings are saved in the workspace.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SizingEntry } from '../../../core/sizing';
import { EmptyState } from '../components/EmptyState';
import { fieldMessages } from '../field-messages';
import { FilterBar } from '../components/FilterBar';
import { StatCard } from '../components/StatCard';
import type { RealismAnalysis, SizingAnalysis } from '../../../workers/data-api';
import { GrowthPanel } from '../sizing/GrowthPanel';
import { MarginPanel } from '../sizing/MarginPanel';
import { RealismPanel } from '../sizing/RealismPanel';
import { SizingControls } from '../sizing/SizingControls';
import { limitsText, summaryCards } from '../sizing/sizing-cards';
import { restoreSizingSettings, SIZING_SETTINGS_KEY, sizingRequest } from '../sizing/sizing-settings';
import { SizingTable } from '../sizing/SizingTable';
import { SizingWarnings } from '../sizing/SizingWarnings';
import { TargetsPanel } from '../sizing/TargetsPanel';
import { VixRegimesPanel } from '../sizing/VixRegimesPanel';
import type { KellyBandShading } from '../sizing/sizing-charts';
import { queryKey, useDebouncedQuery } from '../sizing/use-debounced-query';
import { useWorkspaceSetting } from '../sizing/use-workspace-setting';
import { useWorkspaceContext } from '../workspace/workspace-context';

const SIZING_DELAY_MS = 120;
const REALISM_DELAY_MS = 250;

/** The two tables, in page order: the sizing at the user's capital, then the edge. */
const TABLE_PANELS: { view: 'sizing' | 'edge'; label: string; title: string; className: string }[] = [
  { view: 'sizing', label: 'Sizing at your capital', title: 'Sizing at your capital', className: 'panel' },
  { view: 'edge', label: 'Kelly per strategy', title: 'Edge: the Kelly family', className: 'panel panel-spaced' },
];

/** The settings typed in percent: their messages give the bounds in percent too. */
const PERCENT_FIELDS: ReadonlySet<string> = new Set(['fraction', 'cap']);

export function SizingPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, filter, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  const nothingSelected = filter.strategies?.length === 0;
  const enabled = hasTrades && !nothingSelected;

  const setting = useWorkspaceSetting(data, workspace, SIZING_SETTINGS_KEY, restoreSizingSettings);
  const settings = setting.value;
  const update = setting.update;
  const request = useMemo(() => sizingRequest(settings), [settings]);
  const sizing = useDebouncedQuery<SizingAnalysis>(queryKey(filter, request, revision), async () => data.sizing(filter, request), enabled && setting.loaded, SIZING_DELAY_MS);

  // While an input is invalid, the last valid sizing stays on screen next to the field message.
  const lastGood = useRef<Extract<SizingAnalysis, { ok: true }> | null>(null);
  if (sizing.result?.ok) lastGood.current = sizing.result;
  const shown = lastGood.current;
  const errors = useMemo(() => (sizing.result && !sizing.result.ok ? fieldMessages(sizing.result.errors, PERCENT_FIELDS) : {}), [sizing.result]);

  const [focusName, setFocusName] = useState<string | null>(null);
  const [kellyBands, setKellyBands] = useState<Record<string, KellyBandShading>>({});
  const focus: SizingEntry | null = shown?.report.strategies.find((s) => s.name === focusName) ?? null;
  const realismStrategy = focus?.name;
  const realism = useDebouncedQuery<RealismAnalysis>(
    queryKey(filter, settings.trials, realismStrategy, revision),
    async () => data.realism(filter, { trials: settings.trials, strategy: realismStrategy }),
    enabled && setting.loaded,
    REALISM_DELAY_MS,
  );

  const onMultiplier = useCallback((name: string, value: number | null) => update((s) => ({ ...s, multipliers: { ...s.multipliers, [name]: value ?? Number.NaN } })), [update]);
  const cards = useMemo(() => (shown ? summaryCards(shown.report, shown.detectedCapital, shown.detectedCapitalSource) : []), [shown]);

  if (!summary || !hasTrades) return <EmptyState onImport={requestImport} dailyRows={summary?.dailyRows} page="Sizing (Kelly, caps, margin use)" />;
  const noTradesMessage = errors.filter;

  return (
    <div className={sizing.loading ? 'sizing is-refreshing' : 'sizing'} aria-busy={sizing.loading} data-testid="sizing">
      <FilterBar strategies={summary.strategies} firstDate={summary.firstDate} lastDate={summary.lastDate} filter={filter} onChange={workspace.setFilter} />
      {sizing.error && (
        <div className="callout callout-danger" role="alert">
          The sizing could not be computed: {sizing.error}
        </div>
      )}
      {nothingSelected ? (
        <div className="callout callout-warning">Select at least one strategy to size.</div>
      ) : noTradesMessage ? (
        <div className="callout callout-warning">{noTradesMessage}</div>
      ) : (
        <>
          <SizingControls settings={settings} detectedCapital={shown?.detectedCapital ?? null} errors={errors} onChange={update} />
          {!shown ? (
            <div className="loading" role="status">
              <span className="spinner" aria-hidden="true" /> Computing the sizing…
            </div>
          ) : (
            <>
              <SizingWarnings entries={[shown.report.portfolio, ...shown.report.strategies]} automaticBasis={settings.basis === null} />
              <div className="cards" data-testid="sizing-cards">
                {cards.map((card) => (
                  <StatCard key={card.id} card={card} />
                ))}
              </div>
              <p className="muted sizing-limits" data-testid="sizing-limits">
                {limitsText(shown.report)}
              </p>
              {TABLE_PANELS.map((panel) => (
                <section key={panel.view} className={panel.className} aria-label={panel.label}>
                  <h2 className="panel-title">{panel.title}</h2>
                  <SizingTable
                    view={panel.view}
                    portfolio={shown.report.portfolio}
                    strategies={shown.report.strategies}
                    automaticBasis={settings.basis === null}
                    multipliers={settings.multipliers}
                    errors={errors}
                    onMultiplier={onMultiplier}
                  />
                </section>
              ))}
              <div className="focus-bar">
                <label htmlFor="sizing-focus">Charts and edge realism for</label>
                <select id="sizing-focus" value={focus?.name ?? ''} onChange={(event) => setFocusName(event.target.value || null)}>
                  <option value="">Portfolio</option>
                  {shown.report.strategies.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="sizing-charts">
                <MarginPanel report={shown.report} focus={focus} ceiling={settings.marginCeiling !== 'none' && Number.isFinite(settings.marginCeiling) ? settings.marginCeiling : null} />
                <GrowthPanel entry={focus ?? shown.report.portfolio} band={kellyBands[(focus ?? shown.report.portfolio).name] ?? null} />
              </div>
              <TargetsPanel data={data} filter={filter} request={request} revision={revision} enabled={enabled && setting.loaded && !nothingSelected} onBands={setKellyBands} />
              <VixRegimesPanel data={data} filter={filter} revision={revision} enabled={enabled} />
              <RealismPanel state={realism} trials={settings.trials} onTrials={(value) => update((s) => ({ ...s, trials: value ?? Number.NaN }))} />
            </>
          )}
        </>
      )}
    </div>
  );
}
