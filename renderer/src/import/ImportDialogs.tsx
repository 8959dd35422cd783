/** Shows the head of the import queue with the dialog its outcome calls for. */
import type { WorkspaceSummary } from '../../../workers/data-api';
import { ImportErrorPanel } from './ImportErrorPanel';
import { MappingDialog } from './MappingDialog';
import { PreviewDialog } from './PreviewDialog';
import { canMapManually, type ImportFlow } from './use-import-flow';

export function ImportDialogs({ flow, summary }: { flow: ImportFlow; summary: WorkspaceSummary | null }) {
  const pending = flow.current;
  if (!pending) return null;
  const commit = (replace: boolean) => void flow.commit({ replace });
  const cancel = () => void flow.cancel();
  const { outcome, generic } = pending;

  if (generic) {
    return (
      <MappingDialog
        key={pending.file.name}
        pending={{ ...pending, generic }}
        summary={summary}
        remaining={flow.remaining}
        onRemap={(options) => void flow.remap(options)}
        onImport={commit}
        onCancel={cancel}
      />
    );
  }
  if (!outcome.ok) {
    return <ImportErrorPanel failure={outcome} fileName={pending.file.name} onClose={cancel} onMapColumns={canMapManually(outcome) ? flow.mapManually : undefined} />;
  }
  return (
    <PreviewDialog
      key={outcome.previewId}
      preview={outcome}
      summary={summary}
      busy={pending.committing || pending.refreshing}
      commitError={pending.commitError}
      remaining={flow.remaining}
      onImport={commit}
      onCancel={cancel}
    />
  );
}
