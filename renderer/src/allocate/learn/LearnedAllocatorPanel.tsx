/**
 * Learned allocator panel (issue 13): legs (daily price / return files or trade logs, chosen
 * here or the bundled SPY + QQQ prices), grid, horizon, λ_dd, costs, smoothing and daily cap;
 * the run goes to the data worker (core/app learn; outer folds on the compute workers) with
 * progress and cancel. Results: verdict with reasons and the gates table, the out-of-sample
 * weight path, equity against the baselines, the fold table and the feature-importance stability
 * across folds. Every number comes from the worker; this file only formats and draws.
 */
import { useState, type ChangeEvent } from 'react';
import { DEFAULT_LEARN_OPTIONS, LEARN_BOUNDS, type LearnResult } from '../../../../core/learn';
import { formatDate, formatDigits, formatText } from '../../../../core/format/number';
import { Chart } from '../../components/Chart';
import { NumberField } from '../../components/NumberField';
import { useWorkspaceContext } from '../../workspace/workspace-context';
import spyUrl from '../../../../resources/market/SPY.csv?url';
import qqqUrl from '../../../../resources/market/QQQ.csv?url';
import { equityOption, weightPathOption } from './learn-charts';
import { useLearnRun, type LegText } from './use-learn-run';
import './learn.css';

const D = DEFAULT_LEARN_OPTIONS;
const B = LEARN_BOUNDS;

interface Settings {
  horizon: number;
  grid: number;
  outerFolds: number;
  innerFolds: number;
  seed: number;
  costBps: number;
  lambdaDd: string;
  smoothing: number;
  maxDailyChange: number;
}

const initial: Settings = { horizon: D.horizon, grid: D.grid, outerFolds: D.outerFolds, innerFolds: D.innerFolds, seed: D.seed, costBps: D.costBps, lambdaDd: D.lambdaDd.join(', '), smoothing: D.smoothing, maxDailyChange: D.maxDailyChange };

function within(v: number, b: { min: number; max: number; integer?: boolean }): boolean {
  return Number.isFinite(v) && v >= b.min && v <= b.max && (!b.integer || Number.isInteger(v));
}

function problems(s: Settings): Record<string, string> {
  const out: Record<string, string> = {};
  if (!within(s.horizon, B.horizon)) out.horizon = `${B.horizon.min} to ${B.horizon.max} business days`;
  if (!within(s.grid, B.grid) || Math.abs(Math.round(1 / s.grid) * s.grid - 1) > 1e-9) out.grid = 'A step that divides 1 (0.05, 0.1, 0.25 …)';
  if (!within(s.outerFolds, B.outerFolds)) out.outerFolds = `${B.outerFolds.min} to ${B.outerFolds.max}`;
  if (!within(s.innerFolds, B.innerFolds)) out.innerFolds = `${B.innerFolds.min} to ${B.innerFolds.max}`;
  if (!within(s.seed, B.seed)) out.seed = 'A whole number from 0';
  if (!within(s.costBps, B.costBps)) out.costBps = `${B.costBps.min} to ${B.costBps.max} bps`;
  if (!within(s.smoothing, B.smoothing)) out.smoothing = `${B.smoothing.min} to ${B.smoothing.max}`;
  if (!within(s.maxDailyChange, B.maxDailyChange)) out.maxDailyChange = `${B.maxDailyChange.min} to ${B.maxDailyChange.max}`;
  const lambdas = lambdaList(s.lambdaDd);
  if (lambdas === null) out.lambdaDd = `1 to 4 numbers, each ${B.lambda.min} to ${B.lambda.max}, separated by commas`;
  return out;
}

