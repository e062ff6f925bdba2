import type { Page } from '@playwright/test';

/** One running Country Desk, however it was started. */
export interface AppDriver {
  page: Page;
  kind: 'browser-host' | 'electron';
  /** Ends the app and waits for it to write everything. */
  close(): Promise<void>;
}
