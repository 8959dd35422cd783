/**
 * The sizing warnings in words, grouped by strategy (negative edge, too few trades, no
 * losses, a single trade driving Kelly, margin above the historical peak or the ceiling),
 * and a note wherever the automatic basis left raw P/L, with the reason.
 */
import type { SizingEntry } from '../../../core/sizing';

export function SizingWarnings({ entries, automaticBasis }: { entries: SizingEntry[]; automaticBasis: boolean }) {
  const switched = automaticBasis ? entries.filter((e) => e.basis !== 'pl') : [];
  const warned = entries.filter((e) => e.warnings.length > 0);
  return (
    <>
      {switched.length > 0 && (
        <div className="callout callout-info" role="status" data-testid="basis-notes">
          <ul>
            {switched.map((e) => (
              <li key={e.name}>
                <strong>{e.name}:</strong> {e.basisReason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      {warned.length > 0 && (
        <div className="callout callout-warning" role="status" data-testid="sizing-warnings">
          <ul>
            {warned.flatMap((e) =>
              e.warnings.map((warning) => (
                <li key={`${e.name}\u0000${warning}`}>
                  <strong>{e.name}:</strong> {warning}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </>
  );
}
