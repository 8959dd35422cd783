/**
 * Entry of report.html, the standalone report page printed headless (CLI, tests): renders
 * ReportPage from the payload the printer injected as `window.__SIZEWISE_REPORT__` before
 * the page loaded. Without a payload, or on an uncaught error, it raises the failure signal
 * so the printer stops with the reason instead of waiting.
 */
import { createRoot } from 'react-dom/client';
import type { ReportPrintPayload } from '../../../core/report';
import { ReportPage } from './ReportPage';
import { markReportFailed } from './ready-signal';

declare global {
  interface Window {
    __SIZEWISE_REPORT__?: ReportPrintPayload;
  }
}

window.addEventListener('error', (event) => markReportFailed(event.message));
window.addEventListener('unhandledrejection', (event) => markReportFailed(String(event.reason)));

const payload = window.__SIZEWISE_REPORT__;
const root = createRoot(document.getElementById('root')!);
if (payload) {
  document.title = `${payload.model.cover.title} — ${payload.model.cover.portfolioName}`;
  root.render(<ReportPage model={payload.model} pageSize={payload.pageSize} />);
} else {
  markReportFailed('no report model was injected (window.__SIZEWISE_REPORT__ is missing)');
  root.render(<p>No report to show.</p>);
}
