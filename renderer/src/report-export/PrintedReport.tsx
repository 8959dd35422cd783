/**
 * The report in print mode: ReportPage rendered straight under <body> (outside the app's
 * scrolling layout) while `body.report-printing` hides everything else from print, so the
 * window prints as the report alone (Electron `printToPDF` prints the whole window). On
 * screen it stays invisible behind the app; it still lays out at paper width, so the charts
 * draw at print size.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { ReportPage } from '../report/ReportPage';
import type { PrintJob } from './use-report-export';

export const PRINTING_CLASS = 'report-printing';

export function PrintedReport({ job, onReady }: { job: PrintJob; onReady: () => void }) {
  useEffect(() => {
    document.body.classList.add(PRINTING_CLASS);
    return () => document.body.classList.remove(PRINTING_CLASS);
  }, []);

  return createPortal(
    <div className="report-print-root" aria-hidden="true" data-testid="printed-report">
      <ReportPage model={job.model} pageSize={job.pageSize} onReady={onReady} cssFooter={job.cssFooter} />
    </div>,
    document.body,
  );
}
