/**
 * What a page shows for a workspace without trades: what to do next. When the workspace holds
 * a daily log only, it says what this page needs the trade log for and where the daily log's
 * curve is shown instead (Overview, Risk).
 */
export function EmptyState({ onImport, dailyRows = 0, page }: { onImport(): void; dailyRows?: number; page?: string }) {
  if (dailyRows > 0 && page) {
    return (
      <section className="empty-state" data-testid="needs-trade-log">
        <h2>{page} needs a trade log</h2>
        <p>
          This workspace holds a daily log only ({dailyRows.toLocaleString('en-US')} days). The Overview and Risk pages show what its marked-to-market curve
          gives: drawdown, CAGR, Sharpe, Sortino, Calmar and the daily Monte Carlo. {page} works from the individual trades: import the trade log that goes
          with the daily log.
        </p>
        <button type="button" className="button button-primary" onClick={onImport}>
          Import the trade log…
        </button>
      </section>
    );
  }
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2>No trades in this workspace yet</h2>
      <p>
        Import an OptionOmega trade log (and optionally its daily log), or any trade CSV from a broker or another backtester. You can also drop files
        anywhere on this window.
      </p>
      <button type="button" className="button button-primary" onClick={onImport}>
        Import…
      </button>
    </section>
  );
}
