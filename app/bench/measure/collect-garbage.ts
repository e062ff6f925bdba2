import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

/**
 * Runs a full garbage collection now, so that a measurement starts from a clean heap as a freshly started
 * app does, and the memory of the run before does not add to its peak. The bench is started through the
 * ordinary bin, without Node flags, so `--expose-gc` is set here, on first use.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
