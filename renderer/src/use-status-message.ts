import { useCallback, useRef, useState } from 'react';

/** A status line, kept as its key (in the `notes` namespace) and values, so it follows a language switch. */
export interface StatusText {
  key: string;
  params?: Record<string, string | number>;
}

export interface UndoableMessage {
  text: StatusText;
  /** Puts things back as they were; absent when there is nothing to undo. */
  undo?: () => void;
  /** Changes each time, so the same text said twice is announced twice. */
  key: number;
}

/**
 * The status line of a list of things the officer changes (UndoStatus shows it): `say` tells what just
 * happened, with the action that undoes it; a failed undo goes to `onFailure`.
 */
export function useStatusMessage(onFailure: (error: unknown) => void) {
  const [message, setMessage] = useState<UndoableMessage>();
  const count = useRef(0);
  const say = useCallback(
    (text: StatusText, undo?: () => Promise<void>) => {
      count.current += 1;
      setMessage({ text, key: count.current, undo: undo && (() => undo().catch(onFailure)) });
    },
    [onFailure],
  );
  const dismiss = useCallback(() => setMessage(undefined), []);
  return { message, say, dismiss };
}
