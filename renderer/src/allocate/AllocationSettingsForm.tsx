/**
 * The Allocate page's settings: inputs (the workspace's strategies, price / return files),
 * method and the methods to compare in the walk-forward, constraints (per-input min / max
 * weight, total ceiling, Kelly fraction, kelly-margin's min / max contracts), capital and
 * its basis (the log's starting capital or each strategy's peak margin), covariance and
 * calendar period, correlation method and basis, and the walk-forward windows, purge,
 * embargo and costs. Every number is checked again by the data worker (zod) before a run.
 */
import { useRef } from 'react';
import type { AllocationMethod } from '../../../core/allocate';
import { ALLOCATION_METHODS, ALLOCATION_METHOD_LABELS, COVARIANCES, PERIODS } from '../../../core/allocate/types';
import { DEFAULT_WALK_FORWARD, type AllocationSettings, type SeriesFile } from '../../../core/allocate/saved-run';
import { InfoTip } from '../components/InfoTip';
import { NumberField } from '../components/NumberField';

type WalkForward = NonNullable<AllocationSettings['walkForward']>;

interface Props {
  settings: AllocationSettings;
  strategies: string[];
  series: SeriesFile[];
  update(change: (previous: AllocationSettings) => AllocationSettings): void;
  onSeries(files: SeriesFile[]): void;
  /** Price / return files of a reopened run that are not loaded. */
  missingSeries: string[];
}

const COVARIANCE_LABEL: Record<(typeof COVARIANCES)[number], string> = { sample: 'Sample', 'ledoit-wolf': 'Ledoit–Wolf (constant-correlation target)' };
const KELLY: AllocationMethod[] = ['kelly', 'kelly-gaussian', 'kelly-margin'];
const num = (value: number | null) => value ?? Number.NaN;

function Field({ label, tip, children }: { label: string; tip: string; children: React.ReactNode }) {
  return (
    <label className="allocate-field">
      <span className="field-label">
        {label} <InfoTip label={label} text={tip} />
      </span>
      {children}
    </label>
  );
}