function lambdaList(text: string): number[] | null {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const values = parts.map((p) => (/^\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  return values.length >= 1 && values.length <= 4 && values.every((v) => within(v, B.lambda)) ? values : null;
}

const pct = (v: number | null) => formatText(v, 'percent');
const ratio = (v: number | null) => formatDigits(v, 'ratio', 2);

export function LearnedAllocatorPanel() {
  const { data } = useWorkspaceContext();
  const [legs, setLegs] = useState<LegText[]>([]);
  const [settings, setSettings] = useState<Settings>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { status, result, run, cancel } = useLearnRun(data);
  const errors = problems(settings);
  const set = <K extends keyof Settings>(key: K) => (value: Settings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const running = status.phase === 'running';
  const canRun = legs.length >= 2 && Object.keys(errors).length === 0 && !running;

  const addFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    const read = await Promise.all(files.map(async (f) => ({ file: f.name, text: await f.text() })));
    setLegs((current) => [...current.filter((l) => !read.some((r) => r.file === l.file)), ...read]);
  };
  const useSample = async () => {
    setLoadError(null);
    try {
      const texts = await Promise.all([spyUrl, qqqUrl].map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      }));
      setLegs([{ file: 'SPY.csv', text: texts[0] }, { file: 'QQQ.csv', text: texts[1] }]);
    } catch (error) {
      setLoadError(`The bundled SPY and QQQ prices could not be loaded (${error instanceof Error ? error.message : String(error)}).`);
    }
  };
  const start = () => {
    const { lambdaDd, ...rest } = settings;
    void run(legs, { ...rest, lambdaDd: lambdaList(lambdaDd) ?? D.lambdaDd });
  };

  return (
    <div className="learn" data-testid="learn" data-phase={status.phase}>
      <section className="panel learn-setup" aria-label="Legs and settings">
        <div className="learn-legs">
          <div className="panel-title">Legs</div>
          {legs.length === 0 ? <p className="muted">Two or more daily price files (Date, Adj Close), return files (Date, return, extra numeric columns used as features lagged one day) or trade logs. A leg is named after its file.</p> : (
            <ul className="learn-leg-list" data-testid="learn-legs">
              {legs.map((l) => (
                <li key={l.file}>
                  <span className="strategy-name">{l.file.replace(/\.[^.]+$/, '')}</span> <span className="muted">{l.file}</span>
                  <button type="button" className="button button-small" onClick={() => setLegs((c) => c.filter((x) => x.file !== l.file))} aria-label={`Remove ${l.file}`}>Remove</button>
                </li>
              ))}
            </ul>
          )}
          <div className="learn-leg-actions">
            <label className="button">
              Add leg files…
              <input type="file" accept=".csv,text/csv" multiple onChange={(e) => void addFiles(e)} data-testid="learn-file-input" hidden />
            </label>
            <button type="button" className="button" onClick={() => void useSample()} data-testid="learn-sample">Use SPY + QQQ prices</button>
          </div>
          {loadError && <span className="field-error">{loadError}</span>}
        </div>
        <div className="learn-fields">
          <NumberField label="Horizon H (business days)" value={settings.horizon} onChange={set('horizon')} error={errors.horizon} width={90} testId="learn-horizon" />
          <NumberField label="Weight grid step" value={settings.grid} onChange={set('grid')} error={errors.grid} width={90} testId="learn-grid" />
          <NumberField label="Outer folds" value={settings.outerFolds} onChange={set('outerFolds')} error={errors.outerFolds} width={70} testId="learn-folds" />
          <NumberField label="Inner folds" value={settings.innerFolds} onChange={set('innerFolds')} error={errors.innerFolds} width={70} testId="learn-inner-folds" />
          <label className="field">
            <span className="field-label">λ_dd tried (drawdown penalty)</span>
            <span className={errors.lambdaDd ? 'number-input invalid' : 'number-input'} style={{ width: 110 }}>
              <input type="text" value={settings.lambdaDd} onChange={(e) => set('lambdaDd')(e.target.value)} aria-invalid={errors.lambdaDd ? true : undefined} data-testid="learn-lambda-dd" />
            </span>
            {errors.lambdaDd && <span className="field-error">{errors.lambdaDd}</span>}
          </label>
          <NumberField label="Costs (bps of turnover)" value={settings.costBps} onChange={set('costBps')} error={errors.costBps} width={80} testId="learn-cost" />
          <NumberField label="Smoothing α" value={settings.smoothing} onChange={set('smoothing')} error={errors.smoothing} width={70} testId="learn-smoothing" />
          <NumberField label="Max daily change" value={settings.maxDailyChange} onChange={set('maxDailyChange')} error={errors.maxDailyChange} width={70} testId="learn-cap" />
          <NumberField label="Seed" value={settings.seed} onChange={set('seed')} error={errors.seed} width={90} testId="learn-seed" />
        </div>
        <div className="learn-run-row">
          <button type="button" className="button button-primary" disabled={!canRun} onClick={start} data-testid="learn-run">Run walk-forward</button>
          {running && (
            <span className="run-progress" role="status" data-testid="learn-progress">
              <span className="spinner" aria-hidden="true" /> {status.total > 0 ? `Model fits ${status.done} of ${status.total}` : 'Preparing features and labels…'}
              <progress max={Math.max(1, status.total)} value={status.done} />
              <button type="button" className="button" onClick={cancel} data-testid="learn-cancel">Cancel</button>
            </span>
          )}
          {status.phase === 'cancelled' && <span className="run-note">Cancelled{result ? ' — the previous run is shown.' : '.'}</span>}
          {status.phase === 'done' && <span className="muted">Ran in {(status.elapsedMs / 1000).toFixed(1)} s on the compute workers; {status.runId === null ? 'the run could not be saved in the workspace.' : `saved in the workspace (run ${status.runId}).`}</span>}
          {legs.length < 2 && <span className="muted">Add at least two legs.</span>}
        </div>
      </section>
      {status.phase === 'failed' && <div className="callout callout-danger" role="alert" data-testid="learn-error">{status.message}</div>}
      {result && <LearnResults result={result} />}
    </div>
  );
}

