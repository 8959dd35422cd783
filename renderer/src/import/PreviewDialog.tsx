/** The import preview of an OptionOmega file: what was detected, then Import or Cancel. */
import { useState } from 'react';
import type { ImportPreview, WorkspaceSummary } from '../../../workers/data-api';
import { Modal } from '../components/Modal';
import { PreviewSummary } from './PreviewSummary';
import { RejectedRowsTable } from './RejectedRowsTable';

/** How many rows of the same kind the workspace already holds (the "replace" choice). */
export function existingRowsOfKind(preview: ImportPreview, summary: WorkspaceSummary | null): { count: number; noun: string } {
  if (!summary) return { count: 0, noun: 'trades' };
  switch (preview.format) {
    case 'optionomega-daily':
      return { count: summary.dailyRows, noun: 'daily log rows' };
    case 'optionomega-reporting':
      return { count: summary.reportingRows, noun: 'reporting log rows' };
    case 'bet-log':
      return { count: summary.betRows, noun: 'settled bets' };
    default:
      return { count: summary.trades, noun: 'trades' };
  }
}

export function ReplaceChoice({ preview, summary, replace, onChange }: { preview: ImportPreview; summary: WorkspaceSummary | null; replace: boolean; onChange(replace: boolean): void }) {
  const existing = existingRowsOfKind(preview, summary);
  if (existing.count === 0) return null;
  return (
    <label className="checkbox replace-choice">
      <input type="checkbox" checked={replace} onChange={(event) => onChange(event.target.checked)} />
      <span>
        Replace the {existing.count.toLocaleString('en-US')} {existing.noun} already in the workspace (otherwise they are added)
      </span>
    </label>
  );
}

interface PreviewDialogProps {
  preview: ImportPreview;
  summary: WorkspaceSummary | null;
  busy: boolean;
  commitError?: string;
  remaining: number;
  onImport(replace: boolean): void;
  onCancel(): void;
}

export function PreviewDialog({ preview, summary, busy, commitError, remaining, onImport, onCancel }: PreviewDialogProps) {
  const [replace, setReplace] = useState(false);
  const inconsistent = preview.consistency?.consistent === false;
  return (
    <Modal
      title={`Import preview — ${preview.fileName}`}
      onCancel={onCancel}
      wide
      testId="import-preview"
      footer={
        <>
          {remaining > 0 && <span className="muted footer-note">{remaining} more file(s) to review</span>}
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => onImport(replace)} disabled={busy || preview.accepted === 0} autoFocus>
            {busy ? 'Importing…' : inconsistent ? 'Import anyway' : 'Import'}
          </button>
        </>
      }
    >
      <PreviewSummary preview={preview} />
      <ReplaceChoice preview={preview} summary={summary} replace={replace} onChange={setReplace} />
      <RejectedRowsTable rows={preview.rejected} total={preview.rejectedCount} />
      {commitError && (
        <div className="callout callout-danger" role="alert">
          The import failed and the workspace was not changed: {commitError}
        </div>
      )}
    </Modal>
  );
}
