/**
 * Report: a preview of the PDF sizing report of the open workspace (the same ReportPage
 * the PDF prints, laid out at A4 width), an "Export PDF…" button that opens the export
 * dialog (sections, paper size), and an "Export CSV" action on every table. The report
 * follows the Overview's filter and the Sizing page's saved capital and Kelly fraction. With a
 * daily log and no trade log it reports the daily log's curve (sections needing trades say so).
 */
import { EmptyState } from '../components/EmptyState';
import { ReportPage } from '../report/ReportPage';
import { useReportExportContext } from '../report-export/report-export-context';
import { useReportPreview } from '../report-export/use-report-preview';
import { useWorkspaceContext } from '../workspace/workspace-context';
import '../report-export/report-export.css';

export function ReportViewPage() {
  const { data, workspace, requestImport } = useWorkspaceContext();
  const reportExport = useReportExportContext();
  const { summary, name, filter, revision } = workspace.state;
  const hasTrades = (summary?.trades ?? 0) > 0;
  /** A daily log without a trade log: the report shows its curve, realism and daily Monte Carlo (core/app planReport). */
  const dailyOnly = !hasTrades && (summary?.dailyRows ?? 0) > 0;
  const { model, loading, error, progress } = useReportPreview(data, { name, filter, revision }, hasTrades || dailyOnly);

  if (!summary || (!hasTrades && !dailyOnly)) return <EmptyState onImport={requestImport} />;

  return (
    <div className="report-view" aria-busy={loading} data-testid="report-view">
      <div className="report-view-actions">
        <button type="button" className="button button-primary" onClick={reportExport.start} disabled={!model || reportExport.phase.kind !== 'idle'}>
          Export PDF…
        </button>
        <p className="muted">Uses the Overview's filter and the Sizing page's capital and Kelly fraction. Every table can also be exported as CSV.</p>
      </div>
      {error && (
        <div className="callout callout-danger" role="alert">
          The report could not be built: {error}
        </div>
      )}
      {!model && !error && (
        <div className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Building the report…
          {progress && ` Monte Carlo ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} paths`}
        </div>
      )}
      {model && (
        <div className={loading ? 'report-preview report-view-loading' : 'report-preview'} data-testid="report-preview">
          <ReportPage model={model} pageSize="A4" onExportCsv={reportExport.exportCsv} />
        </div>
      )}
    </div>
  );
}
