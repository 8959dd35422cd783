/**
 * A small "i" button that shows an explanation on hover and on keyboard focus (the
 * convention behind a number). Screen readers get it through aria-describedby.
 */
import { useId } from 'react';

export function InfoTip({ text, label }: { text: string; label: string }) {
  const id = useId();
  return (
    <span className="infotip">
      <button type="button" className="infotip-button" aria-label={`How ${label} is computed`} aria-describedby={id}>
        i
      </button>
      <span role="tooltip" id={id} className="infotip-text">
        {text}
      </span>
    </span>
  );
}
