/**
 * A checkbox that switches an optional setting on (with its initial value) or off (null);
 * its fields show only while it is on.
 */
import type { ReactNode } from 'react';

export function Optional<T>({ label, value, initial, onChange, children }: { label: string; value: T | null; initial: T; onChange(value: T | null): void; children: ReactNode }) {
  return (
    <div className="optional-constraint">
      <label className="checkbox">
        <input type="checkbox" checked={value !== null} onChange={(event) => onChange(event.target.checked ? initial : null)} />
        {label}
      </label>
      {value !== null && <div className="optional-fields">{children}</div>}
    </div>
  );
}

