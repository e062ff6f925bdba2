/**
 * Progress of a long command (bench, binder, index rebuild, dataset import) for the person at a terminal:
 * one line on stderr, rewritten in place as the work moves on and cleared at the end. When stderr is not a
 * terminal (piped, redirected, a test) it writes nothing, so that logs and pipes stay clean.
 */
export interface Progress {
  /** Shows `text` as the current step, e.g. "Printing Azerbaijan (2/5)…". */
  update(text: string): void;
  /** Removes the line; the command's own output follows. */
  clear(): void;
}

/** What the reporter needs of a stream: `process.stderr` has both. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Carriage return, then erase to the end of the line (ANSI): the next text replaces the line. */
const REWRITE_LINE = '\r\u001b[K';

export const silentProgress: Progress = { update() {}, clear() {} };

export function terminalProgress(stream: ProgressStream = process.stderr): Progress {
  if (stream.isTTY !== true) return silentProgress;
  let shown = false;
  return {
    update(text) {
      stream.write(`${REWRITE_LINE}${text}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write(REWRITE_LINE);
      shown = false;
    },
  };
}
