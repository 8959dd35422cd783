/**
 * An accessible modal dialog on the native <dialog> element: the page behind is inert,
 * Tab from the last control wraps to the first and Shift+Tab from the first to the last
 * (the browser alone would give its own UI a stop on the way), Escape cancels, the title
 * labels the dialog.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** An unchecked radio whose group has a checked one: Tab stops at the checked one only. */
function isSkippedRadio(element: HTMLElement): boolean {
  if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked || !element.name) return false;
  return [...document.getElementsByName(element.name)].some((other) => other instanceof HTMLInputElement && other.checked);
}

/** The dialog's controls that Tab stops at, in document order. */
function tabStops(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.matches(':disabled') && element.tabIndex >= 0 && element.getClientRects().length > 0 && !isSkippedRadio(element),
  );
}

/** Keeps Tab inside the dialog: past either end, focus wraps around. */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const stops = tabStops(event.currentTarget);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const target = event.shiftKey ? (active === first || !event.currentTarget.contains(active) ? last : null) : active === last ? first : null;
  if (!target) return;
  event.preventDefault();
  target.focus();
}

interface ModalProps {
  title: string;
  onCancel(): void;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
  testId?: string;
}

export function Modal({ title, onCancel, children, footer, wide, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={wrapTab}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="modal-body">{children}</div>
      <footer className="modal-footer">{footer}</footer>
    </dialog>
  );
}
