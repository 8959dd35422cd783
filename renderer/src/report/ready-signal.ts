/**
 * The explicit "report ready" signal printers wait for (never a fixed delay):
 * `document.body.dataset.reportReady` is 'true' (and `window.__reportReady` true) once the
 * fonts are loaded and every chart has fired ECharts' 'finished' event; 'error' (with
 * `dataset.reportError`) when the page cannot render, so a printer fails fast.
 */

declare global {
  interface Window {
    __reportReady?: boolean;
  }
}

export function resetReportReady(): void {
  document.body.dataset.reportReady = 'false';
  window.__reportReady = false;
}

export function markReportReady(): void {
  document.body.dataset.reportReady = 'true';
  window.__reportReady = true;
}

export function markReportFailed(message: string): void {
  document.body.dataset.reportError = message;
  document.body.dataset.reportReady = 'error';
  window.__reportReady = false;
}

/** Resolves once every listed chart has reported that it finished rendering. */
export function createChartTracker(chartKeys: string[]): { chartFinished(key: string): void; allFinished: Promise<void> } {
  const pending = new Set(chartKeys);
  let resolve!: () => void;
  const allFinished = new Promise<void>((r) => (resolve = r));
  if (pending.size === 0) resolve();
  return {
    chartFinished(key) {
      if (pending.delete(key) && pending.size === 0) resolve();
    },
    allFinished,
  };
}
