/**
 * The column mapping dialog of the generic adapter: a select of the file's headers for
 * each field (preselected from the guess or the remembered mapping), date format, decimal
 * separator, "P/L includes fees", a live preview of the first rows and the worker's
 * verdict, re-run on every change.
 */
import { useState } from 'react';
import type { GenericField, GenericOptions } from '../../../core/model';
import type { WorkspaceSummary } from '../../../workers/data-api';
import { Modal } from '../components/Modal';
import { dateFormatChoices, decimalChoices, genericFields, mappedSample, withField } from './generic-fields';
import { PreviewSummary } from './PreviewSummary';
import { ReplaceChoice } from './PreviewDialog';
import { RejectedRowsTable } from './RejectedRowsTable';
import type { PendingImport } from './use-import-flow';

interface MappingDialogProps {
  pending: PendingImport & { generic: NonNullable<PendingImport['generic']> };
  summary: WorkspaceSummary | null;
  remaining: number;
  onRemap(options: GenericOptions): void;
  onImport(replace: boolean): void;
  onCancel(): void;
}

export function MappingDialog({ pending, summary, remaining, onRemap, onImport, onCancel }: MappingDialogProps) {
  const { generic, outcome } = pending;
  const { options, headers } = generic;
  const [replace, setReplace] = useState(false);
  const setField = (field: GenericField, column: string) => onRemap({ ...options, mapping: withField(options.mapping, field, column) });
  const sample = mappedSample(headers, generic.sampleRows, options.mapping);
  const busy = pending.refreshing || pending.committing;

  return (
    <Modal
      title={`Column mapping — ${pending.file.name}`}
      onCancel={onCancel}
      wide
      testId="mapping-dialog"
      footer={
        <>
          {remaining > 0 && <span className="muted footer-note">{remaining} more file(s) to review</span>}
          {pending.refreshing && <span className="muted footer-note">Checking the mapping…</span>}
          <button type="button" className="button" onClick={onCancel} disabled={pending.committing}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => onImport(replace)} disabled={busy || !outcome.ok || outcome.accepted === 0}>
            {pending.committing ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <p className="intro">This file is not an OptionOmega export. Check which column holds what; the mapping is remembered for files with the same columns.</p>
      <div className="mapping-grid">
        {genericFields.map(({ field, label, hint }) => (
          <label key={field} className="field" title={hint}>
            <span className="field-label">{label}</span>
            <select value={options.mapping[field] ?? ''} onChange={(event) => setField(field, event.target.value)} data-field={field}>
              <option value="">— not in file —</option>
              {headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="mapping-options">
        <label className="field">
          <span className="field-label">Date format</span>
          <select value={options.dateFormat} onChange={(event) => onRemap({ ...options, dateFormat: event.target.value })}>
            {dateFormatChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Decimal separator</span>
          <select value={options.decimal} onChange={(event) => onRemap({ ...options, decimal: event.target.value as GenericOptions['decimal'] })}>
            {decimalChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={options.plIncludesFees} onChange={(event) => onRemap({ ...options, plIncludesFees: event.target.checked })} />
          <span>P/L includes fees</span>
        </label>
      </div>

      {sample.fields.length > 0 && sample.rows.length > 0 && (
        <section aria-label="Mapped sample rows">
          <h3>First rows as mapped</h3>
          <div className="table-scroll table-scroll-short">
            <table className="data-table compact" data-testid="mapping-sample">
              <thead>
                <tr>
                  {sample.fields.map(({ field, label }) => (
                    <th key={field}>
                      {label}
                      <span className="th-sub">{options.mapping[field]}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sample.rows.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      <td key={cellIndex}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <div className={pending.refreshing ? 'is-refreshing' : undefined}>
        {outcome.ok ? (
          <>
            <PreviewSummary preview={outcome} />
            <ReplaceChoice preview={outcome} summary={summary} replace={replace} onChange={setReplace} />
            <RejectedRowsTable rows={outcome.rejected} total={outcome.rejectedCount} limit={20} />
          </>
        ) : (
          <div className="callout callout-danger" role="alert">
            <strong>This mapping cannot be imported.</strong> {outcome.message}
            {outcome.missingColumns && outcome.missingColumns.length > 0 && <> Missing: {outcome.missingColumns.join(', ')}.</>}
          </div>
        )}
      </div>
      {pending.commitError && (
        <div className="callout callout-danger" role="alert">
          The import failed and the workspace was not changed: {pending.commitError}
        </div>
      )}
    </Modal>
  );
}
