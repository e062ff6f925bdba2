import { useEffect } from 'react';

/**
 * While `active` (text that could not be saved), asks before the officer leaves the screen: a click on a
 * link to another screen asks `question` first, and closing or reloading the window gets the browser's own
 * question. The text is kept in this browser either way (see `unsaved-note-drafts`), and comes back.
 */
export function useLeaveGuard(active: boolean, question: string): void {
  useEffect(() => {
    if (!active) return;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!link || link.closest('.note-editor') || window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active, question]);
}
