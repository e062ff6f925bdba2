// A global setup for Vitest and Playwright: every temporary folder a test makes (os.tmpdir(), in the test
// workers and in the country-desk processes they start) goes into one folder of this run, removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function useRunTempFolder() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'country-desk-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    try {
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    } catch (error) {
      console.warn(`the test run's temporary folder ${folder} was not removed: ${error.message}`);
    }
  };
}
