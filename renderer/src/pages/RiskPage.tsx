/**
 * Risk (Monte Carlo): bootstrap the log's outcomes under any sizing rule (percent, dollar
 * or daily mode; i.i.d. or stationary block) into many paths on the compute pool, with progress and Cancel, and
 * show the fan chart, the final-equity and max-drawdown histograms and the probabilities
 * — each with the run's conventions as tooltip. The default sizing is the Sizing page's
 * recommendation (its placeable contracts per strategy at the saved Sizing settings, computed
 * by the data worker through core/app/recommendation), stated in words; without one (daily
 * log only, no edge) the default is the log as recorded.
 */
import { COMPOUNDING_DOLLAR_LOG_TEXT, ruinInWords } from '../../../core/format/conventions';
import { useStatsReport } from '../workspace/use-stats-report';
import { useEffect, useMemo, useState } from 'react';
import { parseRuleSpec, type SizingRule } from '../../../core/replay';
import type { RecommendationOutcome } from '../../../core/app/recommendation';
import { EmptyState } from '../components/EmptyState';
import { FilterBar } from '../components/FilterBar';
import { InfoTip } from '../components/InfoTip';
import { StatCard } from '../components/StatCard';
import { formatText } from '../../../core/format/number';
import '../replay/echarts-extra';
import { NumberField } from '../components/NumberField';
import { Optional } from '../replay/Optional';
import { useSavedScenarios } from '../replay/use-saved-scenarios';
import { useWorkingSet } from '../replay/working-set';
import { riskCards } from '../risk/risk-cards';
import { fanChartOption, finalValueHistogramOption, maxDrawdownHistogramOption } from '../risk/risk-charts';
import { describeRun, riskConventions, sizingHint } from '../risk/risk-conventions';
import { DEFAULT_RISK_FORM, monteCarloOptions, type RiskForm } from '../risk/risk-form';
import { RunChartPanel } from '../risk/RunChartPanel';
import { useMonteCarlo } from '../risk/use-monte-carlo';
import { useWorkspaceContext } from '../workspace/workspace-context';

const CUSTOM = 'custom';
const RECOMMENDED = 'recommended';
const AS_LOGGED: SizingChoice = { value: 'as-logged', label: 'As logged (log)', rule: { kind: 'log' } };

const FAN_CHART = { region: 'Fan chart', title: 'Equity paths', convention: riskConventions.fan, tipLabel: 'the fan chart', chartLabel: 'Fan chart of simulated equity', height: 340 };
const FINAL_CHART = { region: 'Final equity distribution', title: 'Final equity', convention: riskConventions.finalHistogram, tipLabel: 'the final equity histogram', chartLabel: 'Histogram of final equity', height: 240 };
const DRAWDOWN_CHART = { region: 'Max drawdown distribution', title: 'Max drawdown', convention: riskConventions.drawdownHistogram, tipLabel: 'the max drawdown histogram', chartLabel: 'Histogram of max drawdown', height: 240 };

interface SizingChoice {
  value: string;
  label: string;
  rule: SizingRule;
}

