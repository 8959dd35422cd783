/**
 * Bets (issue 12): prediction-market bet logs. 1. the bet log (imported through the import
 * dialog like any file, or the bundled sample) with its import warnings; 2. the run: window,
 * half-life, prior, run budget (cap, cash, balance fraction), min/max per group, score or
 * group-Kelly allocation, Kelly fraction, per-bet and forced-trade caps, and today's
 * candidates (pasted or from a file); 3. drift in plain words, the group table (calibration,
 * Brier, edge, score terms, budget), today's tickets with the forced one marked; 4.
 * reliability diagrams and P/L curves per group; 5. saved runs. Every number comes from the
 * data worker (core/app storedBetsRun); the page sends options and candidate bytes only.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDateRange, formatText } from '../../../core/format/number';
import type { BetLogSummary, BetRun, BetsRunResult } from '../../../workers/data-api';
import { Chart } from '../components/Chart';
import { InfoTip } from '../components/InfoTip';
import { BET_SAMPLE_LOG_NAME, BET_SAMPLE_CANDIDATES_NAME, loadSampleBetLog, loadSampleCandidates } from '../data/bets-sample';
import { useReportExportContext } from '../report-export/report-export-context';
import { useWorkspaceContext } from '../workspace/workspace-context';
import { BetsSettings } from './BetsSettings';
import { betsRequest, DEFAULT_BETS_FORM, formOfSavedRun, missingFields, type BetsForm } from './bets-options';
import { GroupTable } from './GroupTable';
import { groupPlChartOption } from './pl-chart';
import { ReliabilityGrid } from './ReliabilityGrid';
import { TicketTable } from './TicketTable';
import './bets.css';

type Ran = Extract<BetsRunResult, { ok: true }>;
type RunState = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; result: Ran; elapsedMs: number } | { phase: 'failed'; message: string; fields: Record<string, string> };

const CANONICAL_HEADER = 'date,group,market,side,p_model,price,contracts,fees,outcome,pl,forecast_error';

export function BetsPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const { exportCsv } = useReportExportContext();
  const { summary, revision } = workspace.state;
  const [betLog, setBetLog] = useState<BetLogSummary | null>(null);
  const [form, setForm] = useState<BetsForm>(DEFAULT_BETS_FORM);
  const [candidates, setCandidates] = useState<{ name: string; text: string }>({ name: 'pasted candidates', text: '' });
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const [runs, setRuns] = useState<BetRun[]>([]);
  const [runName, setRunName] = useState('');
  const [loadingSample, setLoadingSample] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastRevision = useRef(-1);

  useEffect(() => {
    let live = true;
    Promise.all([data.betLog(), data.listBetRuns()]).then(([log, saved]) => {
      if (!live) return;
      setBetLog(log);
      setRuns(saved);
    }, workspace.report);
    return () => {
      live = false;
    };
  }, [data, revision, summary, workspace.report]);

  const missing = missingFields(form);
  const valid = Object.keys(missing).length === 0;
  const candidateFile = useCallback(() => (candidates.text.trim() ? { name: candidates.name, bytes: new TextEncoder().encode(candidates.text) } : undefined), [candidates]);

  const compute = useCallback(async () => {
    if (!valid) return;
    setRun({ phase: 'running' });
    setSavedNote(null);
    const started = performance.now();
    const result = await data.runBets(betsRequest(form), candidateFile());
    if (result.ok) setRun({ phase: 'done', result, elapsedMs: performance.now() - started });
    else setRun({ phase: 'failed', message: result.message, fields: Object.fromEntries((result.errors ?? []).map((e) => [e.field.replace(/^.*\./, ''), e.message])) });
  }, [data, form, candidateFile, valid]);

  // First look (and after every import): compute with the current settings, no click needed.
  useEffect(() => {
    if (!betLog || betLog.bets === 0 || lastRevision.current === revision) return;
    lastRevision.current = revision;
    void compute();
  }, [betLog, revision, compute]);

  const loadSample = useCallback(async () => {
    setLoadingSample(true);
    try {
      const preview = await data.previewBetLog(BET_SAMPLE_LOG_NAME, await loadSampleBetLog());
      if (!preview.ok) throw new Error(preview.message);
      const committed = await data.commitImport(preview.previewId, { replace: true });
      if (!committed.ok) throw new Error(committed.message);
      setCandidates({ name: BET_SAMPLE_CANDIDATES_NAME, text: await loadSampleCandidates() });
      workspace.imported(committed.summary, { ...preview, format: 'bet-log', strategies: preview.groups });
    } catch (error) {
      workspace.report(error);
    } finally {
      setLoadingSample(false);
    }
  }, [data, workspace]);

  const readCandidateFile = useCallback(async (file: File | undefined) => {
    if (!file) return;
    setCandidates({ name: file.name, text: await file.text() });
  }, []);

  const save = useCallback(async () => {
    const name = runName.trim() || `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
    const saved = await data.saveBetRun(name, betsRequest(form), candidateFile());
    if (!saved.ok) {
      workspace.report(new Error(saved.message));
      return;
    }
    setRuns(saved.runs);
    setRunName('');
    setSavedNote(`Saved "${name}" in the workspace (the report prints the latest saved run).`);
  }, [data, form, candidateFile, runName, workspace]);

  const restoreRun = useCallback((saved: BetRun) => {
    setForm(formOfSavedRun({ form: (saved.value as { options?: unknown } | null)?.options }));
    const value = saved.value as { candidatesFile?: string | null; candidates?: { group: string; market: string; side: string; pModel: number; price: number; availableContracts: number }[] | null } | null;
    const list = value?.candidates ?? [];
    const text = list.length ? ['group,market,side,p_model,price,available_contracts', ...list.map((c) => [c.group, c.market, c.side, c.pModel, c.price, c.availableContracts].join(','))].join('\n') : '';
    setCandidates({ name: value?.candidatesFile ?? 'saved candidates', text });
  }, []);

  const result = run.phase === 'done' ? run.result : null;
  const chartOption = useMemo(() => (result ? groupPlChartOption(result.analysis.groups) : null), [result]);
  const fieldErrors = { ...missing, ...(run.phase === 'failed' ? run.fields : {}) };

  if (betLog === null) {
    return (
      <div className="loading" role="status">
        <span className="spinner" aria-hidden="true" /> Reading the bet log…
      </div>
    );
  }
  if (betLog.bets === 0) {
    return (
      <section className="empty-state bets-empty" data-testid="bets-empty">
        <h2>No bet log in this workspace</h2>
        <p>
          Import a prediction-market bet log (one settled bet per row): <code>{CANONICAL_HEADER}</code>. A price column in cents (1–99) is detected and said so;
          exchange exports (ticker, yes_price/no_price, count, result, profit…) are mapped by a guess. Any bad row refuses the whole file, naming its row and column. The
          bet log sits beside the trade log: neither replaces the other.
        </p>
        <div className="bets-actions">
          <button type="button" className="button button-primary" onClick={requestImport}>
            Import bet log…
          </button>
          <button type="button" className="button" onClick={() => void loadSample()} disabled={loadingSample} data-testid="bets-load-sample">
            {loadingSample ? 'Loading…' : 'Try the sample bet log'}
          </button>
        </div>
      </section>
    );
  }

  const drifting = result?.analysis.groups.filter((g) => g.metrics.drift.flag) ?? [];
  return (
    <div className={run.phase === 'running' ? 'bets is-refreshing' : 'bets'} data-testid="bets" data-phase={run.phase}>
      <section className="panel bets-log" aria-label="Bet log">
        <div className="panel-header">
          <h2 className="panel-title">Bet log</h2>
          <span data-testid="bets-log-facts">
            {betLog.fileName} · {formatText(betLog.bets, 'count')} bets · {betLog.groups.length} groups · {formatDateRange(betLog.firstDate, betLog.lastDate)}
          </span>
          <span className="bets-actions">
            <button type="button" className="button" onClick={requestImport}>
              Import…
            </button>
            <button type="button" className="button button-quiet" onClick={() => void loadSample()} disabled={loadingSample}>
              Replace with the sample
            </button>
          </span>
        </div>
        {betLog.warnings.length > 0 && (
          <ul className="warning-list" data-testid="bets-log-warnings">
            {betLog.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel panel-spaced" aria-label="Run settings">
        <BetsSettings form={form} errors={fieldErrors} onChange={setForm} />
        <div className="bets-candidates">
          <label className="field bets-candidates-text">
            <span className="field-label">
              Today&apos;s candidates ({candidates.text.trim() ? candidates.name : 'none: budgets only'}){' '}
              <InfoTip label="the candidates" text="One row per bet the model would place today: group,market,side,p_model,price,available_contracts (fees per contract optional). Paste them or load a CSV file. Without candidates every group of the log shares the budget and no ticket is sized." />
            </span>
            <textarea
              rows={5}
              spellCheck={false}
              value={candidates.text}
              placeholder={'group,market,side,p_model,price,available_contracts\nChicago,KXHIGHCHI-25JUN29-B79,YES,0.325,0.23,116'}
              onChange={(event) => setCandidates({ name: 'pasted candidates', text: event.target.value })}
              data-testid="bets-candidates"
            />
          </label>
          <div className="bets-actions">
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Load candidates file…
            </button>
            <input ref={fileInput} type="file" accept=".csv,text/csv,text/plain" hidden onChange={(event) => void readCandidateFile(event.target.files?.[0])} data-testid="bets-candidates-file" />
            <button type="button" className="button button-quiet" onClick={() => setCandidates({ name: 'pasted candidates', text: '' })} disabled={!candidates.text}>
              Clear
            </button>
            <button type="button" className="button button-primary" onClick={() => void compute()} disabled={!valid || run.phase === 'running'} data-testid="bets-compute">
              {run.phase === 'running' ? 'Computing…' : "Compute today's split"}
            </button>
            {run.phase === 'done' && <span className="muted">Computed in {(run.elapsedMs / 1000).toFixed(2)} s in the data worker</span>}
          </div>
        </div>
      </section>

      {run.phase === 'failed' && (
        <div className="callout callout-danger" role="alert" data-testid="bets-error">
          The run could not be computed: {run.message}
        </div>
      )}

      {result && (
        <>
          <section className="panel panel-spaced" aria-label="Today's budget" data-testid="bets-run-budget">
            <div className="panel-header">
              <h2 className="panel-title">Today&apos;s budget: {formatText(result.analysis.runBudget.amount, 'money')}</h2>
              <span className="muted">
                As of {result.analysis.asOf ?? '—'}
                {result.analysis.window ? `; window ${result.analysis.window.days} settled days (${result.analysis.window.from} to ${result.analysis.window.to})` : ''}; split by{' '}
                {result.analysis.allocation.method === 'kelly' ? 'group-level Kelly' : 'the score'}
              </span>
            </div>
            <p className="bets-budget-text">{result.analysis.runBudget.text}</p>
            {result.analysis.allocation.note && <p className="muted">{result.analysis.allocation.note}</p>}
            <ul className={drifting.length ? 'bets-drift-list bets-drift-list-flagged' : 'bets-drift-list'} data-testid="bets-drift">
              {(drifting.length ? drifting : result.analysis.groups.slice(0, 0)).map((g) => (
                <li key={g.name} title={g.metrics.drift.reason}>
                  <strong>{g.driftHeadline}</strong> Budget {formatText(g.budget, 'money')}.
                </li>
              ))}
              {drifting.length === 0 && <li>No group has drifted: every tested group&apos;s recent window is in line with its history.</li>}
            </ul>
            {result.warnings.length > 0 && (
              <ul className="warning-list" data-testid="bets-warnings">
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </section>

          <section className="panel panel-spaced" aria-label="Groups">
            <div className="panel-head">
              <h2 className="panel-title">Groups ({result.analysis.groups.length})</h2>
              <button type="button" className="button button-quiet" onClick={() => exportCsv(result.tables.groups)}>
                Export CSV
              </button>
            </div>
            <GroupTable groups={result.analysis.groups} />
          </section>

          <section className="panel panel-spaced" aria-label="Today's tickets">
            <div className="panel-head">
              <h2 className="panel-title">
                Today&apos;s tickets ({result.analysis.tickets.length}){result.analysis.forced && <span className="badge badge-warning">FORCED</span>}
              </h2>
              <button type="button" className="button button-quiet" onClick={() => exportCsv(result.tables.tickets)} disabled={result.analysis.tickets.length === 0}>
                Export CSV
              </button>
            </div>
            {result.analysis.sized.length === 0 ? (
              <p className="muted" data-testid="bets-no-candidates">
                No candidates: the budget is split across every group of the log and no ticket is sized. Paste today&apos;s candidates above to size them.
              </p>
            ) : (
              <TicketTable sized={result.analysis.sized} />
            )}
            <ul className="bets-messages">
              {result.analysis.messages
                .filter((m) => m !== result.analysis.runBudget.text && m !== result.analysis.allocation.note && !m.startsWith('Drift in '))
                .map((m) => (
                  <li key={m}>{m}</li>
                ))}
            </ul>
          </section>

          <section className="panel panel-spaced" aria-label="Reliability diagrams">
            <h2 className="panel-title">
              Reliability per group{' '}
              <InfoTip label="the reliability diagrams" text="10 probability bins of the window's bets: the bin's mean predicted probability against the observed win frequency; on the diagonal = calibrated. Point area follows the bin's bet count." />
            </h2>
            <ReliabilityGrid groups={result.analysis.groups} />
          </section>

          {chartOption && (
            <section className="panel panel-spaced" aria-label="P/L per group">
              <h2 className="panel-title">Cumulative realized P/L per group (net of fees)</h2>
              <Chart option={chartOption} label="Cumulative P/L per group by settlement date" height={320} />
            </section>
          )}

          <section className="panel panel-spaced" aria-label="Saved runs">
            <div className="panel-header">
              <h2 className="panel-title">Saved runs</h2>
              <input type="text" className="bets-run-name" placeholder="Name of this run" value={runName} onChange={(event) => setRunName(event.target.value)} aria-label="Name of this run" />
              <button type="button" className="button" onClick={() => void save()} disabled={!valid} data-testid="bets-save-run">
                Save this run
              </button>
              {savedNote && (
                <span className="muted" role="status">
                  {savedNote}
                </span>
              )}
            </div>
            {runs.length === 0 ? (
              <p className="muted">No saved run yet. A saved run keeps its options, candidates and tickets (forced marked) in the workspace file.</p>
            ) : (
              <table className="data-table compact bets-runs-table" data-testid="bets-runs">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Saved</th>
                    <th>Candidates</th>
                    <th className="numeric">Run budget</th>
                    <th className="numeric">Tickets</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {[...runs].reverse().map((r) => {
                    const value = r.value as { candidatesFile?: string | null; json?: { runBudget?: number; tickets?: { forced?: boolean }[] } } | null;
                    const tickets = value?.json?.tickets ?? [];
                    return (
                      <tr key={r.id}>
                        <td title={r.name}>{r.name}</td>
                        <td>{r.created.slice(0, 16).replace('T', ' ')} UTC</td>
                        <td>{value?.candidatesFile ?? 'none'}</td>
                        <td className="numeric">{formatText(value?.json?.runBudget ?? null, 'money')}</td>
                        <td className="numeric">
                          {tickets.length}
                          {tickets.some((t) => t.forced) && <span className="badge badge-warning">FORCED</span>}
                        </td>
                        <td>
                          <button type="button" className="button button-quiet" onClick={() => restoreRun(r)}>
                            Load settings
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}
