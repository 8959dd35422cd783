/** Asks before discarding unsaved work. */
import type { ConfirmRequest } from '../workspace/use-workspace';
import { Modal } from './Modal';

export function ConfirmDialog({ request }: { request: ConfirmRequest }) {
  return (
    <Modal
      title="Unsaved changes"
      onCancel={() => request.resolve(false)}
      footer={
        <>
          <button type="button" className="button" onClick={() => request.resolve(false)} autoFocus>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={() => request.resolve(true)}>
            {request.confirmLabel}
          </button>
        </>
      }
    >
      <p>{request.message}</p>
    </Modal>
  );
}
