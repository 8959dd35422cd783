/** What an import preview detected: format, rows, accepted/rejected, strategies, dates, warnings. */
import type { ImportPreview } from '../../../workers/data-api';
import { formatDateRange } from '../../../core/format/number';
import { formatLabels } from './import-order';

export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const strategies = preview.strategies.length > 0 ? preview.strategies.join(', ') : '—';
  return (
    <>
      <dl className="facts" data-testid="preview-facts">
        <div>
          <dt>Format</dt>
          <dd>{formatLabels[preview.format]}</dd>
        </div>
        <div>
          <dt>Rows</dt>
          <dd>{preview.totalRows.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Accepted</dt>
          <dd className="good">{preview.accepted.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Rejected</dt>
          <dd className={preview.rejectedCount > 0 ? 'bad' : undefined}>{preview.rejectedCount.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Date range</dt>
          <dd>{formatDateRange(preview.firstDate, preview.lastDate)}</dd>
        </div>
        <div className="facts-wide">
          <dt>Strategies ({preview.strategies.length})</dt>
          <dd>{strategies}</dd>
        </div>
      </dl>
      {preview.consistency && <ConsistencyResult consistency={preview.consistency} />}
      {preview.format === 'optionomega-daily' && !preview.consistency && (
        <div className="callout callout-info" role="status" data-testid="daily-without-trades">
          No trade log in this workspace: the daily log alone gives the portfolio curve — its marked-to-market drawdown, CAGR, Sharpe, Sortino, Calmar and the
          daily Monte Carlo (Overview, Risk). Sizing, Replay and the report need the trade log; import it with the daily log or later.
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="callout callout-warning" role="status">
          <strong>Warnings</strong>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function ConsistencyResult({ consistency }: { consistency: NonNullable<ImportPreview['consistency']> }) {
  if (consistency.consistent) {
    return (
      <div className="callout callout-ok" data-testid="consistency">
        The daily log matches the trades (same date span, consistent P/L).
      </div>
    );
  }
  return (
    <div className="callout callout-danger" role="alert" data-testid="consistency">
      <strong>This daily log does not match the trades.</strong> Importing it anyway keeps both as they are; drawdown and starting capital
      would come from a daily log that describes a different account.
      <ul>
        {consistency.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
