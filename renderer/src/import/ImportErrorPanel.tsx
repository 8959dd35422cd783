/** A file that cannot be imported at all: the reason, the missing columns, what was found. */
import type { ImportFailure } from '../../../core/model';
import { Modal } from '../components/Modal';

const problemTitles: Record<ImportFailure['code'], string> = {
  empty: 'The file is empty',
  'header-only': 'The file has a header but no rows',
  binary: 'This is not a text (CSV) file',
  encoding: 'The text encoding cannot be read',
  unrecognized: 'The file format was not recognized',
  'too-large': 'The file is too large',
  'no-valid-rows': 'No row could be read',
  'bad-mapping': 'The column mapping is incomplete',
};

interface ImportErrorPanelProps {
  failure: Pick<ImportFailure, 'code' | 'message' | 'headers' | 'missingColumns'>;
  fileName: string;
  onClose(): void;
  /** Offered when the file is a CSV whose columns can be mapped by hand. */
  onMapColumns?: () => void;
}

export function ImportErrorPanel({ failure, fileName, onClose, onMapColumns }: ImportErrorPanelProps) {
  return (
    <Modal
      title={`Cannot import ${fileName}`}
      onCancel={onClose}
      testId="import-error"
      footer={
        <>
          {onMapColumns && (
            <button type="button" className="button" onClick={onMapColumns}>
              Map columns…
            </button>
          )}
          <button type="button" className="button button-primary" onClick={onClose} autoFocus>
            Close
          </button>
        </>
      }
    >
      <div className="callout callout-danger" role="alert">
        <strong>{problemTitles[failure.code]}.</strong> {failure.message}
      </div>
      {failure.missingColumns && failure.missingColumns.length > 0 && (
        <p>
          Missing columns: <span className="column-list">{failure.missingColumns.join(', ')}</span>
        </p>
      )}
      {failure.headers && failure.headers.length > 0 && (
        <p className="muted">
          Columns found: <span className="column-list">{failure.headers.join(', ')}</span>
        </p>
      )}
      <p className="muted">Your workspace was not changed.</p>
    </Modal>
  );
}
