/**
 * What the export flow shows, mounted once by the app shell: a status line while the report
 * is built, the section/paper dialog, and the report in print mode while it prints.
 */
import { ExportReportDialog } from '../report/ExportReportDialog';
import { PrintedReport } from './PrintedReport';
import type { ReportExport } from './use-report-export';
import './report-export.css';

export function ReportExportHost({ flow }: { flow: ReportExport }) {
  const { phase } = flow;
  return (
    <>
      {(phase.kind === 'preparing' || phase.kind === 'printing') && (
        <div className="report-export-status" role="status" data-testid="report-export-status">
          <span className="spinner" aria-hidden="true" /> {phase.kind === 'preparing' ? 'Building the report…' : 'Printing the report to PDF…'}
        </div>
      )}
      {phase.kind === 'choosing' && <ExportReportDialog sections={phase.sections} onExport={flow.choose} onCancel={flow.cancel} />}
      {phase.kind === 'printing' && <PrintedReport job={phase.job} onReady={flow.printReady} />}
    </>
  );
}
