import { describe, expect, it } from 'vitest';
import { terminalProgress, type ProgressStream } from './terminal-progress';

function stream(isTTY: boolean): ProgressStream & { written: string } {
  return {
    isTTY,
    written: '',
    write(text: string) {
      this.written += text;
      return true;
    },
  };
}

describe('terminalProgress', () => {
  it('rewrites one line on a terminal and clears it at the end', () => {
    const terminal = stream(true);
    const progress = terminalProgress(terminal);
    progress.update('Printing AZ (1/2)…');
    progress.update('Printing RU (2/2)…');
    progress.clear();
    expect(terminal.written).toBe('\r\u001b[KPrinting AZ (1/2)…\r\u001b[KPrinting RU (2/2)…\r\u001b[K');
  });

  it('writes nothing when stderr is piped', () => {
    const piped = stream(false);
    const progress = terminalProgress(piped);
    progress.update('Printing AZ (1/2)…');
    progress.clear();
    expect(piped.written).toBe('');
  });

  it('clears nothing when nothing was shown', () => {
    const terminal = stream(true);
    terminalProgress(terminal).clear();
    expect(terminal.written).toBe('');
  });
});
