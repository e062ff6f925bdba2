import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ModalDialog.css';

interface ModalDialogProps {
  title: string;
  /** A sentence under the title, read out with it. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** An extra class for the dialog element. */
  className?: string;
  /** The title is for screen readers only (the dialog's content says what it is). */
  titleHidden?: boolean;
}

/**
 * A modal dialog on the native `<dialog>`: focus stays inside, Escape closes it, focus returns to
 * whatever opened it. Focus starts on the element marked `data-autofocus`, else the first control.
 */
export function ModalDialog({ title, description, onClose, children, className, titleHidden }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => opener?.focus();
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
    >
      <h2 id={titleId} className={titleHidden ? 'visually-hidden' : undefined}>
        {title}
      </h2>
      {description && <div id={descriptionId}>{description}</div>}
      {children}
    </dialog>
  );
}
