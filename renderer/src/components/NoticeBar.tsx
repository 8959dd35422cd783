/** A dismissible message at the bottom of the window; information fades after a few seconds. */
import { useEffect } from 'react';
import type { Notice } from '../workspace/use-workspace';

const INFO_DURATION_MS = 6000;

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(onDismiss, INFO_DURATION_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  );
}
