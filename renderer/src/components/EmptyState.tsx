/** What a page shows for a workspace without trades: what to do next. */
export function EmptyState({ onImport }: { onImport(): void }) {
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