export function RiskPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { summary, filter, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  /** A daily log without a trade log: the daily mode resamples its marked-to-market curve (core/app daily-only). */
  const dailyOnly = !hasTrades && (summary?.dailyRows ?? 0) > 0;
  const nothingSelected = filter.strategies?.length === 0;
  const { scenarios } = useWorkingSet();
  const { saved } = useSavedScenarios(data, revision, workspace.report);
  const { status, result, run, cancel } = useMonteCarlo(data);
  const [form, setForm] = useState<RiskForm>(dailyOnly ? { ...DEFAULT_RISK_FORM, mode: 'daily' } : DEFAULT_RISK_FORM);
  useEffect(() => {
    if (dailyOnly) setForm((previous) => (previous.mode === 'daily' ? previous : { ...previous, mode: 'daily' }));
  }, [dailyOnly]);
  const [sizingChoice, setSizingChoice] = useState(RECOMMENDED);
  const [recommendation, setRecommendation] = useState<RecommendationOutcome | null>(null);
  useEffect(() => {
    setRecommendation(null);
    if (!hasTrades) return;
    let live = true;
    void data.recommendation(filter).then((outcome) => {
      if (live) setRecommendation(outcome);
    });
    return () => {
      live = false;
    };
  }, [data, filter, revision, hasTrades]);
  const recommended = recommendation?.ok ? recommendation.recommendation : null;
  /** The recommendation while it loads or when there is none: the log as recorded. */
  const choiceValue = sizingChoice === RECOMMENDED && !recommended ? AS_LOGGED.value : sizingChoice;
  const [customSpec, setCustomSpec] = useState('fixed:1');
  const set = (change: Partial<RiskForm>) => setForm((previous) => ({ ...previous, ...change }));

  const choices = useMemo<SizingChoice[]>(
    () => [
      ...(recommended ? [{ value: RECOMMENDED, label: 'Recommended (Sizing page)', rule: recommended.rule }] : []),
      AS_LOGGED,
      ...scenarios.map((s) => ({ value: `replay:${s.id}`, label: `Replay: ${s.name}`, rule: s.rule })),
      ...saved.map((s) => ({ value: `saved:${s.id}`, label: `Saved: ${s.name}`, rule: s.draft.rule })),
    ],
    [recommended, scenarios, saved],
  );
  const chosen = choices.find((c) => c.value === choiceValue);
  const custom = parseRuleSpec(customSpec);
  let sizing: { ok: true; rule: SizingRule; label: string } | { ok: false; message: string } = chosen
    ? { ok: true, rule: chosen.rule, label: chosen.label.replace(/^(Replay|Saved): /, '') }
    : custom.ok
      ? { ok: true, rule: custom.rule, label: customSpec.trim() }
      : { ok: false, message: custom.message };
  // Only combinations that work: on a compounding log (contracts vary more than 2×) dollar mode
  // cannot resample the logged contracts, so "As logged" is not offered in dollar mode and
  // dollar mode is not offered while "As logged" is chosen (core/montecarlo pools refuses it).
  const stats = useStatsReport(data, filter, revision, hasTrades && !nothingSelected);
  const compounding = stats.report?.portfolio.contractsVary === true;
  const blocksDollar = (rule: SizingRule) => compounding && rule.kind === 'log';
  const dollarBlocked = form.mode === 'dollar' && sizing.ok && blocksDollar(sizing.rule);
  if (dollarBlocked) sizing = { ok: false, message: `This log compounds (contract counts vary more than 2×): ${COMPOUNDING_DOLLAR_LOG_TEXT}.` };
  const running = status.phase === 'running';
  const loadingRecommendation = sizingChoice === RECOMMENDED && hasTrades && recommendation === null;
  const canRun = (hasTrades || dailyOnly) && !nothingSelected && !running && sizing.ok && !loadingRecommendation;

  const start = () => {
    if (!canRun || !sizing.ok) return;
    void run(filter, monteCarloOptions(form, sizing.rule), sizing.label);
  };

  const description = result ? describeRun(result.config, result.sizingLabel) : '';
  const cards = useMemo(() => (result ? riskCards(result.summary, description) : []), [result, description]);
  const stepUnit = result?.config.mode === 'daily' ? 'business days' : 'trades';
  const fanOption = useMemo(() => (result ? fanChartOption(result.summary, stepUnit) : null), [result, stepUnit]);
  const finalOption = useMemo(() => (result ? finalValueHistogramOption(result.summary) : null), [result]);
  const drawdownOption = useMemo(() => (result ? maxDrawdownHistogramOption(result.summary) : null), [result]);

  if (!summary || (!hasTrades && !dailyOnly)) return <EmptyState onImport={requestImport} />;

  return (
    <div className="risk" data-testid="risk" data-phase={status.phase}>
      {dailyOnly ? (
        <div className="callout callout-warning" role="status" data-testid="daily-only-risk">
          <strong>Daily log only ({summary.dailyRows.toLocaleString('en-US')} days).</strong> The daily mode resamples the daily log's marked-to-market returns as
          recorded. The percent and dollar modes, sizing rules and the worst-case injection resample trades: they need the trade log.
        </div>
      ) : (
        <FilterBar strategies={summary.strategies} firstDate={summary.firstDate} lastDate={summary.lastDate} filter={filter} onChange={workspace.setFilter} />
      )}
      <section className="panel risk-settings" aria-label="Simulation settings">
        <div className="risk-grid">
          <label className="field">
            <span className="field-label">Mode</span>
            <select aria-label="Mode" value={form.mode} onChange={(event) => set({ mode: event.target.value as RiskForm['mode'] })}>
              <option value="percent">Percent (compounding)</option>
              <option value="dollar" disabled={form.mode !== 'dollar' && chosen !== undefined && blocksDollar(chosen.rule)}>
                {form.mode !== 'dollar' && chosen !== undefined && blocksDollar(chosen.rule) ? 'Dollar (P/L × sizing) — not with As logged on this compounding log' : 'Dollar (P/L × sizing)'}
              </option>
              <option value="daily">Daily returns</option>
            </select>
          </label>
          <label className="field">
            <span className="field-label">Resampling</span>
            <select aria-label="Resampling" value={form.resample} onChange={(event) => set({ resample: event.target.value as RiskForm['resample'] })}>
              <option value="block">Stationary block</option>
              <option value="iid">i.i.d.</option>
            </select>
          </label>
          <NumberField label="Paths" value={form.paths} onChange={(paths) => set({ paths })} testId="paths" />
          <NumberField label="Seed" value={form.seed} onChange={(seed) => set({ seed })} testId="seed" />
          <NumberField label="Ruin at equity ≤" value={form.ruinLevel} scale={100} suffix="% of start" onChange={(ruinLevel) => set({ ruinLevel })} />
          <span className="field-hint" data-testid="ruin-words">Ruin: equity {ruinInWords(form.ruinLevel)}</span>
          <NumberField label="Worst-case injection" value={form.worstCaseShare} scale={100} suffix="% of steps" onChange={(worstCaseShare) => set({ worstCaseShare })} />
          {form.worstCaseShare > 0 && (
            <label className="field">
              <span className="field-label">Worst case</span>
              <select aria-label="Worst case" value={form.worstCase} onChange={(event) => set({ worstCase: event.target.value as RiskForm['worstCase'] })}>
                <option value="all">Each strategy's worst loss (margin, Max Loss, realized)</option>
                <option value="realized">Each strategy's worst realized loss</option>
              </select>
            </label>
          )}
        </div>
        <div className="risk-optionals">
          {form.resample === 'block' && (
            <Optional label="Set mean block length (default: ∛n, rounded)" value={form.meanBlockLength} initial={7} onChange={(meanBlockLength) => set({ meanBlockLength })}>
              <NumberField label="Mean block length" value={form.meanBlockLength ?? 7} onChange={(meanBlockLength) => set({ meanBlockLength })} />
            </Optional>
          )}
          <Optional label="Set horizon (default: as many steps as the sample)" value={form.horizon} initial={{ unit: 'trades' as const, value: summary?.trades ?? 100 }} onChange={(horizon) => set({ horizon })}>
            {form.horizon && (
              <>
                <NumberField label="Horizon" value={form.horizon.value} onChange={(value) => set({ horizon: { ...form.horizon!, value } })} testId="horizon" />
                <label className="field">
                  <span className="field-label">Unit</span>
                  <select aria-label="Horizon unit" value={form.horizon.unit} onChange={(event) => set({ horizon: { ...form.horizon!, unit: event.target.value as 'trades' | 'years' } })}>
                    <option value="trades">{form.mode === 'daily' ? 'steps (business days)' : 'trades'}</option>
                    <option value="years">years</option>
                  </select>
                </label>
              </>
            )}
          </Optional>
          <Optional label="Only the most recent outcomes" value={form.recent} initial={100} onChange={(recent) => set({ recent })}>
            <NumberField label="Recent N" value={form.recent ?? 100} onChange={(recent) => set({ recent })} />
          </Optional>
          <Optional label="Set starting capital (default: the log's)" value={form.startingCapital} initial={100_000} onChange={(startingCapital) => set({ startingCapital })}>
            <NumberField label="Starting capital" value={form.startingCapital ?? 100_000} suffix="USD" onChange={(startingCapital) => set({ startingCapital })} />
          </Optional>
        </div>
        <div className="risk-sizing">
          <span className="field-label">
            Sizing <InfoTip text={riskConventions.sizing} label="the simulated sizing" />
          </span>
          <div className="risk-sizing-fields">
            <select aria-label="Sizing" value={chosen ? choiceValue : CUSTOM} onChange={(event) => setSizingChoice(event.target.value)}>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value} disabled={form.mode === 'dollar' && blocksDollar(choice.rule)}>
                  {form.mode === 'dollar' && blocksDollar(choice.rule) ? `${choice.label} — not in dollar mode on this compounding log` : choice.label}
                </option>
              ))}
              <option value={CUSTOM}>Rule spec…</option>
            </select>
            {!chosen && <input type="text" aria-label="Rule spec" className="spec-input" value={customSpec} onChange={(event) => setCustomSpec(event.target.value)} aria-invalid={!custom.ok} />}
            {!sizing.ok && <span className="field-error">{sizing.message}</span>}
            <span className="muted" data-testid="sizing-hint">{sizingHint(form.mode, sizing.ok ? sizing.rule : null)}</span>
            {choiceValue === RECOMMENDED && recommended && (
              <span className="muted" data-testid="risk-recommendation">
                Simulating {recommended.statement}. Same estimate as the Sizing page (whole log, its saved settings: change them there); the
                margin ceiling is the Sizing page's check at the log's busiest moment and is not re-applied on simulated paths.
              </span>
            )}
            {sizingChoice === RECOMMENDED && recommendation && !recommendation.ok && (
              <span className="muted" data-testid="risk-recommendation">
                No Sizing-page recommendation to simulate ({recommendation.message}); simulating the log as recorded.
              </span>
            )}
          </div>
        </div>
        <div className="risk-actions">
          <button type="button" className="button button-primary" onClick={start} disabled={!canRun}>
            Run simulation
          </button>
          <button type="button" className="button" onClick={cancel} disabled={!running}>
            Cancel
          </button>
          {running && (
            <div className="run-progress" role="status" data-testid="progress">
              <progress value={status.done} max={status.total} aria-label="Simulation progress" />
              <span>
                {formatText(status.done, 'count')} of {formatText(status.total, 'count')} paths
              </span>
            </div>
          )}
          {status.phase === 'cancelled' && (
            <span className="run-note" role="status" data-testid="cancelled">
              Cancelled after {formatText(status.done, 'count')} of {formatText(status.total, 'count')} paths{result ? ' — the previous result is shown.' : '.'}
            </span>
          )}
          {status.phase === 'done' && result && (
            <span className="run-note muted" data-testid="run-time">
              {formatText(result.summary.paths, 'count')} paths in {(result.elapsedMs / 1000).toFixed(2)} s on {result.workers} worker{result.workers === 1 ? '' : 's'}
            </span>
          )}
        </div>
        {status.phase === 'failed' && (
          <div className="callout callout-danger" role="alert">
            The simulation could not run: {status.message}
          </div>
        )}
      </section>

      {result ? (
        <div className={running ? 'risk-results is-refreshing' : 'risk-results'} data-testid="risk-results">
          <p className="run-description muted" data-testid="run-description">
            {description}
          </p>
          {result.warnings.length > 0 && (
            <div className="callout callout-warning" role="status">
              <ul>
                {result.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="cards risk-cards" data-testid="risk-cards">
            {cards.map((card) => (
              <StatCard key={card.id} card={card} />
            ))}
          </div>
          <RunChartPanel {...FAN_CHART} description={description} option={fanOption} />
          <div className="risk-histograms">
            <RunChartPanel {...FINAL_CHART} description={description} option={finalOption} />
            <RunChartPanel {...DRAWDOWN_CHART} description={description} option={drawdownOption} />
          </div>
        </div>
      ) : (
        status.phase !== 'running' && <p className="muted risk-hint">Choose the settings and run the simulation.</p>
      )}
    </div>
  );
}
