/**
 * A small "i" button that shows an explanation (the convention behind a number) on hover
 * and on keyboard focus. The bubble is fixed-positioned next to the button and kept inside
 * the window, so it is never clipped by a scrolling container. Screen readers get the text
 * through aria-describedby.
 */
import { useId, useState } from 'react';

const BUBBLE_WIDTH = 300;
const MARGIN = 8;

interface Position {
  top: number;
  left: number;
}

export function InfoTip({ text, label }: { text: string; label: string }) {
  const id = useId();
  const [position, setPosition] = useState<Position | null>(null);
  const show = (element: HTMLElement) => {
    const rect = element.getBoundingClientRect();
    const left = Math.min(Math.max(MARGIN, rect.right - BUBBLE_WIDTH + 8), window.innerWidth - BUBBLE_WIDTH - MARGIN);
    setPosition({ top: rect.bottom + 6, left });
  };
  const hide = () => setPosition(null);

  return (
    <span className="infotip">
      <button
        type="button"
        className="infotip-button"
        aria-label={`How ${label} is computed`}
        aria-describedby={id}
        onMouseEnter={(event) => show(event.currentTarget)}
        onMouseLeave={hide}
        onFocus={(event) => show(event.currentTarget)}
        onBlur={hide}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
      >
        i
      </button>
      <span role="tooltip" id={id} className={position ? 'infotip-text visible' : 'infotip-text'} style={position ?? undefined}>
        {text}
      </span>
    </span>
  );
}
