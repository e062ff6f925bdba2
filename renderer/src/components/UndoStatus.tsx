import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './UndoStatus.css';

export interface UndoableMessage {
  text: string;
  /** Puts things back as they were; absent when there is nothing to undo. */
  undo?: () => void;
  /** Changes each time, so the same text said twice is announced twice. */
  key: number;
}

/**
 * Says what just happened (a polite live region), with an Undo button where it can be undone. Focus moves
 * to Undo when the control the officer used has gone away (the deleted note's buttons).
 */
export function UndoStatus({ message, onDismiss }: { message: UndoableMessage | undefined; onDismiss: () => void }) {
  const { t } = useTranslation('notes');
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (message?.undo && (document.activeElement === document.body || document.activeElement === null)) undoButton.current?.focus();
  }, [message]);

  return (
    <div role="status" className="undo-status">
      {message && (
        <p key={message.key}>
          {message.text}{' '}
          {message.undo && (
            <button
              ref={undoButton}
              type="button"
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