export function AllocationSettingsForm({ settings, strategies, series, update, onSeries, missingSeries }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const chosen = new Set(settings.strategies ?? strategies);
  const set = <K extends keyof AllocationSettings>(key: K, value: AllocationSettings[K]) => update((s) => ({ ...s, [key]: value }));
  const setWf = <K extends keyof WalkForward>(key: K, value: WalkForward[K]) => update((s) => (s.walkForward ? { ...s, walkForward: { ...s.walkForward, [key]: value } } : s));
  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    set('strategies', next.size === strategies.length ? null : strategies.filter((s) => next.has(s)));
  };
  const addFiles = async (files: FileList | null) => {
    if (!files) return;
    const added: SeriesFile[] = [];
    for (const file of Array.from(files)) added.push({ file: file.name, text: await file.text() });
    onSeries([...series.filter((s) => !added.some((a) => a.file === s.file)), ...added]);
  };
  const kelly = KELLY.includes(settings.method);
  const margin = settings.method === 'kelly-margin';
  const wf = settings.walkForward;
  return (
    <section className="panel allocate-settings" aria-label="Allocation settings" data-testid="allocate-settings">
      <fieldset className="allocate-group allocate-inputs">
        <legend>Inputs</legend>
        <div className="allocate-input-actions">
          <span className="muted">
            {chosen.size} of {strategies.length} strategies
          </span>
          <button type="button" className="button button-quiet" onClick={() => set('strategies', null)}>
            All
          </button>
          <button type="button" className="button button-quiet" onClick={() => set('strategies', [])}>
            None
          </button>
        </div>
        <div className="allocate-strategy-list" role="group" aria-label="Strategies">
          {strategies.map((name) => (
            <label key={name} className="allocate-check" title={name}>
              <input type="checkbox" checked={chosen.has(name)} onChange={() => toggle(name)} />
              <span className="allocate-ellipsis">{name}</span>
            </label>
          ))}
        </div>
        <div className="allocate-input-actions">
          <button type="button" className="button" onClick={() => fileInput.current?.click()} title="Daily price files (Date, Adj Close) or return files (Date + one column per leg)">
            Add price / return files…
          </button>
          <input ref={fileInput} type="file" accept=".csv,text/csv" multiple hidden data-testid="allocate-series-input" onChange={(event) => void addFiles(event.target.files).then(() => (event.target.value = ''))} />
        </div>
        {series.length > 0 && (
          <ul className="allocate-series-list" data-testid="allocate-series">
            {series.map((s) => (
              <li key={s.file}>
                <span className="allocate-ellipsis" title={s.file}>
                  {s.file}
                </span>
                <button type="button" className="button button-quiet" aria-label={`Remove ${s.file}`} onClick={() => onSeries(series.filter((x) => x.file !== s.file))}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        {missingSeries.length > 0 && <p className="muted">The reopened run also used {missingSeries.join(', ')}: add the file{missingSeries.length === 1 ? '' : 's'} again to re-run it.</p>}
      </fieldset>

      <fieldset className="allocate-group">
        <legend>Method</legend>
        <Field label="Method" tip="How the capital is split. Kelly on margin sizes contracts per strategy from the trade log, with the margin in use at every historical opening moment at most ceiling × capital.">
          <select aria-label="Method" value={settings.method} onChange={(event) => set('method', event.target.value as AllocationMethod)}>
            {ALLOCATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {ALLOCATION_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Covariance" tip="Sample covariance, or Ledoit–Wolf shrinkage toward a constant-correlation target (intensity stated with the results).">
          <select aria-label="Covariance" value={settings.covariance} onChange={(event) => set('covariance', event.target.value as AllocationSettings['covariance'])}>
            {COVARIANCES.map((c) => (
              <option key={c} value={c}>
                {COVARIANCE_LABEL[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Period" tip="Calendar aggregation: business days, or weeks / months for strategies that rarely trade on the same day.">
          <select aria-label="Period" value={settings.period} onChange={(event) => set('period', event.target.value as AllocationSettings['period'])}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="allocate-group">
        <legend>Constraints</legend>
        <Field label="Min weight" tip="Per-input minimum weight (0: long-only).">
          <NumberField ariaLabel="Min weight" value={settings.min} scale={100} suffix="%" width={90} onParsed={(v) => set('min', num(v))} />
        </Field>
        <Field label="Max weight" tip="Per-input maximum weight.">
          <NumberField ariaLabel="Max weight" value={settings.max} scale={100} suffix="%" width={90} onParsed={(v) => set('max', num(v))} />
        </Field>
        <Field label="Ceiling" tip="Total: Σ weights (fully invested methods use it all; Kelly methods at most); Kelly on margin: margin in use ÷ capital at every opening moment.">
          <NumberField ariaLabel="Ceiling" value={settings.ceiling} scale={100} suffix="%" width={90} onParsed={(v) => set('ceiling', num(v))} />
        </Field>
        <Field label="Kelly fraction" tip="Applied to the Kelly methods' weights (half Kelly: 50%).">
          <NumberField ariaLabel="Kelly fraction" value={settings.fraction} scale={100} suffix="%" width={90} disabled={!kelly} onParsed={(v) => set('fraction', num(v))} />
        </Field>
        <Field label="Min contracts" tip="Kelly on margin: contracts per trade of each strategy, at least (after the fraction).">
          <NumberField ariaLabel="Min contracts" value={settings.minContracts} width={90} disabled={!margin} onParsed={(v) => set('minContracts', num(v))} />
        </Field>
        <Field label="Max contracts" tip="Kelly on margin: contracts per trade of each strategy, at most (empty: no maximum).">
          <NumberField ariaLabel="Max contracts" value={settings.maxContracts} width={90} placeholder="none" disabled={!margin} onParsed={(v) => set('maxContracts', v)} />
        </Field>
      </fieldset>

      <fieldset className="allocate-group">
        <legend>Capital</legend>
        <Field label="Capital" tip="The capital the weights are sized for (dollars and contracts). Empty: the trade log's starting capital (100,000 with price files only).">
          <NumberField ariaLabel="Capital" value={settings.capital} prefix="$" width={130} placeholder="log's start" onParsed={(v) => set('capital', v)} />
        </Field>
        <Field label="Return basis" tip="A strategy's return on a day = its P/L closed that day ÷ this basis: the log's starting capital, or the strategy's own peak historical margin in use.">
          <select aria-label="Return basis" value={settings.capitalBasis} onChange={(event) => set('capitalBasis', event.target.value as AllocationSettings['capitalBasis'])}>
            <option value="starting-capital">Starting capital</option>
            <option value="margin">Each strategy's peak margin</option>
          </select>
        </Field>
        <Field label="Correlation" tip="Coefficient of the heat map: Pearson, Spearman (ranks) or Kendall τ-b, on P/L or on returns.">
          <span className="allocate-pair">
            <select aria-label="Correlation method" value={settings.correlation.method} onChange={(event) => set('correlation', { ...settings.correlation, method: event.target.value as AllocationSettings['correlation']['method'] })}>
              <option value="pearson">Pearson</option>
              <option value="spearman">Spearman</option>
              <option value="kendall">Kendall τ-b</option>
            </select>
            <select aria-label="Correlation basis" value={settings.correlation.basis} onChange={(event) => set('correlation', { ...settings.correlation, basis: event.target.value as AllocationSettings['correlation']['basis'] })}>
              <option value="pl">on P/L</option>
              <option value="returns">on returns</option>
            </select>
          </span>
        </Field>
      </fieldset>

      <fieldset className="allocate-group allocate-wf">
        <legend>
          <label className="allocate-check">
            <input type="checkbox" aria-label="Walk-forward" checked={wf !== null} onChange={(event) => set('walkForward', event.target.checked ? DEFAULT_WALK_FORWARD : null)} /> Walk-forward
          </label>
        </legend>
        {wf === null ? (
          <p className="muted">Off. Turn it on to re-fit each method on past windows only and test it on the next one; every run adds its methods to the Deflated Sharpe's trials.</p>
        ) : (
          <>
            <Field label="Windows" tip="Rolling: each in-sample window has the same length. Anchored: each starts at the first period and grows.">
              <select aria-label="Windows" value={wf.mode} onChange={(event) => setWf('mode', event.target.value as WalkForward['mode'])}>
                <option value="rolling">Rolling</option>
                <option value="anchored">Anchored</option>
              </select>
            </Field>
            <Field label="In sample" tip="Periods each fit sees (anchored: the first window's length).">
              <NumberField ariaLabel="In-sample periods" value={wf.inSample} width={80} onParsed={(v) => setWf('inSample', num(v))} />
            </Field>
            <Field label="Out of sample" tip="Periods each fit is tested on.">
              <NumberField ariaLabel="Out-of-sample periods" value={wf.outOfSample} width={80} onParsed={(v) => setWf('outOfSample', num(v))} />
            </Field>
            <Field label="Step" tip="Periods between one fold's start and the next.">
              <NumberField ariaLabel="Step periods" value={wf.step} width={80} onParsed={(v) => setWf('step', num(v))} />
            </Field>
            <Field label="Purge" tip="Periods dropped between in-sample and out-of-sample (no overlap of trades spanning both).">
              <NumberField ariaLabel="Purge periods" value={wf.purge} width={80} onParsed={(v) => setWf('purge', num(v))} />
            </Field>
            <Field label="Embargo" tip="The next out-of-sample window starts at least this many periods after this one ends (those periods are not traded).">
              <NumberField ariaLabel="Embargo periods" value={wf.embargo} width={80} onParsed={(v) => setWf('embargo', num(v))} />
            </Field>
            <Field label="Cost" tip="Turnover cost in basis points of the capital traded, charged on each fold's first period.">
              <NumberField ariaLabel="Cost in basis points" value={wf.costBps} suffix="bps" width={90} onParsed={(v) => setWf('costBps', num(v))} />
            </Field>
            <div className="allocate-compare" role="group" aria-label="Methods to compare">
              <span className="field-label">Compare</span>
              {ALLOCATION_METHODS.filter((m) => m !== settings.method).map((m) => (
                <label key={m} className="allocate-check">
                  <input type="checkbox" checked={settings.compare.includes(m)} onChange={(event) => set('compare', event.target.checked ? [...settings.compare, m] : settings.compare.filter((x) => x !== m))} />
                  {ALLOCATION_METHOD_LABELS[m]}
                </label>
              ))}
            </div>
          </>
        )}
      </fieldset>
    </section>
  );
}
