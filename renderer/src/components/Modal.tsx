/**
 * An accessible modal dialog on the native <dialog> element: focus is trapped by the
 * browser, Escape cancels, the title labels the dialog.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

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
