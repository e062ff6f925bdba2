import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoableMessage } from '../use-status-message';
import './UndoStatus.css';

/** How long a line with nothing to undo stays ("Note restored."), before it clears. */
const PLAIN_LINE_MS = 6000;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Says what just happened (a polite live region), with an Undo button where it can be undone, which
 * Ctrl+Z (⌘Z) also presses outside a text field. Focus moves to Undo when the control the officer
 * used has gone away (the deleted note's buttons). A line with nothing to undo clears after a while.
 */
export function UndoStatus({ message, onDismiss }: { message: UndoableMessage | undefined; onDismiss: () => void }) {
  const { t } = useTranslation('notes');
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (message?.undo && (document.activeElement === document.body || document.activeElement === null)) undoButton.current?.focus();
  }, [message]);

  useEffect(() => {
    if (!message) return;
    const { undo } = message;
    if (!undo) {
      const timer = setTimeout(onDismiss, PLAIN_LINE_MS);
      return () => clearTimeout(timer);
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      undo();
      onDismiss();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [message, onDismiss]);

  return (
    <div role="status" className="undo-status">
      {message && (
        <p key={message.key}>
          {t(message.text.key, message.text.params)}{' '}
          {message.undo && (
            <button
              ref={undoButton}
              type="button"
              aria-keyshortcuts="Control+Z"
              onClick={() => {
                message.undo?.();
                onDismiss();
              }}
            >
              {t('status.undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
