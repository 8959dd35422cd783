/**
 * Edge realism of the series in focus (the filtered portfolio or one strategy): PSR, DSR for
 * the number of variants tried, MinTRL, the Sharpe with its 95% interval, a verdict in
 * plain words and the warnings — computed by assessRealism in the data worker.
 */
import { useMemo } from 'react';
import type { RealismLevel, RealismMetricId, RealismReport } from '../../../core/realism';
import { InfoTip } from '../components/InfoTip';
import { StatCard } from '../components/StatCard';
import { formatDateRange } from '../../../core/format/number';
import { riskFreeStatement } from '../../../core/format/conventions';
import type { CardModel } from '../metrics';
import type { RealismAnalysis } from '../../../workers/data-api';
import { NumberField } from '../components/NumberField';
import { sizingConventions, type SizingMetricId } from './sizing-conventions';
import type { QueryState } from './use-debounced-query';

const VERDICT_CLASS: Record<RealismLevel, string> = {
  supported: 'callout callout-ok',
  'reliably-loses': 'callout callout-danger',
  'not-significant': 'callout callout-warning',
  'overfit-risk': 'callout callout-warning',
  'cannot-judge': 'callout callout-warning',
  insufficient: 'callout callout-danger',
  implausible: 'callout callout-danger',
};

function card(id: string, metric: SizingMetricId, title: string, parts: CardModel['parts'], extra?: string): CardModel {
  const convention = sizingConventions[metric];
  return { id, title, parts, convention: extra ? `${convention.text} ${extra}` : convention.text, nullReason: convention.nullReason };
}

/** Core's reason for a null realism figure, as a card part's tooltip. */
function why(r: RealismReport, id: RealismMetricId): { nullReason?: string } {
  const reason = r.nullReasons[id];
  return reason ? { nullReason: `Undefined: ${reason}.` } : {};
}

function realismCards(r: RealismReport): CardModel[] {
  return [
    card('realism-n', 'realismReturns', 'Daily returns', [{ value: r.n, kind: 'count' }]),
    card('realism-sharpe', 'realismSharpe', 'Sharpe (annualized)', [
      { value: r.sharpeAnnualized, kind: 'ratio', label: 'Sharpe', ...why(r, 'sharpeAnnualized') },
      { value: r.sharpeInterval?.low ?? null, kind: 'ratio', label: '95% low', ...why(r, 'sharpeInterval') },
      { value: r.sharpeInterval?.high ?? null, kind: 'ratio', label: '95% high', ...why(r, 'sharpeInterval') },
    ]),
    card('realism-psr', 'psr', 'PSR (SR > 0)', [{ value: r.psr, kind: 'percent', ...why(r, 'psr') }]),
    card('realism-dsr', 'dsr', `DSR (${r.trials} variant${r.trials === 1 ? '' : 's'})`, [{ value: r.dsr, kind: 'percent', ...why(r, 'dsr') }]),
    card('realism-mintrl', 'minTrackRecord', 'Min track record', [
      { value: r.minTrackRecordPeriods, kind: 'business-days', label: 'Needed', ...why(r, 'minTrackRecord') },
      { value: r.n, kind: 'business-days', label: 'You have' },
    ]),
  ];
}

interface RealismPanelProps {
  state: QueryState<RealismAnalysis>;
  trials: number;
  onTrials(value: number | null): void;
}

export function RealismPanel({ state, trials, onTrials }: RealismPanelProps) {
  const analysis = state.result;
  const cards = useMemo(() => (analysis?.ok ? realismCards(analysis.report) : []), [analysis]);
  const errors = analysis && !analysis.ok ? analysis.errors : [];
  const trialsError = errors.find((e) => e.field === 'trials')?.message;
  const otherErrors = errors.filter((e) => e.field !== 'trials');

  return (
    <section className={state.loading ? 'panel realism-panel is-refreshing' : 'panel realism-panel'} aria-label="Edge realism" aria-busy={state.loading} data-testid="realism-panel">
      <header className="panel-header">
        <h2 className="panel-title">Edge realism{analysis?.ok ? ` — ${analysis.series}` : ''}</h2>
        {analysis?.ok && <span className="muted small">{formatDateRange(analysis.firstDate, analysis.lastDate)}</span>}
        <span className="control-label realism-trials">
          <label htmlFor="realism-trials">Variants tried</label>
          <InfoTip text={sizingConventions.trials.text} label="Variants tried" />
          <NumberField id="realism-trials" value={trials} width={70} onParsed={onTrials} error={trialsError} />
        </span>
      </header>
      {state.error && (
        <div className="callout callout-danger" role="alert">
          Edge realism could not be computed: {state.error}
        </div>
      )}
      {otherErrors.map((e) => (
        <div key={e.field} className="callout callout-warning">
          {e.message}
        </div>
      ))}
      {analysis?.ok && (
        <>
          <div className={VERDICT_CLASS[analysis.report.level]} data-testid="realism-verdict" role="status">
            <strong>Verdict: </strong>
            {analysis.report.verdict}
          </div>
          <div className="cards cards-compact">
            {cards.map((c) => (
              <StatCard key={c.id} card={c} />
            ))}
          </div>
          <p className="muted" data-testid="realism-risk-free">
            Sharpe, PSR, DSR and MinTRL of the excess returns r − rf, as on the Overview: {riskFreeStatement(analysis.report.riskFree)}.
          </p>
          {analysis.trialsNote && (
            <p className="muted small" data-testid="realism-trials-note">
              {analysis.trialsNote}
            </p>
          )}
          {analysis.report.warnings.length > 0 && (
            <ul className="warning-list" data-testid="realism-warnings">
              {analysis.report.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