function LearnResults({ result: r }: { result: LearnResult }) {
  const accepted = r.verdict === 'accepted';
  return (
    <>
      <section className={`panel learn-verdict ${accepted ? 'is-accepted' : 'is-rejected'}`} data-testid="learn-verdict" aria-label="Verdict">
        <div className="learn-verdict-head">
          <span className="learn-badge">{accepted ? 'Accepted' : 'Rejected'}</span>
          <span>{r.legs.join(' vs ')} · out of sample {formatDate(r.oos.from)} – {formatDate(r.oos.to)} ({r.oos.days.toLocaleString('en-US')} business days) · {r.trials} trials added to the Deflated-Sharpe count</span>
        </div>
        <ul className="learn-reasons">{r.reasons.map((x) => <li key={x}>{x}</li>)}</ul>
      </section>
      <div className="learn-grid">
        <section className="panel" aria-label="Model against baselines">
          <div className="panel-title">Out of sample, after costs (P/L per 1 unit of starting capital)</div>
          <table className="data-table compact learn-table" data-testid="learn-figures">
            <thead><tr><th /><th className="numeric">Avg monthly P/L</th><th className="numeric">CAGR</th><th className="numeric">Max drawdown</th><th className="numeric">Calmar</th><th className="numeric">Turnover / yr</th></tr></thead>
            <tbody>
              {[{ name: 'Learned model', figures: r.oos }, ...r.baselines].map((row) => (
                <tr key={row.name}><td>{row.name}</td><td className="numeric">{pct(row.figures.avgMonthlyPl)}</td><td className="numeric">{pct(row.figures.cagr)}</td><td className="numeric">{pct(row.figures.maxDrawdown)}</td><td className="numeric">{ratio(row.figures.calmar)}</td><td className="numeric">{ratio(row.figures.turnover)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel" aria-label="Acceptance gates">
          <div className="panel-title">Acceptance gates</div>
          <table className="data-table compact learn-table" data-testid="learn-gates">
            <thead><tr><th>Gate</th><th>Result</th><th className="numeric">Value</th><th className="numeric">Threshold</th></tr></thead>
            <tbody>
              {r.gates.map((g) => (
                <tr key={g.name}><td title={g.name}>{g.name}</td><td className={g.passed ? 'gate-pass' : 'gate-fail'}>{g.passed ? 'Passed' : 'Failed'}</td><td className="numeric">{formatDigits(g.value, 'ratio', 4)}</td><td className="numeric">{formatDigits(g.threshold, 'ratio', 4)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section className="panel" aria-label="Weight path">
        <div className="panel-title">Out-of-sample weights in force each day (after smoothing α {r.options.smoothing} and the {formatText(r.options.maxDailyChange, 'percent')} daily cap)</div>
        <Chart option={weightPathOption(r.dates, r.legs, r.weights)} label="Out-of-sample weight path" height={240} />
      </section>
      <section className="panel" aria-label="Equity against baselines">
        <div className="panel-title">Out-of-sample equity against the baselines (log scale, {r.options.costBps} bps per unit of turnover)</div>
        <Chart option={equityOption(r.dates, r.equity, r.baselines)} label="Out-of-sample equity against baselines" height={280} />
      </section>
      <div className="learn-grid">
        <section className="panel" aria-label="Folds">
          <div className="panel-title">Outer folds</div>
          <div className="table-scroll table-scroll-short">
            <table className="data-table compact learn-table" data-testid="learn-fold-table">
              <thead><tr><th>#</th><th>Trained on</th><th>Out of sample</th><th className="numeric">Return</th><th className="numeric">Max DD</th><th className="numeric">Calmar</th><th className="numeric" title="Σ|Δw| over the fold">Turnover Σ|Δw|</th><th className="numeric">λ_dd</th><th className="numeric">Depth</th><th className="numeric">Log-loss raw → calibrated</th></tr></thead>
              <tbody>
                {r.folds.map((f) => (
                  <tr key={f.index}><td>{f.index}</td><td>{f.trainFrom} – {f.trainTo}</td><td>{f.from} – {f.to}</td><td className="numeric">{pct(f.return)}</td><td className="numeric">{pct(f.maxDrawdown)}</td><td className="numeric">{ratio(f.calmar)}</td><td className="numeric">{ratio(f.turnover)}</td><td className="numeric">{f.chosen.lambdaDd}</td><td className="numeric">{f.chosen.gbdt.maxDepth}</td><td className="numeric">{formatDigits(f.logLossRaw, 'ratio', 3)} → {formatDigits(f.logLossCalibrated, 'ratio', 3)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="panel" aria-label="Feature importance stability">
          <div className="panel-title">Feature importance across folds (share of GBDT split gain)</div>
          <div className="table-scroll table-scroll-short">
            <table className="data-table compact learn-table" data-testid="learn-importance">
              <thead><tr><th>Feature</th><th className="numeric">Mean</th><th className="numeric">Min – max</th><th className="numeric">Top 5 in folds</th></tr></thead>
              <tbody>
                {r.importance.slice(0, 15).map((x) => (
                  <tr key={x.feature}><td title={x.feature}>{x.feature}</td><td className="numeric">{formatText(x.mean, 'percent')}</td><td className="numeric">{formatText(x.min, 'percent')} – {formatText(x.max, 'percent')}</td><td className="numeric">{x.topFiveFolds} of {r.folds.length}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
      <section className="panel learn-conventions" aria-label="Conventions">
        <div className="panel-title">How these numbers are defined</div>
        <ul>{r.conventions.map((c) => <li key={c}>{c}</li>)}</ul>
      </section>
    </>
  );
}
